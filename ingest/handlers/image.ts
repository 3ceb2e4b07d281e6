import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import UTIF from 'utif2';
import { ocrPages, type PageImage } from '../ocr/pages.ts';
import { PAGE_BREAK, type Extracted, type Handler, type ReadContext } from './types.ts';

const startsWith = (head: Uint8Array, bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);
const isPng = (head: Uint8Array): boolean => startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const isJpeg = (head: Uint8Array): boolean => startsWith(head, [0xff, 0xd8, 0xff]);
const isTiff = (head: Uint8Array): boolean => startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a]);

/**
 * True when the image ends where its format says it ends (PNG's IEND chunk, JPEG's EOI marker):
 * a truncated scan is caught here with a clear reason instead of failing inside OCR.
 */
function complete(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 64)));
  if (isPng(bytes)) return tail.includes('IEND');
  let end = bytes.length;
  while (end > 2 && bytes[end - 1] === 0) end--;
  return bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9;
}

/** Most pixels one page image may have (DIARIUM_MAX_MEGAPIXELS, default 150: A3 at 600 dpi is 70). */
const maxPixels = (): number => (Number(process.env.DIARIUM_MAX_MEGAPIXELS) || 150) * 1_000_000;

/** Width and height from a JPEG's start-of-frame marker, or null. */
function jpegSize(bytes: Uint8Array): [number, number] | null {
  for (let i = 2; i + 9 < bytes.length; ) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [(bytes[i + 7]! << 8) | bytes[i + 8]!, (bytes[i + 5]! << 8) | bytes[i + 6]!];
    }
    i += 2 + length;
  }
  return null;
}

/**
 * Refuses images too large to decode safely: a small file can declare a 100 000 x 100 000 canvas
 * (an image bomb). The size is read from the header, before anything is decoded.
 */
function checkPixels(width: number, height: number): void {
  if (width * height > maxPixels()) {
    throw new Error(`image too large: ${width} x ${height} pixels (more than ${maxPixels() / 1_000_000} megapixels, DIARIUM_MAX_MEGAPIXELS)`);
  }
}

/** Decodes every page of a TIFF (multi-page scans are common) into PNG renderers. */
function tiffPages(bytes: Uint8Array): PageImage[] {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let ifds;
  try {
    ifds = UTIF.decode(buffer).filter((ifd) => ifd.t256 && ifd.t257);
  } catch (error) {
    throw new Error(`corrupt TIFF image: ${(error as Error).message}`);
  }
  if (ifds.length === 0) throw new Error('corrupt TIFF image: no pages');
  for (const ifd of ifds) checkPixels(Number(ifd.t256), Number(ifd.t257));
  return ifds.map((ifd, i) => ({
    page: i + 1,
    render: async () => {
      UTIF.decodeImage(buffer, ifd);
      const rgba = UTIF.toRGBA8(ifd);
      const canvas = createCanvas(ifd.width, ifd.height);
      const context = canvas.getContext('2d');
      const image = context.createImageData(ifd.width, ifd.height);
      image.data.set(rgba);
      context.putImageData(image, 0, 0);
      return canvas.encode('png');
    },
  }));
}

/** How many pages an image file has (a TIFF may hold several). */
export function imagePageCount(bytes: Uint8Array): number {
  return isTiff(bytes) ? tiffPages(bytes).length : 1;
}

/** Page `n` (1-based) of an image file as PNG or JPEG bytes, for showing the original page. */
export async function imagePage(bytes: Uint8Array, n: number): Promise<{ type: string; bytes: Uint8Array }> {
  if (isTiff(bytes)) {
    const page = tiffPages(bytes)[n - 1];
    if (!page) throw new RangeError(`no page ${n} in this TIFF`);
    return { type: 'image/png', bytes: await page.render() };
  }
  if (n !== 1) throw new RangeError(`no page ${n}: an image has one page`);
  return { type: isPng(bytes) ? 'image/png' : 'image/jpeg', bytes };
}

/**
 * The pages of one image file, checked (complete, decodable, not a pixel bomb) before any OCR.
 * `read`: the page was read before (its OCR is in the page store), so it decoded then; the decoding
 * is not done again (a queued scan's file job, and its page jobs for the other pages).
 */
async function pagesOf(bytes: Uint8Array, read = false): Promise<PageImage[]> {
  if (isTiff(bytes)) return tiffPages(bytes);
  const kind = isPng(bytes) ? 'PNG' : 'JPEG';
  if (!complete(bytes)) throw new Error(`corrupt ${kind} image: truncated (no end marker)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = isPng(bytes) ? ([view.getUint32(16), view.getUint32(20)] as [number, number]) : jpegSize(bytes);
  if (size) checkPixels(...size);
  if (read) return [{ page: 1, render: async () => bytes }];
  try {
    await loadImage(Buffer.from(bytes));
  } catch (error) {
    throw new Error(`corrupt ${kind} image: ${(error as Error).message}`);
  }
  return [{ page: 1, render: async () => bytes }];
}

/** True for the bytes of an image diarium reads (PNG, JPEG, TIFF). */
export const isPageImage = (head: Uint8Array): boolean => isPng(head) || isJpeg(head) || isTiff(head);

/**
 * OCRs the images of one document in order (one file, or a scanned document saved one image per
 * page) as its pages. A broken image fails the whole document with the file's name in the reason.
 */
export async function readImages(files: { bytes: Uint8Array; path: string }[], context: ReadContext): Promise<Extracted> {
  const pages: PageImage[] = [];
  for (const file of files) {
    let own: PageImage[];
    try {
      if (!isPageImage(file.bytes)) throw new Error('not an image (PNG, JPEG or TIFF)');
      own = await pagesOf(file.bytes, context.work?.store?.get(pages.length + 1) != null);
    } catch (error) {
      throw new Error(files.length > 1 ? `${path.basename(file.path)}: ${(error as Error).message}` : (error as Error).message);
    }
    for (const page of own) pages.push({ page: pages.length + 1, render: page.render });
  }
  const { texts, summary } = await ocrPages(pages, context.ocr(), context.work);
  const text = pages.map((p) => (texts.get(p.page) ?? '').trim()).join(PAGE_BREAK);
  if (text.replace(/\f/g, '').trim() === '') throw new Error(`no text: OCR found nothing on the ${files.length > 1 ? 'images' : 'image'}`);
  return { text, pages: pages.length, ocr: summary };
}

/** Page images: PNG, JPEG and (multi-page) TIFF, recognised by their signature, then OCR'd. */
export const imageHandler: Handler = {
  name: 'image',
  accepts: (head) => isPageImage(head),
  read: (bytes, filePath, context) => readImages([{ bytes, path: filePath }], context),
};
