/**
 * Remembers a pure function of a string while one document is read. Extraction asks the same
 * questions of the same lines from several stages (is this line a heading? which label opens it?);
 * the answers come from tables of regexes, so asking once per line keeps a document at a few
 * milliseconds. Results must be treated as read-only: the same object is handed to every caller.
 *
 * `forgetAll()` (called as each document's extraction starts) empties every memo, so a cache never
 * outlives its document: memory stays bounded on a million documents, and a benchmark that reads
 * the same texts again measures the work, not the cache.
 */
const MEMOS = new Set<Map<string, unknown>>();

export function memoize<R>(fn: (text: string) => R, size = 4096): (text: string) => R {
  const known = new Map<string, R>();
  MEMOS.add(known as Map<string, unknown>);
  return (text) => {
    if (known.has(text)) return known.get(text)!;
    const value = fn(text);
    if (known.size >= size) known.delete(known.keys().next().value!);
    known.set(text, value);
    return value;
  };
}

/** Empties every memo (a new document begins). */
export function forgetAll(): void {
  for (const memo of MEMOS) memo.clear();
}
