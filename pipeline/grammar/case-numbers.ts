import { memoize } from '../memo.ts';

/**
 * The case-number grammar: every shape of diarienummer that Swedish municipalities print, and the
 * government designations their remiss answers cite, as one table of data. Repair protects these
 * spans, extraction reads them, and the index keys the case view on them; adding a municipality's
 * format is one row here (with its printed examples, which the tests match) and nothing else.
 *
 * Rows are regex sources built from a few named parts. Each row says where it may stand:
 * - `any`: the shape is distinctive (a registry prefix, a separator no date or amount uses);
 * - `label`: a bare shape ("2014/904", "2011:5", "0512/12") that is a case number only after a
 *   case-number label ("Dnr", "Diarienummer", …), since amounts, years and ranges look the same;
 * - `head`: like `label`, or anywhere in the header block of the first page (Östersund prints its
 *   "611–2022" unlabelled beside the date).
 * Canonical form is the number as printed, whitespace collapsed; `key` folds it further for lookups.
 */

/**
 * The capital and small letters registries write codes with: the Swedish alphabet and the Nordic
 * and accented letters of names. An explicit class, not \p{Lu}: V8 can then skip quickly to where
 * a code can start, which makes the 45 shapes about twenty times cheaper to scan.
 */
const UP = '[A-ZÅÄÖÆØÉÜ]';
const LO = '[a-zåäöæøéü]';
/** A registry prefix: an organ's code in capitals ("KS", "BUN", "SÄN", "KFKS"), or a mixed-case one ("Ks", "KsUb", "Vo"). */
const ORG = String.raw`(?=${UP})(?:(?!(?:KOMMUN|STAD|REGION|SIDA|DATUM|BILAGA|DNR|NR|KL)\b)${UP}{1,6}|(?!(?:År|Nr|Kl|Se|Tf|Ca|Ex|Om|På|Av|Nu|Ja|Vi|Du|De|En|Sid|Bil)\b)${UP}${LO}(?:${UP}${LO})?)`;
/** A four-digit year of the registries' time. */
const YYYY = String.raw`(?:19|20)\d\d`;
/** A two-digit year. */
const YY = String.raw`\d\d`;
/** A serial. */
const N = String.raw`\d{1,6}`;
/** A hyphen or an en dash, as PDFs and OCR print it, with the spaces some layouts set around it. */
const DASH = String.raw`\s?[-–]\s?`;

export type CaseNumberKind =
  /** A municipality's own registry number. */
  | 'case'
  /** A government designation a remiss is known by: SOU, Ds, a proposition, a departement's number. */
  | 'remiss'
  /** A motion's number in a city that numbers motions ("motion (2017:54)"). */
  | 'motion';

export type Context = 'any' | 'label' | 'head';

export interface CaseNumberShape {
  /** The shape in the notation of the FACTS catalogues: ORG prefix, Y year digit, N digit. */
  name: string;
  kind: CaseNumberKind;
  context: Context;
  /** A regex source; it must not use capturing groups of its own (only `(?:…)`). */
  pattern: string;
  /** How the number is written as a value; the printed form with whitespace collapsed when absent. */
  canonical?: (printed: string) => string;
  /** Numbers as printed where the shape was seen; each must match the row (tested). */
  examples: string[];
  /** For a row that reads its context: the examples with it, in the same order. */
  inContext?: string[];
  /** Municipalities (or bodies) whose documents print the shape. */
  seenIn: string[];
}

/** The words of a case-number label, as a regex source (see `CASE_LABEL`; repair reads damaged numbers after them too). */
export const CASE_LABEL_WORDS = String.raw`(?:[Dd]nr|DNR|[Dd]iarienummer|DIARIENUMMER|[Dd]iarienr|DIARIENR|[ÄäAa]rendenummer|[Ää]rendenr|Änr|[Bb]eteckning|[Rr]eferens|Ref|[Dd]iariekod)`;

/** The government departements' codes (Regeringskansliet), as their registry numbers open ("S2021/05522", "Ku2022/01977"). */
export const DEPARTEMENT = String.raw`(?:A|Fi|Fö|I|IJ|Ju|Jo|KN|Ku|KU|LI|M|N|S|SB|U|UD)`;

export const CASE_NUMBER_SHAPES: readonly CaseNumberShape[] = [
  // --- Government designations: kept apart from municipal numbers, as the remiss a document answers.
  { name: 'SOU YYYY:N', kind: 'remiss', context: 'any', pattern: String.raw`SOU\s?${YYYY}:\d{1,3}`, canonical: (p) => p.replace(/^SOU\s?/, 'SOU '), examples: ['SOU 2018:22', 'SOU 2022:41'], seenIn: ['Östersund', 'Norsjö', 'Malmö', 'Uppsala', 'Östhammar'] },
  { name: 'Ds YYYY:N', kind: 'remiss', context: 'any', pattern: String.raw`Ds\s?${YYYY}:\d{1,3}`, canonical: (p) => p.replace(/^Ds\s?/, 'Ds '), examples: ['Ds 2015:53', 'Ds 2023:9'], seenIn: ['Lysekil', 'Södertälje'] },
  { name: 'Prop. YYYY/YY:N', kind: 'remiss', context: 'any', pattern: String.raw`[Pp]rop\.\s?${YYYY}\/${YY}:\d{1,3}`, examples: ['Prop. 2016/17:180'], seenIn: ['(regeringens propositioner, citerade i remissvar)'] },
  {
    name: 'DEPYYYY/NNNNN(/UNIT)',
    kind: 'remiss',
    context: 'any',
    pattern: String.raw`${DEPARTEMENT}\s?${YYYY}\/\d{4,5}(?:\/[A-ZÅÄÖÆØÉÜ\d]{1,6})?`,
    examples: ['Fi2016/02568/K', 'I2022/01583', 'KN2023/03318', 'Ju2020/01879/L7', 'Fi 2018/03212/K', 'Ku2022/01977'],
    seenIn: ['Östersund', 'Norsjö', 'Lysekil', 'Malmö', 'Södertälje', 'Gävle', 'Boverket'],
  },
  // --- Motion numbers in cities that number them by year.
  { name: 'motion (YYYY:N)', kind: 'motion', context: 'any', pattern: String.raw`(?<=[Mm]otion(?:en)? \(?)${YYYY}:\d{1,4}(?=\)?)`, canonical: (p) => `Motion ${p}`, examples: ['2017:54'], seenIn: ['Stockholm'] },

  // --- A body's case cited without its registry's prefix: Stockholm's replies print kommunstyrelsen's
  // "KS 2018/906" as "remiss från Kommunstyrelsen Dnr: 2018:906"; the registry's own form is the value.
  {
    name: 'Kommunstyrelsen Dnr: YYYY:N',
    kind: 'case',
    context: 'any',
    pattern: String.raw`(?<=[Kk]ommunstyrelsen,?\s+${CASE_LABEL_WORDS}:?\s)${YYYY}:\d{1,6}`,
    canonical: (p) => `KS ${p.replace(':', '/')}`,
    examples: ['2018:906', '2018:906'],
    inContext: ['Svar på remiss från Kommunstyrelsen Dnr: 2018:906', 'Svar på remiss från kommunstyrelsen Diarienummer: 2018:906'],
    seenIn: ['Stockholm'],
  },

  // --- Municipal numbers with a registry prefix.
  { name: 'ORG-YYYY-N(-N)', kind: 'case', context: 'any', pattern: String.raw`${ORG}-\s?${YYYY}-\s?\d{1,6}(?:-\d{2,4})?`, examples: ['KS-2019-17', 'KSN-2013-0674', 'STK-2022-1384', 'KSF-2023-024-539', 'SOF-2019-1234', 'KS-2018-00789'], seenIn: ['Östhammar', 'Uppsala', 'Malmö', 'Svenljunga', 'Stockholm', 'Sundsvall'] },
  { name: 'ORG-YYYY/N', kind: 'case', context: 'any', pattern: String.raw`${ORG}-${YYYY}\/\d{1,6}`, examples: ['IFN-2020/00233', 'SN-2017/104'], seenIn: ['Umeå', 'Nybro'] },
  { name: 'ORG YYYY-N', kind: 'case', context: 'any', pattern: String.raw`${ORG} ${YYYY}-\d{3,6}(?![-\d])`, examples: ['KS 2013-219', 'LKS 2015-323', 'KS 2019-0876', 'KS 2016-811'], seenIn: ['Falkenberg', 'Linköping', 'Lysekil'] },
  { name: 'ORGYYYY-N', kind: 'case', context: 'any', pattern: String.raw`${UP}{1,4}${YYYY}-\d{3,6}`, examples: ['T2020-01234'], seenIn: ['Stockholm'] },
  {
    name: 'ORG YYYY/N(-N)',
    kind: 'case',
    context: 'any',
    pattern: String.raw`${ORG}\s?${YYYY}\/\d{1,6}(?:-\d{2,3})?`,
    examples: ['KS 2018/906', 'BUN 2019/58', 'KLF 2018/1177', 'HÄ 2023/918', 'SOC 2020/00143', 'KFKS 2016/22-002', 'KFN 2009/061-80', 'KS2006/0595-31', 'ST 2020/280'],
    seenIn: ['Stockholm', 'Höör', 'Trosa', 'Kalmar', 'Ockelbo', 'Falköping', 'Luleå', 'Nacka', 'Gotland', 'Kramfors', 'Lund', 'Hörby'],
  },
  { name: 'ORG/YYYY:N(-N)', kind: 'case', context: 'any', pattern: String.raw`${ORG}\/${YYYY}:\d{1,6}(?:${DASH}\d{2,3}(?!\d))?`, examples: ['BUN/2017:412', 'KS/2012:174', 'SÄN/2013:21', 'KSKF/2014:1', 'TFN/2023:409-271', 'KS/2013:519-805', 'KS/2008:362 - 875'], seenIn: ['Eskilstuna', 'Orust', 'Upplands Väsby', 'Mjölby', 'Strängnäs', 'Storuman'] },
  { name: 'ORG.YYYY.N', kind: 'case', context: 'any', pattern: String.raw`${UP}{2,5}\.${YYYY}\.\d{1,6}`, examples: ['KU.2019.4', 'KIT.2018.77'], seenIn: ['Högsby'] },
  // Serial first: "KsUb 617/2009" (Simrishamn), "Ks 667/2014" (Örebro), "Vo 45/2020".
  { name: 'ORG N/YYYY', kind: 'case', context: 'any', pattern: String.raw`${ORG} \d{1,6}\/${YYYY}`, examples: ['KsUb 617/2009', 'Ks 667/2014', 'Vo 45/2020'], seenIn: ['Simrishamn', 'Örebro'] },
  { name: 'ORG N/YY', kind: 'case', context: 'label', pattern: String.raw`${ORG} \d{1,6}\/${YY}(?!\d)`, examples: ['KS 298/15'], seenIn: ['Båstad', 'Arboga'] },
  { name: 'ORGYY/N', kind: 'case', context: 'any', pattern: String.raw`${UP}{1,4}${YY}\/\d{1,6}`, examples: ['UN23/94', 'KK16/214', 'UN18/26'], seenIn: ['Södertälje', 'Avesta'] },
  { name: 'ORG YY-N N', kind: 'case', context: 'any', pattern: String.raw`${ORG} ${YY}-\d{2,4} \d{3}(?!\d)`, examples: ['KS 03-715 041', 'KS 03-644 042'], seenIn: ['Norrtälje'] },
  // Year first, prefix after: Tyresö's "2019/BUN 0204 001" (classification code last, sometimes left out).
  { name: 'YYYY/ORG NNNN (NN)', kind: 'case', context: 'any', pattern: String.raw`${YYYY}\/${UP}{1,5} \d{4}(?: \d{2,3}(?!\d))?`, examples: ['2019/BUN 0204 001', '2017/KS 0272 10', '2023/BUN 0214'], seenIn: ['Tyresö'] },
  { name: 'YYYYORGNNNN NNN', kind: 'case', context: 'any', pattern: String.raw`${YYYY}${UP}{2,5}\d{4}(?: \d{2,3}(?!\d))?`, examples: ['2017KSM0604 301'], seenIn: ['Tyresö'] },
  { name: 'YYYY/ORGNNNN', kind: 'case', context: 'any', pattern: String.raw`${YYYY}\/${UP}{1,4}\d{3,6}`, examples: ['2015/FF0073'], seenIn: ['Borås'] },
  // A registry's letters after year and serial: Lindesberg's "2016/118 AKK", Borgholm's "2020/116 024 KS", Sollentuna's "2016/0166 KS-2".
  { name: 'YYYY/N (NNN) ORG', kind: 'case', context: 'any', pattern: String.raw`${YYYY}\/\d{1,6}(?: \d{3})? ${UP}{2,4}(?:-\d)?(?![\p{L}\d])`, examples: ['2016/118 AKK', '2020/116 024 KS', '2016/0166 KS-2'], seenIn: ['Lindesberg', 'Borgholm', 'Sollentuna'] },
  // Classification-based (Stockholm): "1.7.1-310/2018", "12.1-2019-1234", "123-456/2019".
  { name: 'N.N.N-N/YYYY', kind: 'case', context: 'any', pattern: String.raw`(?<![\d.])\d{1,2}(?:\.\d{1,2}){1,3}-\d{1,6}\/${YYYY}`, examples: ['1.7.1-310/2018', '1.2.4-123/2019'], seenIn: ['Stockholm'] },
  { name: 'N.N-YYYY-N', kind: 'case', context: 'any', pattern: String.raw`(?<![\d.])\d{1,2}(?:\.\d{1,2}){1,3}-${YYYY}-\d{1,6}`, examples: ['12.1-2019-1234', '1.1-2019-2345'], seenIn: ['Stockholm'] },
  { name: 'NNN-NNN/YYYY', kind: 'case', context: 'any', pattern: String.raw`(?<![\d.-])\d{3}-\d{3,4}\/${YYYY}`, examples: ['123-456/2019'], seenIn: ['Stockholm'] },
  // Göteborg's förvaltningar: "N131-0234/20".
  { name: 'ORGNNN-NNNN/YY', kind: 'case', context: 'any', pattern: String.raw`${UP}\d{2,4}-\d{3,5}\/${YY}(?!\d)`, examples: ['N131-0234/20', 'N137-0456/20'], seenIn: ['Göteborg'] },

  // --- Bare shapes: a case number only after a label (or in the first page's header block).
  { name: 'NNN–YYYY', kind: 'case', context: 'head', pattern: String.raw`(?<![\d.,:/–-])(?!(?:19|20)\d\d)\d{2,4}\s?[–-]\s?${YYYY}(?![\d–-])`, examples: ['611–2022', '124–2019'], seenIn: ['Östersund'] },
  { name: 'YYYY-NNNNNN - NNN', kind: 'case', context: 'label', pattern: String.raw`${YYYY}-\d{5,6}(?:${DASH}\d{3})?`, examples: ['2020-000417 - 041'], seenIn: ['(okänd kommun, kommunstyrelsen)'] },
  { name: 'YY.ORGNNNN NNN', kind: 'case', context: 'label', pattern: String.raw`${YY}\.${UP}\d{4}(?: \d{3})?`, examples: ['13.S0071 754'], seenIn: ['(okänd kommun, socialnämnden)'] },
  { name: 'YYYY.NNNN.NNN', kind: 'case', context: 'label', pattern: String.raw`${YYYY}\.\d{3,5}\.\d{3}`, examples: ['2019.1234.012'], seenIn: ['(fixture)'] },
  { name: 'YYYY/N', kind: 'case', context: 'label', pattern: String.raw`${YYYY}\/${N}(?![\d/])`, examples: ['2014/904', '2015/611', '2016/187', '2019/14'], seenIn: ['Sala', 'Hultsfred', 'Västervik', 'Tjörn', 'Trollhättan', 'Falköping'] },
  { name: 'YYYY:N', kind: 'case', context: 'label', pattern: String.raw`${YYYY}:${N}(?!\d)`, examples: ['2011:5', '2010:388', '2018:174'], seenIn: ['Emmaboda', 'Mjölby'] },
  { name: 'N/YYYY', kind: 'case', context: 'label', pattern: String.raw`(?<![\d/])\d{1,5}\/${YYYY}(?!\d)`, examples: ['288/2017', '61/2008'], seenIn: ['Nordanstig'] },
  { name: 'NNNN/YY', kind: 'case', context: 'label', pattern: String.raw`(?<![\d/])\d{1,5}\/${YY}(?![\d/])`, examples: ['0512/12', '0419/11', '0263/20', '42/15', '13/33'], seenIn: ['Stenungsund', 'Göteborg', 'Södertälje', '(okänd kommun, socialnämnden)'] },
  { name: 'ORGNNNNNN', kind: 'case', context: 'label', pattern: String.raw`${UP}{2,3}\d{6}`, examples: ['RS150178'], seenIn: ['Region Halland'] },
];

/**
 * Labels that introduce a case number ("Dnr", "Diarienummer", "Vår beteckning", "Ärendenummer",
 * "Ref:"), with what may stand between label and number (a colon, a full stop, a "hos <myndighet>").
 * A regex source for the end of the text before a number.
 */
export const CASE_LABEL = String.raw`(?:(?<![\p{L}])${CASE_LABEL_WORDS}\.?:?(?:\s+hos\s+\p{L}+)?|\((?:[Dd]nr|[Dd]iarienr)\.?:?)\s*$`;

/**
 * Numbers that look like case numbers and are not, claimed before the table is read: a paragraph
 * cited with its body ("KS § 203"), an utskott's or a protokoll's own running number ("arbetsutskottets
 * protokoll 141/2017", "Tekniska nämndens arbetsutskott 3/2019", "MSN: 5/2014"), a KF handling
 * ("Handling 2019 nr 164"), a bilaga number ("2023/118/1"), a school or financial year ("2019/2020",
 * "2019/20"), a law's SFS number ("socialtjänstlagen (2001:453)", "SFS 2001:453"), a court case
 * ("Mål nr B 1234-19").
 */
export const NOT_CASE_NUMBERS: readonly { name: string; pattern: string; examples: string[]; accept?: (match: string) => boolean }[] = [
  { name: 'paragraph reference', pattern: String.raw`(?:${UP}{1,6} )?§§? ?\d+(?:\s?[-–]\s?\d+)?`, examples: ['KS § 203', '§ 188', '§§ 55-80'] },
  { name: 'utskott or protokoll number', pattern: String.raw`(?<!\p{L})(?:protokoll|utskott|arbetsutskott|nr|[Nn]ummer)\s\d{1,4}\/${YYYY}`, examples: ['protokoll 141/2017', 'arbetsutskott 3/2019', 'nr 14/2006'] },
  // A paragraph numbered with its year, heading its § ("KSAU 88/2016  Dnr 2016/187", "KSAU 130/2014 forts.").
  { name: 'paragraph with its year', pattern: String.raw`(?<=(?:^|\n)[ \t]*)${UP}{2,5} \d{1,4}\/${YYYY}(?=[ \t]+(?:${CASE_LABEL_WORDS}|forts))`, examples: ['\nKSAU 88/2016 forts.', '\nKSAU 88/2016  Diarienummer'] },
  { name: 'meeting number', pattern: String.raw`${UP}{2,5}:\s\d{1,3}\/${YYYY}`, examples: ['MSN: 5/2014'] },
  { name: 'KF handling', pattern: String.raw`Handling ${YYYY} nr \d+`, examples: ['Handling 2019 nr 164'] },
  { name: 'bilaga number', pattern: String.raw`${YYYY}\/\d{1,6}\/\d{1,3}(?![\d/])`, examples: ['2023/118/1', '2014/251/1'] },
  // A year and the next, not after a registry prefix ("KS 2019/20" is case 20 of 2019).
  { name: 'school or financial year', pattern: String.raw`(?<!${UP}\s?)(?:19|20)\d\d\/(?:(?:19|20)\d\d|\d\d)(?![\d/:])`, examples: ['2019/2020', '2019/20', '2010/2011'], accept: nextYear },
  { name: 'SFS number', pattern: String.raw`(?:SFS\s?${YYYY}:\d{1,4}|(?<=(?:lagen|balken|förordningen|lag|förordning) \()${YYYY}:\d{1,4}(?=\)))`, examples: ['SFS 2001:453'] },
  { name: 'court case', pattern: String.raw`[Mm]ål nr ${UP}? ?\d{1,5}-\d{2}`, examples: ['Mål nr B 1234-19'] },
];

/** "2019/2020", "2019/20": a year and the year after it. */
function nextYear(match: string): boolean {
  const [first, second] = match.split('/') as [string, string];
  return (Number(first) + 1) % (second.length === 2 ? 100 : 10000) === Number(second);
}

/** A span of text that the grammar reads as a case number (or as a look-alike that is none). */
export interface CaseNumberSpan {
  start: number;
  end: number;
  printed: string;
  /** As a value: printed, whitespace collapsed (or the row's own form). */
  canonical: string;
  kind: CaseNumberKind;
  shape: string;
  context: Context;
}

const LABEL_BEFORE = new RegExp(CASE_LABEL, 'u');

/** How many characters before a number a label may stand (label, colon, spaces and a line break). */
const LABEL_REACH = 40;

interface CompiledRow {
  row: CaseNumberShape;
  regex: RegExp;
}

/**
 * Not inside a word or a longer number. The regex checks the common letters (a lookbehind on
 * \p{L} at every position costs six times the scan); `scan` checks any other letter or digit.
 */
const boundaryBefore = String.raw`(?<![A-Za-zÅÄÖåäöÆØæøÉéÜü\d/.:-])`;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const boundaryAfter = String.raw`(?![\p{L}\p{N}]|\/\d|:\d|\.\d)`;

const COMPILED: CompiledRow[] = CASE_NUMBER_SHAPES.map((row) => ({ row, regex: new RegExp(`${boundaryBefore}(?:${row.pattern})${boundaryAfter}`, 'gu') }));
const NEGATIVES = NOT_CASE_NUMBERS.map((n) => ({ ...n, regex: new RegExp(n.pattern, 'gu') }));

/**
 * Where some row (some look-alike) starts: one pass of all patterns as lookaheads finds the places,
 * then each row is tried there alone (sticky). Five times faster than scanning the text once per
 * row, with the same matches wherever a row's matches do not overlap each other.
 */
const LOCATE_ROWS = new RegExp(`(?=${CASE_NUMBER_SHAPES.map((row) => `(?:${row.pattern})${boundaryAfter}`).join('|')})`, 'uy');
/**
 * How far before its first digit a case number can start: a registry code of six letters and its
 * separator ("KFKS 2016", "KsUb 617"), "Prop. 2016"; rows whose pattern reads a label before the
 * number ("motion (", "Kommunstyrelsen Dnr:") start at the digit.
 */
const REACH_BEFORE_DIGIT = 10;
/** What may not stand before a case number: a letter, a digit, or the separators inside one. */
const NOT_BEFORE = /[\p{L}\p{N}/.:-]/u;

/** The places a case number can start: at a word's start at most REACH_BEFORE_DIGIT before a digit. */
function startsNearDigits(text: string): number[] {
  const starts: number[] = [];
  let last = -1;
  for (const d of text.matchAll(/\d+/g)) {
    for (let p = Math.max(last + 1, d.index - REACH_BEFORE_DIGIT); p <= d.index; p++) {
      if (p === 0 || !NOT_BEFORE.test(text[p - 1]!)) starts.push(p);
    }
    last = d.index;
  }
  return starts;
}
const STICKY_ROWS = COMPILED.map(({ row, regex }) => ({ row, regex: new RegExp(regex.source, 'uy') }));
const LOCATE_NEGATIVES = new RegExp(`(?=${NOT_CASE_NUMBERS.map((n) => `(?:${n.pattern})`).join('|')})`, 'gu');
const STICKY_NEGATIVES = NEGATIVES.map((n) => ({ ...n, regex: new RegExp(n.pattern, 'uy') }));

export interface FindOptions {
  /** Characters from the start of the text that count as the header block (for `head` shapes). */
  headEnd?: number;
}

/**
 * The printed form as a value: whitespace (line breaks too) collapsed to one space, and a space on
 * one side of a hyphen only ("SOFN-2017- 123", text extraction's or OCR's) dropped; a dash spaced on
 * both sides ("KS/2008:362 - 875") is the registry's own.
 */
const collapse = (printed: string): string =>
  printed
    .replace(/\s+/g, ' ')
    .replace(/(?<=\S)- (?=\d)/g, '-')
    .replace(/(?<=\d) -(?=\S)/g, '-');

/**
 * Every case number and government designation in `text`, in order, none overlapping. Look-alikes
 * (`NOT_CASE_NUMBERS`) are claimed first; then longer matches win over shorter ones at the same
 * place, and rows earlier in the table win ties. A bare shape needs a label before it.
 */
export function findCaseNumbers(text: string, options: FindOptions = {}): CaseNumberSpan[] {
  // Every shape has a digit: most lines and values asked about have none.
  if (!/\d/.test(text)) return [];
  // The extraction stages ask about the same header values and blocks more than once.
  return remembered(`${options.headEnd ?? 0}\0${text}`).map((s) => ({ ...s }));
}

const remembered = memoize((key: string): CaseNumberSpan[] => {
  const cut = key.indexOf('\0');
  return scan(key.slice(cut + 1), { headEnd: Number(key.slice(0, cut)) });
}, 256);

/** Look-alikes are sought this far around a candidate: none is longer, nor needs more before it. */
const NEGATIVE_REACH = 40;

type Candidate = CaseNumberSpan & { order: number };

/** Every shape's match in `text`, before look-alikes and overlaps are settled; printed as `printed` (the same text, of the same length) has it. */
function candidatesIn(text: string, printed: string, options: FindOptions): Candidate[] {
  const candidates: Candidate[] = [];
  // The shapes together are tried only where a number can start, each row alone only where they match.
  for (const index of startsNearDigits(text)) {
    LOCATE_ROWS.lastIndex = index;
    if (!LOCATE_ROWS.test(text)) continue;
    const at = { index };
    STICKY_ROWS.forEach(({ row, regex }, order) => {
      regex.lastIndex = at.index;
      const m = regex.exec(text);
      if (!m) return;
      const start = m.index;
      const end = start + m[0].length;
      if (row.context !== 'any' && !labelled(text, start) && !(row.context === 'head' && start < (options.headEnd ?? 0))) return;
      candidates.push({ start, end, printed: printed.slice(start, end), canonical: row.canonical ? row.canonical(m[0]) : collapse(m[0]), kind: row.kind, shape: row.name, context: row.context, order });
    });
  }
  return candidates;
}

/**
 * A line break between two lines of text (not a blank line), which a page's width may set where a
 * case number prints a space ("… ägardirektivet, Dnr KS" / "02-118 107.").
 */
const LINE_BREAK = /(?<=[^\n])\n(?=[^\n])/g;

function scan(text: string, options: FindOptions): CaseNumberSpan[] {
  const candidates = candidatesIn(text, text, options);
  // A number a line break cut, read with the break as the space it stands for: only where nothing
  // was read of it as printed, and where digits go on after the break (a number's serial, not the
  // next line's capitals: "2023/655" then "SALA KOMMUN" is a number and a letterhead).
  if (text.includes('\n')) {
    for (const c of candidatesIn(text.replace(LINE_BREAK, ' '), text, options)) {
      const cut = c.printed.indexOf('\n');
      if (cut >= 0 && /\d/.test(c.printed.slice(cut)) && !candidates.some((o) => o.start < c.end && o.end > c.start)) candidates.push(c);
    }
  }
  if (candidates.length === 0) return [];
  // Look-alikes matter only where they overlap a candidate: sought around the candidates, each
  // stretch searched with room before it for lookbehinds, a place kept only inside the stretch.
  const taken: [number, number][] = [];
  const stretches: [number, number][] = [];
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    const from = Math.max(0, c.start - NEGATIVE_REACH);
    const to = Math.min(text.length, c.end);
    const last = stretches[stretches.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else stretches.push([from, to]);
  }
  for (const [from, to] of stretches) {
    const offset = Math.max(0, from - NEGATIVE_REACH);
    const part = text.slice(offset, Math.min(text.length, to + NEGATIVE_REACH));
    for (const at of part.matchAll(LOCATE_NEGATIVES)) {
      const place = offset + at.index;
      if (place < from) continue;
      if (place >= to) break;
      for (const n of STICKY_NEGATIVES) {
        n.regex.lastIndex = place;
        const m = n.regex.exec(text);
        if (m && (!n.accept || n.accept(m[0]))) taken.push([m.index, m.index + m[0].length]);
      }
    }
  }
  // Longest first; at equal length the earlier ("2016/131 AKK 2016/135 AKK" is two numbers, not "AKK 2016/135").
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const out: CaseNumberSpan[] = [];
  for (const c of candidates) {
    if (taken.some(([s, e]) => c.start < e && c.end > s)) continue;
    taken.push([c.start, c.end]);
    const { order: _order, ...span } = c;
    out.push(span);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when a case-number label stands right before `index` (a line break may come between). */
export function labelled(text: string, index: number): boolean {
  return LABEL_BEFORE.test(text.slice(Math.max(0, index - LABEL_REACH), index));
}

/**
 * The key a case number is looked up by: letters upper-cased, dashes unified, spaces dropped, so
 * "611–2022" finds "611-2022" and "KS 2018/906" finds "KS2018/906". The case view and its filter
 * use it; the value shown stays as printed.
 */
export function caseKey(number: string): string {
  return number.toUpperCase().replace(/[‐‑‒–—―]/g, '-').replace(/\s+/g, '');
}

/** Whether `text` is, whole, one case number of the table (a value typed into the case view). */
export function isCaseNumber(text: string): boolean {
  const trimmed = text.trim();
  return COMPILED.some(({ regex }) => new RegExp(`^(?:${regex.source})$`, 'u').test(trimmed));
}
