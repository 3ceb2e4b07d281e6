import { editDistance } from '../edit-distance.ts';
import { fold } from '../fold.ts';
import { COUNTIES, PROVINCES } from '../lexicon/gazetteers.ts';
import { MUNICIPALITIES } from '../lexicon/municipalities.ts';

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

/** A place's name in capitals or capitalised, with a genitive s or not: "LULEA KOMMUN", "Ostersunds" (its first capital matched before the look-behind that checks what stands before it). */
const PLACE_WORD = /\p{Lu}(?<![\p{L}\p{N}.@/-]\p{Lu})(?:\p{Lu}{3,}|\p{Ll}{3,})(?![\p{L}\p{N}@]|\.(?:se|nu)\b)/gu;

/** The places by their folded names, per lexicon (built once: 336 names). */
const placesByFold = new WeakMap<object, Map<string, string>>();

/** A county's name before "län" printed without its ä (or as "lån"). */
const COUNTY_LAN = /(\p{Lu}(?<![\p{L}\p{N}]\p{Lu})\p{L}+(?: \p{Lu}\p{L}+)?) (lan|lån|LAN)(?![\p{L}\p{N}])/gu;
const COUNTY_FOLDS = new Set(COUNTIES.map(fold));

/**
 * Sweden's municipalities, counties and provinces whose names carry å, ä or ö, by their names
 * without them ("lulea" → "Luleå"); names that fold to a word or to another place's name are left
 * out, and so are names shorter than four letters ("Åre" is no "are").
 */
function placeFolds(lexicon: { has(word: string): boolean }): Map<string, string> {
  const built = placesByFold.get(lexicon);
  if (built) return built;
  const all = [...MUNICIPALITIES, ...COUNTIES, ...PROVINCES].filter((p) => !p.includes(' '));
  const plain = new Set(all.filter((p) => fold(p) === p.toLowerCase()).map((p) => p.toLowerCase()));
  const places = new Map<string, string>();
  for (const place of all) {
    const folded = fold(place);
    if (folded === place.toLowerCase() || folded.length < 4 || plain.has(folded) || lexicon.has(folded)) continue;
    places.set(folded, place);
  }
  placesByFold.set(lexicon, places);
  return places;
}

/**
 * A Swedish place's name printed without its å/ä/ö, as an engine without Swedish data reads a
 * letterhead ("LULEA KOMMUN", "OSTERSUNDS KOMMUN") or an address ("831 83 OSTERSUND"): read as the
 * place, in the case it is printed in. Capitals are otherwise left alone as abbreviations, and the
 * gazetteer (290 municipalities, 21 län, 25 landskap) decides here rather than the lexicon.
 */
export function placeSpellings(text: string, lexicon: { has(word: string): boolean }): Respelling[] {
  const places = placeFolds(lexicon);
  const out: Respelling[] = [];
  // "län" after a county's name ("Länsstyrelsen Dalarnas lan", "Kalmar lan"), never "lån" there.
  for (const m of text.matchAll(COUNTY_LAN)) {
    const name = fold(m[1]!);
    // One word or two ("Västra Götalands"): the one before may be a word of the sentence ("Länsstyrelsen").
    if (COUNTY_FOLDS.has(name) || COUNTY_FOLDS.has(name.slice(name.indexOf(' ') + 1))) out.push({ index: m.index + m[0].length - 3, original: m[2]!, replacement: m[2] === 'LAN' ? 'LÄN' : 'län' });
  }
  for (const m of text.matchAll(PLACE_WORD)) {
    const word = m[0];
    const genitive = /[sS]$/.test(word) && !places.has(fold(word)) ? word.slice(-1) : '';
    const place = places.get(fold(genitive ? word.slice(0, -1) : word));
    if (!place) continue;
    const upper = word === word.toUpperCase();
    const replacement = (upper ? place.toUpperCase() : place) + genitive;
    if (replacement !== word && fold(replacement) === fold(word)) out.push({ index: m.index, original: word, replacement });
  }
  return out;
}
