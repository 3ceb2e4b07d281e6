import path from 'node:path';
import { imageHandler } from './image.ts';
import { pdfHandler } from './pdf.ts';
import { textHandler } from './text.ts';
import type { SourceFormat } from '../../pipeline/document.ts';
import type { Extracted, Handler } from './types.ts';

/**
 * Handlers in the order they are asked; the first that accepts a file reads it. Formats with a
 * signature come first, so a PDF named .txt is read as a PDF.
 */
export const HANDLERS: Handler[] = [pdfHandler, imageHandler, textHandler];

export function pickHandler(head: Uint8Array, filePath: string, handlers: Handler[] = HANDLERS): Handler | null {
  return handlers.find((handler) => handler.accepts(head, filePath)) ?? null;
}

/** Why a file cannot be read: a failure (broken file) or skipped (a format diarium does not read). */
export interface Rejection {
  status: 'failed' | 'skipped';
  reason: string;
}

/** The handler for a file's bytes, or why there is none (an empty file included). */
export function handlerFor(bytes: Uint8Array, filePath: string): Handler | Rejection {
  if (bytes.length === 0) return { status: 'failed', reason: 'empty file (0 bytes)' };
  return pickHandler(bytes.subarray(0, 4096), filePath) ?? rejection(filePath);
}

const CLAIMED: Record<string, string> = { '.pdf': 'a PDF', '.png': 'a PNG image', '.jpg': 'a JPEG image', '.jpeg': 'a JPEG image', '.tif': 'a TIFF image', '.tiff': 'a TIFF image' };

/**
 * Why no handler took a file: a file whose name promises a format its content does not have is
 * broken (a failure to report), anything else is just not a format diarium reads (skipped).
 */
function rejection(filePath: string): Rejection {
  const claimed = CLAIMED[path.extname(filePath).toLowerCase()];
  return claimed ? { status: 'failed', reason: `named ${path.extname(filePath)} but its content is not ${claimed}` } : { status: 'skipped', reason: 'unsupported file type' };
}

/** Text, PDF with a text layer, or scan (an image, or a PDF whose pages were mostly read by OCR). */
export function formatOf(handler: string, read: Extracted): SourceFormat {
  if (handler === 'text') return 'text';
  if (handler === 'image') return 'scan';
  const ocrPages = read.ocr?.pages.length ?? 0;
  return ocrPages > 0 && ocrPages * 2 >= (read.pages ?? 1) ? 'scan' : 'pdf';
}
