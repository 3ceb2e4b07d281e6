/** Field-by-field comparison of extracted metadata with hand labels, shared by the bench and the tests. */
import type { DocumentMetadata } from '../pipeline/document.ts';

export const FIELDS = ['doctype', 'title', 'namnd', 'forvaltning', 'date', 'meetingDate', 'dnr', 'refDnr', 'handlaggare', 'forslagTillBeslut', 'beslut', 'paragraf', 'justerat'] as const;
export type Field = (typeof FIELDS)[number];

/** Fields where extracted and expected differ, with both values. */
export function mismatches(actual: DocumentMetadata, expected: Record<string, unknown>): { field: Field; actual: unknown; expected: unknown }[] {
  return FIELDS.filter((f) => JSON.stringify(actual[f]) !== JSON.stringify(expected[f])).map((field) => ({ field, actual: actual[field], expected: expected[field] }));
}
