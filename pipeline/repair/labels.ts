import { restoreDnrLabels } from '../dnr-label.ts';
import { editDistance, withinEdits } from '../edit-distance.ts';
import { FUNCTION_WORD_WEIGHT } from '../lexicon/function-words.ts';
import { swedishLexicon } from '../lexicon/lexicon.ts';
import { fold } from '../fold.ts';
import { recase } from './case.ts';
import { restoreWeekdayDates } from './weekdays.ts';
import { DECIDING_GENITIVE } from '../extract/organs.ts';
import { CASE_LABEL_WORDS, DEPARTEMENT, findCaseNumbers } from '../grammar/case-numbers.ts';
import { isMonth, MONTH_NAME_PATTERN, MONTH_NAMES } from '../lexicon/months.ts';

/**
 * Labels and headings the extractors key on, as printed. On worn copies OCR damages them
 * ("Handligrare", "Sammanfatining", "Forvaliningens forstag till beslut") and a whole field is lost
 * with one letter; lines that are nearly one of these are read as it.
 */
const LABELS = [
  'Handläggare',
  'Handläggare Till',
  'Förvaltningens förslag till beslut',
  'Förslag till beslut',
  'Sammanfattning',
  'Bakgrund',
  'Ärendet',
  'Ärendets beredning',
  'Ärendebeskrivning',
  'Förvaltningens synpunkter och förslag',
  'Förvaltningens synpunkter',
  'Beslutsordning',
  'Beslutsunderlag',
  'Tjänsteutlåtande',
  'Protokollsutdrag',
  'Vid protokollet',
];

/** Edits allowed for a label of this length: one per five letters, at most three. */
const allowed = (label: string): number => Math.min(3, Math.floor(label.length / 5));

const LABEL_TARGETS = LABELS.map((label) => ({ label, target: label.toLowerCase(), edits: allowed(label) }));

/** The label a line stands for when it is one, slightly damaged; otherwise the line itself. */
export function canonicalLabel(line: string, damaged = true): string {
  // OCR adds stray punctuation after a heading ("Sammuantattning,").
  const text = line.trim().replace(/[.,;:]+$/, '');
  if (text.length < 6 || text.length > 45) return line;
  const lower = text.toLowerCase();
  for (const { label, target, edits } of LABEL_TARGETS) {
    if (lower === target) return line;
    if (Math.abs(lower.length - target.length) > edits) continue;
    // In capitals where the document prints it so ("TJANSTEUTLATANDE" is "TJÄNSTEUTLÅTANDE").
    if (withinEdits(lower, target, edits)) return isOtherWord(lower) || (!damaged && allWords(lower)) ? line : text === text.toUpperCase() ? label.toUpperCase() : label;
  }
  return line;
}

/**
 * Whether every word of a line is a word: in text that kept its diacritics such a line is another
 * label or phrase as written ("För protokollet" beside "Vid protokollet"), not a damaged one.
 */
function allWords(line: string): boolean {
  const words = line.split(/\s+/);
  return words.every((w) => /^\p{L}+$/u.test(w) && swedishLexicon().knows(w));
}

/**
 * A one-word line that is a word of its own, once OCR's stray marks around it are gone: the end of a
 * sentence wrapped onto its own line ("(tjänsteutlåtandet."), not a damaged "Tjänsteutlåtande".
 */
function isOtherWord(line: string): boolean {
  const word = line.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return /^\p{L}+$/u.test(word) && swedishLexicon().knows(word);
}

/**
 * Labels that open a line with their value after them ("Vår beteckning SOFN-2017-123"). OCR without
 * Swedish data prints them without diacritics ("Var beteckning", "Handlaggare Till"), which the
 * repair stage leaves alone where the result is a word ("var"); they are compared folded, and the
 * longer ones with one slip per six letters.
 */
const PREFIX_LABELS = ['Vår referens', 'Vår beteckning', 'Er referens', 'Ert diarienummer', 'Diarienummer', 'Ärendenummer', 'Handläggare', 'Sammanträdesdatum', 'Justerat'].map((label) => ({
  label,
  lower: label.toLowerCase(),
  folded: fold(label),
  slips: Math.floor(label.length / 6),
  words: label.split(' ').length as 1 | 2,
}));
/** A line's first word, and its first two, up to a colon or space after them ("Sammuntridesdatum: 2020-10-21"). */
const HEADS = { 1: /^\s*([^\s:]+)(?=[\s:]|$)/u, 2: /^\s*([^\s:]+ [^\s:]+)(?=[\s:]|$)/u } as const;

/** A line's head as `restorePrefix` compares it, lower-cased and folded once for all the labels. */
interface Head {
  words: string;
  lower: string;
  folded?: string;
}

function restorePrefix(line: string): string {
  // The line's head of one and of two words, each read once for all the labels.
  const heads: { 1?: Head | null; 2?: Head | null } = {};
  for (const { label, lower, folded, slips, words: count } of PREFIX_LABELS) {
    let head = heads[count];
    if (head === undefined) {
      const words = HEADS[count].exec(line)?.[1];
      head = heads[count] = words === undefined ? null : { words, lower: words.toLowerCase() };
    }
    // The label in lower case is as its writer printed it ("sammanträdesdatum" in a table's header).
    if (!head || Math.abs(head.words.length - label.length) > slips || head.lower === lower) continue;
    const words = head.words;
    const foldedWords = (head.folded ??= fold(words));
    if (!withinEdits(foldedWords, folded, slips)) continue;
    // Words of their own that differ from the label in more than å/ä/ö are those words, not the
    // label damaged: "Utses att\njustera Håkan Brodin" is no "Justerat" ("Var referens" is "Vår referens").
    if (foldedWords.toLowerCase() !== folded.toLowerCase() && allWords(words)) continue;
    // In the case it is printed in: a table's header in lower case, a letterhead's in capitals.
    return line.replace(words, recase(words[0] === words[0]!.toLowerCase() ? lower : label, words));
  }
  return line;
}

/**
 * "Förslag till beslut" whose short middle word a worn copy broke ("Förslag GH! beslut", "förslag
 * fl} beslut", "Förstag tö beslut"), also after an office's genitive and before an agenda item's
 * proposal. Read as the heading when the outer words are near "förslag" and "beslut" and the middle
 * is no common word ("förslag om beslut" is prose).
 */
const DAMAGED_PROPOSAL = /^((?:[\p{L}-]+s )?)(\p{L}{6,8}) (\S{1,4}) (\p{L}{4,7})(?=[:.;]?(?:\s|$))/u;

function restoreProposal(line: string): string {
  const m = DAMAGED_PROPOSAL.exec(line);
  if (!m) return line;
  const [whole, before, first, middle, last] = m as unknown as [string, string, string, string, string];
  if (middle === 'till' && fold(first) === 'forslag' && last === 'beslut') return line;
  if (middle !== 'till' && FUNCTION_WORD_WEIGHT.has(middle.toLowerCase())) return line;
  if (editDistance([...fold(first)], [...'forslag']) > 2 || editDistance([...fold(last)], [...'beslut']) > 2) return line;
  const heading = `${/^\p{Lu}/u.test(first) ? 'Förslag' : 'förslag'} till beslut`;
  return before + heading + line.slice(whole.length);
}

/**
 * Lines only protokoll have: a decision heading ("Socialnämndens beslut", also as a worn copy prints
 * it: "beshut"), "Utdrag ur protokoll", "Protokollsutdrag", "Vid protokollet", "Dag för justering".
 * Only protokoll number their items with §.
 */
const PROTOKOLL_LINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L} -]*${DECIDING_GENITIVE} bes\p{L}{2,4}|utdrag ur protokoll\b.*|protokollsutdrag|vid protokollet|justerandes signatur|dag för justering)[.,:;]?\s*$`,
  'imu',
);
/**
 * Marks of a protokoll inside a line, as its header prints them (FACTS: the letterhead's
 * "SAMMANTRÄDESPROTOKOLL" or "PROTOKOLL" in capitals, "Utses att justera", "Paragrafer 201-204",
 * the bevis "Protokollet är justerat" or "anslaget", "Förvaringsplats för protokollet", in ≈ 40
 * protokoll's bevis blocks), also as OCR without Swedish data prints them ("ar", "Sammantrades-"):
 * a paragraph sign misread there is a paragraph sign.
 */
const PROTOKOLL_MARK = /samm[aä]ntr[aä]desprotokoll|\butses att justera\b|\bparagraf(?:er)?\s*:?\s*§*\s*\d{1,4}\s*[-–]\s*§*\s*\d{1,4}|\bprotokoll(?:et)? (?:är|ar) (?:justerat|anslaget)\b|\bförvaringsplats för protokollet?\b/iu;
/** The type word in capitals, as a letterhead prints it ("STENUNGSUNDS KOMMUN PROTOKOLL"); in small letters prose names protokoll too. */
const PROTOKOLL_WORD = /(?<![\p{L}])PROTOKOLL(?![\p{L}])/u;
/** The paragraph range a protokoll's header prints ("Paragrafer 201-204", "Paragraf 84-97"). */
const PARAGRAPH_RANGE = /\bparagraf(?:er)?\s*:?\s*§*\s*(\d{1,4})\s*[-–]\s*§*\s*(\d{1,4})/i;

/**
 * A paragraph opening a line with its title or case number after it, the sign as OCR read it: "8 87
 * Engångsbidrag …", "KFN 8 41 Bidrag …" (an organ's code before it), "817 Dnr 2015/611" (the sign
 * run into the number). Only the signs no word or number starts with ("8" before a number, "$",
 * "&", "£"), and a sign run into its number only before a title or a case-number label. Where the
 * header prints the protokoll's paragraphs ("Paragrafer 211-214"), a number in that range is
 * vouched for: the sign may also be read as a 5 (a sans serif's §: "KF 5 212 Dnr …"), and the
 * title may stand on the next line ("KF 8211", as the organ-coded paragraphs of three world
 * layouts print it: Högsby, Norrtälje, Gotland).
 */
const OPENING_PARAGRAPH = /^([ \t]*(?:[A-ZÅÄÖ]{2,5}[ \t]+)?)(?:([8$&£5])[ \t](\d{1,3})|([8$&£5])(\d{1,3}))(?:(?=[ \t]+(?:\p{Lu}\p{Ll}|Dnr\b|DNR\b|Diarienummer\b))|([ \t]*$))/gmu;
/** An organ's paragraph cited inside a sentence, the sign read as 8, & or $: "KS 8 203, 2019-10-29" is "KS § 203". */
const CITED_PARAGRAPH = /(?<![\p{L}\d])([A-ZÅÄÖ]{2,5}) [8&$] (\d{1,4})(?![\d\p{L}])/gu;

/** A decision heading whose last word OCR damaged: "Socialnämndens beshut", "… besthi". */
const DAMAGED_DECISION = new RegExp(String.raw`^(\p{Lu}[\p{L} -]*${DECIDING_GENITIVE}) (bes\p{L}{2,4})[ \t]*(?=\n\s*([^\n]*)|$)`, 'gmu');
/** A deciding body's genitive as it should be spelled, ending a word. */
const WHOLE_GENITIVE = new RegExp(`${DECIDING_GENITIVE}$`, 'u');
/**
 * A decision heading whose organ's genitive OCR damaged: "Utbildningsnamnedens beslut", also when
 * "beslut" is damaged as well ("Socialnamindens beshit").
 */
const DAMAGED_GENITIVE = /^(\p{Lu}\p{L}{5,}) (bes\p{L}{2,4})[ \t]*(?=\n\s*([^\n]*)|$)/gmu;

/**
 * "Utbildningsnamnedens" as "Utbildningsnämndens": a word ending one slip from "nämndens", over the
 * decisions it heads.
 */
function restoreGenitive(word: string, next: string): string | null {
  if (WHOLE_GENITIVE.test(word) || !DECISION_FOLLOWS.test(next)) return null;
  for (const length of [7, 8, 9]) {
    const head = word.slice(0, -length);
    if (head.length >= 3 && editDistance([...fold(word.slice(-length))], [...'namndens']) <= 1) return `${head}nämndens beslut`;
  }
  return null;
}

/** What opens the decisions under their heading: "Nämnden beslutar", an "att"-clause, item 1. */
const DECISION_FOLLOWS = /\bbeslutar\b|^att |^[1IlL][.)] /;

/**
 * "beshut", "besthi": near "beslut" and no word of its own ("besked" is one; the dictionary loads
 * only here). A word that OCR made of it ("bestar") counts when the decisions follow.
 */
function isDamagedBeslut(word: string, next: string): boolean {
  if (word === 'beslut') return false;
  const distance = editDistance([...word], [...'beslut']);
  return distance <= 3 && (!swedishLexicon().knows(word) || DECISION_FOLLOWS.test(next));
}

/** The paragraph sign as OCR reads it (a 3 too, but only where two digits or more follow). */
const SIGN = '[8S$&£ga]';
/**
 * A line that is only the paragraph sign and a number as OCR read the sign: "85", "8187", "S 5",
 * "$ 12", "& 187", "£ 112", "g1", "a2", "al" (an l for the 1), "388", "3 88" (a 3 only before two
 * digits or more; "3 5" is more likely a list). Beside a digit, the number may hold letters of a
 * digit's shape: "&H2" (§ 112), "S1B" (§ 18).
 */
const PARAGRAPH = new RegExp(String.raw`^[ \t]*(?:${SIGN}[ \t]?(\d{1,3}|l|[\dBHIl|]*\d[\dBHIl|]*)|3[ \t]?(\d{2,3}))[ \t]*$`, 'gm');
/** Letters of a digit's shape, as read in a paragraph number (an H is two ones run together). */
const DIGIT_SHAPES: Record<string, string> = { B: '8', H: '11', I: '1', l: '1', '|': '1' };

/** The paragraph number OCR printed as `printed`, or null when it reads as no paragraph's number. */
function paragraphNumber(printed: string): string | null {
  const digits = printed.replace(/[BHIl|]/g, (c) => DIGIT_SHAPES[c]!);
  return digits.length <= 3 && !digits.startsWith('0') ? digits : null;
}

const DIGIT = /\d/;

/** A line the label reading changed: where it stands in the text, as printed, as read. */
export interface LabelReading {
  index: number;
  original: string;
  replacement: string;
}

/**
 * The labels of OCR'd text read as the labels they are: every line that differs after
 * {@link restoreLabels}, with its place. Repair does this before it reads words, so extraction
 * finds its labels and headings as printed in an undamaged copy.
 */
export function readLabels(text: string, damaged = true): LabelReading[] {
  const before = text.split('\n');
  const after = restoreLabels(text, damaged).split('\n');
  if (after.length !== before.length) return [];
  const out: LabelReading[] = [];
  let at = 0;
  before.forEach((line, i) => {
    if (after[i] !== line) out.push({ index: at, original: line, replacement: after[i]! });
    at += line.length + 1;
  });
  return out;
}

/**
 * The text with damaged label lines restored, other lines untouched; with `damaged`, also the
 * slashes, phone digits, list markers and "att"s a worn copy's OCR damaged. In a protokoll, a damaged
 * decision heading is restored too, and a line that is the paragraph sign read as a letter or
 * digit becomes "§ 5".
 */
export function restoreLabels(text: string, damaged = true): string {
  const labelled = text
    .split('\n')
    .map((line) => restoreDepartementCode(restorePrefix(restoreProposal(canonicalLabel(capitalI(restoreZeroSigns(line)), damaged)))))
    .join('\n');
  // What a damaged copy's OCR does to numbers and list markers is read back in damaged text only:
  // in intact text "Vo 12 2020" and "I samverkan" are as the writer printed them.
  // Case numbers, phone numbers and designations: only lines with a digit can hold one.
  // The document's separators are read only if some line holds a damaged one.
  let found: ReadonlySet<string> | undefined;
  const separators = (): ReadonlySet<string> => (found ??= caseSeparators(text));
  const numbers = (line: string): string => (DIGIT.test(line) ? restorePhone(restoreLabelledSlash(restoreSeparator(restoreCodeSlash(restoreDesignation(restoreDnrLabels(restoreMarkedSlash(line, separators)))), separators))) : line);
  const restored = restoreCommaMarkers(damaged ? restoreWeekdayDates(restoreTimes(restoreYears(restoreAttachmentOne(restoreDayOne(restoreMonths(restoreAtt(restoreListCount(restoreMarkers(restoreRegistrySlashes(labelled.split('\n').map((line) => numbers(restoreLeaders(line))).join('\n'), true)))))))))) : restoreRegistrySlashes(labelled, false));
  if (!PROTOKOLL_LINE.test(restored) && !PROTOKOLL_MARK.test(restored) && !PROTOKOLL_WORD.test(restored)) return restored;
  const range = PARAGRAPH_RANGE.exec(restored);
  const inRange = (n: number): boolean => !range || (n >= Number(range[1]) && n <= Number(range[2]));
  const paragraphs = restored
    .replace(DAMAGED_DECISION, (line, organ: string, word: string, next?: string) => (isDamagedBeslut(word, next ?? '') ? `${organ} beslut` : line))
    .replace(DAMAGED_GENITIVE, (line, word: string, beslut: string, next?: string) =>
      beslut === 'beslut' || isDamagedBeslut(beslut, next ?? '') ? (restoreGenitive(word, next ?? '') ?? line) : line,
    )
    .replace(PARAGRAPH, (line, a?: string, b?: string) => {
      const number = a === undefined ? b! : paragraphNumber(a);
      return number === null ? line : `§ ${number}`;
    })
    .replace(OPENING_PARAGRAPH, (whole, organ: string, spacedSign?: string, spaced?: string, runSign?: string, run?: string, lineEnd?: string) => {
      const number = spaced ?? run!;
      const sign = spacedSign ?? runSign!;
      // A digit run into its number, a 5 for the sign, a title on the next line: only a number the
      // header's range has ("817" is § 17 of 8-24). A mark run into it ("&17 Dnr 2015/611") opens
      // no number, as it opens no word.
      const vouched = range !== null && inRange(Number(number));
      if (number.startsWith('0') || (((run !== undefined && /\d/.test(sign)) || sign === '5' || lineEnd !== undefined) && !vouched)) return whole;
      return `${organ}§ ${number}${lineEnd ?? ''}`;
    })
    .replace(CITED_PARAGRAPH, (_whole, organ: string, number: string) => `${organ} § ${number}`);
  return continueParagraphs(paragraphs, range ? Number(range[1]) : null);
}

/** A line that may be a paragraph whose sign OCR lost or misread: "2", "33" (§ 3), "8 4". */
const BARE_PARAGRAPH = new RegExp(String.raw`^[ \t]*(?:(?:${SIGN}|3)[ \t]?)?(\d{1,3})[ \t]*$`);
/**
 * The same, the sign as OCR read the tall § of two loops into two marks or a digit ("$& 118",
 * "&£ 118", "5 601", "4 601"): read only for the number the sequence expects next, for "4 601" on a
 * line of its own may be an amount; and only with a sign of two marks or before two digits or more
 * ("4 5" may be a table's row). Nor is the first paragraph read from a bare number: "1" alone may be
 * a page's.
 */
const LOOSE_PARAGRAPH = /^[ \t]*(?:[8S$&£]{2}[ \t]?(\d{1,3})|\d[ \t]?(\d{1,3}))[ \t]*$/;

/** The number of a line that is a paragraph whose sign OCR read loosely (`LOOSE_PARAGRAPH`), or null. */
function looseNumber(line: string): number | null {
  const loose = LOOSE_PARAGRAPH.exec(line);
  return loose && (loose[1] !== undefined || loose[2]!.length >= 2) ? Number(loose[1] ?? loose[2]) : null;
}

/**
 * A protokoll numbers its paragraphs in order, so after "§ 1" a line that is only "2", or "33" (the
 * sign read as a 3), is "§ 2" or "§ 3": the number that comes next, and only that one. The
 * header's range ("Paragrafer 601-604", printed on most protokoll's first page) says which number
 * comes first (`first`), so the first paragraph is read too when OCR misread its sign; and the
 * paragraph before one read is the number before it.
 */
function continueParagraphs(text: string, first: number | null): string {
  let last: number | null = null;
  const lines = text.split('\n').map((line) => {
    const sign = /^§ (\d+)$/.exec(line);
    if (sign) {
      last = Number(sign[1]);
      return line;
    }
    const bare = last === null ? null : BARE_PARAGRAPH.exec(line);
    const number = bare ? Number(bare[1]) : looseNumber(line);
    const expected = last === null ? first : last + 1;
    if (number === null || number !== expected) return line;
    last = number;
    return `§ ${last}`;
  });
  // And back: the paragraph before a "§ 119" whose sign OCR read loosely ("&£ 118"), which the
  // reading forward passed over (a first page that lists the paragraphs, then the paragraphs).
  let previous = -1;
  lines.forEach((line, at) => {
    if (!/^§ \d+$/.test(line)) return;
    let expected = Number(line.slice(2)) - 1;
    // Not where the paragraph before is the one read just above.
    if (previous >= 0 && lines[previous] === `§ ${expected}`) expected = 0;
    for (let i = at - 1; i > previous && expected > 0; i--) {
      if (looseNumber(lines[i]!) !== expected) continue;
      lines[i] = `§ ${expected}`;
      expected--;
    }
    previous = at;
  });
  return lines.join('\n');
}

/**
 * A list's markers as OCR misreads them at the start of a line: "I.", "l.", "L.", "}." or "{." for
 * "1." and "2," for "2.", before a capital or an "att"-clause. Read so only where the list goes on
 * with the next number ("2.") on a later line, so a sentence opening with "I" is left alone.
 */
function restoreMarkers(text: string): string {
  const lines = text.split('\n');
  const numberAt = (i: number): number | null => {
    // A sub-item's number ("2.1", Kalmar's agenda: FACTS G2) counts as its item's ("1." then "2.1").
    const m = /^\s*(\d{1,2}|[IlL|{}\[\]])(?:[.,)]|(?<=\d)\.\d{1,2})\s+(?=\p{Lu}|att\s)/u.exec(lines[i]!);
    if (!m) return null;
    return /\d/.test(m[1]!) ? Number(m[1]) : 1;
  };
  for (let i = 0; i < lines.length; i++) {
    const n = numberAt(i);
    if (n === null) continue;
    // The next marker within a few lines continues the count.
    const next = lines.slice(i + 1, i + 8).findIndex((_, k) => numberAt(i + 1 + k) !== null);
    const continues = next >= 0 && numberAt(i + 1 + next) === n + 1;
    const previous = lines.slice(Math.max(0, i - 8), i).reverse().findIndex((_, k) => numberAt(i - 1 - k) !== null);
    const follows = previous >= 0 && numberAt(i - 1 - previous) === n - 1;
    if (continues || follows) lines[i] = lines[i]!.replace(/^(\s*)(?:\d{1,2}|[IlL|{}\[\]])[.,)]/, `$1${n}.`);
  }
  return lines.join('\n');
}

/**
 * A line's list marker: one or two digits, or one mark OCR read for a digit ("B." for "8."), its
 * stop or comma, then a capital. After digits the stop may carry specks OCR read as more stops
 * ("4... Förhyrning", "2.: Taxor"), specks beside a small mark, as a worn scan's OCR reads them.
 */
const COUNTED_MARK = /^([ \t]*)(\d{1,2}|[^\s\d\p{Ll}])([.,](?:(?<=\d[.,])[.,:;]{1,2})?)(?=[ \t]+\p{Lu})/u;
/** Most markers in a row that a count may give numbers to. */
const MOST_MISCOUNTED = 3;

/**
 * A numbered list's markers that a worn copy's OCR misread as other numbers or marks: an agenda
 * counts its items in order, so markers that break the count between two that keep it are the
 * numbers the count leaves for them, when it leaves exactly as many as there are ("3." and "3."
 * between "3." and "6." are "4." and "5."; "B." and "4," between "7." and "10." are "8." and
 * "9."). The agendas of three municipalities' layouts (Ockelbo, Örebro, Kalmar) read so in their
 * worn copies; a list inside an item ("3. … 1. … 2. … 4.") leaves the count no room and stays.
 */
function restoreListCount(text: string): string {
  const lines = text.split('\n');
  let anchor: number | null = null;
  let pending: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = COUNTED_MARK.exec(lines[i]!);
    if (!m) continue;
    const value = /^\d+$/.test(m[2]!) ? Number(m[2]) : null;
    if (anchor !== null && pending.length > 0 && value === anchor + pending.length + 1) {
      pending.forEach((line, k) => (lines[line] = lines[line]!.replace(COUNTED_MARK, `$1${anchor! + k + 1}.`)));
      anchor = value;
      pending = [];
    } else if (value !== null && (anchor === null || value === anchor + 1)) {
      // A marker that keeps the count keeps its number; specks after its stop go ("4..." is "4.").
      if (anchor !== null && m[3]!.length > 1) lines[i] = lines[i]!.replace(COUNTED_MARK, `$1${value}.`);
      anchor = value;
      pending = [];
    } else if (anchor !== null && pending.length < MOST_MISCOUNTED) pending.push(i);
    else {
      anchor = value;
      pending = [];
    }
  }
  return lines.join('\n');
}

/** A list's number and its stop or comma before a capital, not inside a number, a date or a time. */
const LIST_MARK = /(?<![\d.,:/-])(\d{1,2})([.,])(?=[ \t]+\p{Lu})/gu;

/**
 * A list's marker whose stop OCR read as a comma, inside a line as well as at its start ("Individ
 * och 4, Verksamhetsberättelse", an agenda's table flattened row by row): "N," between "N-1." and
 * "N+1." is "N.". The world documents' OCR has 34 such markers in both engines' output (k02, k04,
 * k09, the development and held-out faces), their text none.
 */
function restoreCommaMarkers(text: string): string {
  if (!text.includes(',')) return text;
  const marks = [...text.matchAll(LIST_MARK)];
  let out = text;
  for (let i = marks.length - 2; i >= 1; i--) {
    const [before, mark, after] = [marks[i - 1]!, marks[i]!, marks[i + 1]!];
    const n = Number(mark[1]);
    if (mark[2] !== ',' || before[2] !== '.' || after[2] !== '.' || Number(before[1]) !== n - 1 || Number(after[1]) !== n + 1) continue;
    const at = mark.index + mark[1]!.length;
    out = `${out.slice(0, at)}.${out.slice(at + 1)}`;
  }
  return out;
}

/**
 * A row of dots (a signature's line after "Ordförande", "Justerande", a table of contents' leader)
 * as the English model reads it in a typewriter face: "ee eee cece ee eee" (every protokoll's
 * signature block of the world documents in Nimbus Mono; a line or two in URW Bookman, Nimbus Sans
 * and DejaVu Sans). No Swedish word is made of e and c alone, so three or more such strings in a
 * row are the dots, and become dots again, as many as the characters they stand in.
 */
const LEADER_TOKEN = /^\.{0,3}\p{Ll}+\.{0,3}$/u;
/** Fewest e's and c's of a leader: "ce ec e" is too little to tell. */
const LEADER_LETTERS = 7;
/** A longer string of the run is mostly e and c ("eee", "cece", "ene", "ete"); the run as a whole more so. */
const TOKEN_SHARE = 0.6;
const RUN_SHARE = 0.8;
function restoreLeaders(line: string): string {
  if (!line.includes('ee') && !line.includes('ce')) return line;
  const parts = line.split(/([ \t]+)/);
  const letters = (s: string): number => s.replace(/[^\p{L}]/gu, '').length;
  const ec = (s: string): number => s.replace(/[^ec]/g, '').length;
  // A string of one or two letters among them is the engine's too ("ne", "c"); the run's share decides.
  const isLeader = (s: string): boolean => LEADER_TOKEN.test(s) && (letters(s) <= 2 || ec(s) >= TOKEN_SHARE * letters(s));
  // Words at even indexes, the spaces between them at odd ones.
  for (let i = 0; i < parts.length; i += 2) {
    if (!isLeader(parts[i]!)) continue;
    let j = i;
    while (j + 2 < parts.length && isLeader(parts[j + 2]!)) j += 2;
    const run = parts.slice(i, j + 1).join('');
    if (j - i >= 4 && ec(run) >= LEADER_LETTERS && ec(run) >= RUN_SHARE * letters(run)) {
      parts.splice(i, j - i + 1, '.'.repeat(run.length));
    }
  }
  return parts.join('');
}

/**
 * A zero an engine read as "@". A zero drawn with a dot or a slash inside, as monospaced faces draw
 * it (and typewriters and many faces' tabular figures), is an "@" to a model that knows no such
 * zero; and "@" stands inside a number nowhere else (an address has letters after it). So "@" is
 * read as 0 in a run of digits and number signs that holds a digit and has no letter or digit
 * either side ("2@16/655-@41", "BUN/2@17:", "@,3 procent", "kl @8.30"), and in a group of one to
 * three after a number and a space ("450 @@@ kronor": a thousands group; "70 @@": a phone
 * number's last pair). A lone "@" is left: nothing says it is a number.
 */
const ZERO_SIGN_RUN = /(?<![\p{L}\p{N}@])[\d@]+(?:[.,:/–-][\d@]+)*(?![\p{L}\p{N}@])/gu;
const ZERO_SIGN_GROUP = /(?<=\d )@{1,3}(?![\p{L}\p{N}@])/gu;

function restoreZeroSigns(line: string): string {
  if (!line.includes('@')) return line;
  return line
    .replace(ZERO_SIGN_RUN, (run) => (run.includes('@') && DIGIT.test(run) ? run.replace(/@/g, '0') : run))
    .replace(ZERO_SIGN_GROUP, (group) => '0'.repeat(group.length));
}

/** Where a damaged case number may stand: after a label (a "Dnr" printed "Dar" too) or an opening parenthesis. */
const BEFORE_NUMBER = String.raw`(?:(?<!\p{L})(?:${CASE_LABEL_WORDS}|[Dd]ar)[.:]?\s|\()`;
/**
 * A case number whose separator between year and serial a worn copy lost or misread: a space, a
 * dash, a stop or an apostrophe ("Ärendenummer: Vo 45 2020", "dnr 0456 19", "(KS 2020 88)", "Dnr
 * 2011-61", "Dnr 2019'4", "Dnr: UN23.94"). A space needs a serial of two digits or more.
 */
const DAMAGED_SEPARATOR = new RegExp(String.raw`(?<=${BEFORE_NUMBER})((?:\p{Lu}[\p{L}]{0,4}\s)?)((?:\p{Lu}{1,4})?\d{1,6})(?:(\s)(\d{2,6})|([-.'’])(\d{1,6}))(?=[\s).,]|$)`, 'gu');
/** The separators registries write between a case number's parts, in the grammar's rows. */
const SEPARATOR = /\d([/:.-])\d/;

/**
 * The separators a document's undamaged case numbers are written with ("/" in "KS 2019/58", ":" in
 * "2011:5"): a registry writes all its numbers one way.
 */
function caseSeparators(text: string): Set<string> {
  const found = new Set<string>();
  for (const c of findCaseNumbers(text)) {
    const separator = c.kind === 'case' ? SEPARATOR.exec(c.printed)?.[1] : undefined;
    if (separator) found.add(separator);
  }
  return found;
}

/**
 * The separator a worn copy lost or misread in a case number after a label or in parentheses,
 * given back where the number with it is one of the grammar's shapes: the separator the document's
 * undamaged numbers are written with, when exactly one of those makes a shape ("Dnr 2011-61" is
 * "2011:61" in Emmaboda's protokoll, whose other numbers read "2010:388"); else the slash most
 * registries write, for a lost one or one read as a dash or an apostrophe (a stop is as often a
 * registry's own: "KU.2019.4").
 */
function restoreSeparator(line: string, separators: () => ReadonlySet<string>): string {
  return line.replace(DAMAGED_SEPARATOR, (whole, prefix: string, a: string, space: string | undefined, spaced: string | undefined, mark: string | undefined, marked: string | undefined, at: number) => {
    // In parentheses only a lost one: "(2020-2023)" is a span of years, "(2019-05)" a month.
    if (mark !== undefined && line[at - 1] === '(') return whole;
    const b = spaced ?? marked!;
    const reads = (separator: string): string | null => {
      const joined = `${prefix}${a}${separator}${b}`;
      return findCaseNumbers(`Dnr ${joined}`).some((c) => c.printed === joined) ? joined : null;
    };
    if (reads(space ?? mark!)) return whole;
    const asTheDocument = [...separators()].map(reads).filter((r): r is string => r !== null);
    if (asTheDocument.length === 1) return asTheDocument[0]!;
    return mark === '.' ? whole : (reads('/') ?? whole);
  });
}

/**
 * A year and a serial joined by an apostrophe, a prime or a degree sign: a slash as a worn copy's
 * OCR reads it in a sans face ("BUN 2019'58", "2016'87 AKK", "Onr 2019°22", "läsåret 2019'2020"; two
 * faces of Nimbus Sans, Liberation Sans Narrow and C059, in agenda rows without a label as often as
 * after one). No Swedish text joins two numbers with such a mark, so anywhere in a damaged text.
 */
const MARKED_SLASH = /(?<![\p{L}\d'’′°])((?:19|20)\d\d)['’′°](\d{1,6}(?:-\d{2,3})?)(?![\p{L}\d'’′°])/gu;

/**
 * The slash `MARKED_SLASH` finds given back: the separator the document's undamaged case numbers
 * are written with when they are written one way ("2019:58" in a registry of colons), else a slash.
 */
function restoreMarkedSlash(line: string, separators: () => ReadonlySet<string>): string {
  return line.replace(MARKED_SLASH, (_whole, year: string, serial: string) => {
    const written = [...separators()];
    return `${year}${written.length === 1 && written[0] !== '-' ? written[0] : '/'}${serial}`;
  });
}

/**
 * A registry's "ORG/YYYY:N" (the case-number table's row, six municipalities: "BUN/2017:34",
 * "KS/2012:431", "SÄN/2013:58") whose slash a worn copy lost or read as a stop: "BUN 2017:34",
 * "(SAN 2013:58)", "Dnr: UBN.-2023:242", "Dar TEN 2023:409-271" (five documents of five
 * municipalities in either engine's OCR). Read after a label, in parentheses or opening a line. The
 * series that print a space there are no registry's: SOU, Ds, Dir., SFS and the other
 * författningssamlingar ("BFS 2011:6", "AFS 2015:4").
 */
const LOST_CODE_SLASH = new RegExp(String.raw`(?:(?<=${BEFORE_NUMBER})|(?<=^[ \t]*))(\p{Lu}{2,5})(?: |\.-?)((?:19|20)\d\d:\d{1,6}(?:-\d{2,3})?)(?![\d:/.])`, 'gu');
/** Series written "CODE YYYY:N" with a space: the government's and the författningssamlingar. */
const SPACED_SERIES = /^(?:SOU|DS|DIR|PROP|SFS|\p{Lu}*FS)$/u;

function restoreCodeSlash(line: string): string {
  return line.replace(LOST_CODE_SLASH, (whole, code: string, rest: string) => {
    if (SPACED_SERIES.test(code)) return whole;
    const joined = `${code}/${rest}`;
    return findCaseNumbers(`Dnr ${joined}`).some((c) => c.kind === 'case' && c.printed === joined) ? joined : whole;
  });
}

/**
 * An agenda's case numbers whose slash a worn copy lost between year and serial, with no label
 * before them: "BUN 2019 58", "KOT 201661", "HN 2017-1", "KFKS 2016 22-002", and the code after
 * them, "2016 118 AKK" (the kallelser and protokoll of six municipalities, in either engine's OCR:
 * an agenda prints a number on every row, and a worn copy loses the thin slash in most). A code
 * is the document's registry where it heads (or closes) three such numbers or more, printed whole
 * or not; only there is the slash given back, and only where the grammar reads a case number with
 * it and none as printed ("KS 2019-0876" is Lysekil's own). A year after the year is a span
 * ("2019 2020"), and the series that print a space after their code are no registry's. In text
 * judged undamaged only a space is read so (a worn copy read with Swedish data may pass for one):
 * no registry prints a space there, while a dash or digits run together may be a writer's own.
 */
// Each pattern opens on a letter or digit and looks behind only there: a look-behind first would
// be tried at every place of the text.
const CODE_YEAR = /(\p{Lu}(?<![\p{L}\d/.:-]\p{Lu})\p{Lu}{1,4}) ((?:19|20)\d\d)([ -]?)(\d{1,4}(?:-\d{2,3})?)(?![\d/:\p{L}]|-\d|[.,]\d{3})/gu;
const YEAR_CODE = /((?:19|20)(?<![\p{L}\d/.:-]\d\d)\d\d)( ?)(\d{1,4}) (\p{Lu}{2,4})(?![\p{L}\d])/gu;
/** A code before a year and the start of a serial, however separated: what counts a registry's numbers. */
const CODE_BEFORE_YEAR = /(\p{Lu}(?<![\p{L}\d]\p{Lu})\p{Lu}{1,4}) (?:19|20)\d\d[ /:-]?\d/gu;
/** How many numbers a code must head in one document to be its registry's. */
const REGISTRY_NUMBERS = 3;
/**
 * Units a budget prints in capitals after a year and an amount ("2019 45 MKR", "SEK 2019 100"):
 * no registry's code, however often a table repeats them.
 */
const UNIT_CODES = new Set(['KR', 'TKR', 'MKR', 'MDKR', 'SEK', 'EUR', 'USD', 'KWH', 'MWH', 'GWH', 'TWH', 'KM']);
const YEAR_LIKE = /^(?:19|20)\d\d$/;

function restoreRegistrySlashes(text: string, damaged: boolean): string {
  const heads = new Map<string, number>();
  for (const m of text.matchAll(CODE_BEFORE_YEAR)) heads.set(m[1]!, (heads.get(m[1]!) ?? 0) + 1);
  const tails = new Map<string, number>();
  for (const m of text.matchAll(YEAR_CODE)) tails.set(m[4]!, (tails.get(m[4]!) ?? 0) + 1);
  const registry = (counts: Map<string, number>, code: string): boolean => (counts.get(code) ?? 0) >= REGISTRY_NUMBERS && !SPACED_SERIES.test(code) && !UNIT_CODES.has(code);
  const reads = (printed: string): boolean => findCaseNumbers(`Dnr ${printed}`).some((c) => c.kind === 'case' && c.printed === printed);
  let restored = text;
  if ([...heads.keys()].some((code) => registry(heads, code))) {
    restored = restored.replace(CODE_YEAR, (whole, code: string, year: string, gap: string, serial: string) => {
      if ((!damaged && gap !== ' ') || !registry(heads, code) || YEAR_LIKE.test(serial) || reads(whole)) return whole;
      const slashed = `${code} ${year}/${serial}`;
      return reads(slashed) ? slashed : whole;
    });
  }
  if ([...tails.keys()].some((code) => registry(tails, code))) {
    restored = restored.replace(YEAR_CODE, (whole, year: string, gap: string, serial: string, code: string) => {
      if ((!damaged && gap !== ' ') || !registry(tails, code) || YEAR_LIKE.test(serial)) return whole;
      const slashed = `${year}/${serial} ${code}`;
      return reads(slashed) ? slashed : whole;
    });
  }
  return restored;
}

/**
 * A case number after its label that the grammar reads only with a slash where a worn copy printed
 * a space: "Dnr 2019 BUN 0204 001" is "2019/BUN 0204 001". The grammar's rows decide which gap
 * held it, so every shape the table knows is read back alike; the gap nearest the label first
 * (registries put the slash early: after the year or the code). `restoreSeparator` has read the
 * separator between year and serial before this; `restoreCodeSlash` reads the forms no label
 * vouches for (an "ORG YYYY:N" opening a line) and a slash read as a stop ("UBN.-2023:242").
 */
const LABELLED_TOKENS = new RegExp(String.raw`(?<=${BEFORE_NUMBER})[\p{Lu}\d][\p{Lu}\d:.-]*(?: [\p{Lu}\d][\p{Lu}\d:.-]*){1,3}(?![\p{L}\d])`, 'gu');

function restoreLabelledSlash(line: string): string {
  return line.replace(LABELLED_TOKENS, (tokens: string) => {
    const reads = (candidate: string): string | null => {
      const found = findCaseNumbers(`Dnr ${candidate}`).find((c) => c.kind === 'case' && c.start === 4);
      return found ? found.printed : null;
    };
    // A number the grammar reads as printed (a case, a government designation) is as printed, and
    // so is a series that prints a space after its code ("SFS 2010:800").
    if (SPACED_SERIES.test(tokens.slice(0, tokens.indexOf(' '))) || findCaseNumbers(`Dnr ${tokens}`).some((c) => c.start === 4)) return tokens;
    for (let gap = tokens.indexOf(' '); gap >= 0; gap = tokens.indexOf(' ', gap + 1)) {
      const candidate = `${tokens.slice(0, gap)}/${tokens.slice(gap + 1)}`;
      const printed = reads(candidate);
      if (printed !== null && printed.length > gap) return candidate;
    }
    // And a space OCR set where the code meets the year, besides the lost slash ("Dnr KK 16 214"
    // is "KK16/214", the "ORGYY/N" row): the whole number read, one gap closed and one slashed.
    for (let gap = tokens.indexOf(' '); gap >= 0; gap = tokens.indexOf(' ', gap + 1)) {
      const slashed = `${tokens.slice(0, gap)}/${tokens.slice(gap + 1)}`;
      for (let join = slashed.indexOf(' '); join >= 0; join = slashed.indexOf(' ', join + 1)) {
        if (!/\p{Lu} \d/u.test(slashed.slice(join - 1, join + 2))) continue;
        const candidate = slashed.slice(0, join) + slashed.slice(join + 1);
        if (reads(candidate) === candidate) return candidate;
      }
    }
    return tokens;
  });
}

/**
 * The first of a month a worn copy printed as "i" ("den i januari 2024", "fr.o.m. i juli", "från
 * och med i juli 2019"): OCR confuses 1 and i, and "den i januari" is no Swedish ("i januari" alone
 * is, and is left). Nor is a span that opens "i februari–28 februari" or "i april till 30 april"
 * (Alingsås's and Västervik's kallelser; the day that ends the span makes its start a day too).
 */
const DAY_ONE = new RegExp(
  String.raw`i(?<=(?<![\p{L}])(?:den|fr\.?\s?o\.?\s?m\.?|t\.?\s?o\.?\s?m\.?|från och med|till och med)\si)(?=\s+(?:${MONTH_NAME_PATTERN})\b)` +
    String.raw`|i(?<=(?<![\p{L}\d])i)(?=\s+(?:${MONTH_NAME_PATTERN})(?:\s?[-–~]\s?|\s+till\s+)\d{1,2}\s+(?:${MONTH_NAME_PATTERN})\b)`,
  'giu',
);
function restoreDayOne(text: string): string {
  return text.replace(DAY_ONE, '1');
}

/**
 * An attachment's number 1 that OCR printed as "i" or a bar: "Bilaga i Förslag till taxa", "Bilaga |
 * Karta", "enligt bilaga i.", "Omröstningsbilaga i." (five world documents' legacy OCR, of as many
 * municipalities). Before a capital, a mark or the line's end the preposition has nothing to
 * govern, and an attachment is numbered; before a lower-case word ("bilaga i ärendet") it is left.
 */
const ATTACHMENT_ONE = /[iIl|](?<=(?<![\p{L}])(?:[Oo]mröstnings)?[Bb]ilaga [iIl|])(?=\s+\p{Lu}|[.,;:)]|[ \t]*$)/gmu;
function restoreAttachmentOne(text: string): string {
  return text.includes('ilaga ') ? text.replace(ATTACHMENT_ONE, '1') : text;
}

/** A word in a long-form date's month place: after its day, or after a month and a dash ("januari-augusti 2021"). */
const MONTH_PLACE = new RegExp(String.raw`(?:(?<![\p{L}\d])(?:0?[1-9]|[12]\d|3[01]) |(?:${MONTH_NAME_PATTERN})[-–])(\p{Ll}[\p{Ll}!|]{1,9})(?![\p{L}\d!|])`, 'gu');
const YEAR_AFTER = /^ (?:19|20)\d\d(?!\d)/;
const DEN_BEFORE = /(?<![\p{L}])[Dd]en $/u;

/**
 * A month's name a worn copy damaged in a long-form date, a pattern of 60 of the 75 world
 * documents ("den 31 august! 2021", "den 1 januan 2020", "den 20 may 2019", "januari-august! 2021"):
 * a word in the month's place (a day before it and a year after it, or "den" and a day before it;
 * or a month and a dash before it) that is no month, read as the one month it is nearest to, one
 * slip away (two in a name of seven letters or more: "januan", "ri" read as "n"). A bar or "!" is an
 * i there. Abbreviations ("jun", "aug") are months as printed, and a listed word a word ("3 man 2019").
 */
function restoreMonths(text: string): string {
  return text.replace(MONTH_PLACE, (whole: string, word: string, at: number) => {
    if (isMonth(word)) return whole;
    const end = at + whole.length;
    const dated = YEAR_AFTER.test(text.slice(end, end + 6)) || (/^\d/.test(whole) && DEN_BEFORE.test(text.slice(Math.max(0, at - 4), at)));
    if (!dated) return whole;
    const read = word.replace(/[!|]/g, 'i');
    const prefix = whole.slice(0, whole.length - word.length);
    if (MONTH_NAMES.includes(read)) return prefix + read;
    // A word of its own stays ("3 man 2019").
    if (swedishLexicon().knows(read)) return whole;
    let best: string | null = null;
    let nearest = Infinity;
    for (const month of MONTH_NAMES) {
      const d = editDistance([...read], [...month]);
      if (d < nearest) [best, nearest] = [month, d];
      else if (d === nearest) best = null;
    }
    if (best === null || nearest > (best.length >= 7 ? 2 : 1)) return whole;
    return prefix + best;
  });
}

/**
 * A time of day whose stop a worn or narrow face's OCR read as a comma: "kl 18,00", "13.00-15,45".
 * Swedish times take a stop or a colon ("kl 18.30-19.55", "kl. 13:15"; the world layouts print no
 * other), so after "kl" or a time and a dash the comma is the stop. The comma is tested first, its
 * look-behind only there.
 */
const TIME_COMMA = /,(?<=(?:\b[Kk]l\.? ?|\d[.:]\d\d ?[-–—] ?)(?:[01]?\d|2[0-3]),)(?=[0-5]\d(?!\d))/g;

function restoreTimes(text: string): string {
  return text.replace(TIME_COMMA, '.');
}

/** A full date: "2012-09-26", "26 september 2012", "den 4 mars 2019". */
// The year is matched first and the day and month before it checked after, by a look-behind over
// them: a look-behind first is tried at every position of the text.
const FULL_DATE_YEAR = new RegExp(String.raw`(?<!\d)(?:19|20)\d\d(?:(?<=(?<!\d)\d{1,2}\s+(?:${MONTH_NAME_PATTERN})\s+\d{4})(?!\d)|(?=\s?-\s?[01]\d\s?-\s?[0-3]\d(?!\d)))`, 'giu');

/**
 * A date's year a worn copy misread in one digit ("2042-09-26" in a protokoll of 2012, "2046-04-26"
 * for 2016): a full date whose year is later than the year the document prints most (three times at
 * least), differs from it in its decade only, and is printed nowhere else, is read as that year. A
 * year printed twice, or an earlier one, is left as printed: plans and history are dated too; and so
 * is a year later in the same decade, an ordinary date in a decision ("förlängs till och med
 * 2012-12-31" in a protokoll of 2010, which the last digit alone read as 2010 in every face's OCR).
 */
function restoreYears(text: string): string {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const [common, times] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (times < 3) return text;
  return text.replace(FULL_DATE_YEAR, (year: string) => {
    if (year <= common || counts.get(year) !== 1 || year.slice(0, 2) !== common.slice(0, 2)) return year;
    return year[2] !== common[2] && year[3] === common[3] ? common : year;
  });
}

/** A departement's number whose slash a worn copy lost: "S2021 05522", "Ku2022 01977" (the code glued to the year). */
const DEPARTMENT_NUMBER = new RegExp(String.raw`(?<![\p{L}\d])(${DEPARTEMENT})((?:19|20)\d\d) (\d{4,5})(?![\d/])`, 'gu');
/** A report's series a worn copy misread before its year and number: "SOC 2022:63" (SOU), "Ås 2023:9" (Ds). */
const SERIES = /(?<![\p{L}\d])(?:S[OÖ0Q][CUVÜ]|[ÅÄÖDO]s)(?= (?:19|20)\d\d:\d{1,3}(?!\d))/gu;

/**
 * A departement's number after its label whose one-letter code OCR read as the digit or sign it
 * looks like: "(dnr 12022/01583)" for I2022/01583 (Infrastrukturdepartementet), "Ref: $2021/05522"
 * for S2021/05522 (Socialdepartementet), in good scans read by either engine. A remiss answer cites
 * the departement's number after a case-number label, "dnr", "Ref:" or "diarienummer" (FACTS:
 * Östersund, Norsjö, Boverket, Energiföretagen), and no year has five digits, so the one before
 * the year is the code's.
 */
const DEPARTEMENT_LOOKALIKE = new RegExp(String.raw`(?<=(?<![\p{L}])${CASE_LABEL_WORDS}:? )([1l|]|[$5§])(?=(?:19|20)\d\d\/\d{4,5}(?!\d))`, 'gu');
const LOOKALIKE_CODE: Record<string, string> = { '1': 'I', l: 'I', '|': 'I', $: 'S', '5': 'S', '§': 'S' };

/** The departement's code of its number after a label, where OCR read it as a look-alike (`DEPARTEMENT_LOOKALIKE`). In any text. */
function restoreDepartementCode(line: string): string {
  return /\d\d\/\d/.test(line) ? line.replace(DEPARTEMENT_LOOKALIKE, (sign: string) => LOOKALIKE_CODE[sign]!) : line;
}

/**
 * The government designations a remiss answer cites, as a worn copy damaged them: the slash of a
 * departement's number, the letters of SOU and Ds before "YYYY:N" (no other word stands there).
 */
function restoreDesignation(line: string): string {
  return line.replace(DEPARTMENT_NUMBER, '$1$2/$3').replace(SERIES, (series) => (/^S/.test(series) ? 'SOU' : 'Ds'));
}

/**
 * A phone number a worn copy damaged: an area code with a letter for a digit ("O26-17 80 00",
 * "0B-508 05 123"), a speck in a gap read as a hyphen ("031-365 00-00"), the last gap lost
 * ("026-17 8000"). Read so only in a number that opens with an area code.
 */
function restorePhone(line: string): string {
  return line.replace(/(?<![\p{L}\d])([O0][\dOB]{1,3})(\s?-\s?)(\d{2,3}(?:[ -]\d{2,3}){0,2})(?:[ -](\d{2})-?(\d{2})|\s(\d{2})(\d{2}))?(?![\d-])/gu, (whole, area: string, dash: string, middle: string, a?: string, b?: string, c?: string, d?: string) => {
    const code = area.replace(/O/g, '0').replace(/B/g, '8');
    if (!/^0\d{1,3}$/.test(code)) return whole;
    const last = a !== undefined ? ` ${a} ${b}` : c !== undefined ? ` ${c} ${d}` : '';
    const rebuilt = `${code}${dash}${middle.replace(/-/g, ' ')}${last}`;
    return rebuilt;
  });
}

/**
 * The "att" that opens a clause, as a worn copy prints it ("all paragrafen justeras", "alt anta
 * förslaget", "balt anta"): read so at the start of a line in a list of "att"-clauses, after a line
 * that ends its clause with a comma, where the word is two slips from "att" at most and no common word.
 */
function restoreAtt(text: string): string {
  if (!/(?:^|\n)\s*(?:\d\.\s+)?att\s/.test(text)) return text;
  const lines = text.split('\n');
  const previous = (i: number): string => {
    for (let k = i - 1; k >= 0; k--) if (lines[k]!.trim() !== '') return lines[k]!.trim();
    return '';
  };
  return lines
    .map((line, i) => {
      const m = /^(\s*(?:\d\.\s+)?)(\p{Ll}{2,4})(\s)/u.exec(line);
      if (!m || m[2] === 'att' || FUNCTION_WORD_WEIGHT.has(m[2]!)) return line;
      const before = previous(i);
      if (!(before.endsWith(',') || /\bbesluta[r]?:?$/.test(before))) return line;
      return editDistance([...m[2]!], [...'att']) <= 2 ? `${m[1]}att${line.slice(m[1]!.length + m[2]!.length)}` : line;
    })
    .join('\n');
}

/** A word in capitals with a lower-case "l" among them ("DIARlENR"): OCR's "I", read back. */
function capitalI(line: string): string {
  return line.replace(/(?<![\p{L}])\p{Lu}{2,}l\p{Lu}{2,}(?![\p{L}])/gu, (word) => word.replace(/l/g, 'I'));
}
