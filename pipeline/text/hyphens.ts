/**
 * Words a line's end hyphenated ("kommunfullmäk-" / "tige"), as justified print and PDF text layers
 * give them. Search finds a word only whole, so the index gets the joined forms too; the text keeps
 * its lines.
 */

/** Words after a hyphen that stands for a compound's shared last part ("hälso-" / "och sjukvård", "barn-" / "eller ungdomsärenden"). */
const SHARED_PART = String.raw`(?!(?:och|eller|samt|respektive|resp|som|till)\b)`;
/** A word's first half, its hyphen at a line's end, and its second half; not a shared part's hyphen. */
const HYPHENATED_WORD = new RegExp(String.raw`(\p{L}+)-[ \t]*\n[ \t]*${SHARED_PART}(\p{Ll}+)`, 'gu');
/** A name split after its hyphen ("Hässelby- Vällingby"). */
const SPLIT_NAME = /(\p{Lu}\p{Ll}+)- (\p{Lu}\p{Ll}+)/gu;

/** Joins words hyphenated across line ends ("kommunfullmäk-\ntige" → "kommunfullmäktige"), and a name split after its hyphen ("Hässelby- Vällingby"). */
export function dehyphenate(text: string): string {
  return text.replace(HYPHENATED_WORD, '$1$2').replace(SPLIT_NAME, '$1-$2');
}

/** The words of `text` a line's end hyphenated, joined, each once ("kommunfullmäktige"). */
export function lineHyphenatedWords(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(HYPHENATED_WORD), (m) => m[1]! + m[2]!))];
}

/**
 * A hyphen a line's end set inside a word: between lower-case letters (two before it, so "e-" /
 * "post" keeps its hyphen, as do "IT-" / "system" and "2019-" / "2020"), not before a conjunction.
 */
const WORD_BREAK = new RegExp(String.raw`(?<=\p{Ll}\p{Ll})-[ \t]*\n[ \t]*${SHARED_PART}(?=\p{Ll})`, 'gu');

/**
 * A hyphen or an en dash of the text a line's end set after it: a browser or word processor breaks
 * a line after either, in a date ("2022-12-" / "31"), a span of years ("2019-" / "2020", "2024–" /
 * "2028"), a code ("IT-" / "system", "e-" / "post") or a name ("Saltsjö-" / "Boo"). Not a shared
 * part's ("hälso-" / "och"), nor a dash set apart by a space.
 */
const HYPHEN_BREAK = new RegExp(String.raw`(?<=\S)([-–])[ \t]*\n[ \t]*${SHARED_PART}(?=[\p{L}\p{N}])`, 'gu');

/**
 * A value read over several lines as one line: a word a line's end hyphenated joined
 * ("höst-" / "terminen" → "höstterminen"), a hyphen of the text kept with what follows it
 * ("2022-12-" / "31" → "2022-12-31"), every other run of white space one space.
 */
export function flat(text: string): string {
  return text.replace(WORD_BREAK, '').replace(HYPHEN_BREAK, '$1').replace(/\s+/g, ' ');
}
