import path from 'node:path';
import { decodeWindows1252 } from '../../pipeline/text/cp1252.ts';
import type { Handler } from './types.ts';

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

/**
 * The UTF-16 byte order of `bytes`, or null when they are not UTF-16. Windows saves "Unicode" text
 * (Notepad's and Word's "Unicode" plain text) as UTF-16 little-endian with a byte-order mark; without
 * one, Swedish text in UTF-16 still shows itself, for every letter it uses (a-z, å, ä, ö, é) has a
 * zero high byte: at least half the code units with one byte zero, always the same one, and the
 * other byte almost never zero.
 */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const units = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (units < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let u = 0; u < units; u++) {
    if (bytes[2 * u] === 0) evenZero++;
    if (bytes[2 * u + 1] === 0) oddZero++;
  }
  if (oddZero >= units / 2 && evenZero <= units / 20) return 'utf-16le';
  if (evenZero >= units / 2 && oddZero <= units / 20) return 'utf-16be';
  return null;
}

/**
 * Decodes a text file's bytes: UTF-16 when it says or shows so (see {@link utf16Order}), UTF-8 when
 * the whole file is valid UTF-8, else Windows-1252, the encoding of older Swedish office files, so
 * "ä" survives instead of becoming U+FFFD (by table: see pipeline/text/cp1252.ts). Validity is decided over every byte: a check of only the
 * head, cut at a byte count, would split the last character and send valid UTF-8 to Windows-1252 as
 * mojibake ("InfÃ¶r"). A byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Order(bytes);
  // A lone surrogate (a file cut in the middle of a pair) is one U+FFFD, not a lost file.
  if (utf16) return new TextDecoder(utf16).decode(bytes).replace(/^\uFEFF/, '');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/**
 * Plain text (UTF-16, UTF-8 or Windows-1252, see {@link decodeText}); a NUL byte in anything but
 * UTF-16 means a binary file, not text.
 */
export const textHandler: Handler = {
  name: 'text',
  accepts: (head, filePath) => TEXT_EXTENSIONS.has(path.extname(filePath).toLowerCase()) && (!head.includes(0) || utf16Order(head) !== null),
  async read(bytes) {
    const text = decodeText(bytes);
    if (text.trim() === '') throw new Error('empty file: no text');
    return { text, pages: null };
  },
};
