/**
 * Reads the word lists inside a tesseract `.traineddata` file: its container, its unicharset, and
 * its "squished" DAWGs (directed acyclic word graphs), as tesseract's own `combine_tessdata -u`
 * and `dawg2wordlist` do. Used for the Swedish model's bigram list (tesseract's legacy engine
 * scores word pairs with it): a quarter of a million pairs of Swedish words that co-occur in
 * its training text, which repair counts as background word pairs (see background-text.ts).
 *
 * Layouts, from tesseract's ccutil/tessdatamanager.cpp and dict/dawg.cpp (little-endian):
 * - container: int32 number of entries, then one int64 offset per entry (-1 where absent); an
 *   entry runs to the next present offset or the end;
 * - unicharset: a text file, its first line the count, then one unichar per line, first field;
 *   id 0 is the space, written "NULL";
 * - squished DAWG: int16 magic 42, int32 unicharset size, int32 number of edges, then the edges as
 *   uint64: the unichar id in the low bits, three flags (last edge of its node, backward, end of
 *   word), the next node's index (0: none) above them. A node is the index of its first edge.
 * Pure functions over bytes: the caller reads the file.
 */
import zlib from 'node:zlib';

/** Entries of a traineddata container, by tesseract's TessdataType. */
export const TESSDATA = { unicharset: 1, freqDawg: 9, bigramDawg: 14 } as const;

const DAWG_MAGIC = 42;
const FLAG_BITS = 3;
const MARKER_FLAG = 1;
const BACKWARD_FLAG = 2;
const WORD_END_FLAG = 4;

/** A traineddata file's bytes unzipped, when gzipped (as npm packages ship them). */
export function gunzipped(file: Buffer): Buffer {
  return file[0] === 0x1f && file[1] === 0x8b ? zlib.gunzipSync(file) : file;
}

/** Entry `type` of a traineddata file (gzipped or not: unzip once with `gunzipped` to read several), or null when the file has none. */
export function tessdataEntry(file: Buffer, type: number): Buffer | null {
  const data = gunzipped(file);
  if (data.length < 4) throw new Error('traineddata: file too short for its header');
  const count = data.readInt32LE(0);
  if (count <= 0 || count > 1000 || 4 + 8 * count > data.length) throw new Error(`traineddata: implausible number of entries (${count})`);
  const offsets = Array.from({ length: count }, (_, i) => Number(data.readBigInt64LE(4 + 8 * i)));
  const start = offsets[type];
  if (start === undefined || start < 0) return null;
  const end = offsets.slice(type + 1).find((o) => o >= 0) ?? data.length;
  if (start > end || end > data.length) throw new Error(`traineddata: entry ${type} out of bounds`);
  return data.subarray(start, end);
}

/** The unichars of a unicharset entry, by id (id 0 is the space). */
export function unichars(unicharset: Buffer): string[] {
  const lines = unicharset.toString('utf8').split('\n');
  const count = Number.parseInt(lines[0]!, 10);
  if (!Number.isInteger(count) || count <= 0 || lines.length <= count) throw new Error('unicharset: bad count line');
  return Array.from({ length: count }, (_, id) => {
    const first = lines[id + 1]!.split(' ')[0]!;
    return first === 'NULL' ? ' ' : first;
  });
}

/** Every word (for a bigram DAWG, "word word") a squished DAWG holds, in its order. */
export function dawgWords(dawg: Buffer, symbols: readonly string[]): string[] {
  if (dawg.length < 10 || dawg.readInt16LE(0) !== DAWG_MAGIC) throw new Error('dawg: bad magic number');
  const unicharsetSize = dawg.readInt32LE(2);
  const edgeCount = dawg.readInt32LE(6);
  if (edgeCount <= 0 || 10 + 8 * edgeCount > dawg.length) throw new Error(`dawg: ${edgeCount} edges do not fit in ${dawg.length} bytes`);
  const flagStart = Math.ceil(Math.log2(unicharsetSize + 1));
  if (flagStart + FLAG_BITS > 32) throw new Error(`dawg: a unicharset of ${unicharsetSize} is too large`);
  // An edge as its two 32-bit halves: the unichar id and flags lie in the low half, the next node
  // straddles both (read as numbers, not BigInt: a quarter of the time).
  const shift = flagStart + FLAG_BITS;
  const low = (e: number): number => dawg.readUInt32LE(10 + 8 * e);
  const high = (e: number): number => dawg.readUInt32LE(14 + 8 * e);
  const words: string[] = [];
  const prefix: string[] = [];
  const visit = (node: number): void => {
    for (let e = node; e < edgeCount; e++) {
      const lo = low(e);
      const flags = (lo >>> flagStart) & 7;
      if (flags & BACKWARD_FLAG) break; // squished DAWGs keep forward edges only
      const id = lo & ((1 << flagStart) - 1);
      const symbol = symbols[id];
      if (symbol === undefined) throw new Error(`dawg: unichar id ${id} outside the unicharset`);
      prefix.push(symbol);
      if (flags & WORD_END_FLAG) words.push(prefix.join(''));
      const next = high(e) * 2 ** (32 - shift) + (shift === 32 ? 0 : lo >>> shift);
      if (next !== 0) {
        // A DAWG has no cycles; a damaged one might, so a path longer than any word stops it.
        if (next >= edgeCount || prefix.length > 256) throw new Error(`dawg: edge ${e} points to ${next}, or a path runs on`);
        visit(next);
      }
      prefix.pop();
      if (flags & MARKER_FLAG) break;
    }
  };
  visit(0);
  return words;
}
