import path from 'node:path';
import type { Handler } from './types.ts';

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

/**
 * Decodes a text file's bytes: UTF-8 when the whole file is valid UTF-8, else Windows-1252, the
 * encoding of older Swedish office files, so "ä" survives instead of becoming U+FFFD. Validity is
 * decided over every byte: a check of only the head, cut at a byte count, would split the last
 * character and send valid UTF-8 to Windows-1252 as mojibake ("InfÃ¶r"). A byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** Plain text (UTF-8 or Windows-1252, see {@link decodeText}); a NUL byte means a binary file, not text. */
export const textHandler: Handler = {
  name: 'text',
  accepts: (head, filePath) => TEXT_EXTENSIONS.has(path.extname(filePath).toLowerCase()) && !head.includes(0),
  async read(bytes) {
    const text = decodeText(bytes);
    if (text.trim() === '') throw new Error('empty file: no text');
    return { text, pages: null };
  },
};
