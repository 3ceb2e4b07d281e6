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
