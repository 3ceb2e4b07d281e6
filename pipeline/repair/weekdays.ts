import { boundedDistance } from '../edit-distance.ts';
import { fold } from '../fold.ts';
import { MONTH_NAME_PATTERN, MONTH_NAMES } from '../lexicon/months.ts';

/**
 * A long-form date with its weekday, as kallelser and protokoll print their meetings ("måndagen den
 * 25 november 2019", "Tid: Onsdag 15 september 2021", "torsdag 28 januari 2021"; 15 of the 45 world
 * documents, and the FACTS catalogues of every family). The weekday is a check digit: where a worn
 * copy's OCR misread a digit of the day or the year ("Onsdag 13 september 2021", a Monday), the one
 * reading of a misread digit that falls on the printed weekday is the date.
 */

/** The weekdays' names, by JavaScript's day number (0 is Sunday). */
export const WEEKDAYS: readonly string[] = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

/**
 * Digits OCR reads for one another, by their shapes: a closed or open bowl (3, 5, 6, 8, 9, 0), a
 * stem with or without its foot or flag (1, 4, 7), a 2 whose base wore away (7).
 */
export const DIGIT_CONFUSIONS: Readonly<Record<string, string>> = {
  '0': '689',
  '1': '47',
  '2': '7',
  '3': '58',
  '4': '19',
  '5': '36',
  '6': '058',
  '7': '12',
  '8': '0369',
  '9': '048',
};

/** A weekday word, as printed or damaged ("10rsdagen"), "den", a day, a month's name and a year. */
const WEEKDAY_DATE = new RegExp(String.raw`(?<![\p{L}\d])([\p{L}\d|!]{2,5}dag(?:en)?)(\s+(?:den\s+)?)(\d{1,2})(\s+(?:${MONTH_NAME_PATTERN})\s+)((?:19|20)\d\d)(?!\d)`, 'giu');

/** A year a document prints. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/**
 * The weekday a word names: the one nearest it, within one slip (two in a word of eight letters or
 * more: "10rsdagen"), or -1 when none is, or two are as near.
 */
function weekdayOf(word: string): number {
  const folded = fold(word.toLowerCase()).replace(/en$/, '');
  const limit = word.length >= 8 ? 2 : 1;
  let best = -1;
  let bestDistance = limit + 1;
  let tied = false;
  WEEKDAYS.forEach((day, i) => {
    const distance = boundedDistance([...folded], [...fold(day)], limit);
    if (distance < bestDistance) [best, bestDistance, tied] = [i, distance, false];
    else if (distance === bestDistance) tied = true;
  });
  return bestDistance <= limit && !tied ? best : -1;
}

/** The weekday of a date, or -1 when there is no such date ("31 juni"). */
function weekdayOfDate(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.getUTCDay() : -1;
}

/** `digits` with the digit at `at` read as each digit OCR confuses it with. */
function misreadings(digits: string, at: number): string[] {
  return [...(DIGIT_CONFUSIONS[digits[at]!] ?? '')].map((d) => digits.slice(0, at) + d + digits.slice(at + 1));
}

/**
 * The dates with a weekday in `text` whose digits disagree with it, read with the one misread
 * digit of the day (or else of the year's last, for a year the document prints nowhere else, as one
 * it prints) that gives the printed weekday; a damaged weekday word is read as the weekday too.
 * Where no such reading, or more than one, exists, the date stays as printed.
 */
export function restoreWeekdayDates(text: string): string {
  if (!/dag/i.test(text)) return text;
  // How often the document prints each year (counted only if a year is to be read): a year it
  // prints elsewhere is no misreading, and the reading of one that is must be a year it prints.
  let counted: Map<string, number> | undefined;
  const printed = (): Map<string, number> => {
    if (!counted) {
      counted = new Map();
      for (const [y] of text.matchAll(YEAR)) counted.set(y, (counted.get(y) ?? 0) + 1);
    }
    return counted;
  };
  return text.replace(WEEKDAY_DATE, (whole, word: string, gap: string, day: string, month: string, year: string) => {
    const weekday = weekdayOf(word);
    if (weekday < 0) return whole;
    const monthNumber = MONTH_NAMES.indexOf(month.trim().toLowerCase()) + 1;
    const falls = (d: string, y: string): boolean => weekdayOfDate(Number(y), monthNumber, Number(d)) === weekday;
    const printedWord = restoreWord(word, weekday);
    if (falls(day, year)) return printedWord === word ? whole : printedWord + gap + day + month + year;
    const days = [...day].flatMap((_, at) => misreadings(day, at)).filter((d) => falls(d, year));
    // The year's last digit only (its decade is read against the document's years by restoreYears),
    // when the document prints the year nowhere else, as a year it does print.
    const years = days.length > 0 || printed().get(year)! > 1 ? [] : misreadings(year, 3).filter((y) => printed().has(y) && falls(day, y));
    const readings = [...days.map((d) => [d, year] as const), ...years.map((y) => [day, y] as const)];
    if (readings.length !== 1) return whole;
    const [d, y] = readings[0]!;
    return printedWord + gap + d + month + y;
  });
}

/** The weekday's name as printed: its capital and its "-en" kept; the word itself only when damaged. */
function restoreWord(word: string, weekday: number): string {
  const name = WEEKDAYS[weekday]!;
  const form = /en$/i.test(word) ? `${name}en` : name;
  // A name printed without its å/ä/ö ("mandagen", "lordag") is the OCR's regime's to read, not this rule's.
  if (fold(form) === fold(word.toLowerCase())) return word;
  return /^\p{Lu}/u.test(word) ? form[0]!.toUpperCase() + form.slice(1) : form;
}
