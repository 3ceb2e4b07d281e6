import { createCanvas, loadImage } from '@napi-rs/canvas';
import fs from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import UTIF from 'utif2';

/** A PDF with a real text layer, one page per entry of `pages` (lines of text, Swedish letters included). */
export async function textPdf(pages: string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 56, y: 780 - i * 16, size: 11, font }));
  }
  return pdf.save();
}

/** A PDF of `pages` empty pages (all sharing one page object's content: small and quick to make). */
export async function blankPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([200, 200]);
  return pdf.save({ objectsPerTick: Infinity });
}

/** A PDF whose first page has text and whose second is a scanned image only. */
export async function mixedPdf(lines: string[], scanPng: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await textPdf([lines]));
  const image = await pdf.embedPng(fs.readFileSync(scanPng));
  const page = pdf.addPage([image.width / 2, image.height / 2]);
  page.drawImage(image, { x: 0, y: 0, width: image.width / 2, height: image.height / 2 });
  return pdf.save();
}

/** A one-page TIFF made from a PNG. */
export async function tiffFromPng(png: string): Promise<Uint8Array> {
  const image = await loadImage(fs.readFileSync(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const rgba = context.getImageData(0, 0, image.width, image.height).data;
  return new Uint8Array(UTIF.encodeImage(Uint8Array.from(rgba), image.width, image.height));
}
