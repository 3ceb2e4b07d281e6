import fs from 'node:fs/promises';
import type { Document } from '../pipeline/document.ts';
import { imageHandler, imagePage, imagePageCount } from './handlers/image.ts';
import { pdfHandler, renderPdfPage } from './handlers/pdf.ts';

/** A page of an original, as an image the page can show. */
export interface PageImage {
  type: string;
  bytes: Uint8Array;
}

/**
 * Page `n` of a source file as an image, for the document view: the page image itself, a TIFF page,
 * or a PDF page rendered. The caller gives a path from the index, never one from a request.
 */
export async function sourcePage(filePath: string, n: number): Promise<PageImage> {
  const bytes = await fs.readFile(filePath);
  const head = bytes.subarray(0, 4096);
  if (pdfHandler.accepts(head, filePath)) return { type: 'image/png', bytes: await renderPdfPage(bytes, n) };
  if (imageHandler.accepts(head, filePath)) return imagePage(bytes, n);
  throw new RangeError('the source has no page images (it is a text file)');
}

/** Page `n` of a document: of its file, or of a scan saved one image (or one TIFF) per page. */
export async function documentPage(doc: Pick<Document, 'source' | 'sourceFiles'>, n: number): Promise<PageImage> {
  if (!doc.sourceFiles?.length) return sourcePage(doc.source, n);
  let before = 0;
  for (const file of doc.sourceFiles) {
    const count = imagePageCount(await fs.readFile(file));
    if (n <= before + count) return sourcePage(file, n - before);
    before += count;
  }
  throw new RangeError(`no page ${n}`);
}

/** Rendered pages kept (a PDF page takes a second or two to draw): about 40 pages of a few hundred kB. */
const KEPT = 40;

/**
 * Page images of documents, the recently shown kept in memory: a thumbnail and its enlargement
 * are one request's work, and paging back and forth costs nothing.
 */
export class PageImages {
  private readonly kept = new Map<string, Promise<PageImage>>();

  get(doc: Pick<Document, 'id' | 'source' | 'sourceFiles'>, n: number): Promise<PageImage> {
    const key = `${doc.id}/${n}`;
    const known = this.kept.get(key);
    if (known) {
      // Most recently used last.
      this.kept.delete(key);
      this.kept.set(key, known);
      return known;
    }
    const page = documentPage(doc, n);
    page.catch(() => this.kept.delete(key));
    this.kept.set(key, page);
    if (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value!);
    return page;
  }
}
