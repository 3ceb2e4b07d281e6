import fs from 'node:fs/promises';
import { imageHandler, imagePage } from './handlers/image.ts';
import { pdfHandler, renderPdfPage } from './handlers/pdf.ts';

/**
 * Page `n` of a source file as an image, for the document view: the page image itself, a TIFF page,
 * or a PDF page rendered. The caller gives a path from the index, never one from a request.
 */
export async function sourcePage(filePath: string, n: number): Promise<{ type: string; bytes: Uint8Array }> {
  const bytes = await fs.readFile(filePath);
  const head = bytes.subarray(0, 4096);
  if (pdfHandler.accepts(head, filePath)) return { type: 'image/png', bytes: await renderPdfPage(bytes, n) };
  if (imageHandler.accepts(head, filePath)) return imagePage(bytes, n);
  throw new RangeError('the source has no page images (it is a text file)');
}
