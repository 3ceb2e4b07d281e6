/**
 * Versions of one document: the text a municipality published, its scan, the scan's old OCR. Their
 * texts differ by OCR's errors, not by content, so they share most of their word pairs once case,
 * diacritics (an engine without Swedish data drops them) and punctuation are set aside. A MinHash
 * sketch of the word pairs estimates how many two texts share; locality-sensitive bands of the
 * sketch let the index find the likely versions of a new document among millions with one filter.
 * Pure: ingest stores the sketch and bands, and looks the candidates up (ingest/versions.ts).
 */
import { fold } from './fold.ts';

/** Values in a sketch: more is a finer estimate (one value is 1/64 of the estimate). */
export const SKETCH_SIZE = 64;
/**
 * Values per band: two texts share a band when these all agree (32 bands of 2). Versions that share
 * 0.4 of their word pairs share a band with a chance of 99.7%; texts that share 0.01 (unrelated
 * documents) with one of 0.3%.
 */
export const BAND_ROWS = 2;
/**
 * Shared word pairs (estimated) from which two texts are versions of one document. Measured on the
 * repaired texts of the seeds' versions (text against English-model OCR of a good scan and of a worn
 * copy): 0.41–1.00; on the world corpus's 45 different documents, pair by pair: at most 0.10, median
 * 0.006 (see test/pipeline/versions.test.ts).
 */
export const SAME_DOCUMENT = 0.3;
/** Fewer word pairs than this is too little text to tell versions apart from chance. */
const MIN_PAIRS = 20;

export interface Sketch {
  /** The MinHash values (SKETCH_SIZE of them). */
  values: number[];
  /** Band keys ("3:9f2a…"), one per band: a filterable field. */
  bands: string[];
}

/** 32-bit FNV-1a of a string. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Seeds of the hash functions: fixed, so sketches from different runs compare. */
const SEEDS = Array.from({ length: SKETCH_SIZE }, (_, i) => fnv(`diarium-version-${i}`) | 1);

/** Words of three letters or more, folded (no case, no diacritics), in order. */
function words(text: string): string[] {
  return fold(text).match(/\p{L}{3,}/gu) ?? [];
}

/** The sketch of a text, or null when it has too few words to compare. */
export function sketch(text: string): Sketch | null {
  const list = words(text);
  const pairs = new Set<number>();
  for (let i = 1; i < list.length; i++) pairs.add(fnv(`${list[i - 1]} ${list[i]}`));
  if (pairs.size < MIN_PAIRS) return null;
  const values = SEEDS.map((seed) => {
    let min = 0xffffffff;
    for (const p of pairs) {
      // A cheap second hash per seed: multiply, fold the high bits in.
      let h = Math.imul(p ^ seed, 0x9e3779b1);
      h ^= h >>> 15;
      h = Math.imul(h, seed) >>> 0;
      if (h < min) min = h;
    }
    return min;
  });
  const bands: string[] = [];
  for (let b = 0; b < SKETCH_SIZE / BAND_ROWS; b++) bands.push(`${b}:${values.slice(b * BAND_ROWS, (b + 1) * BAND_ROWS).map((v) => v.toString(36)).join('.')}`);
  return { values, bands };
}

/** The estimated share of word pairs two sketches' texts have in common (Jaccard), 0–1. */
export function similarity(a: number[], b: number[]): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
