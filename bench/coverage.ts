/**
 * How much of the real OCR damage in the seed scans the confusion table can explain: for each OCR
 * word that differs from the truth word it stands for (aligned by edit distance), whether the table
 * (with at most one dropped or added letter) turns the OCR word into the truth word. The table was
 * written from how OCR engines fail, not from these pairs; this is the check against them.
 */
import { confusionTable, DELETE_COST, INSERT_COST, type ConfusionTable } from '../pipeline/repair/confusions.ts';

/** Cheapest cost of reading `truth` as `ocr` under the table, or Infinity. */
export function channelCost(ocr: string, truth: string, table: ConfusionTable): number {
  const memo = new Map<string, number>();
  const go = (i: number, j: number, edited: boolean): number => {
    const key = `${i},${j},${edited}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let best = Infinity;
    if (i === ocr.length && j === truth.length) best = 0;
    if (i < ocr.length && j < truth.length && ocr[i] === truth[j]) best = Math.min(best, go(i + 1, j + 1, edited));
    for (const width of [1, 2]) {
      for (const c of table.get(ocr.slice(i, i + width)) ?? []) {
        if (truth.startsWith(c.truth, j)) best = Math.min(best, c.cost + go(i + width, j + c.truth.length, edited));
      }
    }
    if (!edited && i < ocr.length) best = Math.min(best, DELETE_COST + go(i + 1, j, true));
    if (!edited && j < truth.length) best = Math.min(best, INSERT_COST + go(i, j + 1, true));
    memo.set(key, best);
    return best;
  };
  return go(0, 0, false);
}

/** Word pairs (ocr, truth) that differ, from a word alignment of the two texts. */
export function errorPairs(ocrText: string, truthText: string): [string, string][] {
  const strip = (w: string): string => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const a = ocrText.split(/\s+/).filter(Boolean).map(strip);
  const b = truthText.split(/\s+/).filter(Boolean).map(strip);
  const d = Array.from({ length: a.length + 1 }, (_, i) => Int32Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
  const pairs: [string, string][] = [];
  for (let i = a.length, j = b.length; i > 0 && j > 0; ) {
    if (d[i]![j] === d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      if (a[i - 1] !== b[j - 1] && a[i - 1] && b[j - 1]) pairs.push([a[i - 1]!, b[j - 1]!]);
      i--;
      j--;
    } else if (d[i]![j] === d[i - 1]![j]! + 1) i--;
    else j--;
  }
  return pairs;
}

let defaultTable: ConfusionTable | undefined;

/** Share of error pairs the table explains within the repair's cost limit (asked per document). */
export function coverage(pairs: [string, string][], limit = 8): { covered: number; total: number; missed: [string, string][] } {
  const table = (defaultTable ??= confusionTable());
  const missed = pairs.filter(([o, t]) => channelCost(o, t, table) > limit && channelCost(o.toLowerCase(), t.toLowerCase(), table) > limit);
  return { covered: pairs.length - missed.length, total: pairs.length, missed };
}

/**
 * The one place an OCR word and its truth differ, diacritics aside, as "printed→true" ("n→ri",
 * "∅→l" for a lost letter); null where they differ in more than one place or in more than three
 * letters on a side. Diacritics are left out because the table reads them already; what is left
 * is the damage a row would have to read.
 */
export function substitution(ocr: string, truth: string): string | null {
  const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '');
  let a = fold(ocr);
  let b = fold(truth);
  if (a === b) return null;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  a = a.slice(start, a.length - end);
  b = b.slice(start, b.length - end);
  return a.length <= 3 && b.length <= 3 ? `${a || '∅'}→${b || '∅'}` : null;
}

/** A damage the table does not read, by how many documents show it. */
export interface UnexplainedPattern {
  pattern: string;
  words: number;
  documents: number;
  examples: string[];
}

/**
 * The substitutions behind the word pairs the table does not explain (`coverage`'s `missed`),
 * counted by document: a row is worth adding where a pattern stands in several documents, not
 * where one document repeats it. For the development sets only: held-out text must not shape the table.
 */
export function unexplainedPatterns(missed: readonly { document: string; pair: [string, string] }[]): UnexplainedPattern[] {
  const found = new Map<string, { words: number; documents: Set<string>; examples: string[] }>();
  for (const { document, pair } of missed) {
    const pattern = substitution(pair[0], pair[1]);
    if (!pattern) continue;
    let entry = found.get(pattern);
    if (!entry) found.set(pattern, (entry = { words: 0, documents: new Set(), examples: [] }));
    entry.words++;
    entry.documents.add(document);
    if (entry.examples.length < 3 && !entry.examples.includes(`${pair[0]} -> ${pair[1]}`)) entry.examples.push(`${pair[0]} -> ${pair[1]}`);
  }
  return [...found]
    .map(([pattern, e]) => ({ pattern, words: e.words, documents: e.documents.size, examples: e.examples }))
    .sort((x, y) => y.documents - x.documents || y.words - x.words);
}
