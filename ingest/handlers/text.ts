import path from 'node:path';
import type { Handler } from './types.ts';

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

/** True when the bytes decode as UTF-8 and hold no NUL (a binary file named .txt is not text). */
function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return true;
  } catch {
    return false;
  }
}

/**
 * Plain text. UTF-8 is expected; text that is not valid UTF-8 is read as Windows-1252, the
 * encoding of older Swedish office files, so "ä" survives instead of becoming U+FFFD.
 */
export const textHandler: Handler = {
  name: 'text',
  accepts: (head, filePath) => TEXT_EXTENSIONS.has(path.extname(filePath).toLowerCase()) && !head.includes(0),
  async read(bytes) {
    const text = looksLikeText(bytes) ? new TextDecoder('utf-8').decode(bytes) : new TextDecoder('windows-1252').decode(bytes);
    if (text.trim() === '') throw new Error('empty file: no text');
    return { text: text.replace(/^\uFEFF/, ''), pages: null };
  },
};
