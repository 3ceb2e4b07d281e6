/**
 * Repairs OCR damage in Swedish text: a noisy-channel corrector. For each word it weighs every
 * spelling the OCR string may stand for (the confusion table, searched through the lexicon trie)
 * by how likely the spelling is (lexicon, function words, counts learned from clean corpus text,
 * neighbouring words) against how likely OCR was to misprint it so, and changes the word only when
 * another reading wins by a clear margin. Everything that is not a changed word is copied through,
 * so text without damage comes out byte-identical and line structure is kept.
 */
import { misreadDnrLabels } from '../dnr-label.ts';
import { englishSpans } from './english.ts';
import { readLabels } from './labels.ts';
import { dehyphenate } from '../text/hyphens.ts';
import { ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import { followsSentenceEnd } from '../text/sentences.ts';
import { collocation } from '../lexicon/collocations.ts';
import { PairContext } from './context.ts';
import { FUNCTION_WORD_LIST, FUNCTION_WORD_WEIGHT } from '../lexicon/function-words.ts';
import { fold } from '../fold.ts';
import { isMonth, MONTH_NAME_PATTERN } from '../lexicon/months.ts';
import { MIN_PART, swedishLexicon, type Lexicon } from '../lexicon/lexicon.ts';
import { GENRE_WORD_WEIGHT, GENRE_WORDS, ORGAN_HEAD, PLACE_ENDINGS, SURNAME_ENDINGS } from '../lexicon/municipal.ts';
import { recase } from './case.ts';
import { searchCandidates, type Candidate, type SearchLimits } from './candidates.ts';
import { capitalSuspects, lowerCaseReading } from './case-noise.ts';
import { COMPOUND_COST, confusionTable, regime as detectRegime, WILD_COST, type ConfusionTable, type Regime } from './confusions.ts';
import { WordModel } from './model.ts';
import { nameSpellings, placeSpellings, type Respelling } from './names.ts';
import { phraseSpellings, type PhraseWord, type WordJudge } from './phrases.ts';
import { rulesFor, type RuleId } from './rules.ts';
import { chromeLines, chromePhrases, type ChromeLine } from './chrome.ts';
import { TRANSCRIPT_MARKER } from '../grammar/layout.ts';
import { commaStops, engineBullets, engineDashes } from './typography.ts';
import { partyLetters } from './parties.ts';
import { pageCounters } from './page-counters.ts';
import { detached } from '../detached.ts';

/** One change the repair made. `index` is the position in the input text. */
export interface Correction {
  index: number;
  original: string;
  replacement: string;
  /** The rule that made it (rules.ts). */
  rule: RuleId;
  /** Why: the confusions used and the score margin over leaving the word as it was. */
  reason: string;
  score: number;
}

export interface RepairResult {
  text: string;
  corrections: Correction[];
  regime: Regime;
}

export interface RepairOptions {
  lexicon?: Lexicon;
  /** Counts from clean corpus text; the lexicon alone is used without it. */
  model?: WordModel;
  /**
   * Counts from general Swedish prose (ingest/background-text.ts), used for word-pair context only:
   * which of two readings that are both words the words around call for.
   */
  background?: WordModel | null;
  /** Force a regime instead of judging it from the text. */
  regime?: Regime;
}

/**
 * How much better (in nats) a reading must score than the word as printed before it is changed.
 * Text that kept its diacritics and has few unknown words was probably read well, so an odd word
 * there is more likely a rare word or the author's own typo than OCR damage: it needs a wider
 * margin. A worn copy is damaged throughout, as stripped text is.
 */
const MARGIN: Record<Regime, number> = { stripped: 1.0, intact: 2.5, worn: 1.0 };
/**
 * The margin in stripped text for a reading that differs from the word as printed only in the
 * å/ä/ö (and accents) the engine could not print ("bor" for "bör", "innebar" for "innebär"): the
 * printed letters are no evidence against it, so the likelier reading wins. Any other change (a
 * letter for another, one dropped or added) keeps the margin: there the print is evidence.
 */
const DIACRITIC_MARGIN = 0;

/** The base letter of each letter with a diacritic Swedish text or an engine prints. */
const BASE_LETTER: Readonly<Record<string, string>> = {
  å: 'a', ä: 'a', á: 'a', à: 'a', ö: 'o', ó: 'o', ò: 'o', é: 'e', è: 'e', ü: 'u',
  Å: 'A', Ä: 'A', Á: 'A', À: 'A', Ö: 'O', Ó: 'O', Ò: 'O', É: 'E', È: 'E', Ü: 'U',
};

/**
 * True when two spellings differ only in diacritics, case kept ("Över" and "Over", not "över").
 * Asked of every word's best reading: a letter-by-letter look, no Unicode normalisation.
 */
function sameButDiacritics(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (BASE_LETTER[x] ?? x) !== (BASE_LETTER[y] ?? y)) return false;
  }
  return true;
}
/**
 * Share of lower-case words the lexicon does not know above which text that kept its diacritics is
 * a worn copy, where known words are damaged too ("for", "forslag"). Clean text and good scans
 * stay under 6% (seeds, tuned sets, their Swedish OCR); worn copies read with Swedish data are at
 * 12-25%.
 */
const WORN_SHARE = 0.1;
/** Fewer lower-case words than this are too few to call a text worn. */
const WORN_MIN_WORDS = 20;
/** Lower-case words looked at to judge it. */
const WORN_SAMPLE = 2000;
/**
 * A word: letters, digits, and the signs OCR prints for letters ("|" for l, "¢" for c, braces for
 * l and f: "til}", "{or"; a bracket that no bracket opened, "Gl]"; an "&" or "@" beside a small
 * letter for an å/ä/ö: "p&", "N@mnden", not "S&P"; a "!" after a small letter and before another or
 * before a space and a small one, for an l: "til! nämnden"), except a brace that closes a parenthesis
 * ("(C}"), which is punctuation. The look-behinds come after the sign they check, so they run only there.
 */
const WORD = /(?:[\p{L}\p{N}|¢€¥{]|[&@](?=\p{Ll})|[&@](?<=\p{Ll}[&@])|!(?<=\p{Ll}!)(?=\p{Ll}| \p{Ll})|\}(?<!\([^()\n]*\})|\](?<!\[[^[\]\n]*\]))+/gu;
/** The endings of place names and of surnames. */
const NAME_ENDINGS = [...PLACE_ENDINGS, ...SURNAME_ENDINGS];
/** A number and a capitalised word with no space between them. */
const NUMBER_THEN_WORD = /^(\d+)(\p{Lu}\p{Ll}{2,})$/u;
/** A brace that closes a parenthesis on its line (the braces `WORD` leaves out): the legacy engine's ")" ("Horrdin (C}"). */
const BRACE_PAREN = /\}(?<=\([^()\n]*\})/gu;
/**
 * A word behind an opening parenthesis that nothing on its line closes: OCR's reading of a t or an
 * f ("(agit fram" for "tagit fram", "(jansteutlatandet." for "tjänsteutlåtandet.").
 */
const UNCLOSED = /\((?=\p{Ll})(?![^\n)]*\))[\p{L}|¢€¥]+/gu;
/** Nouns a Roman numeral follows ("fas I", "bilaga I"): there an "I" is not a worn "i". */
const NUMBERED = new Set(['fas', 'bilaga', 'etapp', 'steg', 'kapitel', 'avdelning', 'nivå', 'typ', 'klass', 'avsnitt', 'årskurs']);
/** Nouns a number follows: a "1" after one counts ("bilaga 1 till", "årskurs 1 på"), it is no "i". */
const COUNT_NOUNS = new Set([...NUMBERED, 'sida', 'sidan', 'nr', 'nummer', 'punkt', 'paragraf', 'kap', 'bilagan', 'version']);
/** Words a number follows that may stand before a capitalised word ("sida 1 Stockholms stad"). */
const COUNTED = new Set([...COUNT_NOUNS, 'del', 'år', 'och', 'eller', 'till']);
/**
 * The gap where a damaged copy lost the slash of a case number in parentheses, "(KS 2020 88)" for
 * "(KS 2020/88)", or of a numbered protokoll, "Protokoll nr 4 2019" for "nr 4/2019". Registries
 * write year and serial with a slash; no one writes them with a space.
 */
const LOST_SLASH = / (?:(?<=\(\p{Lu}{2,5} (?:19|20)\d{2} )(?=\d{1,6}\))|(?<=\b[Nn]r \d{1,3} )(?=(?:19|20)\d{2}\b))/gu;
/**
 * A guillemet between two lower-case letters ("införas i«entrala"): it quotes nothing there, for
 * Swedish quotes stand outside words. It is a blot where the gap between two words was.
 */
const GLUED_GUILLEMET = /[«»](?<=\p{Ll}[«»])(?=\p{Ll})/gu;
/** Highest channel cost of reading a split word, joined, as a listed word: two cheap confusions. */
const JOIN_READING_COST = 5;
/** A lone small letter after a space, itself followed by a space or a full stop ("fr o m", not "e-tjänster"). */
const SPACED_LETTER = /^ (\p{Ll})(?:[ .]|$)/u;
/** Letters that are words by themselves. */
const ONE_LETTER_WORDS = new Set(['i', 'å', 'ö']);
/**
 * What follows a lone letter in an abbreviation spelled with spaces, where it is no lone letter
 * itself ("t ex"); the one-letter tails ("f d", "t o m") are lone letters and stop the rules alike.
 */
const SPACED_ABBREVIATION_TAIL = new Set(['ex']);
/** "fr o" or "t o" of "fr o m", "t o m" with the space before the "o" lost (the "m" follows). */
const LOST_SPACE_ABBREVIATION = /^(fr|t|Fr|T)o$/;
/** Whole lower-case words of three letters or more, for judging how worn a text is. */
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}{3,}(?![\p{L}\p{N}])/gu;
/** Prior weight of a compound of listed parts that is not itself listed (a listed word has 1). */
const COMPOUND_PRIOR = 0.1;
/** Prior weight of such a compound that names a body or office ("stadsområdesnämnd"). */
const ORGAN_PRIOR = 1;
/** Prior weight of a string neither listed nor a compound: a name, or OCR damage. */
const UNKNOWN_PRIOR = 0.003;
/**
 * Per letter beyond `UNKNOWN_LONG`, how much less likely an unknown lower-case string is: the
 * longer it is, the less likely it is a real word the lexicon lacks (and not a compound it can split).
 */
const UNKNOWN_LENGTH_COST = 0.4;
const UNKNOWN_LONG = 8;
/** An é before a word's last syllable: not "-é", "-ée", "-én", "-ér" with or without an s. */
const STRAY_ACUTE = /é(?!e?[nr]?s?$)/;
/** How much less likely a string no one knows is with such an é (as likely as a costly confusion). */
const STRAY_ACUTE_COST = 2.5;
/** Length beyond which a capitalised string no one knows is rather damage than a name. */
const NAME_LONG = 14;
/** Highest cost of one word of a name's two-word first part (`twoWordStems`): a few confusions. */
const TWO_WORD_PART_COST = 3;
/** How many two-word readings of a name's first part are kept (the cheapest). */
const TWO_WORD_READINGS = 3;
/** What reading a word as two words the dictionary does not join costs beyond a compound's joint. */
const UNMARKED_JOIN_COST = 1;

/** An e-mail address's "@", a domain's ending or a URL's start: what the address patterns below need. */
const ADDRESS_MARK = /@|\.(?:se|com|org|nu|eu)\b|\bhttps?:\/\/|\bwww\./u;
/** Words that stand before a site's address in a sentence ("webbsänds på orebro.se", "läs mer på"). */
const SITE_PREPOSITION = '(?:på|pa|i|till|via|från|fran|hos|se|besök|besok)';
/**
 * Spans that are right as they are whatever the lexicon says: e-mail addresses (also names joined by
 * dots, as before an "@" OCR misread), URLs, case numbers ("KS 2018/906", "Vo 45/2020",
 * "1.7.1-310/2018"), phone numbers, dates, and upper-case abbreviations (SSP, MVP).
 */
const PROTECTED_PATTERNS: [pattern: string, address: boolean][] = [
  [String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, true],
  // The local part of an address whose "@" OCR misread ("sara.johansson(Pcentrum.goteborg.se").
  [String.raw`\b[a-z]+(?:[._][a-z]+)+\b`, false],
  // Or that lost the dot between the names as well ("hanna .vberg(gavle.se", "maria bndgren(Psockholm.se"),
  // or whose "@" OCR read as a space ("anna tindqvistt malmo.se"); not a preposition before a site
  // ("sänds pa orebro.se", "läs mer på").
  [String.raw`\b(?!${SITE_PREPOSITION} )[a-z]+(?: ?[._]? ?(?!${SITE_PREPOSITION} )[a-z]+)?(?=(?:\((?:\p{Lu}|[^\x00-\x7f\s]){0,2}| )[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:se|com|org|nu|eu)\b)`, true],
  [String.raw`\b(?:https?://|www\.)\S+`, true],
  // A report's series before its number ("Ds 2023:9" is no misread "Ås").
  [String.raw`\b(?:SOU|Ds) (?:19|20)\d\d:\d{1,3}\b`, false],
  [String.raw`\b[\w.-]+\.(?:se|com|org|nu|eu)\b`, true],
  [String.raw`\b\p{Lu}{1,5}[ -]?\d{2,4}[/:-]\d+\b`, false],
  // A registry prefix in mixed case, "Vo 45/2020" (Örebro's vård- och omsorgsnämnd), also after
  // its label when a worn copy lost the slash ("Ärendenummer: Vo 45 2020").
  [String.raw`\b\p{Lu}\p{Ll}?\p{Lu}{0,3} \d{1,6}/(?:19|20)\d{2}\b`, false],
  // (Its capital first, the label before it checked after: a look-behind first runs at every position.)
  [String.raw`\p{Lu}(?<=(?:nummer|[Dd]nr):? \p{Lu})\p{Ll}?\p{Lu}{0,3} \d{1,6} (?:19|20)\d{2}\b`, false],
  [String.raw`\b\d+(?:[./:-]\d+)+\b`, false],
  [String.raw`\b\p{Lu}{2,6}\b`, false],
];
const PROTECTED = new RegExp(PROTECTED_PATTERNS.map(([p]) => p).join('|'), 'gu');
/**
 * The same without the address patterns, for a text with no "@", domain or URL, where they cannot
 * match: the one that looks ahead for a domain after every word is the costliest of all.
 */
const PROTECTED_PLAIN = new RegExp(PROTECTED_PATTERNS.filter(([, address]) => !address).map(([p]) => p).join('|'), 'gu');

interface Token {
  text: string;
  index: number;
}

/** A word as the first pass read it: `original` as printed at `index`, `text` as read. */
type FirstReading = Pick<PhraseWord, 'index' | 'original' | 'text' | 'fixed'>;

/**
 * Spans no word of is read as another: case numbers, codes and numbers (PROTECTED), and lines of a
 * hosting site's fixed chrome ("Save this PDF as", "Transkript"; the word "Share" before a quoted
 * title), which are English or fixed wording, no Swedish words misread; and English paragraphs.
 */
function protectedRanges(text: string, chromeLines: readonly ChromeLine[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(ADDRESS_MARK.test(text) ? PROTECTED : PROTECTED_PLAIN)) {
    // In a line set all in capitals ("YTTRANDE OVER REMISS OM … FOR SKOLAN") a short capital word
    // that is a function word without its å/ä/ö is that word, no abbreviation.
    if (STRIPPED_FUNCTION_WORDS.has(m[0]) && inCapitalLine(text, m.index)) continue;
    ranges.push([m.index, m.index + m[0].length]);
  }
  for (const { at, line, trimmed, chrome } of chromeLines) {
    if (chrome.fixed) ranges.push([at, at + line.length]);
    // A line that quotes the document's title ("Share ”Taxa för …”"): only the site's word.
    else if (chrome.name === 'docplayer download' || chrome.name === '5dok share') ranges.push([at, at + line.search(/\S/) + trimmed.split(/\s/)[0]!.length]);
  }
  // English paragraphs: no word of them is a Swedish word misread (english.ts).
  ranges.push(...englishSpans(text));
  // In order of their starts: the word pass walks them alongside the words.
  return ranges.sort((a, b) => a[0] - b[0]);
}


/**
 * The function words that have an å, ä or ö, in capitals without them ("FOR", "AR", "PA", "OVER"):
 * what an engine without Swedish data prints for them in a line set in capitals.
 */
const STRIPPED_FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORD_LIST.filter((w) => /[åäö]/.test(w)).map((w) => fold(w).toUpperCase()));
const LOWER = /\p{Ll}/u;
const CAPITAL_WORDS = /\p{Lu}{2,}/gu;

/** Whether the line holding `at` is set all in capitals: no small letter, three capital words or more. */
function inCapitalLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end);
  return !LOWER.test(line) && (line.match(CAPITAL_WORDS)?.length ?? 0) >= 3;
}

/** A reading of a word: its prior minus the channel cost, before context. */
interface Reading {
  word: string;
  lower: string;
  score: number;
  cost: number;
}

/** Highest channel cost searched: about three unlikely confusions, or many cheap ones. */
const MAX_COST = 8;
/** Highest cost when a letter may be dropped or added: that edit and a little more. */
const EDIT_MAX_COST = 6;
/**
 * A word at least this long may take an edit and another confusion as costly as a wild letter: a
 * string within two slips of so long a listed word is that word ("Sotcialtörvaltningen").
 */
const LONG_EDIT_LENGTH = 14;
/** Shortest word in which one letter may be read as any other. */
const WILD_MIN_LENGTH = 8;
/**
 * A reading this cheap (a confusion or two as common as "a" for "ä") spares the search for a free
 * letter: the wild letter alone costs more. Measured: the same words on every OCR set, in a third
 * less time on legacy OCR text.
 */
const CHEAP_READING = 1;
/** Highest cost of a reading with such letters. */
const WILD_MAX_COST = 8;
/**
 * A word this long may cost a little more: a string of sixteen letters or more within three slips
 * of a listed word is that word ("sumverkansoverenshommelse").
 */
const VERY_LONG = 16;
const VERY_LONG_SLACK = 1.5;
/** Most that context (word pairs from the corpus) can add; readings further behind cannot win. */
const CONTEXT_RANGE = 6;
/**
 * Extra cost of reading a capitalised word inside a sentence as a common word: there it is most
 * likely a name ("Maria Adell" is not "Maria Ädelt").
 */
const NAME_COST = 1.5;
/** What reading an engine's capital A/O as a small å/ä/ö costs beyond the letter's confusion. */
const SMALL_LETTER_COST = 0.3;

/** A list item's bullet, as printed or as OCR reads one. */
const LIST_MARK = new Set('•·▪◦*~«»°–—-');
/** What ends a sentence, or a heading, label or number a sentence follows. */
const BEFORE_SENTENCE = new Set('.!?:;§)0123456789');
const LOWER_LETTER = /\p{Ll}/u;

/**
 * True when the word at `index` begins a sentence, a list item, a line after a blank line, or the
 * text. (Asked of every word several times: characters are looked up in sets, not tested by patterns.)
 */
function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  // A list item begins as a sentence does, after its bullet as printed or as an engine read it
  // ("•", "-", "~", "«" at the start of the line).
  if (i >= 0 && LIST_MARK.has(text[i]!) && (i === 0 || text[i - 1] === '\n')) return true;
  i = index - 1;
  let newlines = 0;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t' || text[i] === '\r')) if (text[i--] === '\n') newlines++;
  if (i < 0 || newlines > 1) return true;
  const before = text[i]!;
  return BEFORE_SENTENCE.has(before) || (newlines === 1 && before !== ',' && !LOWER_LETTER.test(before));
}

/**
 * A word of the first reading as the phrase pass sees it. Where it stands in its sentence and line
 * is read only when the pass asks (of long words and names), not of every word: a class, for objects
 * made by spreading cost a third more time in phraseSpellings.
 */
class PhraseWordAt implements PhraseWord {
  readonly index: number;
  readonly original: string;
  readonly text: string;
  readonly fixed: boolean | undefined;
  private sentence: boolean | undefined;

  constructor(
    word: FirstReading,
    readonly joinedToNext: boolean,
    private readonly source: string,
  ) {
    this.index = word.index;
    this.original = word.original;
    this.text = word.text;
    this.fixed = word.fixed;
  }

  get sentenceStart(): boolean {
    return (this.sentence ??= startsSentence(this.source, this.index));
  }

  get lineStart(): boolean {
    return startsLine(this.source, this.index);
  }

  get lineEnd(): boolean {
    return endsLine(this.source, this.index + this.original.length);
  }
}

/**
 * What the table charges for reading `printed` as `truth`, letter by letter (strings of one length),
 * or null where a letter differs in a way the table does not list.
 */
function letterCost(printed: string, truth: string, table: ConfusionTable): number | null {
  if (printed.length !== truth.length) return null;
  let cost = 0;
  for (let i = 0; i < printed.length; i++) {
    if (printed[i] === truth[i]) continue;
    const option = table.get(printed[i]!)?.find((o) => o.truth === truth[i]);
    if (!option) return null;
    cost += option.cost;
  }
  return cost;
}

/**
 * A short word before a lone letter that is no word of its own opens an abbreviation spelled with
 * spaces ("fr o m", "bl a"), as protokoll print their dates of posting.
 */
function opensSpacedAbbreviation(token: Token, text: string): boolean {
  const word = token.text;
  if (word.length > 3 || !/^\p{Ll}+$/u.test(word)) return false;
  const lone = SPACED_LETTER.exec(text.slice(token.index + word.length, token.index + word.length + 4));
  return lone !== null && !ONE_LETTER_WORDS.has(lone[1]!);
}

/** Adds a reading of `printed` to `forms`, or lowers the cost of one found before. */
function addForm(forms: Map<string, { cost: number; compound: boolean }>, printed: string, reading: string, cost: number, compound: boolean): void {
  const known = forms.get(reading);
  if (reading !== printed && (known === undefined || cost < known.cost)) forms.set(reading, { cost, compound });
}

/** A letter standing alone that is no word by itself (a fragment of a split word, not "i" or "å"). */
function isLoneLetter(t: Token): boolean {
  return t.text.length === 1 && /\p{L}/u.test(t.text) && !ONE_LETTER_WORDS.has(t.text.toLowerCase());
}

/**
 * The word after the one being read: given, or found by `next` (reading it ahead, the costlier
 * half of a word's turn, is done only for a word that has other readings). Not memoised in a
 * closure made per word (tsx names every closure it makes, which costs more than the memo saves):
 * the few words that ask twice (a lone "1", a bar) read it twice from the readings' cache.
 */
function wordAfter(next: string | (() => string)): string {
  return typeof next === 'string' ? next : next();
}

/** True when only spaces and tabs, with at most one line break among them, stand from `from` to `to`. */
function onlySpace(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      if (++breaks > 1) return false;
    } else if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/** True when only white space stands between the start of its line and `index`. */
function startsLine(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

/** True when only a mark of punctuation and white space stand between `index` and the end of its line. */
function endsLine(text: string, index: number): boolean {
  let i = index;
  if (i < text.length && '.,;:)'.includes(text[i]!)) i++;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i === text.length || text[i] === '\n' || text[i] === '\r';
}

/** True when the word at `index` is all its line holds. */
function aloneOnLine(text: string, index: number, length: number): boolean {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index + length);
  return text.slice(start, end < 0 ? text.length : end).trim().length === length;
}

/**
 * "I" after a lower-case word inside a sentence is the preposition "i" whose dot worn type or a
 * serif engine turned into a bar ("görs I samband med", "miljöer I Malmö").
 */
function lowerI(token: Token, previous: string, next: string, text: string): Correction | null {
  if (token.text !== 'I' || !/^\p{Ll}+$/u.test(previous) || !/^\p{L}/u.test(next) || NUMBERED.has(previous)) return null;
  // Before a name ("miljöer I Malmö") only when a space follows, not "bilaga I. Nämnden".
  if (/^\p{Lu}/u.test(next) && text[token.index + 1] !== ' ') return null;
  if (startsSentence(text, token.index)) return null;
  return { index: token.index, original: 'I', replacement: 'i', rule: 'lower-i', reason: 'preposition between lower-case words', score: 0 };
}

/**
 * A lone "1" after a lower-case word and before a name, in damaged text, is the preposition "i" that
 * OCR read as a digit ("miljöer 1 Malmö", "provats 1 Drottninghög"): a number there would count
 * something ("1 januari", "1 av 3"), and a name is no unit. Not after a word a number follows
 * ("sida 1 Stockholms stad").
 */
function oneForI(token: Token, previous: string, next: string, text: string, mode: Regime): Correction | null {
  // Before a month's name, however OCR cased it ("från och med 1 Juli 2019"), it is the day.
  if (mode === 'intact' || token.text !== '1' || !/^\p{Lu}\p{Ll}/u.test(next) || COUNTED.has(previous.toLowerCase()) || isMonth(next.toLowerCase())) return null;
  // After a lower-case word, or a place's or body's name in its definite form ("Vikdalsskolan 1
  // Saltsjö-Boo", "Kommunkontoret 1 Bergsjö", "Länsstyrelsen 1 Kalmar län": five world
  // documents, none of whose clean text prints such a name before a "1" and a name).
  if (!/^\p{Ll}+$/u.test(previous) && !DEFINITE_NAME.test(previous)) return null;
  // Spaced from both: at a line's start it may be a list's number after a heading ("Kommunfullmäktiges beslut\n1 Avsägelsen").
  if (text[token.index - 1] !== ' ' || text[token.index + 1] !== ' ') return null;
  const replacement = startsSentence(text, token.index) ? 'I' : 'i';
  return { index: token.index, original: '1', replacement, rule: 'one-for-i', reason: 'preposition before a name', score: 0 };
}

/** A capitalised word in a definite form ("Vikdalsskolan", "Kommunkontoret", "Lärkvägen"). */
const DEFINITE_NAME = /^\p{Lu}\p{Ll}{3,}(?:en|et|an)$/u;

/**
 * A lone "t", "f" or "l" between two words of running text, in damaged text, is the preposition
 * "i" whose dot worn type lost and whose stem grew a bar or a foot ("simhall t kombination",
 * "sammanträder t Stora salen"): no Swedish word is a lone consonant, and "i" is the one narrow
 * letter that is. Spaced abbreviations ("t ex", "f d", "t o m") keep their letters.
 */
function narrowI(token: Token, previous: string, next: string, text: string, mode: Regime): Correction | null {
  if (mode === 'intact' || !NARROW_LONE.has(token.text) || !/^\p{Ll}{2,}$/u.test(previous) || !/^\p{L}{2,}$/u.test(next) || SPACED_ABBREVIATION_TAIL.has(next.toLowerCase())) return null;
  // The word after may begin the next line ("en endagsfestival t\naugusti").
  if (text[token.index - 1] !== ' ' || (text[token.index + 1] !== ' ' && text[token.index + 1] !== '\n')) return null;
  // After a full stop it opens the sentence ("förskolorna. t centrala" is "I centrala").
  const replacement = followsSentenceEnd(text, token.index) ? 'I' : 'i';
  return { index: token.index, original: token.text, replacement, rule: 'narrow-i', reason: 'preposition between words', score: 0 };
}

/** Narrow letters that stand alone only as a worn "i". */
const NARROW_LONE = new Set(['t', 'f', 'l']);

/**
 * A worn "till" as OCR prints it: a G for the t (and i), then the bars of the rest; or a U for the
 * t and i run together, or a d or l for a t without its bar, then bars ("UI", "Ull", "dll", "lll":
 * URW Bookman's worn copies and Nimbus Roman's good scans); or the t and i lost into one stroke or
 * none ("förslag ll beslut", "bifall tl motionen": worn copies of URW Bookman, Liberation Sans
 * Narrow and the seeds).
 */
const TILL_BLOT = /^(?:G[IHUTl|\]}]{1,2}|U[lI1|i]{1,2}|[dl][lI1|]{2}|[lt]l)$/;
/** A blot with a small letter ("Ul", "ll", "tl"): no abbreviation is written so. */
const SMALL_LETTER = /\p{Ll}/u;

/**
 * "till" worn to a blot of strokes that OCR reads as a G and a bar or two: "hänvisar GI
 * förvaltningens", "förslag GIT åtgärder", "Förslag GH beslut", "hänvisar Gl] detta". As capitals
 * these pass for an abbreviation, which is otherwise right as printed; but after a word and before a
 * lower-case word of the same line in damaged text, and printed nowhere else, it is the word. An
 * abbreviation a document uses it prints more than once: "Göteborgs universitet (GU)", then "GU";
 * a blot with a small letter ("Ul", "ll") is no abbreviation, and may stand for every "till".
 */
function tillBlot(token: Token, previous: string, next: string, text: string, mode: Regime, tokens: readonly Token[]): Correction | null {
  if (mode === 'intact' || !TILL_BLOT.test(token.text) || !/^\p{L}{2,}$/u.test(previous) || !/^\p{Ll}{2,}$/u.test(next)) return null;
  if (text[token.index - 1] !== ' ' || text[token.index + token.text.length] !== ' ') return null;
  if (!SMALL_LETTER.test(token.text) && tokens.some((t) => t !== token && t.text === token.text)) return null;
  // After a noun that numbers ("etapp ll genomförs"), "ll" is a Roman two read in small letters.
  if (token.text === 'll' && NUMBERED.has(previous.toLowerCase())) return null;
  return { index: token.index, original: token.text, replacement: 'till', rule: 'worn-till', reason: 'a worn "till"', score: 0 };
}

/**
 * "till" whose last l OCR lost or read as a mark: "i uppdrag att til" at a line's end, "upp til! 20
 * år", "förslag til] beslut", "i anslutning til! Lövåsen", "til socialnämndens" (what the channel
 * left of them in the legacy OCR of ten fonts: twenty times, in thirteen documents; before a
 * capital or a digit the mark is no part of the word's token, and the channel adds no letter to a
 * short word). No Swedish word is "til", and the commonest preposition of the genre is one l from
 * it. The mark goes with it where nothing follows it but a space or the line's end.
 */
function shortTill(token: Token, previous: string, text: string, mode: Regime): Correction | null {
  if (mode === 'intact' || !SHORT_TILL.test(token.text) || !/^[\p{L}\p{N}]/u.test(previous)) return null;
  const end = token.index + token.text.length;
  const mark = token.text.length === 3 && TILL_MARK.test(text[end] ?? '') && /^(?:\s|$)/u.test(text[end + 1] ?? '') ? text[end]! : '';
  return { index: token.index, original: token.text + mark, replacement: `${token.text[0]}ill`, rule: 'worn-till', reason: '"till" with its last l lost or read as a mark', score: 0 };
}

/** "til", or "til" and the mark OCR printed for its l where the word's token holds it ("til] beslut"). */
const SHORT_TILL = /^[Tt]il[!\]}|]?$/;
/** What OCR prints for an l after "til" where the word's token leaves it out: a bar, a bracket, a brace, an exclamation mark. */
const TILL_MARK = /^[!\]}|]$/;

/**
 * "att" with its two t's run into one "u" ("au"): "föreslår kommunfullmäktige au anta", "beslutade
 * au kommunen", "tillfälle au yttra", "i uppdrag au redovisa": nine times in the world documents'
 * good scans, in six documents, with and without Swedish data (the same join reads "yttra" as
 * "yura"). "au" is otherwise an arbetsutskott, after its organ's letters ("KS au") or before a
 * number, never between two lower-case words; "att" is the commonest word of the genre.
 */
function mergedAtt(token: Token, previous: string, next: string, text: string): Correction | null {
  if (token.text !== 'au' || !/^\p{Ll}{2,}$/u.test(previous) || ABBREVIATIONS.has(previous) || !/^\p{Ll}{2,}$/u.test(next)) return null;
  if (!/\s/.test(text[token.index - 1] ?? '') || !/\s/.test(text[token.index + 2] ?? '')) return null;
  return { index: token.index, original: token.text, replacement: 'att', rule: 'merged-att', reason: '"att" with its t\'s run together', score: 0 };
}

/** A word in the word pass, with what the word rules read it by. */
interface WordAt {
  token: Token;
  i: number;
  tokens: readonly Token[];
  /** The word before, as read. */
  previous: string;
  text: string;
  mode: Regime;
  seen: ReadonlyMap<string, number>;
  suspects: ReadonlySet<number>;
}

/** A hyphen at a line's end, what separates a hyphenated word's halves ("kommunfullmäk-" / "tige"). */
const LINE_HYPHEN = /^-[ \t]*\n[ \t]*$/;
/** Letters only; lower-case letters only (a hyphenated word's halves). */
const LETTERS = /^\p{L}+$/u;
const LOWER_LETTERS = /^\p{Ll}+$/u;

/** What a word rule read: the correction, and how many words it took (a split word takes two). */
interface WordStep {
  /** Null where the rule reads the words as printed: they are then no other rule's. */
  correction: Correction | null;
  consumed: number;
}

const single = (correction: Correction | null): WordStep | null => (correction ? { correction, consumed: 1 } : null);

/** What a document rule reads: the text, its regime, its chrome lines, and what words are known. */
interface DocumentContext {
  text: string;
  mode: Regime;
  chrome: readonly ChromeLine[];
  known: (word: string) => boolean;
}

/** The document rules that find corrections by a pattern over the whole text. */
const DOCUMENT_RULES: Partial<Record<RuleId, (document: DocumentContext) => Correction[]>> = {
  'party-letter': ({ text, mode }) => partyLetters(text, mode !== 'intact'),
  'lost-slash': ({ text }) => [...text.matchAll(LOST_SLASH)].map((m) => ({ index: m.index, original: ' ', replacement: '/', rule: 'lost-slash', reason: 'slash of a case number', score: 0 })),
  'brace-paren': ({ text }) => [...text.matchAll(BRACE_PAREN)].map((m) => ({ index: m.index, original: '}', replacement: ')', rule: 'brace-paren', reason: 'brace closing a parenthesis', score: 0 })),
  'engine-dash': ({ text }) => engineDashes(text),
  'engine-bullet': ({ text, mode }) => engineBullets(text, mode === 'intact'),
  'engine-comma': ({ text, known }) => commaStops(text, known),
  'chrome-phrase': ({ chrome }) => chromePhrases(chrome),
  'page-count': ({ text, mode }) => pageCounters(text, mode !== 'intact').map((c) => ({ ...c, rule: 'page-count', reason: "a page counter as the document's other counters print it", score: 0 })),
  'glued-guillemet': ({ text }) => [...text.matchAll(GLUED_GUILLEMET)].map((m) => ({ index: m.index, original: m[0], replacement: ' ', rule: 'glued-guillemet', reason: 'guillemet inside a word', score: 0 })),
};

/**
 * "kl" (klockan) before a time of day, as an engine reads its l: "kI 13.00", "KI. 17.45", "ki
 * 08.30", "k1 18.30", and as a mark or a capital ("k! 18.30", "k] 9.00", "kL. 15.00", "kt 19.00":
 * the scans of seven fonts here). Kallelser and protokoll of most kommuner print the time so. A
 * capital K inside a sentence is the engine's (k and K differ only in size).
 */
const CLOCK_MISREAD = /[kK](?<=(?:^|[\s(])[kK])[Ii1!\]|Lt](?=\.? ?(?:[01]?\d|2[0-3])[.:][0-5]\d\b)/gu;
/**
 * The day "1" of a date printed as a bar or a narrow letter ("från den | januari", "perioden l
 * februari"): Nimbus Roman, URW Bookman and P052 read with the English model. Between "den" (or
 * "perioden") and a month's name only a day's number stands.
 */
const DAY_ONE_MISREAD = new RegExp(String.raw`[|lI](?<=\b(?:den|perioden) [|lI])(?= (?:${MONTH_NAME_PATTERN})\b)`, 'gu');
/**
 * The page number "1" of a header's "N (M)" printed as a bar or a narrow letter ("Sida | (4)",
 * "Stadskontoret | (2)"): a quarter of the world documents, of as many municipalities, number
 * their pages so. After a capitalised word, "sida" or at the start of a line, before a page count
 * in parentheses, only a page's number stands.
 */
const PAGE_ONE_MISREAD = /[|lIi](?<=(?:[ \t\n]|^)[|lIi])(?= \(\d{1,3}\)(?![\p{L}\p{N}]))/gu;
/** A word that may stand before a header's page number: a capitalised one, or "sida". */
const BEFORE_PAGE_NUMBER = /^(?:\p{Lu}\p{L}*|[Ss]idan?)$/u;

/**
 * The number "1" of a transcript's first page (docplayer's and doczz's "Transkript", then "1
 * PRESSMEDDELANDE …", "1 (9) …"; over 30 documents in the catalogues) printed as a bar or a narrow
 * letter: a transcript's first line opens with its page's number, whatever the text layer says.
 */
const TRANSCRIPT_PAGE_ONE = new RegExp(String.raw`(?<=^${TRANSCRIPT_MARKER}[ \t]*\n(?:[ \t]*\n)*)[|lI](?= \S)`, 'gmu');
/** A transcript's marker line anywhere in a text: only then is TRANSCRIPT_PAGE_ONE asked. */
const TRANSCRIPT_LINE = new RegExp(String.raw`^${TRANSCRIPT_MARKER}[ \t]*$`, 'mu');

/**
 * The misread page numbers "1" of `text` (see PAGE_ONE_MISREAD): at a line's start, or after a
 * capitalised word or "sida"; and a transcript's first (TRANSCRIPT_PAGE_ONE). The cheap pattern
 * first, the context after: a look-behind over a word costs a scan back at every place of the text.
 */
function pageOnes(text: string, mode: Regime): RegExpMatchArray[] {
  const transcript = TRANSCRIPT_LINE.test(text) ? [...text.matchAll(TRANSCRIPT_PAGE_ONE)] : [];
  const headers = [...text.matchAll(PAGE_ONE_MISREAD)].filter((m) => {
    // Text read well keeps a letter it prints there (a text layer's "l (2)"); a bar is never text.
    if (mode === 'intact' && m[0] !== '|') return false;
    let i = m.index! - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    if (i < 0 || text[i] === '\n') return true;
    if (text[m.index! - 1] !== ' ' || i !== m.index! - 2) return false;
    let start = i;
    while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
    return (start === 0 || /\s/.test(text[start - 1]!)) && BEFORE_PAGE_NUMBER.test(text.slice(start, i + 1));
  });
  return [...transcript, ...headers];
}

const EMPTY: ReadonlyMap<string, number> = new Map();
/** No capital to suspect (intact text). */
const NONE: ReadonlySet<number> = new Set();
/** Shortest word the document's own spelling counts for. */
const DOCUMENT_WORD_LENGTH = 7;

/**
 * How much the word pairs on each side count (see context.ts), against the channel cost and the
 * spelling's prior: half, for the pairs of a word's two sides are not independent evidence.
 */
const PAIR_WEIGHT = 0.5;

const REGIME_INDEX: Record<Regime, number> = { stripped: 0, intact: 1, worn: 2 };

/** Bonus for a reading the document itself prints elsewhere (see `Repairer.documentWords`). */
function documentBonus(seen: ReadonlyMap<string, number>, word: string): number {
  return Math.log1p(seen.get(word) ?? 0);
}

export class Repairer {
  private readonly lexicon: Lexicon;
  private readonly model: WordModel;
  private readonly tables: Record<Regime, ConfusionTable>;
  /**
   * Readings by the way a word was read (regime, compound start, inside a sentence), then by word;
   * priors by how the word was read (unknown, as a compound, as a listed form), then by word. Maps
   * keyed by the word alone: a key joined from several strings costs more to hash than the look-up.
   */
  private readonly candidateCache: Map<string, Reading[]>[] = Array.from({ length: 24 }, () => new Map());
  /** Readings of a part of a word as one listed word, per confusion table (`twoWordStems`). */
  private readonly partReadings = new WeakMap<ConfusionTable, Map<string, Candidate[]>>();
  private cachedReadings = 0;
  /**
   * Candidate searches by table, limits and string: a word is read under several keys of
   * `candidateCache` (in a sentence and opening one, as a surname, in `likelyReading` and in its
   * own turn), and each key's readings run the same searches; a quarter of a legacy OCR run's
   * first readings are of a word read before under another key.
   */
  private readonly searches = new Map<ConfusionTable, Map<string, Candidate[]>>();
  private readonly priors: [Map<string, number>, Map<string, number>, Map<string, number>] = [new Map(), new Map(), new Map()];
  private readonly pairs: PairContext;
  private readonly counts: WordModel;

  constructor(options: Pick<RepairOptions, 'lexicon' | 'model' | 'background'> = {}) {
    this.lexicon = options.lexicon ?? swedishLexicon();
    this.model = options.model ?? new WordModel();
    // Corpus and background counted together: for the prior of a spelling and its word pairs.
    // Whether a word is known to this archive (`isKnown`) stays the corpus's alone.
    this.counts = options.background ? WordModel.combine(this.model, options.background) : this.model;
    this.pairs = new PairContext(this.counts);
    // Stripped and intact text share one table; a worn copy's adds the ring blurred into dots.
    const shared = confusionTable();
    this.tables = { stripped: shared, intact: shared, worn: confusionTable('worn') };
  }

  /**
   * Repairs `text`: labels and headings first (a damaged "Handligrare", "Socialnämndens beshut",
   * "85" for "§ 5"; see labels.ts), then words. Corrections are given at their place in `text`.
   */
  repair(text: string, forced?: Regime): RepairResult {
    const mode = forced ?? this.regime(text);
    const labels = readLabels(text, mode !== 'intact');
    if (labels.length === 0) return this.repairWords(text, mode);
    let labelled = '';
    let at = 0;
    for (const l of labels) {
      labelled += text.slice(at, l.index) + l.replacement;
      at = l.index + l.original.length;
    }
    labelled += text.slice(at);
    const words = this.repairWords(labelled, mode);
    // Each word correction's place in the labelled text, as a place in `text`: both lists are in
    // order, so one walk maps them all. A correction inside a restored line is the label's.
    const corrections: Correction[] = labels.map((l) => ({ ...l, rule: 'label' as const, reason: "a line's label, heading, numbers or row of dots as printed undamaged", score: 0 }));
    let k = 0;
    let shift = 0;
    for (const c of words.corrections) {
      while (k < labels.length && c.index >= labels[k]!.index + shift + labels[k]!.replacement.length) {
        shift += labels[k]!.replacement.length - labels[k]!.original.length;
        k++;
      }
      if (k < labels.length && c.index >= labels[k]!.index + shift) continue;
      corrections.push({ ...c, index: c.index - shift });
    }
    corrections.sort((a, b) => a.index - b.index);
    return { text: words.text, corrections, regime: mode };
  }

  private repairWords(text: string, mode: Regime): RepairResult {
    const chrome = chromeLines(text);
    const ranges = protectedRanges(text, chrome);
    const tokens = this.tokens(text);
    const seen = mode === 'worn' ? this.documentWords(tokens) : EMPTY;
    // Document rules: what the whole text says.
    const document: DocumentContext = { text, mode, chrome, known: (word) => this.isKnown(word) };
    const corrections: Correction[] = rulesFor('document', mode).flatMap((rule) => DOCUMENT_RULES[rule.id]?.(document) ?? []);
    // Words read from the document as a whole before the word-by-word pass: a "Dnr" label misread
    // before a case number (right as read from then on), and a name the document prints otherwise.
    const settled = new Map<number, Respelling & { rule: RuleId; reason: string; fixed: boolean }>();
    for (const rule of rulesFor('document', mode)) {
      if (rule.id === 'dnr-label') for (const l of misreadDnrLabels(text)) settled.set(l.index, { ...l, rule: rule.id, reason: 'the "Dnr" label before a case number', fixed: true });
      if (rule.id === 'clock-label') for (const m of text.matchAll(CLOCK_MISREAD)) settled.set(m.index, { index: m.index, original: m[0], replacement: m[0][0] === 'K' && startsSentence(text, m.index) ? 'Kl' : 'kl', rule: rule.id, reason: 'the "kl" label before a time of day', fixed: true });
      if (rule.id === 'day-one') for (const m of text.matchAll(DAY_ONE_MISREAD)) settled.set(m.index, { index: m.index, original: m[0], replacement: '1', rule: rule.id, reason: "a date's day between \"den\" and a month", fixed: true });
      if (rule.id === 'page-one') for (const m of pageOnes(text, mode)) settled.set(m.index!, { index: m.index!, original: m[0], replacement: '1', rule: rule.id, reason: 'a page\'s number "1" before its page count "(M)" or opening a transcript', fixed: true });
      if (rule.id === 'place-spelling') for (const n of placeSpellings(text, this.lexicon)) settled.set(n.index, { ...n, rule: rule.id, reason: "a Swedish place's name without its å/ä/ö", fixed: true });
      if (rule.id === 'name-spelling') for (const n of nameSpellings(text)) settled.set(n.index, { ...n, rule: rule.id, reason: "the document's own spelling of a name", fixed: false });
    }
    const suspects = mode === 'intact' ? NONE : capitalSuspects(text);
    const wordRules = rulesFor('word', mode);
    // Every word as this pass reads it, for the second look at a damaged document's phrases.
    const read: FirstReading[] = [];
    const readAs = (index: number, original: string, word: string, fixed = false): void => {
      if (mode !== 'intact') read.push({ index, original, text: word, fixed });
    };
    let r = 0;
    let previous = '';
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const known = settled.get(token.index);
      // A settled reading may take a mark the word's token leaves out ("k!" before a time).
      if (known && (known.original === token.text || (known.original.startsWith(token.text) && !/[\p{L}\p{N}]/u.test(known.original.slice(token.text.length))))) {
        const { index, original, replacement } = known;
        corrections.push({ index, original, replacement, rule: known.rule, reason: `${mode} text; ${known.reason}`, score: 0 });
        readAs(index, original, replacement, known.fixed);
        previous = replacement;
        continue;
      }
      while (r < ranges.length && ranges[r]![1] <= token.index) r++;
      const isProtected = r < ranges.length && ranges[r]![0] <= token.index;
      const word: WordAt = { token, i, tokens, previous, text, mode, seen, suspects };
      // The first rule, in the registry's order, that reads the word otherwise.
      let step: WordStep | null = null;
      for (const rule of wordRules) {
        if (isProtected && rule.respectsProtection) continue;
        step = this.wordRule(rule.id, word);
        if (step) break;
      }
      if (!step) {
        previous = token.text;
        readAs(token.index, token.text, token.text, isProtected);
        continue;
      }
      if (!step.correction) {
        // Words the rule reads as printed (a word's halves at a line's hyphen): fixed, none read as another.
        for (let k = 0; k < step.consumed; k++) readAs(tokens[i + k]!.index, tokens[i + k]!.text, tokens[i + k]!.text, true);
        previous = step.consumed > 1 ? tokens[i]!.text + tokens[i + step.consumed - 1]!.text : token.text;
        i += step.consumed - 1;
        continue;
      }
      corrections.push(step.correction);
      previous = step.correction.replacement;
      // A word a protected span holds is read as fixed (only the worn "till" reads one).
      readAs(token.index, step.correction.original, previous, isProtected && step.correction.rule === 'worn-till');
      i += step.consumed - 1;
    }
    if (mode !== 'intact') this.readPhrases(text, read, corrections, mode);
    if (corrections.length === 0) return { text, corrections, regime: mode };
    corrections.sort((a, b) => a.index - b.index);
    let out = '';
    let at = 0;
    for (const c of corrections) {
      out += text.slice(at, c.index) + c.replacement;
      at = c.index + c.original.length;
    }
    return { text: out + text.slice(at), corrections, regime: mode };
  }

  /** One word rule's reading of the word at `w`, or null when it has none. */
  private wordRule(id: RuleId, w: WordAt): WordStep | null {
    const { token, i, tokens, previous, text, mode, seen } = w;
    const next = tokens[i + 1]?.text ?? '';
    switch (id) {
      case 'line-hyphen':
        return this.lineHyphen(token, tokens[i + 1], previous, text, mode, seen, tokens[i + 2]?.text, tokens[i + 3]?.text);
      case 'split-word': {
        const joined = this.joinSplit(token, tokens[i + 1], tokens[i + 2], text, mode);
        if (!joined) return null;
        // The joined word is read like any other ("f or" -> "for" -> "för").
        const fix = this.correct({ text: joined.replacement, index: token.index }, previous, tokens[i + 2]?.text ?? '', text, mode, seen, tokens[i + 3]?.text);
        return { correction: fix ? { ...joined, replacement: fix.replacement, reason: `${joined.reason}; ${fix.reason}`, score: fix.score } : joined, consumed: 2 };
      }
      case 'capital-in-sentence': {
        if (!w.suspects.has(token.index)) return null;
        // Read in lower case, then as any other word ("Movionen" -> "movionen" -> "motionen").
        const lower = token.text.toLowerCase();
        const fix = this.correct({ text: lower, index: token.index }, previous, this.likelyReading(tokens[i + 1], text, mode), text, mode, seen, tokens[i + 2]?.text);
        const replacement = fix?.replacement ?? lower;
        if (!lowerCaseReading(replacement, text, (x) => this.lexicon.has(x))) return null;
        const reason = `${mode} text; a capital OCR set inside a sentence${fix ? `; ${fix.reason}` : ''}`;
        return { correction: { index: token.index, original: token.text, replacement, rule: 'capital-in-sentence', reason, score: fix?.score ?? 0 }, consumed: 1 };
      }
      case 'worn-till':
        return single(tillBlot(token, previous, next, text, mode, tokens) ?? shortTill(token, previous, text, mode));
      case 'merged-att':
        return single(mergedAtt(token, previous, next, text));
      case 'lower-i':
        return single(lowerI(token, previous, next, text));
      case 'narrow-i':
        return single(narrowI(token, previous, next, text, mode));
      case 'one-for-i':
        return single(oneForI(token, previous, next, text, mode));
      case 'channel':
        return single(this.correct(token, previous, () => this.likelyReading(tokens[i + 1], text, mode), text, mode, seen, tokens[i + 2]?.text));
      default:
        return null;
    }
  }

  /**
   * Reads a word again as the document prints it in the same phrase elsewhere (`phraseSpellings`),
   * replacing what the first pass made of it.
   */
  private readPhrases(text: string, read: FirstReading[], corrections: Correction[], mode: Regime): void {
    const words: PhraseWord[] = read.map((w, i) => {
      const end = w.index + w.original.length;
      const next = read[i + 1];
      return new PhraseWordAt(w, next !== undefined && end < next.index && onlySpace(text, end, next.index), text);
    });
    const judge: WordJudge = {
      known: (word) => this.isKnown(word) || this.lexicon.accepts(word),
      listed: (word) => this.isKnown(word),
      reads: (word, candidate) => this.readings(word, mode, false, true).some((r) => r.lower === candidate),
      prior: (word) => this.prior(word),
      name: (word) => this.lexicon.has(word),
    };
    const at = new Map(corrections.map((c, k) => [c.index, k]));
    for (const p of phraseSpellings(words, judge)) {
      const k = at.get(p.index);
      const correction: Correction = { index: p.index, original: p.original, replacement: p.replacement, rule: 'phrase', reason: "the document's own phrase", score: 0 };
      if (k === undefined) corrections.push(correction);
      else corrections[k] = { ...correction, reason: `${corrections[k]!.reason}; ${correction.reason}` };
    }
  }

  /**
   * The words of `text`, in order. An unclosed parenthesis glued to a word no one knows is read with
   * the word, as the letter it may be; before a known word ("(all", "(om") it is punctuation.
   */
  private tokens(text: string): Token[] {
    const glued = new Map<number, string>();
    for (const m of text.matchAll(UNCLOSED)) if (!this.isKnown(m[0].slice(1)) && !this.lexicon.accepts(m[0].slice(1))) glued.set(m.index + 1, m[0]);
    // A loop, not flatMap: every document's words pass here, and an array per word is garbage.
    const tokens: Token[] = [];
    for (const m of text.matchAll(WORD)) {
      const withParen = glued.get(m.index);
      if (withParen !== undefined && withParen.length === m[0].length + 1) {
        tokens.push({ text: withParen, index: m.index - 1 });
        continue;
      }
      // A number run into a capitalised word is two words (a line's end joined to the next line's
      // start: "2024Forslag", "4Namndens"); the word is read as any other.
      const first = m[0].charCodeAt(0);
      const glue = first >= 48 && first <= 57 ? NUMBER_THEN_WORD.exec(m[0]) : null;
      if (glue) tokens.push({ text: glue[1]!, index: m.index }, { text: glue[2]!, index: m.index + glue[1]!.length });
      else tokens.push({ text: m[0], index: m.index });
    }
    return tokens;
  }

  /** The regime of `text`: as `detectRegime` judges it, and intact text with many unknown words is worn. */
  regime(text: string): Regime {
    const mode = detectRegime(text);
    if (mode === 'stripped') return mode;
    let words = 0;
    let unknown = 0;
    // A word a line's end hyphenated is one word, not two no one knows (justified text is no worn copy).
    const joined = text.includes('-') ? dehyphenate(text) : text;
    for (const [word] of joined.matchAll(LOWER_WORD)) {
      words++;
      if (this.model.count(word) === 0 && !this.lexicon.accepts(word)) unknown++;
      // A few pages' words tell how worn a copy is as well as a whole book's.
      if (words === WORN_SAMPLE) break;
    }
    return words >= WORN_MIN_WORDS && unknown / words > WORN_SHARE ? 'worn' : 'intact';
  }

  /**
   * A word a line's end hyphenated ("kommunfullmäk-" / "tige"): read as the one word it is. Its
   * halves are no words, and read alone they became others ("tige" -> "läge", "frå-" -> "föra-").
   * Left as printed where the two make a listed word or compound; in damaged text, repaired as one
   * word and hyphenated again at the same place when the reading is as long ("kommunfullmak-" /
   * "tige" -> "kommunfullmäk-" / "tige"); a half that is a word of its own after a hyphen that
   * joins no word ("hälso-" / "och sjukvård") is read as any word.
   */
  private lineHyphen(a: Token, b: Token | undefined, previous: string, text: string, mode: Regime, seen: ReadonlyMap<string, number>, next: string | undefined, afterNext: string | undefined): WordStep | null {
    if (!b || !LINE_HYPHEN.test(text.slice(a.index + a.text.length, b.index)) || !LETTERS.test(a.text) || !LOWER_LETTERS.test(b.text)) return null;
    const joined = a.text + b.text;
    if (this.isKnown(joined) || this.lexicon.accepts(joined)) return { correction: null, consumed: 2 };
    if (mode !== 'intact') {
      const fix = this.correct({ text: joined, index: a.index }, previous, next ?? '', text, mode, seen, afterNext);
      if (fix && fix.replacement.length === joined.length && LETTERS.test(fix.replacement)) {
        const cut = a.text.length;
        const gap = text.slice(a.index + cut, b.index);
        return { correction: { ...fix, original: text.slice(a.index, b.index + b.text.length), replacement: fix.replacement.slice(0, cut) + gap + fix.replacement.slice(cut), rule: 'line-hyphen', reason: `${fix.reason}; a word hyphenated at a line's end, read whole` }, consumed: 2 };
      }
    }
    if (this.isKnown(b.text) || this.lexicon.knows(b.text)) return null;
    return { correction: null, consumed: 2 };
  }

  /**
   * A word OCR split in two at a gap in worn type: a lone letter that is no word by itself beside a
   * fragment ("oc h", "f örslag"), or a fragment no one knows after another ("Skolplac ering"),
   * where the two together make a known word. Runs of lone letters are abbreviations spelled with
   * spaces ("t o m", "s k") and are left alone.
   */
  private joinSplit(a: Token, b: Token | undefined, after: Token | undefined, text: string, mode: Regime): Correction | null {
    if (!b || b.index !== a.index + a.text.length + 1 || text[b.index - 1] !== ' ') return null;
    // "fr o m" and "t o m" (from and to a date or time) with the space before the "o" lost: "fro m
    // 2012-09-27", "to m augusti", "fro m kl 14.35", as protokoll print their posting dates and
    // attendance. Given back their spaces, not joined ("from", "tom").
    const lostSpace = b.text === 'm' ? LOST_SPACE_ABBREVIATION.exec(a.text) : null;
    if (lostSpace && after && (/^\d/.test(after.text) || /^kl$/i.test(after.text) || isMonth(after.text.toLowerCase()))) {
      return { index: a.index, original: text.slice(a.index, b.index + b.text.length), replacement: `${lostSpace[1]} o m`, rule: 'split-word', reason: `${mode} text; an abbreviation spelt with spaces, one lost`, score: 0 };
    }
    const organ = this.splitOrgan(a, b, text, mode) ?? this.splitTail(a, b, text, mode);
    if (organ) return { index: a.index, original: text.slice(a.index, b.index + b.text.length), replacement: organ, rule: 'split-word', reason: `${mode} text; a word split in two`, score: 0 };
    const word = a.text + b.text;
    if (isLoneLetter(a) !== isLoneLetter(b)) {
      // A lone letter that opens a spaced abbreviation ("t o m", "t ex") stays apart.
      if (after && (after.text.length === 1 || SPACED_ABBREVIATION_TAIL.has(after.text.toLowerCase())) && text.slice(b.index + b.text.length, after.index) === ' ') return null;
      if (isLoneLetter(a) && SPACED_ABBREVIATION_TAIL.has(b.text.toLowerCase())) return null;
      // The joined word may itself be damaged ("o¢ h" for "och", read as any word after the join):
      // joined when the fragment is no word by itself and reads as none ("sted j" is "stöd i").
      const fragment = isLoneLetter(a) ? b.text : a.text;
      const damaged = /^[\p{Ll}\d¢]+$/u.test(fragment) && !this.isKnown(fragment) && !this.readsCheaply(fragment, mode);
      if (!this.isKnown(word) && !(damaged && this.readsCheaply(word, mode))) return null;
    } else {
      // Two fragments: the second no word by itself, the first no common word ("de betinner"), and
      // together a word or a compound of words.
      if (!/^\p{L}{2,}$/u.test(a.text) || FUNCTION_WORD_WEIGHT.has(a.text.toLowerCase()) || !/^\p{Ll}{3,}$/u.test(b.text) || this.lexicon.accepts(b.text) || this.isKnown(b.text)) return null;
      // Known, or a compound of listed parts (the lexicon remembers which).
      if (!this.lexicon.accepts(word) && this.model.count(word.toLowerCase()) === 0) return null;
    }
    return { index: a.index, original: text.slice(a.index, b.index + b.text.length), replacement: word, rule: 'split-word', reason: `${mode} text; one word split in two`, score: 0 };
  }

  /** Whether `word` reads as a listed word through a confusion or two as common as "¢" for "c". */
  private readsCheaply(word: string, mode: Regime): boolean {
    const [best] = this.readings(word, mode, false, true);
    return best !== undefined && best.cost <= JOIN_READING_COST && this.lexicon.knows(best.word);
  }

  /**
   * The name of a body that a worn copy broke at its first letters, damaging both halves: "sov
   * talnamnden", "Sot ialnamnden", "soc ralnamnden" for "socialnämnden". Read as one word when a
   * fragment of two or three letters and the rest together are, through the confusion table, a
   * body's name that is known; two real words are never so near one.
   */
  private splitOrgan(a: Token, b: Token, text: string, mode: Regime): string | null {
    // Only a rest that names a nämnd or förvaltning (as printed, with or without its ä/ö) is searched.
    if (!/^\p{L}{2,3}$/u.test(a.text) || !/^\p{Ll}{6,}$/u.test(b.text) || !/n[aä]mnd|f[oö]rvaltning/.test(b.text)) return null;
    const [best] = this.readings(a.text + b.text, mode, false, !startsSentence(text, a.index));
    return best && ORGAN_HEAD.test(best.lower) && this.isKnown(best.word) ? best.word : null;
  }

  /**
   * A long word whose last letters a worn copy split off and damaged: "forvaltningsc het" for
   * "förvaltningschef". Joined when the fragment is no word, the tail is a short lower-case string
   * and no function word, and the two together read as a listed word that scores clearly better
   * than the two apart.
   */
  private splitTail(a: Token, b: Token, text: string, mode: Regime): string | null {
    if (!/^\p{L}{8,}$/u.test(a.text) || !/^\p{Ll}{2,4}$/u.test(b.text) || FUNCTION_WORD_WEIGHT.has(b.text) || this.lexicon.accepts(a.text) || this.isKnown(a.text)) return null;
    const inSentence = !startsSentence(text, a.index);
    // A fragment that reads cheaply as a word of its own is that word (and the search is spared).
    const [alone] = this.readings(a.text, mode, true, inSentence);
    if (alone && alone.cost <= WILD_COST) return null;
    const [joined] = this.readings(a.text + b.text, mode, false, inSentence);
    // A listed word: two words side by side ("fullmäktiges stöd") always make some compound.
    if (!joined || !this.lexicon.knows(joined.word)) return null;
    const apart = Math.max(this.prior(a.text), alone?.score ?? -Infinity) + this.prior(b.text);
    return joined.score - apart >= MARGIN[mode] ? joined.word : null;
  }

  /**
   * The prior of a spelling in log space: corpus counts, function-word frequency, then the lexicon.
   * A listed word beats a compound made up on the spot, and both beat a string no one knows.
   */
  private prior(word: string, compound?: boolean): number {
    // Keyed by how the word was read too: as a compound it gets no credit for a listed form.
    const priors = this.priors[compound === undefined ? 0 : compound ? 1 : 2];
    let cached = priors.get(word);
    if (cached === undefined) {
      const lower = word.toLowerCase();
      let weight = this.counts.count(lower) + (FUNCTION_WORD_WEIGHT.get(lower) ?? 0) + (GENRE_WORDS.has(lower) ? GENRE_WORD_WEIGHT : 0);
      if (compound !== true && this.lexicon.knows(word)) weight += 1;
      else if (this.lexicon.beginsCompounds(word)) weight += 0.5;
      else if (weight === 0) weight = (compound ?? this.lexicon.split(word) !== null) ? (ORGAN_HEAD.test(lower) ? ORGAN_PRIOR : COMPOUND_PRIOR) : UNKNOWN_PRIOR;
      cached = Math.log(weight);
      // A long lower-case string no one knows is damage rather than a rare word; names stay names,
      // unless longer than names are ("Budgetuppf6ljning").
      if (weight === UNKNOWN_PRIOR) cached -= UNKNOWN_LENGTH_COST * Math.max(0, word.length - (lower === word ? UNKNOWN_LONG : NAME_LONG));
      // Swedish writes é only in a name's or a loanword's last syllable ("Ahlén", "Holmér", "idé",
      // "Renée"); before it, in a word no one knows, it is an engine's ö, å or ä ("Bergléf",
      // "Lévkojan"): P052, Nimbus Roman and DejaVu Serif read with the English model.
      if (weight === UNKNOWN_PRIOR && STRAY_ACUTE.test(lower)) cached -= STRAY_ACUTE_COST;
      if (priors.size > 200_000) priors.clear();
      priors.set(detached(word), cached);
    }
    return cached;
  }

  /**
   * Whether a capitalised word stands where a person's surname does: after a name the lexicon
   * lists with its capital, a word too or not ("Ahmed Karimi", "Leila Nasser", "Kristina Mohlin",
   * "Sven Graner": six world documents of as many municipalities), and no longer than names are
   * (a longer word is a compound: "Lund\nKuommunfullmaktige gav", a full stop lost). Surnames are
   * an open class, and one the lexicon lacks is no damaged other name: a letter dropped or added
   * reads it as a listed name or word ("Karim", "Naser", "Molin", "Gränser", in the OCR of every
   * font), so no such search is made for it. The confusions and a freed letter still read it
   * ("Stahl" is "Ståhl", a worn copy's "Lindgvist" "Lindqvist").
   */
  private isSurname(word: string, previous: string): boolean {
    return /^\p{Lu}\p{Ll}/u.test(word) && word.length <= NAME_LONG && /^\p{Lu}\p{Ll}+$/u.test(previous) && this.lexicon.has(previous);
  }

  /**
   * Whether a word is a given name before a surname: a name the lexicon lists with its capital
   * ("Tor", "Per", "Bo"), before a capitalised word no common word is ("Wennerholm"). A person's
   * name comes as the pair, and a protokoll opens sentences with one ("Tor Wennerholm (SD) yrkar",
   * ten such sentences in four world documents of as many municipalities); its first word is no
   * damaged common word ("Tor" was read "För" there in every face's OCR).
   */
  private isGivenName(word: string, next: string): boolean {
    return /^\p{Lu}\p{Ll}+$/u.test(word) && /^\p{Lu}\p{Ll}{2,}$/u.test(next) && this.lexicon.has(word) && !this.lexicon.knows(next.toLowerCase());
  }

  /** A word the lexicon lists (or builds as a compound of listed parts) or the corpus has seen. */
  private isKnown(word: string): boolean {
    return this.lexicon.knows(word) || this.model.count(word.toLowerCase()) > 0;
  }

  /**
   * Known words of at least `DOCUMENT_WORD_LENGTH` letters in a worn copy itself, counted: a
   * document that prints "YTTRANDE" in its heading is more likely to say "Yttrande" than "Tjurande"
   * where OCR printed "Yurande". Shorter words are left out, for worn type turns them into one
   * another ("säker" into "saker"), as is stripped text, where the damaged forms are the frequent ones.
   */
  private documentWords(tokens: Token[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { text } of tokens) {
      if (text.length < DOCUMENT_WORD_LENGTH) continue;
      const lower = text.toLowerCase();
      if (counts.has(lower)) counts.set(lower, counts.get(lower)! + 1);
      else if (this.isKnown(lower)) counts.set(lower, 1);
    }
    return counts;
  }

  /**
   * Bonus for a reading that the corpus has seen after `previous` or before `next`, or that the word
   * before or after (or the phrase after) calls for ("två år", "ta ställning", "får i uppdrag"); all lower case.
   */
  private context(word: string, previous: string, next: string, afterNext: string): number {
    const fixed = collocation(previous, word, next, afterNext);
    return fixed + PAIR_WEIGHT * (this.pairs.association(previous, word) + this.pairs.association(word, next));
  }

  /** Whether a token is worth a candidate search in this regime. */
  private eligible(token: Token, text: string, mode: Regime, previous: string, next: string | (() => string)): boolean {
    const word = token.text;
    if (/^\d+$/.test(word)) {
      if (mode !== 'stripped' || word !== '1') return false;
      const following = wordAfter(next);
      // A lone "1" between two lower-case words is "i" read by an engine without Swedish data, but
      // not the day before a month ("den 1 januari", "en verksamhet 1 januari 2018"), nor a number
      // a noun counts ("bilaga 1 till", "årskurs 1 på").
      const after = text[token.index + word.length];
      return /^\p{Ll}/u.test(previous) && !COUNT_NOUNS.has(previous.toLowerCase()) && /^\p{Ll}/u.test(following) && !isMonth(following) && (after === ' ' || after === '\n');
    }
    // Single letters are initials and party names ("(L)"), and abbreviations are right as written.
    if (word.length === 1 && word !== '|') return false;
    // A short lower-case string alone on its line has no words around to tell what it was: a
    // protokoll's paragraph sign as OCR read it ("al" for "§1") is no "år" (a heading, "Mal", is read).
    if (word.length <= 3 && /^\p{Ll}/u.test(word) && aloneOnLine(text, token.index, word.length)) return false;
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    // Damaged text: every word, for OCR makes words of words ("for" for "för") there.
    if (mode !== 'intact') return !opensSpacedAbbreviation(token, text);
    // Text with its diacritics: only words no one knows, and never names (capitalised unknowns).
    if (this.lexicon.accepts(word) || this.model.count(word.toLowerCase()) > 0 || opensSpacedAbbreviation(token, text)) return false;
    // A capital after a small letter marks a name, brand or code as written ("NaN", "iPhone"), and
    // a bar between fields ("Lysekil | Tel: 0523-…") is a separator, unless words run on both sides.
    if (/\p{Ll}\p{Lu}/u.test(word)) return false;
    if (word === '|' && !(/^\p{Ll}+$/u.test(previous) && /^\p{Ll}+$/u.test(wordAfter(next)) && !startsLine(text, token.index) && !endsLine(text, token.index + 1))) return false;
    return word[0] === word[0]!.toLowerCase() || /[\d|éáàóò]/.test(word) || startsSentence(text, token.index);
  }

  /**
   * Readings of `word` other than itself, scored without context and cut to those within reach of
   * the best, so the per-occurrence work is a handful of context look-ups.
   */
  private readings(word: string, mode: Regime, compoundStart: boolean, inSentence: boolean, surname = false): Reading[] {
    const cache = this.candidateCache[8 * REGIME_INDEX[mode] + (surname ? 4 : 0) + (compoundStart ? 2 : 0) + (inSentence ? 1 : 0)]!;
    let found = cache.get(word);
    if (!found) {
      const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
      const table = this.tables[mode];
      const lower = word.toLowerCase();
      const variants = lower === word ? [word] : [word, lower];
      const forms = new Map<string, { cost: number; compound: boolean }>();
      // A capital on a word the lexicon reads as a common word or compound in lower case is no sign
      // of a name ("Lovkojan", a förskola, is "Lövkojan"); unless it is an A or O, which may be the
      // engine's small å/ä/ö ("Ar" for "är", see below).
      const printedCommon = capitalised && !/^[AO]/.test(word) && this.lexicon.accepts(lower);
      const search = (limits: SearchLimits): void => {
        for (const form of variants) {
          for (const c of this.search(form, table, limits)) {
            // Readings of the word as printed keep their own case ("Gver" -> "över"), but one that
            // begins a sentence keeps its capital ("Yurande" -> "Yttrande", not "tjurande");
            // readings of its lower-case form take the printed word's case back.
            const lostCapital = capitalised && !inSentence && /^\p{Ll}/u.test(c.word);
            const cased = form === word && !lostCapital ? c.word : recase(c.word, word);
            const total = c.cost + (inSentence && capitalised && form !== word && !printedCommon ? NAME_COST : 0);
            addForm(forms, word, cased, total, c.compound);
            // An engine without Swedish data reads a small å/ä/ö, whose ring or dots reach the
            // height of a capital, as A or O inside a sentence ("pA" for "på", "Over remiss",
            // "Aven", "i Arskurs 2": a dozen documents of as many municipalities). The small
            // letter costs what the letter's confusion costs and a little more, far less than a name
            // read in lower case; a name ("i Orebro") keeps its capital by its prior.
            if (inSentence && capitalised && form !== word && /^[AO]/.test(word) && /^[åäö]/.test(c.word)) addForm(forms, word, c.word, c.cost + SMALL_LETTER_COST, c.compound);
          }
        }
      };
      search({ maxCost: MAX_COST, edits: false, compoundStart });
      /** Whether a reading has been found within `cost`: a listed word, or with `compounds` any. */
      const foundWithin = (cost: number, compounds = false): boolean => {
        for (const f of forms.values()) if (f.cost <= cost && (compounds || !f.compound)) return true;
        return false;
      };
      const listedWithin = (cost: number): boolean => foundWithin(cost);
      const readWithin = (cost: number): boolean => foundWithin(cost, true);
      /** Whether a reading found differs from the word only in its å/ä/ö. */
      const restoredAlone = (): boolean => {
        for (const f of forms.keys()) if (f !== word && sameButDiacritics(f.toLowerCase(), lower)) return true;
        return false;
      };
      // A dropped or added letter is searched for (ten times the work) only in damaged text, and
      // only for an unknown word that no substitution alone makes a listed word.
      if (!surname && mode !== 'intact' && word.length >= 6 && !this.lexicon.accepts(word) && !listedWithin(Infinity)) {
        search({ maxCost: word.length >= LONG_EDIT_LENGTH ? WILD_MAX_COST : EDIT_MAX_COST, edits: true, compoundStart });
      }
      // A free letter only where no listed word is as cheap: "Beskuret" (two rare confusions) does not
      // stop "Beshutet" from being read as "Beslutet".
      // Nor where a compound reads it through a confusion or two as cheap as "a" for "ä"
      // ("Stadsbyggnadsforvaltningen"): a letter read as any other costs more than that reading.
      // Nor, in text that lost its å/ä/ö, where giving them back alone makes it a word or a compound
      // ("vaxelvard" a compound of växel- and -vård or -värd, not the listed "växelvarm" with a letter
      // read as another): that damage explains it whole, and a free letter would be a second beside it.
      if (mode !== 'intact' && word.length >= WILD_MIN_LENGTH && !this.lexicon.accepts(word) && !listedWithin(WILD_COST) && !readWithin(CHEAP_READING) && !(mode === 'stripped' && restoredAlone())) {
        const maxCost = WILD_MAX_COST + (word.length >= VERY_LONG ? VERY_LONG_SLACK : 0);
        search({ maxCost, edits: false, compoundStart, wild: 1 });
        // A very long word may also have lost or gained a letter ("Kommunhulmaktige"): the costliest
        // search, run only where nothing else reads it as a listed word, nor as a compound as cheaply
        // as a free letter would (most long words of a municipal text are compounds no list holds).
        if (!surname && word.length >= VERY_LONG && !listedWithin(Infinity) && !readWithin(WILD_COST)) search({ maxCost, edits: true, compoundStart, wild: 1 });
      }
      // A long word no reading makes a listed word or a compound the dictionary builds, read as two
      // listed words it does not join ("nédbistand": nöd + bistånd, "nöd" marked as no compound's
      // first part), at a joint's cost more; none where the word splits so as printed.
      if (mode !== 'intact' && word.length >= WILD_MIN_LENGTH && /^\p{L}+$/u.test(word) && !this.lexicon.accepts(lower) && !listedWithin(Infinity) && !readWithin(WILD_COST)) {
        const pairs = this.twoWordStems(lower, table);
        if (!pairs.some((c) => c.cost === 0)) for (const c of pairs) addForm(forms, word, recase(c.word, word), c.cost + UNMARKED_JOIN_COST, true);
      }
      // A place's name or a surname the lexicon cannot build ("Larkvagen", "Berglof"): its first part read as listed words.
      if (mode !== 'intact' && capitalised && !this.lexicon.accepts(word)) {
        for (const reading of this.nameReadings(lower, table)) {
          const known = forms.get(reading.word);
          if (known === undefined || reading.cost < known.cost) forms.set(reading.word, { cost: reading.cost, compound: true });
        }
      }
      const scored = [...forms].map(([w, { cost, compound }]) => ({ word: w, lower: w.toLowerCase(), cost, score: this.prior(w, compound) - cost }));
      const floor = Math.max(this.prior(word), ...scored.map((r) => r.score)) - CONTEXT_RANGE;
      found = scored.filter((r) => r.score >= floor).sort((a, b) => b.score - a.score);
      if (++this.cachedReadings > 100_000) {
        for (const c of this.candidateCache) c.clear();
        this.searches.clear();
        this.cachedReadings = 1;
      }
      cache.set(detached(word), found);
    }
    return found;
  }

  /** `searchCandidates`, remembered (see `searches`). Callers only read the list. */
  private search(form: string, table: ConfusionTable, limits: SearchLimits): Candidate[] {
    let memo = this.searches.get(table);
    if (!memo) this.searches.set(table, (memo = new Map()));
    const key = `${limits.maxCost} ${limits.edits ? 1 : 0}${limits.compoundStart ? 1 : 0}${limits.wild ?? 0} ${form}`;
    let found = memo.get(key);
    if (!found) {
      found = searchCandidates(form, this.lexicon, table, limits);
      // The key holds `form`, which may be a view into the whole document (see `detached`).
      memo.set(detached(key), found);
    }
    return found;
  }

  /**
   * Readings of a capitalised word that ends as the name of a street, a school, a hall or a lake,
   * or a surname, does (`NAME_ENDINGS`, compared without å/ä/ö, in the genitive too): the ending as
   * the table reads it, after a first part of at least three letters that reads as a listed word or
   * name, a compound of listed words, or two listed words (`twoWordStems`), by the table's
   * confusions alone. Each costs its confusions and a compound's joint. None where a name reads as
   * printed under some ending: a name may well be spelt so.
   */
  private nameReadings(lower: string, table: ConfusionTable): { word: string; cost: number }[] {
    const out: { word: string; cost: number }[] = [];
    const genitive = lower.endsWith('s') ? 's' : '';
    for (const ending of NAME_ENDINGS) {
      const stem = lower.slice(0, lower.length - ending.length - genitive.length);
      if (stem.length < 3 || !/^\p{L}+$/u.test(stem)) continue;
      const endingCost = letterCost(lower.slice(stem.length, lower.length - genitive.length), ending, table);
      if (endingCost === null) continue;
      // The first part as a word, or as a name ("Sigtunaån", "Fyrisån").
      const name = stem[0]!.toUpperCase() + stem.slice(1);
      // A name printed as it may well be spelt ("Hallberg") is no damaged other ("Hällberg").
      // So is a name another ending reads so ("Solvikskolan" is no "Solvikskolån").
      if (endingCost === 0 && (this.lexicon.knows(stem) || this.lexicon.knows(name))) return [];
      const stems = [...this.search(stem, table, { maxCost: MAX_COST, edits: false }), ...this.search(name, table, { maxCost: MAX_COST, edits: false })];
      if (this.lexicon.knows(stem)) stems.push({ word: stem, cost: 0, compound: false });
      if (this.lexicon.knows(name)) stems.push({ word: name, cost: 0, compound: false });
      const pairs = this.twoWordStems(stem, table);
      // Two words as printed ("Solvik-", "Lindbacka-"): a name that may well be spelt so.
      if (endingCost === 0 && pairs.some((c) => c.cost === 0)) return [];
      stems.push(...pairs);
      for (const c of stems) out.push({ word: c.word[0]!.toUpperCase() + c.word.slice(1) + ending + genitive, cost: c.cost + endingCost + COMPOUND_COST });
    }
    return out;
  }

  /**
   * The first part of a place's name read as two listed words the dictionary does not join, each
   * of at least `MIN_PART` letters, the second with a joining s or not ("Norrgläntaskolan":
   * norr + glänta; "Fruängsgången": fru + ängs): places are named with any words, the dictionary's
   * compound marks say only which words the language's common compounds join. Each word through
   * the confusions alone, as listed (no compound of its own); the cheapest readings, costing a
   * compound's joint more.
   */
  private twoWordStems(stem: string, table: ConfusionTable): Candidate[] {
    // The parts of long words repeat ("för-", "kommun-", "-ning"): each part's readings are memoised per table.
    let memo = this.partReadings.get(table);
    if (!memo) this.partReadings.set(table, (memo = new Map()));
    const parts = memo;
    const listed = (part: string): Candidate[] => {
      let found = parts.get(part);
      if (!found) {
        found = searchCandidates(part, this.lexicon, table, { maxCost: TWO_WORD_PART_COST, edits: false }).filter((c) => !c.compound && this.lexicon.knows(c.word));
        if (this.lexicon.knows(part)) found.push({ word: part, cost: 0, compound: false });
        if (parts.size > 100_000) parts.clear();
        parts.set(part, found);
      }
      return found;
    };
    const out: Candidate[] = [];
    for (let cut = MIN_PART; cut + MIN_PART <= stem.length; cut++) {
      const second = stem.slice(cut);
      const joined = second.endsWith('s') && second.length > MIN_PART ? second.slice(0, -1) : null;
      const seconds = [...listed(second), ...(joined ? listed(joined).map((c) => ({ ...c, word: `${c.word}s` })) : [])];
      if (seconds.length === 0) continue;
      for (const a of listed(stem.slice(0, cut))) {
        for (const b of seconds) out.push({ word: a.word + b.word, cost: a.cost + b.cost + COMPOUND_COST, compound: true });
      }
    }
    return out.sort((x, y) => x.cost - y.cost).slice(0, TWO_WORD_READINGS);
  }

  /** How much better than the word as printed a reading must score to replace it (see MARGIN). */
  private marginFor(reading: string, printed: string, mode: Regime): number {
    return mode === 'stripped' && sameButDiacritics(reading, printed) ? DIACRITIC_MARGIN : MARGIN[mode];
  }

  /**
   * The word after the one being read, as it will likely be read itself, judged without context:
   * context from a damaged neighbour ("förstag til}") is none, from its reading ("till") much. The
   * readings are the ones the word's own turn will use (same cache key), so this costs little.
   */
  private likelyReading(token: Token | undefined, text: string, mode: Regime): string {
    if (!token) return '';
    const word = token.text;
    if (mode === 'intact' || word.length < 2 || /^\d+$/.test(word)) return word;
    const [best] = this.readings(word, mode, text[token.index + word.length] === '-', !startsSentence(text, token.index));
    return best && best.score - this.prior(word) >= this.marginFor(best.word, word, mode) ? best.word : word;
  }

  /**
   * `next`: the word after, or how to find it; asked only where the word has other readings (or is a
   * "1" or a bar), for reading the next word ahead (`likelyReading`) is the costlier half of a word's turn.
   * `afterNext`: the word after that as printed, for the few phrases only it settles ("får i uppdrag").
   */
  private correct(token: Token, previous: string, next: string | (() => string), text: string, mode: Regime, seen: ReadonlyMap<string, number>, afterNext?: string): Correction | null {
    if (!this.eligible(token, text, mode, previous, next)) return null;
    const word = token.text;
    const before = previous.toLowerCase();
    const lower = word.toLowerCase();
    const inSentence = !startsSentence(text, token.index);
    // In damaged text a capital that begins a sentence is the sentence's, no sign of a name: there a
    // long string no one knows is as unlikely as in lower case ("2. Budgetupptoljning januari 2020").
    // Intact text keeps its names' credit ("Storforsplan ligger ...").
    const compoundStart = text[token.index + word.length] === '-';
    const readings = this.readings(word, mode, compoundStart, inSentence, this.isSurname(word, previous));
    // Most words have no other reading: nothing to weigh the context for.
    if (readings.length === 0) return null;
    const nextWord = wordAfter(next);
    if (this.isGivenName(word, nextWord)) return null;
    const after = nextWord.toLowerCase();
    const asName = mode === 'intact' || inSentence || this.isKnown(word) || this.lexicon.accepts(word);
    const printed = asName ? this.prior(word) : this.prior(lower);
    const ahead = afterNext?.toLowerCase() ?? '';
    const asIs: Reading = { word, lower, cost: 0, score: printed + this.context(lower, before, after, ahead) + documentBonus(seen, lower) };
    let best: Reading = asIs;
    for (const r of readings) {
      const score = r.score + this.context(r.lower, before, after, ahead) + documentBonus(seen, r.lower);
      if (score > best.score) best = { ...r, score };
    }
    const margin = best.score - asIs.score;
    // A reading that is the word as printed (a name read again as a compound, "Vikdalsskolan") changes nothing: no correction.
    if (best === asIs || best.word === word || margin < this.marginFor(best.word, word, mode)) return null;
    // A sentence begins with a capital. A mark or digit read as a word after a full stop is the
    // engine's reading of the capital: a sans serif I is a bare bar ("Västernorrland. | yttrandet",
    // in 17 documents of two fonts), a worn Ö a 6. A bar that opens a line is its capital I too
    // (a heading's "Nuläge\n| de två kommundelarna": a small i has its dot), but not a digit: a
    // table's cells stand on lines of their own.
    // And a capital A or O after a capitalised word is a capital Å/Ä/Ö, not the small letter an
    // engine prints as a capital: a table's heading row or labels flattened into one line ("Nr.
    // Ärende Ärendemening", "Beslutande Övriga deltagande"): 189 of 201 such words in the world
    // documents' legacy OCR (six fonts), where after a small word it is half. Short words are
    // the exception ("Yttrande över remiss", "Protokollet är justerat"), so they keep the small.
    const takesCapital =
      (!/^\p{L}/u.test(word) && /^\p{Ll}/u.test(best.word) && (followsSentenceEnd(text, token.index) || (word === '|' && startsLine(text, token.index)))) ||
      (/^[AO]/.test(word) && /^[åäö]/.test(best.word) && best.word.length >= 5 && /^\p{Lu}/u.test(previous));
    return {
      index: token.index,
      original: word,
      replacement: takesCapital ? best.word[0]!.toUpperCase() + best.word.slice(1) : best.word,
      rule: 'channel',
      reason: `${mode} text; channel cost ${best.cost.toFixed(1)}`,
      score: Number(margin.toFixed(2)),
    };
  }
}

/** Repairs `text` with the Swedish lexicon and, when given, a corpus model. Pure: no I/O. */
export function repair(text: string, options: RepairOptions = {}): RepairResult {
  return new Repairer(options).repair(text, options.regime);
}
