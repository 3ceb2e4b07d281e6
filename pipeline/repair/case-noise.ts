/**
 * Capitals an OCR engine that guesses case set inside sentences: found per document, read per word.
 */
import { FUNCTION_WORD_WEIGHT } from '../lexicon/function-words.ts';
import { ORGAN_HEAD } from '../lexicon/municipal.ts';

/**
 * Function words that often open a Swedish sentence. A worn copy loses full stops, so one of these
 * capitalised after a lower-case word may begin a sentence ("... med polisen En sådan ..."); the
 * others never do, and capitalised inside a line they show an engine that guesses case.
 */
const SENTENCE_OPENERS = new Set(
  `det detta den denna dessa de en ett att när på i om man vi jag han hon här där då sedan efter under
  för med enligt inom genom eftersom därför även men som av från alla andra många vad hur nu också`.split(/\s+/),
);

/**
 * A capitalised word after a word that begins in lower case, one space apart on one line; what
 * follows it is captured. The capital is tested before the look behind, which is costly at every position.
 */
const INSIDE_LINE = /\p{Lu}(?<=(?:^|[ \t(])\p{Ll}[\p{L}-]* \p{Lu})\p{Ll}+(?=([ \t]\S|[.,;:]?(?:\s|$)))/gmu;

/**
 * Names of bodies and parties, which authors capitalise as they please ("att Kommunfullmäktige
 * tar"): the organ heads repair already knows, and the bodies and parties that are no organ.
 */
const OTHER_BODY = /(?:myndighet|departement|region|kommun|parti)|^(?:liberal|moderat|socialdemokrat|kristdemokrat|sverigedemokrat)erna$/;
const isBody = (word: string): boolean => ORGAN_HEAD.test(word) || OTHER_BODY.test(word);

/**
 * Where an OCR engine may have set capitals inside sentences ("ska Vara en trygg Och säker stad",
 * "som svar på Motionen"). An engine without Swedish data guesses the case of a worn letter, and
 * worn capitals look like their small letters. Only a document that shows it is read so: one that
 * prints a function word no sentence opens with ("Och", "Inte", "Kring") capitalised after a
 * lower-case word on the same line, which no author writes. None of the clean texts and good scans
 * in the fixtures does; four worn copies read by the legacy engine and one read with Swedish data
 * do. There every capitalised word inside a line is a suspect, except one before another
 * capitalised word (names: "Framtid Stockholm"), a sentence opener (a full stop may be lost:
 * "polisen En sådan"), a label before its colon, and the name of a body. Returns the suspects'
 * indices; `lowerCaseReading` decides.
 */
export function capitalSuspects(text: string): Set<number> {
  const suspects = new Set<number>();
  let proof = 0;
  for (const m of text.matchAll(INSIDE_LINE)) {
    const lower = m[0].toLowerCase();
    if (/^[ \t]\p{Lu}/u.test(m[1]!) || m[1]!.startsWith(':') || SENTENCE_OPENERS.has(lower) || isBody(lower)) continue;
    if (FUNCTION_WORD_WEIGHT.has(lower)) proof++;
    suspects.add(m.index);
  }
  return proof > 0 ? suspects : new Set();
}

/**
 * Whether a suspect capital is OCR's, given the word's reading in lower case: a function word, or
 * a listed word the document prints in lower case elsewhere ("motionen" four times beside one
 * "Motionen"). A word printed only capitalised is left as the author's ("Barnahus").
 */
export function lowerCaseReading(reading: string, text: string, listed: (word: string) => boolean): boolean {
  if (SENTENCE_OPENERS.has(reading) || isBody(reading)) return false;
  return FUNCTION_WORD_WEIGHT.has(reading) || (listed(reading) && printedInLowerCase(text, reading));
}

/** A run of letters and digits: a word as `printedInLowerCase` looks for it. */
const LETTERS_DIGITS = /^[\p{L}\p{N}]+$/u;
/**
 * What may not stand right before a word of its own, and what may not follow it: a letter or
 * digit, or the marks of an address ("stockholm.se", "e-post", "@"). One pair for both ways of asking.
 */
const NOT_BEFORE = String.raw`[\p{L}\p{N}.@/-]`;
const NOT_AFTER = String.raw`[\p{L}\p{N}@-]|\.[\p{L}\p{N}]`;
/** A run of letters and digits that stands alone: neither a letter nor a digit beside it. */
const ALONE = new RegExp(String.raw`(?<!${NOT_BEFORE})[\p{L}\p{N}]+(?!${NOT_AFTER})`, 'gu');
const BEFORE_MARK = new RegExp(NOT_BEFORE, 'u');
const AFTER_MARK = new RegExp(`^(?:${NOT_AFTER})`, 'u');
/** A code unit of a character beyond the first plane: there `ALONE` and a code unit's test part ways. */
const SURROGATE = /[\uD800-\uDFFF]/;
/** Look-ups in one text after which its words are gathered rather than looked for one by one. */
const SCANS_BEFORE_GATHERING = 8;

/** The last text asked about: how often, and once gathered, its words that stand alone. */
let last: { text: string; asked: number; words: Set<string> | null } | undefined;

/**
 * Whether `word` stands in `text` as a word of its own, in lower case (not in an address: "stockholm.se").
 * A look through the text per suspect is quadratic in a long worn protokoll (hundreds of suspects,
 * each word found hundreds of times: most of the time such a document took), so after a few
 * look-ups in one text its words that stand alone are gathered once and asked instead.
 */
function printedInLowerCase(text: string, word: string): boolean {
  if (last?.text !== text) last = { text, asked: 0, words: null };
  if (last.words === null && ++last.asked > SCANS_BEFORE_GATHERING && !SURROGATE.test(text)) last.words = new Set(text.match(ALONE));
  // An occurrence that stands alone has neither a letter nor a digit beside it, so a word of
  // letters and digits stands alone only as one of those runs, whole.
  if (last.words !== null && LETTERS_DIGITS.test(word)) return last.words.has(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (standsAlone(text, at, word.length)) return true;
  return false;
}

/** Whether the text before and after an occurrence at `at` leaves it a word of its own. */
function standsAlone(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  const after = text.slice(at + length, at + length + 2);
  return (before === undefined || !BEFORE_MARK.test(before)) && !AFTER_MARK.test(after);
}
