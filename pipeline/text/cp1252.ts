/**
 * Windows-1252, the encoding of older Swedish office files, decoded by table. Node's TextDecoder
 * ('windows-1252') reads it as Latin-1 (Node 20: bytes 0x80-0x9F become C1 control characters), so
 * a file's en dashes, quotation marks, "…" and "€" would come out as invisible controls.
 */

/** The characters of bytes 0x80-0x9F; the five bytes the code page leaves unassigned keep their C1 code point. */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The character of each byte (0x00-0xFF). */
export const CP1252: readonly string[] = Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : String.fromCharCode(b)));

/** `bytes` as Windows-1252 text. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  // In pieces: one string concatenation per byte is slow on a large file, one apply of all of them too big a call.
  for (let at = 0; at < bytes.length; at += 8192) {
    const piece = bytes.subarray(at, at + 8192);
    out += Array.from(piece, (b) => CP1252[b]!).join('');
  }
  return out;
}
