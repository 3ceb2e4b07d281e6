import type { OcrSummary } from '../../pipeline/document.ts';
import type { OcrEngine } from '../ocr/engine.ts';
import type { PageWork } from '../ocr/pages.ts';

/** Page separator in the text of multi-page documents (form feed, as pdftotext writes it). */
export const PAGE_BREAK = '\n\f\n';

/** The text a handler read from a source file. */
export interface Extracted {
  text: string;
  pages: number | null;
  ocr?: OcrSummary | null;
}

/** What a handler may use: the OCR engine (started on first use), and how its OCR reports and stops. */
export interface ReadContext {
  ocr: () => OcrEngine;
  /** Per-page progress, the interruption signal and the store of pages already read, for this file. */
  work?: PageWork;
}

/**
 * One handler per format, chosen by what the content is (the ingest-file model): `accepts` looks at
 * the first bytes and the name, `read` turns the bytes into text or throws an Error whose message
 * is the reason recorded in the report.
 */
export interface Handler {
  name: string;
  accepts(head: Uint8Array, filePath: string): boolean;
  read(bytes: Uint8Array, filePath: string, context: ReadContext): Promise<Extracted>;
}
