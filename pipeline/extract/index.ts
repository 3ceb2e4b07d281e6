import { emptyMetadata, type DocumentMetadata } from '../document.ts';
import { parseDate } from './dates.ts';

const NAMND = /\b((?:[A-ZÅÄÖ][\p{L}-]+ )?[A-ZÅÄÖa-zåäö][\p{L}-]*nämnd(?:en)?)\b/u;

/** Extracts metadata from document text. Never throws: what it cannot find stays empty. */
export function extract(text: string): DocumentMetadata {
  const meta = emptyMetadata();
  const till = /^Till\s*\n\s*(.+)\n\s*(.+)/m.exec(text);
  if (till) {
    meta.namnd = till[1]!.trim();
    meta.meetingDate = parseDate(till[2]!);
  } else {
    const beslut = /^\s*(\p{L}+nämnd)ens beslut/mu.exec(text);
    meta.namnd = beslut ? `${beslut[1]}en` : (NAMND.exec(text)?.[1] ?? null);
  }
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  meta.title = lines.find((l) => l.length > 15 && !/^(Handläggare|Telefon|Till|Dnr|Sida|§)/i.test(l) && !/\d{4}-\d\d-\d\d/.test(l)) ?? null;
  return meta;
}
