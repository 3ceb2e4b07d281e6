import { editDistance } from '../edit-distance.ts';

/**
 * A person's name as documents print it: a first name and a surname, both capitalised. First names
 * are short; a longer first word is a body's or a place's ("Polisregion Stockholm").
 */
const FULL_NAME = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{1,9}) (\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])/gu;
/** Most letters a damaged first name may differ by from the spelling it is read as. */
const MAX_SLIPS = 2;

/** A word to read as the document's own spelling of it (a name, a phrase), at `index` in the text. */
export interface Respelling {
  index: number;
  original: string;
  replacement: string;
}

/**
 * First names a worn copy damaged in one place of several where the document names the same person:
 * "Loa Edholm" and "Totta Edholm" beside "Lotta Edholm" twice. The spelling printed most often
 * beside the surname is the person's, when it is printed at least twice and more often than any
 * other; a form at most two letters from it is read as it. Two people who share a surname keep
 * their names unless these are that close, and one of them is printed more than once.
 */
export function nameSpellings(text: string): Respelling[] {
  const bySurname = new Map<string, { first: string; index: number }[]>();
  for (const m of text.matchAll(FULL_NAME)) {
    const list = bySurname.get(m[2]!) ?? [];
    list.push({ first: m[1]!, index: m.index });
    bySurname.set(m[2]!, list);
  }
  const out: Respelling[] = [];
  for (const printed of bySurname.values()) {
    const counts = new Map<string, number>();
    for (const { first } of printed) counts.set(first, (counts.get(first) ?? 0) + 1);
    const [best, runnerUp] = [...counts].sort((a, b) => b[1] - a[1]);
    if (!best || best[1] < 2 || (runnerUp && runnerUp[1] === best[1])) continue;
    for (const { first, index } of printed) {
      if (first !== best[0] && editDistance([...first], [...best[0]]) <= MAX_SLIPS) out.push({ index, original: first, replacement: best[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
