import zlib from 'node:zlib';

const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');

/** Most one stream of a PDF may inflate to (DIARIUM_MAX_STREAM_MB, default 256). */
export const maxStreamBytes = (): number => (Number(process.env.DIARIUM_MAX_STREAM_MB) || 256) * 1024 * 1024;

/**
 * Throws when any Flate-compressed stream of the PDF inflates to more than the limit, before
 * pdfjs would inflate it into memory: a few hundred kilobytes can hold gigabytes of zeros. Each
 * stream is inflated with zlib's own output cap, so the check itself costs bounded memory. Streams
 * that are not Flate data fail to inflate at once and are skipped; pdfjs judges them.
 */
export function checkInflatedSize(bytes: Uint8Array): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const limit = maxStreamBytes();
  let at = 0;
  for (;;) {
    const keyword = buffer.indexOf(STREAM, at);
    if (keyword < 0) return;
    let start = keyword + STREAM.length;
    if (buffer[start] === 0x0d) start++;
    if (buffer[start] === 0x0a) start++;
    const end = buffer.indexOf(END, start);
    if (end < 0) return;
    at = end + END.length;
    // "endstream" also contains "stream": skip matches that are its tail.
    if (buffer.subarray(Math.max(0, keyword - 3), keyword).toString('latin1') === 'end') continue;
    try {
      zlib.inflateSync(buffer.subarray(start, end), { maxOutputLength: limit });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new Error(`a stream of this PDF decompresses to more than ${limit / 1024 / 1024} MB (DIARIUM_MAX_STREAM_MB): not read`);
      }
    }
  }
}
