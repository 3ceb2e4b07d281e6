/**
 * Swedish month names and their common abbreviations, by month number: extraction reads dates with
 * them ("25 oktober 2018"), and repair keeps the day before one a number ("den 1 januari").
 */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, februari: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augusti: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** The months' full names in order, as long-form dates print them ("den 31 augusti 2017"). */
export const MONTH_NAMES: readonly string[] = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** The full names as a regex alternation, for patterns that read dates. */
export const MONTH_NAME_PATTERN = MONTH_NAMES.join('|');

/** True when `word` names a month, in full or abbreviated ("januari", "Okt"). */
export function isMonth(word: string): boolean {
  return Object.hasOwn(MONTHS, word.toLowerCase());
}
