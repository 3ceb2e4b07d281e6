/**
 * Signs an OCR engine without Swedish data prints otherwise than the page: the dash, a list's bullet,
 * a comma. Each a document rule of the registry (rules.ts), run on damaged text; the dash and the
 * bullet, which an engine with Swedish data misreads too, also on intact text.
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import type { Correction } from './repair.ts';

/**
 * The Swedish dash, "–" (tankstreck, and between numbers), as an OCR engine prints it: "—". Swedish
 * writes the en dash where English writes the em dash (Svenska skrivregler); the English model has
 * no en dash and prints every one as an em dash (seeds' and world documents' legacy OCR in five
 * fonts: 0 en dashes, while their pages print only en dashes), and tesseract's Swedish model does
 * the same (the world documents' Swedish OCR: 27 em dashes, 0 en dashes; their text: 43 en dashes,
 * no em dash). So read back in intact text too. A rule of em dashes ("———") is a line, left alone.
 */
const ENGINE_DASH = /(?<!—)—(?!—)/gu;
/**
 * The Swedish dash between two words as the English model also prints it: a tilde ("Rapportering ~
 * Beslut som inte verkställts", "distans ~ digitala stöd"; eight world documents' legacy OCR, in
 * every face). Between words only: a tilde opening a line marks a list's item as printed.
 */
const TILDE_DASH = /~(?<=[\p{L}\p{N})] ~)(?= \p{L})/gu;
/**
 * A list item's round bullet "•" (a word processor's default) as such an engine prints it: an
 * asterisk, a cent sign, a plus, a degree sign, a middle dot or a guillemet opening the line before
 * a space and a word (the dev fonts' legacy OCR; no Swedish line opens with one of these so).
 */
const ENGINE_BULLET = lineOpeningBullet('[*¢+°«»·]');
/**
 * The bullet as an engine with Swedish data prints it, in text that kept its å/ä/ö: "+", "»", "«"
 * or "+»" (every bulleted list of the world documents' Swedish OCR, eight documents of as many
 * municipalities; no clean document of the world, the seeds or the tuned sets opens a line with one
 * of these before a word). An asterisk there is the writer's own list sign, left as printed.
 */
const SWEDISH_ENGINE_BULLET = lineOpeningBullet('[+«»]');

/** One of `signs` (a character class), or "+»", opening a line before a space and a word. */
function lineOpeningBullet(signs: string): RegExp {
  const sign = String.raw`(?:\+»|${signs})`;
  // The sign is matched first and the line's start checked behind it: cheaper than a look-behind at every position.
  return new RegExp(String.raw`${sign}(?<=^[ \t]*${sign})(?= \p{L})`, 'gmu');
}

/**
 * A full stop after a word and before a lower-case word of the same line: no sentence begins in lower
 * case, so it is an abbreviation's ("bitr. barn- och utbildningschef", "fl. föreslår") or a comma an
 * engine read as a stop ("Karin Hedin. ordförande", "plats. vilket"; Times at scan resolution, seeds'
 * worn copies). Read as a comma after a word of three letters or more that is no abbreviation.
 */
const STOP_BEFORE_LOWER = /\.(?= \p{Ll}{2,})/gu;
/** The word of three letters or more that ends just before a full stop, not inside a number, an abbreviation's dots or an address. */
const WORD_BEFORE_STOP = /(?<![\p{L}\p{N}.@/])\p{L}{3,}$/u;
/** How far back the word is read: a word is no abbreviation long before this, and a run of letters this long is read as a word whatever stands before it. */
const LOOK_BACK = 64;
export function commaStops(text: string, known: (word: string) => boolean): Correction[] {
  const out: Correction[] = [];
  // The stop is found first and the word before it read only there: a look-behind tried at every
  // position of the text cost more than the rest of the rule.
  for (const m of text.matchAll(STOP_BEFORE_LOWER)) {
    const word = WORD_BEFORE_STOP.exec(text.slice(Math.max(0, m.index - LOOK_BACK), m.index))?.[0];
    if (word === undefined) continue;
    const lower = word.toLowerCase();
    // An abbreviation is a short lower-case string no word of its own ("bitr", "tjg", "fl"); "www."
    // opens an address. A name ("Hedin. ordförande") or a longer word is no abbreviation.
    if (ABBREVIATIONS.has(lower) || lower === 'www' || (word === lower && word.length <= 5 && !known(word))) continue;
    out.push({ index: m.index, original: '.', replacement: ',', rule: 'engine-comma', reason: 'a comma read as a full stop before a lower-case word', score: 0 });
  }
  return out;
}

/** The Swedish dash that the engine printed as an em dash, or between words as a tilde. */
export function engineDashes(text: string): Correction[] {
  const dashes = [...text.matchAll(ENGINE_DASH), ...(text.includes('~') ? text.matchAll(TILDE_DASH) : [])];
  return dashes.sort((a, b) => a.index - b.index).map((m) => ({ index: m.index, original: m[0], replacement: '–', rule: 'engine-dash', reason: 'the Swedish dash as an English-model engine prints it', score: 0 }));
}

/** A list's bullet that the engine printed as another sign; in intact text only the signs an engine with Swedish data prints. */
export function engineBullets(text: string, intact = false): Correction[] {
  const reason = intact ? "a list item's bullet as OCR prints it" : "a list item's bullet as an English-model engine prints it";
  return [...text.matchAll(intact ? SWEDISH_ENGINE_BULLET : ENGINE_BULLET)].map((m) => ({ index: m.index, original: m[0], replacement: '•', rule: 'engine-bullet', reason, score: 0 }));
}
