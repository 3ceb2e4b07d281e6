import { createCanvas, loadImage } from '@napi-rs/canvas';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
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

/**
 * A PDF whose page content is a Flate stream of `megabytes` of zeros: a few hundred kilobytes on
 * disk, a decompression bomb for a reader that inflates it into memory.
 */
export async function bombPdf(megabytes: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([200, 200]);
  const deflater = zlib.createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflater.on('data', (c: Buffer) => chunks.push(c));
  const zeros = Buffer.alloc(1024 * 1024);
  const ended = new Promise((resolve) => deflater.on('end', resolve));
  for (let i = 0; i < megabytes; i++) deflater.write(zeros);
  deflater.end();
  await ended;
  const raw = pdf.context.stream(Buffer.concat(chunks), { Filter: 'FlateDecode' });
  page.node.set(PDFName.of('Contents'), pdf.context.register(raw));
  return pdf.save();
}

/** A PDF whose first page has text and whose second is a scanned image only. */
export async function mixedPdf(lines: string[], scanPng: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await textPdf([lines]));
  const image = await pdf.embedPng(fs.readFileSync(scanPng));
  const page = pdf.addPage([image.width / 2, image.height / 2]);
  page.drawImage(image, { x: 0, y: 0, width: image.width / 2, height: image.height / 2 });
  return pdf.save();
}

/**
 * A scanned page under an invisible text layer that spells nothing, as a font without a correct
 * Unicode map gives (each letter shifted): the layer has letters enough, no words.
 */
export async function garbledLayerPdf(scanPng: string, lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const image = await pdf.embedPng(fs.readFileSync(scanPng));
  const page = pdf.addPage([image.width / 2, image.height / 2]);
  page.drawImage(image, { x: 0, y: 0, width: image.width / 2, height: image.height / 2 });
  const garbled = (line: string): string => line.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 7) % 26) + 97));
  lines.forEach((line, i) => page.drawText(garbled(line), { x: 40, y: image.height / 2 - 60 - i * 14, size: 10, font, opacity: 0 }));
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
