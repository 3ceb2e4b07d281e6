/**
 * Dates and case years a reader should not trust blindly. A document belongs to a case that was registered before
 * it was written: the case number prints that year ("KS 2018/906"), and a document of the case is
 * dated that year or later. A date more than a year before the year of every one of the document's
 * own case numbers is most likely misread ("2008" for "2018" on a worn scan) and is flagged
 * ("osäkert datum") instead of silently sorting first in its case. A date years after the case is
 * normal (cases run for years) and is not flagged.
 */
import type { DocumentMetadata, Message } from './document.ts';

export const DATE_FIELDS = ['date', 'meetingDate', 'justerat'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** A four-digit year inside a case number. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The four-digit years a case number prints ("KS 2018/906" → 2018, "KFKS 2016/22-002" → 2016). */
export function caseYear(caseNumber: string): number | null {
  const years = [...caseNumber.matchAll(YEAR)].map((m) => Number(m[0]));
  return years.length ? Math.min(...years) : null;
}

/** The date fields whose year is more than one before the years of all the document's own case numbers, with why. */
export function uncertainDates(meta: Pick<DocumentMetadata, DateField | 'dnr'>): { fields: DateField[]; messages: Message[] } {
  const years = meta.dnr.map((d) => ({ dnr: d, year: caseYear(d) })).filter((y): y is { dnr: string; year: number } => y.year !== null);
  if (years.length === 0) return { fields: [], messages: [] };
  const earliest = years.reduce((a, b) => (b.year < a.year ? b : a));
  const fields: DateField[] = [];
  const messages: Message[] = [];
  for (const field of DATE_FIELDS) {
    const value = meta[field];
    if (!value || Number(value.slice(0, 4)) >= earliest.year - 1) continue;
    fields.push(field);
    messages.push({ stage: 'date-check', level: 'warning', reason: `osäkert datum: ${field} ${value} is more than a year before its case number ${earliest.dnr} (a misread year?)` });
  }
  return { fields, messages };
}

/**
 * Case numbers whose year a copy misread (a worn "1" read as "4": "KLF 2048/1177" in a protokoll of
 * 2019), read with the year the document's other case numbers print. A case is registered before
 * any document of it is written, so a case number whose year is after every date the document
 * gives is no case number as printed. Read otherwise only where the evidence is the document's
 * own: its year is printed by no other of its case numbers (several agreeing are more likely right
 * than the date), and exactly one year a single digit away from it is both no later than the
 * document's dates and printed by another of its case numbers. The others are left as printed.
 */
export function misreadCaseYears(meta: Pick<DocumentMetadata, DateField | 'dnr' | 'refDnr' | 'items'>): { readings: Map<string, string>; messages: Message[] } {
  const readings = new Map<string, string>();
  const messages: Message[] = [];
  const dates = DATE_FIELDS.map((f) => meta[f]).filter((v): v is string => v !== null);
  if (dates.length === 0) return { readings, messages };
  const latest = Math.max(...dates.map((d) => Number(d.slice(0, 4))));
  const numbers = [...new Set([...meta.dnr, ...meta.refDnr, ...meta.items.flatMap((i) => i.dnr)])];
  const printed = new Map<number, number>();
  for (const n of numbers) for (const m of n.matchAll(YEAR)) printed.set(Number(m[0]), (printed.get(Number(m[0])) ?? 0) + 1);
  for (const n of numbers) {
    const years = [...n.matchAll(YEAR)];
    if (years.length !== 1) continue;
    const year = Number(years[0]![0]);
    if (year <= latest || printed.get(year)! > 1) continue;
    const candidates = new Set<number>();
    for (const place of [2, 3]) {
      for (let digit = 0; digit <= 9; digit++) {
        const digits = String(year).split('');
        digits[place] = String(digit);
        const other = Number(digits.join(''));
        if (other !== year && other <= latest && printed.has(other)) candidates.add(other);
      }
    }
    if (candidates.size !== 1) continue;
    const [other] = candidates;
    const at = years[0]!.index!;
    const reading = `${n.slice(0, at)}${other}${n.slice(at + 4)}`;
    readings.set(n, reading);
    messages.push({ stage: 'date-check', level: 'info', reason: `case number ${n} read as ${reading}: its year is after the document's date (${latest}) and one digit from a year its other case numbers print (a misread digit?)` });
  }
  return { readings, messages };
}
