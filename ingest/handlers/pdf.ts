import path from 'node:path';
import { createRequire } from 'node:module';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ocrPages, type PageImage } from '../ocr/pages.ts';
import { checkInflatedSize } from './pdf-bomb.ts';
import { swedishLexicon } from '../../pipeline/lexicon/lexicon.ts';
import { englishSpans } from '../../pipeline/repair/english.ts';
import { PAGE_BREAK, type Handler } from './types.ts';

/**
 * A page with fewer letters than this in its text layer is a scan (rendered and OCR'd) when it
 * paints an image or draws paths enough to be text set as outlines. A born-digital page with a
 * line or two (a signature, "Lena Forsberg, ordförande", spilled onto the last page) is its text
 * layer: OCR would read the same words from it, at a thousand times the cost. So is a page with
 * no letters that draws nothing OCR could read: the blank page a word processor's last empty
 * paragraph spills onto, or one left blank for printing on both sides.
 */
const MIN_LETTERS = 25;
/** Words a text layer must have before its words are judged (see {@link unreadable}). */
const JUDGED_WORDS = 15;
/** Share of a page's words the Swedish lexicon must know for its text layer to be read as text. */
const KNOWN_SHARE = 0.25;
const WORDS = /\p{L}{3,}/gu;

/**
 * Whether a page's text layer is no text a reader could use: a font without a correct Unicode map
 * gives letters that spell nothing ("Ìæ¿ÀÑ ÞÂÆ"), and a scanner's bad OCR layer little better.
 * Swedish text, even an old engine's OCR of it, has many of its words in the lexicon (clean text
 * nine in ten; the worst legacy OCR of the fixtures, a worn copy in a monospaced face, a third);
 * such a page has few, unless it is English. It is OCR'd as a scan.
 */
export function unreadable(text: string): boolean {
  let words = 0;
  let known = 0;
  const lexicon = swedishLexicon();
  for (const [word] of text.matchAll(WORDS)) {
    words++;
    if (lexicon.accepts(word)) known++;
  }
  // English is no Swedish the lexicon knows, and reads as it is.
  return words >= JUDGED_WORDS && known < words * KNOWN_SHARE && englishSpans(text).length === 0;
}

/** Longest side of a rendered page, in pixels: about 300 dpi for A4. */
const RENDER_PIXELS = 3300;
/** Pages past this make the file fail rather than run for days (DIARIUM_MAX_PAGES). */
const maxPages = (): number => Number(process.env.DIARIUM_MAX_PAGES) || 2000;

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  checkInflatedSize(bytes);
  try {
    return await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      standardFontDataUrl: `${path.join(pdfjsRoot, 'standard_fonts')}/`,
      cMapUrl: `${path.join(pdfjsRoot, 'cmaps')}/`,
      cMapPacked: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new Error('password-protected PDF: cannot be read without its password');
    if (name === 'InvalidPDFException') throw new Error(`corrupt or truncated PDF: ${(error as Error).message}`);
    throw new Error(`unreadable PDF: ${(error as Error).message}`);
  }
}

/** A piece of a page's text layer where pdf.js placed it (PDF units, y growing upwards). */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font's size on the page. */
  size: number;
}

/** A vertical gap this many times the page's usual line spacing (and over one and a half font sizes) ends a paragraph. */
const PARAGRAPH_GAP = 1.3;
/** A horizontal gap this many times a space's width is a column's gap, kept as a run of spaces. */
const COLUMN_GAP = 2.5;
/** A space's width as a share of the font size (about a quarter of an em in the fonts documents use). */
const SPACE = 0.25;

/**
 * A page's text as its layout shows it. pdf.js gives the text layer's pieces with their places,
 * not the blank line between two paragraphs nor the gap between a label and its value: joined as
 * given, a memo's header ran into one column and its paragraphs into one block, where readers (and
 * the text model: blocks, label columns) see the space between them. Lines are the pieces on one
 * baseline, left to right; a gap between lines well over the page's usual spacing is a blank line,
 * a gap between pieces of a line wider than a few spaces is kept as spaces (two or more: a column).
 */
export function layoutText(pieces: readonly PlacedText[]): string {
  const lines: { y: number; size: number; pieces: PlacedText[] }[] = [];
  for (const piece of pieces) {
    if (piece.str === '') continue;
    const line = lines.find((l) => Math.abs(l.y - piece.y) < Math.max(l.size, piece.size) * 0.5);
    if (line) {
      line.pieces.push(piece);
      line.size = Math.max(line.size, piece.size);
    } else lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
  }
  lines.sort((a, b) => b.y - a.y);
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  // The spacing of a paragraph's lines: the lower quartile, for a page of short paragraphs has more gaps between them than inside them.
  const usual = gaps.length ? gaps[Math.floor(gaps.length / 4)]! : 0;
  let text = '';
  lines.forEach((line, i) => {
    if (i > 0) {
      const gap = lines[i - 1]!.y - line.y;
      text += gap > usual * PARAGRAPH_GAP && gap > Math.max(line.size, lines[i - 1]!.size) * 1.5 ? '\n\n' : '\n';
    }
    line.pieces.sort((a, b) => a.x - b.x);
    let end = -Infinity;
    // pdf.js gives the gap between two runs as a piece of its own (" "): the gap is measured instead.
    let spaced = false;
    for (const piece of line.pieces) {
      if (piece.str.trim() === '') {
        spaced = true;
        continue;
      }
      const gap = piece.x - end;
      const space = piece.size * SPACE;
      if (end > -Infinity && !/\s$/.test(text) && !/^\s/.test(piece.str)) {
        if (gap > space * COLUMN_GAP) text += ' '.repeat(Math.min(12, Math.max(2, Math.round(gap / space))));
        else if (spaced || gap > space * 0.4) text += ' ';
      }
      text += piece.str;
      end = piece.x + piece.width;
      spaced = /\s$/.test(piece.str);
    }
  });
  return text.replace(/[ \t]+\n/g, '\n').trim();
}

/**
 * A page's text: its upright text laid out (see {@link layoutText}); text set at an angle (a
 * protokoll's "Justerandes sign" up the margin, a stamp) after it, a line a piece, for placed by
 * its height on the page it would cut a paragraph in two.
 */
async function pageText(page: PDFPageProxy): Promise<string> {
  const content = await page.getTextContent();
  const pieces: PlacedText[] = [];
  const turned: string[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [a, b, c, d, x, y] = item.transform as number[];
    if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3) {
      if (item.str.trim()) turned.push(item.str.trim());
      continue;
    }
    pieces.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.abs(a!) || Math.abs(d!) || item.height });
  }
  const upright = layoutText(pieces);
  return turned.length ? `${upright}\n\n${turned.join('\n')}`.trim() : upright;
}

/**
 * The scale that draws a page's largest image at the resolution it was scanned at, or 300 dpi for
 * a page without images. Resampling a scan costs OCR accuracy: a worn copy scanned at about 170
 * dpi and rendered at 300 dpi read with a character error rate of 7.1% against 4.4% for its own
 * pixels (`bench:ingest`, scanned PDFs).
 */
async function pageScale(page: PDFPageProxy): Promise<number> {
  const base = page.getViewport({ scale: 1 });
  const { fnArray, argsArray } = await page.getOperatorList();
  let scale = 0;
  for (let i = 0; i < fnArray.length; i++) {
    if (fnArray[i] !== OPS.paintImageXObject) continue;
    const [, width, height] = argsArray[i] as [string, number, number];
    scale = Math.max(scale, width / base.width, height / base.height);
  }
  return Math.min(scale || 300 / 72, RENDER_PIXELS / Math.max(base.width, base.height));
}

/** Operators that paint an image: a scan (a scanner's 1-bit pages often as an image mask), a photographed stamp. */
const IMAGE_OPS = new Set([OPS.paintImageXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObject, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObject, OPS.paintImageMaskXObjectGroup]);
/**
 * Paths a page may draw and still be a page of a line or two: rules, a table's borders, a logo.
 * Text set as outlines (a designer's export) draws a path per glyph or word, hundreds on a page.
 */
const FEW_PATHS = 100;

/** Whether the page draws something only OCR can read: an image, or paths enough to be text set as outlines. */
async function drawsForOcr(page: PDFPageProxy): Promise<boolean> {
  const { fnArray } = await page.getOperatorList();
  let paths = 0;
  for (const fn of fnArray) {
    if (IMAGE_OPS.has(fn)) return true;
    if (fn === OPS.constructPath && ++paths > FEW_PATHS) return true;
  }
  return false;
}

async function render(page: PDFPageProxy): Promise<Uint8Array> {
  const scale = await pageScale(page);
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = 'white';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
  return canvas.encode('png');
}

/** Renders page `n` (1-based) of a PDF to PNG, for showing the original page. */
export async function renderPdfPage(bytes: Uint8Array, n: number): Promise<Uint8Array> {
  const doc = await open(bytes);
  try {
    if (!Number.isInteger(n) || n < 1 || n > doc.numPages) throw new RangeError(`no page ${n}: the PDF has ${doc.numPages}`);
    return await render(await doc.getPage(n));
  } finally {
    await doc.destroy();
  }
}

/**
 * PDF: the text layer page by page (pdfjs-dist); pages without usable text (scans, or scanned pages
 * inside a text PDF) are rendered with @napi-rs/canvas and OCR'd. Pages are joined with a form feed.
 */
export const pdfHandler: Handler = {
  name: 'pdf',
  accepts: (head) => new TextDecoder('latin1').decode(head.subarray(0, 1024)).includes('%PDF-'),
  async read(bytes, _filePath, context) {
    const doc = await open(bytes);
    try {
      if (doc.numPages > maxPages()) throw new Error(`too many pages: ${doc.numPages} (more than DIARIUM_MAX_PAGES=${maxPages()})`);
      const texts: string[] = [];
      const scanned: PageImage[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const text = await pageText(page);
        texts.push(text);
        const letters = text.match(/\p{L}/gu)?.length ?? 0;
        if (letters < MIN_LETTERS ? await drawsForOcr(page) : unreadable(text)) scanned.push({ page: n, render: () => render(page) });
      }
      let ocr = null;
      if (scanned.length) {
        const result = await ocrPages(scanned, context.ocr(), context.work);
        for (const [n, text] of result.texts) texts[n - 1] = text.trim();
        ocr = result.summary;
      }
      const text = texts.join(PAGE_BREAK);
      if (text.replace(/\f/g, '').trim() === '') throw new Error('no text: the PDF has no text layer and OCR found nothing');
      return { text, pages: doc.numPages, ocr };
    } finally {
      await doc.destroy();
    }
  },
};
