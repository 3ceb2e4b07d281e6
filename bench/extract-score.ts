/** Field-by-field comparison of extracted metadata with hand labels, shared by the bench and the tests. */
import type { DocumentMetadata } from '../pipeline/document.ts';
import { editDistance } from '../pipeline/edit-distance.ts';

export const FIELDS = ['doctype', 'title', 'namnd', 'forvaltning', 'date', 'meetingDate', 'dnr', 'refDnr', 'handlaggare', 'forslagTillBeslut', 'beslut', 'paragraf', 'justerat'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * A field's value with typography folded: OCR cannot tell an en dash from a hyphen or a dash, nor
 * one quotation mark from another, so "2020–2026" and "2020-2026" count as the same value. Letters,
 * digits and every other character must match exactly.
 */
function typography(value: unknown): string {
  return JSON.stringify(value).replace(/[‐‑‒–—―]/g, '-').replace(/[”“„″]/g, '\\"').replace(/[’‘‚′]/g, "'");
}

/** Fields where extracted and expected differ, with both values. */
export function mismatches(actual: DocumentMetadata, expected: Record<string, unknown>): { field: Field; actual: unknown; expected: unknown }[] {
  return FIELDS.filter((f) => typography(actual[f]) !== typography(expected[f])).map((field) => ({ field, actual: actual[field], expected: expected[field] }));
}

/**
 * How much of a field's value is right character by character: 1 − CER of the value against the
 * label, as JSON with typography folded (0 when the field is missing or wholly wrong). Exact match
 * is the goal; this tells a value found in the right place with OCR damage inside it ("Tjänsteutlatande")
 * from a field the extractor missed.
 */
export function characterAccuracy(actual: DocumentMetadata, expected: Record<string, unknown>, field: Field): number {
  const truth = [...typography(expected[field])];
  const errors = editDistance([...typography(actual[field])], truth);
  return Math.max(0, 1 - errors / truth.length);
}
