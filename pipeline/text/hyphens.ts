/**
 * Words a line's end hyphenated ("kommunfullmäk-" / "tige"), as justified print and PDF text layers
 * give them. Search finds a word only whole, so the index gets the joined forms too; the text keeps
 * its lines.
 */

/**
 * A word's first half, its hyphen at a line's end, and its second half; not a hyphen that stands for
 * a compound's shared last part ("hälso-" / "och sjukvård", "barn-" / "eller ungdomsärenden").
 */
const LINE_HYPHEN = /(\p{L}+)-[ \t]*\n[ \t]*(?!(?:och|eller|samt|respektive|resp|som|till)\b)(\p{Ll}+)/gu;

/** Joins words hyphenated across line ends ("kommunfullmäk-\ntige" → "kommunfullmäktige"), and a name split after its hyphen ("Hässelby- Vällingby"). */
export function dehyphenate(text: string): string {
  return text.replace(LINE_HYPHEN, '$1$2').replace(/(\p{Lu}\p{Ll}+)- (\p{Lu}\p{Ll}+)/gu, '$1-$2');
}

/** The words of `text` a line's end hyphenated, joined, each once ("kommunfullmäktige"). */
export function lineHyphenatedWords(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(LINE_HYPHEN), (m) => m[1]! + m[2]!))];
}

/**
 * A hyphen a line's end set inside a word: between lower-case letters (two before it, so "e-" /
 * "post" keeps its hyphen, as do "IT-" / "system" and "2019-" / "2020"), not before a conjunction.
 */
const WORD_BREAK = /(?<=\p{Ll}\p{Ll})-[ \t]*\n[ \t]*(?!(?:och|eller|samt|respektive|resp|som|till)\b)(?=\p{Ll})/gu;

/**
 * A value read over several lines as one line: a word a line's end hyphenated joined
 * ("höst-" / "terminen" → "höstterminen"), every other run of white space one space.
 */
export function flat(text: string): string {
  return text.replace(WORD_BREAK, '').replace(/\s+/g, ' ');
}
