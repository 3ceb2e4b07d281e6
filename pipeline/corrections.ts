/**
 * Corrections a person made: a word of the text, or a metadata field, set right by hand. They live
 * in an overlay beside the index (ingest/corrections-store.ts), never in the source file, and are
 * applied after the pipeline every time a document is made, so they survive re-ingest. Pure: this
 * module only applies them and says which no longer apply.
 */
import type { Document, RepairNote } from './document.ts';
import { caseKey } from './grammar/case-numbers.ts';

/** The fields a person may correct, and how a value typed for each is read. */
export const CORRECTABLE_FIELDS = {
  title: 'text',
  namnd: 'text',
  forvaltning: 'text',
  doctype: 'text',
  date: 'date',
  meetingDate: 'date',
  justerat: 'date',
  dnr: 'list',
  refDnr: 'list',
  'handlaggare.name': 'text',
} as const;
export type CorrectableField = keyof typeof CORRECTABLE_FIELDS;

/** One correction as stored: what was wrong, what is right, when, by whom and why. */
export interface Correction {
  /** Its own id (for reverting). */
  id: string;
  /** The document it was made on, and its source file: a new version of the file keeps it. */
  doc: string;
  source: string;
  /** A word (or words) of the text at `start`, or a field. */
  kind: 'text' | 'field';
  field?: CorrectableField;
  /** Where `old` stands in the text the person saw (text corrections). */
  start?: number;
  old: string;
  new: string;
  at: string;
  note?: string;
}

/**
 * A correction as the document shows it: as stored, less what names the document, with `start`
 * where the corrected words stand in `text` now.
 */
export type AppliedCorrection = Omit<Correction, 'doc' | 'source'> & {
  /** The automatic repairs this correction overrode (they come back when it is reverted). */
  displaced?: RepairNote[];
};

/** A field's value as text: lists joined by ", ", a handläggare by name. */
export function fieldText(doc: Pick<Document, 'title' | 'namnd' | 'forvaltning' | 'doctype' | 'date' | 'meetingDate' | 'justerat' | 'dnr' | 'refDnr' | 'handlaggare'>, field: CorrectableField): string {
  if (field === 'handlaggare.name') return doc.handlaggare?.name ?? '';
  const value = doc[field];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

/** Why a value typed for a field cannot be taken, or null when it can. */
export function invalidValue(field: CorrectableField, value: string): string | null {
  if (CORRECTABLE_FIELDS[field] === 'date' && value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${field} is a date, ÅÅÅÅ-MM-DD: ${value}`;
  if (value.length > 2000) return 'a value is at most 2000 characters';
  return null;
}

function setField(doc: Document, field: CorrectableField, value: string): Document {
  if (field === 'handlaggare.name') return { ...doc, handlaggare: { phone: null, email: null, ...doc.handlaggare, name: value || null } };
  if (CORRECTABLE_FIELDS[field] === 'list') {
    const next = { ...doc, [field]: value.split(/\s*[,;]\s*/).filter(Boolean) } as Document;
    // The case view finds documents by their case numbers' keys.
    return { ...next, caseKeys: [...new Set([...next.dnr, ...next.refDnr, ...next.items.flatMap((i) => i.dnr)].map(caseKey))] };
  }
  const next = { ...doc, [field]: value || null } as Document;
  if (field === 'date' || field === 'meetingDate' || field === 'justerat') {
    const primary = next.date ?? next.meetingDate ?? next.justerat;
    return { ...next, year: primary ? Number(primary.slice(0, 4)) : null, sortDate: primary ? Date.parse(`${primary}T00:00:00Z`) / 1000 : null, uncertainDates: next.uncertainDates.filter((f) => f !== field) };
  }
  return next;
}

/** How far from where it was made a text correction is sought in a changed text. */
const NEAR = 400;

/**
 * Applies the corrections (in the order made) to a document. A field correction applies while the
 * field still holds what was corrected (or already the correction); a text correction applies where
 * its old words stand at its place, or once near it. The rest are returned as stale, with why: the
 * source changed under them.
 */
export function applyCorrections(doc: Document, corrections: readonly Correction[]): { doc: Document; stale: { correction: Correction; reason: string }[] } {
  let current: Document = { ...doc, personCorrections: doc.personCorrections ?? [] };
  const stale: { correction: Correction; reason: string }[] = [];
  for (const c of corrections) {
    if (c.kind === 'field' && c.field) {
      const now = fieldText(current, c.field);
      if (now !== c.old && now !== c.new) {
        stale.push({ correction: c, reason: `${c.field} is now "${now}", not "${c.old}"` });
        continue;
      }
      current = { ...setField(current, c.field, c.new), personCorrections: [...current.personCorrections!, { id: c.id, kind: 'field', field: c.field, old: c.old, new: c.new, at: c.at, note: c.note }] };
      continue;
    }
    const start = findOld(current.text, c);
    if (start === null) {
      stale.push({ correction: c, reason: `"${c.old}" is no longer in the text near where it was corrected` });
      continue;
    }
    const { doc: replaced, displaced } = replaceText(current, start, c.old, c.new);
    const applied: AppliedCorrection = { id: c.id, kind: 'text', start, old: c.old, new: c.new, at: c.at, note: c.note, ...(displaced.length ? { displaced } : {}) };
    current = { ...replaced, personCorrections: [...shifted(current.personCorrections!, start, c.new.length - c.old.length), applied] };
  }
  return { doc: current, stale };
}

/** Where a text correction's old words stand: at its place, else the nearest occurrence near it. */
function findOld(text: string, c: Correction): number | null {
  const at = c.start ?? 0;
  if (text.slice(at, at + c.old.length) === c.old) return at;
  let best: number | null = null;
  for (let i = text.indexOf(c.old, Math.max(0, at - NEAR)); i >= 0 && i <= at + NEAR; i = text.indexOf(c.old, i + 1)) {
    if (best === null || Math.abs(i - at) < Math.abs(best - at)) best = i;
  }
  return best;
}

/** A document with one of its person's corrections undone (the correction is found in `personCorrections`). */
export function revertCorrection(doc: Document, id: string): Document | null {
  const applied = doc.personCorrections?.find((c) => c.id === id);
  if (!applied) return null;
  const rest = doc.personCorrections!.filter((c) => c.id !== id);
  if (applied.kind === 'field' && applied.field) return { ...setField(doc, applied.field, applied.old), personCorrections: rest };
  const start = applied.start ?? 0;
  if (doc.text.slice(start, start + applied.new.length) !== applied.new) return null;
  const { doc: restored } = replaceText(doc, start, applied.new, applied.old);
  const repairs = [...restored.repairs, ...(applied.displaced ?? [])].sort((a, b) => a.to - b.to);
  return { ...restored, repairs, personCorrections: shifted(rest, start, applied.old.length - applied.new.length) };
}

/** Text corrections after `at` moved by `delta` characters. */
function shifted(list: AppliedCorrection[], at: number, delta: number): AppliedCorrection[] {
  return list.map((c) => (c.kind === 'text' && (c.start ?? 0) > at ? { ...c, start: c.start! + delta } : c));
}

/**
 * `doc` with `before` at `start` of its text replaced by `after`: its items', letterhead's and
 * repairs' places after it move along; the repairs inside it are returned as displaced.
 */
function replaceText(doc: Document, start: number, before: string, after: string): { doc: Document; displaced: RepairNote[] } {
  const delta = after.length - before.length;
  const bytes = Buffer.byteLength(after) - Buffer.byteLength(before);
  const byteAt = Buffer.byteLength(doc.text.slice(0, start));
  const text = doc.text.slice(0, start) + after + doc.text.slice(start + before.length);
  const items = doc.items.map((item) => ({
    ...item,
    start: item.start > start ? item.start + delta : item.start,
    end: item.end > start ? item.end + delta : item.end,
    ...(item.byteStart !== undefined ? { byteStart: item.byteStart > byteAt ? item.byteStart + bytes : item.byteStart, byteEnd: item.byteEnd! > byteAt ? item.byteEnd! + bytes : item.byteEnd } : {}),
  }));
  const end = start + before.length;
  const displaced = doc.repairs.filter((r) => r.to < end && r.to + r.replacement.length > start);
  const repairs = doc.repairs.filter((r) => !displaced.includes(r)).map((r) => (r.to >= end ? { ...r, to: r.to + delta } : r));
  return { doc: { ...doc, text, items, repairs, bodyStart: doc.bodyStart > byteAt ? doc.bodyStart + bytes : doc.bodyStart }, displaced };
}
