/**
 * A party's letters after a politician's name as OCR damaged them: "Lotta Edholm (1)" for (L),
 * "Emilia Bjuggren ($)" for (S), "Anna Berg (€C)" for (C), "Per Ek (KT)" for (KD). The parties are
 * a closed set, and a name's parenthesis holds nothing else, so a string there that is no party is
 * read as the one party it is nearest: the world documents' Swedish OCR prints some 25 such
 * ("(€C)", "(CC)", "(KT)", "($S)", "(ST)", "(NP)", "(MM)") beside some 300 undamaged.
 */
import type { Correction } from './repair.ts';

/** The parties of the Riksdag, and of the older lists (fp), as the documents print their letters. */
const PARTIES = ['S', 'M', 'C', 'L', 'V', 'KD', 'MP', 'SD', 'FP'];
const KNOWN = new Set([...PARTIES, ...PARTIES.map((p) => p.toLowerCase())]);

/** A digit or sign OCR prints for a party's one letter; no party's letter is a digit. */
const SIGN_FOR: Record<string, string> = { '1': 'L', $: 'S', '5': 'S', '€': 'C' };
/** Specks OCR sets beside a letter ("€C", "$S", "1."): no party's letters include them. */
const SPECK = /[€$.,'"]/g;

/** The parenthesis after a capitalised name: "Anna Berg (€C)"; its content, one to three characters. */
const AFTER_NAME = /(?<=\p{Lu}\p{Ll}+ \()[^()\s]{1,3}(?=\))/gu;

/**
 * The party `printed` stands for, or null where it is one already or reads as none. In `damaged`
 * text also a two-letter code one letter off one party ("KT" for KD); in intact text that may be a
 * local party's.
 */
export function partyFor(printed: string, damaged: boolean): string | null {
  if (KNOWN.has(printed)) return null;
  if (printed.length === 1 && SIGN_FOR[printed]) return SIGN_FOR[printed]!;
  const letters = printed.replace(SPECK, '');
  if (letters !== printed && letters.length > 0) {
    if (KNOWN.has(letters)) return letters;
    if (letters.length === 1 && SIGN_FOR[letters]) return SIGN_FOR[letters]!;
  }
  // A letter printed twice: "CC", "MM".
  if (letters.length === 2 && letters[0] === letters[1] && KNOWN.has(letters[0]!)) return letters[0]!;
  if (damaged && /^\p{Lu}{2}$/u.test(letters)) {
    const near = PARTIES.filter((p) => p.length === 2 && (p[0] === letters[0]) !== (p[1] === letters[1]));
    if (near.length === 1) return near[0]!;
  }
  return null;
}

/** Every party after a name in `text` that OCR damaged, read back. */
export function partyLetters(text: string, damaged: boolean): Correction[] {
  const out: Correction[] = [];
  for (const m of text.matchAll(AFTER_NAME)) {
    const party = partyFor(m[0], damaged);
    if (party) out.push({ index: m.index, original: m[0], replacement: party, rule: 'party-letter', reason: 'party letters after a name', score: 0 });
  }
  return out;
}
