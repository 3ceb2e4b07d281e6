import type { Lexicon } from './lexicon/lexicon.ts';

/** Words shorter than this are rarely compounds worth splitting. */
const MIN_LENGTH = 8;
const WORD = /\p{L}+/gu;
/** Splits by word: a corpus repeats its vocabulary, and the lexicon walk is the costly part. */
const splits = new Map<string, string[] | null>();
const MAX_CACHED = 200_000;

/**
 * The parts of the Swedish compounds in `text`, each once, for an extra searchable field: a search
 * for "nämnden" then finds "Socialnämnden", and "överenskommelse" finds
 * "samverkansöverenskommelse". Linking letters stay on the first part ("samverkans"), as the
 * lexicon lists them; the bare form is added too ("samverkan").
 */
export function compoundParts(text: string, lexicon: Lexicon): string[] {
  const parts = new Set<string>();
  const seen = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLowerCase();
    if (lower.length < MIN_LENGTH || seen.has(lower)) continue;
    seen.add(lower);
    let split = splits.get(lower);
    if (split === undefined) {
      split = lexicon.split(lower, false);
      if (splits.size >= MAX_CACHED) splits.clear();
      splits.set(lower, split);
    }
    if (!split || split.length < 2) continue;
    for (const part of split) {
      parts.add(part);
      if (part.endsWith('s') && lexicon.has(part.slice(0, -1))) parts.add(part.slice(0, -1));
    }
  }
  return [...parts];
}
