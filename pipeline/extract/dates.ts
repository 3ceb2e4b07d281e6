import { editDistance } from '../edit-distance.ts';
import { MONTHS } from '../lexicon/months.ts';

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/**
 * Date forms in Swedish documents: ISO "2018-10-25" (also with spaces around the dashes, as PDF
 * extraction leaves them), "25 oktober 2018", "den 4 sept. 2019", "25.10.2018", "25/10/2018".
 */
export const DATE_PATTERN = new RegExp(
  [
    String.raw`\b(?<iy>(?:19|20)\d\d) ?- ?(?<im>[01]?\d) ?- ?(?<id>[0-3]?\d)\b`,
    String.raw`\b(?<ld>[0-3]?\d)(?::e|:a)? (?<lm>${MONTH_NAMES})\.? (?<ly>(?:19|20)\d\d)\b`,
    String.raw`\b(?<dd>[0-3]?\d)[./](?<dm>[01]?\d)[./](?<dy>(?:19|20)\d\d)\b`,
    // A month name OCR damaged ("3 febrtari 2020"): resolved by `damagedMonth`.
    String.raw`\b(?<wd>[0-3]?\d) (?<wm>\p{L}{5,10}) (?<wy>(?:19|20)\d\d)\b`,
  ].join('|'),
  'giu',
);

/** The signing line under a motion or letter: "Helsingborg den 12 mars 2020", "Stockholm den 6 mars 2019". */
export const PLACE_DATE = /^\p{Lu}\p{Ll}+,? den \d/u;

/** Full month names, for reading damaged ones. */
const FULL_MONTHS = Object.keys(MONTHS).filter((m) => m.length >= 4);

/**
 * The month a damaged name stands for: the one full name within two edits ("febrtari" is februari),
 * and only when no other is as near; null for words that are no month.
 */
function damagedMonth(word: string): number | null {
  const lower = word.toLowerCase();
  const near = FULL_MONTHS.map((m) => ({ m, d: editDistance([...lower], [...m]) })).filter((x) => x.d <= 2).sort((a, b) => a.d - b.d);
  if (near.length === 0 || (near.length > 1 && near[1]!.d === near[0]!.d)) return null;
  return MONTHS[near[0]!.m]!;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31 april and the like
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date found in text, with where it stands. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
  /** The year was not printed; it came from the `year` given (a justering "Torsdagen den 23 mars"). */
  yearless?: boolean;
}

/**
 * A day and month without a year: "den 23 mars", "Torsdagen den 25 februari kl 10.00", "6 mars"
 * (justering lines and web headings print them so, FACTS 2d). Read only when the caller knows the
 * year, and never where a year follows.
 */
const YEARLESS = new RegExp(String.raw`\b(?<d>[0-3]?\d)(?::e|:a)? (?<m>${MONTH_NAMES})\b(?!\.? *(?:19|20)\d\d)`, 'giu');

/** Every valid date in `text`, in order; with `year`, also days and months printed without one. */
export function findDates(text: string, year?: number): FoundDate[] {
  // Every date has a digit: most values and lines asked about that have none have no date.
  if (!/\d/.test(text)) return [];
  const found = fullDates(text);
  if (year === undefined) return found;
  for (const m of text.matchAll(YEARLESS)) {
    if (found.some((f) => m.index >= f.index && m.index < f.index + f.length)) continue;
    const value = iso(year, MONTHS[m.groups!.m!.toLowerCase()]!, +m.groups!.d!);
    if (value) found.push({ iso: value, index: m.index, length: m[0].length, yearless: true });
  }
  return found.sort((a, b) => a.index - b.index);
}

function fullDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const g = match.groups!;
    let value: string | null;
    if (g.iy) value = iso(+g.iy, +g.im!, +g.id!);
    else if (g.ly) value = iso(+g.ly, MONTHS[g.lm!.toLowerCase()]!, +g.ld!);
    else if (g.wy) {
      const month = damagedMonth(g.wm!);
      value = month === null ? null : iso(+g.wy, month, +g.wd!);
    } else value = iso(+g.dy!, +g.dm!, +g.dd!);
    if (value) found.push({ iso: value, index: match.index, length: match[0].length });
  }
  return found;
}

/**
 * `text` with every date in ISO form ("TJÄNSTESKRIVELSE 16 maj 2023" → "TJÄNSTESKRIVELSE
 * 2023-05-16"), for the patterns of a line's shape: a date is a date however it is written
 * (protokoll/FACTS 2d: ISO in header fields, "26 mars 2015" written out in as many places). Not
 * for slicing: the lengths change.
 */
export function datesAsIso(text: string): string {
  const found = fullDates(text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const d of found) {
    out += text.slice(at, d.index) + d.iso;
    at = d.index + d.length;
  }
  return out + text.slice(at);
}

/** The first date in `text` as ISO, or null (a year-less one only with `year`). */
export function parseDate(text: string, year?: number): string | null {
  return findDates(text, year)[0]?.iso ?? null;
}
