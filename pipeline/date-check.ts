/**
 * Dates a reader should not trust blindly. A document belongs to a case that was registered before
 * it was written: the case number prints that year ("KS 2018/906"), and a document of the case is
 * dated that year or later. A date more than a year before the year of every one of the document's
 * own case numbers is most likely misread ("2008" for "2018" on a worn scan) and is flagged
 * ("osäkert datum") instead of silently sorting first in its case. A date years after the case is
 * normal (cases run for years) and is not flagged.
 */
import type { DocumentMetadata, Message } from './document.ts';

export const DATE_FIELDS = ['date', 'meetingDate', 'justerat'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** The four-digit years a case number prints ("KS 2018/906" → 2018, "KFKS 2016/22-002" → 2016). */
export function caseYear(caseNumber: string): number | null {
  const years = [...caseNumber.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => Number(m[0]));
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
