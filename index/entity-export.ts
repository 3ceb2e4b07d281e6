import type { Document } from '../pipeline/document.ts';

/**
 * Entity export: one row per person, organisation and place a document names, with the document
 * it is in, so a researcher can count who appears where in a spreadsheet (Datashare #147, Aleph
 * #427 ask for it). The same rows for the page's CSV link and `diarium search --entities`.
 */
export const ENTITY_COLUMNS = ['kind', 'name', 'party', 'roles', 'document', 'title', 'date', 'municipality', 'namnd', 'source'] as const;

export type EntityRow = Record<(typeof ENTITY_COLUMNS)[number], string>;

/** The fields of a document entity rows are made from. */
export const ENTITY_FIELDS = ['id', 'title', 'date', 'meetingDate', 'municipality', 'namnd', 'source', 'people', 'personParties', 'personRoles', 'organisations', 'places'] as const;

/** The document's entities as rows: people (with party and parts), organisations, places. */
export function entityRows(doc: Pick<Document, (typeof ENTITY_FIELDS)[number]>): EntityRow[] {
  const base = { document: doc.id, title: doc.title ?? '', date: doc.date ?? doc.meetingDate ?? '', municipality: doc.municipality ?? '', namnd: doc.namnd ?? '', source: doc.source };
  const partyOf = new Map((doc.personParties ?? []).map((p) => [p.name, p.party]));
  return [
    ...(doc.people ?? []).map((name) => ({
      kind: 'person',
      name,
      party: partyOf.get(name) ?? '',
      roles: [...new Set((doc.personRoles ?? []).filter((r) => r.name === name).map((r) => r.role))].join('; '),
      ...base,
    })),
    ...(doc.organisations ?? []).map((name) => ({ kind: 'organisation', name, party: '', roles: '', ...base })),
    ...(doc.places ?? []).map((name) => ({ kind: 'place', name, party: '', roles: '', ...base })),
  ];
}
