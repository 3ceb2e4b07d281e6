/** Edit distance between two sequences (words or characters), in O(n) memory. */
export function editDistance<T>(a: readonly T[], b: readonly T[]): number {
  let prev = new Int32Array(b.length + 1).map((_, j) => j);
  let curr = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ai === b[j - 1] ? 0 : 1);
      curr[j] = Math.min(sub, prev[j]! + 1, curr[j - 1]! + 1);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/**
 * Two rows of the table, of at least `width` cells, shared by the banded distance below: it is
 * called thousands of times per document (a line against each label, a word against each printed
 * word), and two new arrays per call were most of its cost in garbage. Only the first `width`
 * cells are read, each written before it is.
 */
let scratch: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];
function rows(width: number): [Int32Array, Int32Array] {
  if (scratch[0].length < width) scratch = [new Int32Array(2 * width), new Int32Array(2 * width)];
  return [scratch[0], scratch[1]];
}

/**
 * The edit distance of two sequences (a string's code units, or an array's items) if it is at most
 * `k`, else `k + 1`: a band of the table within `k` of its diagonal, left as soon as a row has
 * nothing within `k`.
 */
function bandedDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>, k: number): number {
  const far = k + 1;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > k) return far;
  const width = m + 1;
  let [prev, curr] = rows(width);
  for (let j = 0; j < width; j++) prev[j] = j <= k ? j : far;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - k);
    const to = Math.min(m, i + k);
    // Only the band is written; the cells just outside it, which this row and the next read, are far.
    curr[0] = i <= k ? i : far;
    if (from > 1) curr[from - 1] = far;
    if (to < m) curr[to + 1] = far;
    let best = curr[0]!;
    const ai = a[i - 1];
    for (let j = from; j <= to; j++) {
      const cost = Math.min(prev[j - 1]! + (ai === b[j - 1] ? 0 : 1), prev[j]! + 1, curr[j - 1]! + 1);
      curr[j] = cost > far ? far : cost;
      if (curr[j]! < best) best = curr[j]!;
    }
    if (best > k) return far;
    const swap = prev;
    prev = curr;
    curr = swap;
  }
  return Math.min(prev[m]!, far);
}

/**
 * Whether two strings are at most `k` edits apart (compared by code unit). For the many comparisons
 * of a line against a short list of labels, where most lines are far from every label.
 */
export function withinEdits(a: string, b: string, k: number): boolean {
  return bandedDistance(a, b, k) <= k;
}

/**
 * The edit distance of two sequences if it is at most `k`, else `k + 1`. For finding the nearest
 * of many words, where most are far and only the distance of a near one matters.
 */
export function boundedDistance<T>(a: readonly T[], b: readonly T[], k: number): number {
  if (!Number.isFinite(k)) return editDistance(a, b);
  return bandedDistance(a, b, k);
}

/** Bins of `letterCounts`: a to z each their own, every other letter one of a few shared bins. */
const BINS = 32;

/**
 * How many of each letter a word (its letters one by one, lower case) has. Two words `d` edits
 * apart differ in these counts by at most 2d in all (a letter changed takes one from one bin and
 * adds one to another; one dropped or added, one), so counts far apart rule a word out before its
 * distance is worked out, where one word is compared with thousands (a long document's long words).
 * Letters that share a bin only make the difference smaller, so the bound holds.
 */
export function letterCounts(folded: readonly string[]): Int8Array {
  const counts = new Int8Array(BINS);
  for (const letter of folded) {
    const code = letter.charCodeAt(0);
    const bin = code >= 97 && code <= 122 ? code - 97 : 26 + (code % (BINS - 26));
    if (counts[bin]! < 127) counts[bin]!++;
  }
  return counts;
}

/** Whether two words' letter counts differ by more than `2 * limit`: then they are more than `limit` edits apart. */
export function countsApart(a: Int8Array, b: Int8Array, limit: number): boolean {
  const most = 2 * limit;
  let apart = 0;
  for (let bin = 0; bin < BINS; bin++) {
    const d = a[bin]! - b[bin]!;
    apart += d < 0 ? -d : d;
    if (apart > most) return true;
  }
  return false;
}
