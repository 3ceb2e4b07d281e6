import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { layoutText, pdfHandler, unreadable, type PlacedText } from '../../ingest/handlers/pdf.ts';
import { runPipeline } from '../../pipeline/pipeline.ts';

const at = (str: string, x: number, y: number, size = 10): PlacedText => ({ str, x, y, width: str.length * size * 0.5, size });

describe('a PDF page laid out as text (layoutText)', () => {
  it('keeps a paragraph gap as a blank line and the lines of a paragraph together', () => {
    const text = layoutText([at('Första stycket, rad ett', 56, 780), at('rad två.', 56, 767), at('Andra stycket.', 56, 741), at('Sista raden.', 56, 728)]);
    expect(text).toBe('Första stycket, rad ett\nrad två.\n\nAndra stycket.\nSista raden.');
  });

  it("keeps a column's gap as spaces, and reads pdf.js's space pieces as the gap they stand for", () => {
    const text = layoutText([at('Dnr', 56, 780), at(' ', 71, 780), at('KS 2023/118', 200, 780), at('Datum', 56, 767), at('2023-04-12', 200, 767)]);
    expect(text).toMatch(/^Dnr {2,}KS 2023\/118\nDatum {2,}2023-04-12$/);
    // Words a normal space apart stay one space apart.
    expect(layoutText([at('Förslag', 56, 700), at(' ', 91, 700), at('till', 93.5, 700)])).toBe('Förslag till');
  });

  it('orders lines top down and pieces left to right, whatever order the content stream gives', () => {
    expect(layoutText([at('andra', 74, 767), at('tredje', 56, 741), at('första', 56, 780), at('rad', 56, 767)])).toBe('första\nrad andra\n\ntredje');
  });

  it('reads a double-spaced page as lines, not as paragraphs of one line each', () => {
    const lines = ['Rad ett', 'rad två', 'rad tre', 'rad fyra'].map((s, i) => at(s, 56, 780 - i * 24));
    expect(layoutText(lines)).toBe('Rad ett\nrad två\nrad tre\nrad fyra');
  });
});

/** A memo as a word processor prints it: a two-column header, headings, paragraphs set apart by space, not by blank lines. */
async function memoPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  let y = 790;
  const line = (text: string, x = 56, gap = 13): void => {
    page.drawText(text, { x, y, size: 10, font });
    y -= gap;
  };
  line('Tjänsteutlåtande', 56, 0);
  line('Socialnämnden', 380, 13);
  line('Datum', 56, 0);
  line('2023-04-12', 200);
  line('Dnr', 56, 0);
  line('SN 2023/118', 200, 30);
  line('Riktlinjer för färdtjänst', 56, 30);
  line('Förslag till beslut', 56, 15);
  line('Socialnämnden antar riktlinjerna för färdtjänst, som ska gälla från den 1 juni 2023.', 56, 30);
  line('Sammanfattning', 56, 15);
  line('Förvaltningen har sett över riktlinjerna efter synpunkter från brukarna och från', 56);
  line('pensionärsrådet. De nya riktlinjerna förtydligar vem som har rätt till färdtjänst.', 56, 30);
  line('Handläggare Anna Berg', 56);
  // A protokoll's signature field up the margin, at the height of the paragraphs.
  page.drawText('Justerandes sign', { x: 30, y: 637, size: 8, font, rotate: degrees(90) });
  return pdf.save();
}

describe('a born-digital PDF reads as its layout shows it', () => {
  it('blank lines between paragraphs and a column between label and value, so extraction reads it as the plain text', async () => {
    const { text } = await pdfHandler.read(await memoPdf(), 'memo.pdf', { ocr: () => { throw new Error('no OCR for a text layer'); } } as never);
    expect(text).toMatch(/^Dnr {2,}SN 2023\/118$/m);
    expect(text).toContain('Riktlinjer för färdtjänst\n\nFörslag till beslut\nSocialnämnden antar');
    // Text up the margin after the page's text, not inside a paragraph.
    expect(text).toContain('från brukarna och från\npensionärsrådet.');
    expect(text.trimEnd().endsWith('Justerandes sign')).toBe(true);
    const doc = runPipeline({ id: 'p', source: 'memo.pdf', text });
    expect(doc).toMatchObject({ doctype: 'tjänsteutlåtande', date: '2023-04-12', dnr: ['SN 2023/118'], title: 'Riktlinjer för färdtjänst' });
    expect(doc.forslagTillBeslut).toEqual(['Socialnämnden antar riktlinjerna för färdtjänst, som ska gälla från den 1 juni 2023.']);
  });
});

describe('a text layer that spells nothing (unreadable)', () => {
  const memo = fs.readFileSync('test/fixtures/world/u02.txt', 'utf8');
  it('is a page to OCR when its letters make no words (a font without a correct Unicode map)', () => {
    expect(unreadable(memo.replace(/\p{Ll}/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 3)))).toBe(true);
  });
  it('is text when Swedish, also as an old engine read a worn copy, or English, or too short to judge', () => {
    expect(unreadable(memo)).toBe(false);
    // The worst legacy OCR of the fixtures: a worn copy in a monospaced face, 77% of its words wrong.
    expect(unreadable(fs.readFileSync('test/fixtures/dev-nimbus-mono/k11.poor.ocr-eng.txt', 'utf8'))).toBe(false);
    expect(unreadable('Summary in English. The committee discussed the annual report of the board and the plans which were presented by the chair for the coming year, with their costs.')).toBe(false);
    expect(unreadable('Xqz wvk pplr')).toBe(false);
  });
});


describe('a page with a line or two in its text layer', () => {
  /** A memo whose signature spilled onto a second page; on that page also `draw`n what a scan or an outlined export puts there. */
  async function spilledPdf(draw?: (page: import('pdf-lib').PDFPage, pdf: PDFDocument) => Promise<void>): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const first = pdf.addPage([595, 842]);
    ['KALLELSE', 'Socialnämnden', '1. Fastställelse av föredragningslista', '2. Anmälan av inkomna meddelanden'].forEach((line, i) => first.drawText(line, { x: 56, y: 780 - i * 16, size: 11, font }));
    const second = pdf.addPage([595, 842]);
    second.drawText('Lena Forsberg, ordförande', { x: 56, y: 780, size: 11, font });
    await draw?.(second, pdf);
    return pdf.save();
  }
  const noOcr = { ocr: () => { throw new Error('OCR asked'); } } as never;

  it('is read from its text layer, not OCR\'d, when nothing else is drawn on the page', async () => {
    const { text, ocr } = await pdfHandler.read(await spilledPdf(), 'kallelse.pdf', noOcr);
    expect(ocr).toBeNull();
    expect(text).toMatch(/\f\nLena Forsberg, ordförande$/);
  });

  it('is a blank page, not OCR\'d, when it has no letters and draws nothing OCR could read (an empty paragraph spilled over)', async () => {
    const pdf = await PDFDocument.load(await spilledPdf());
    const blank = pdf.addPage([595, 842]);
    blank.drawText('\u00a0', { x: 56, y: 780, size: 11, font: await pdf.embedFont(StandardFonts.Helvetica) });
    blank.drawRectangle({ x: 56, y: 60, width: 480, height: 1 });
    const { text, ocr, pages } = await pdfHandler.read(await pdf.save(), 'kallelse.pdf', noOcr);
    expect(ocr).toBeNull();
    expect(pages).toBe(3);
    expect(text.split('\f')).toHaveLength(3);
    expect(text).toMatch(/Lena Forsberg, ordförande\s*$/);
  });

  it('is OCR\'d when the page paints an image (a scanned page under a stamp\'s text) or draws paths enough to be text set as outlines', async () => {
    const png = fs.readFileSync('test/fixtures/scans/002_1a29c63b3b3a44df.p2.good.png');
    const scanned = await spilledPdf(async (page, pdf) => page.drawImage(await pdf.embedPng(png), { x: 0, y: 0, width: 595, height: 760 }));
    await expect(pdfHandler.read(scanned, 'scanned.pdf', noOcr)).rejects.toThrow('OCR asked');
    const outlined = await spilledPdf(async (page) => {
      for (let i = 0; i < 150; i++) page.drawRectangle({ x: 56 + (i % 30) * 16, y: 700 - Math.floor(i / 30) * 14, width: 6, height: 9 });
    });
    await expect(pdfHandler.read(outlined, 'outlined.pdf', noOcr)).rejects.toThrow('OCR asked');
    // A few rules or a logo's paths are no text.
    const ruled = await spilledPdf(async (page) => {
      for (let i = 0; i < 5; i++) page.drawRectangle({ x: 56, y: 700 - i * 40, width: 480, height: 1 });
    });
    expect((await pdfHandler.read(ruled, 'ruled.pdf', noOcr)).ocr).toBeNull();
  });
});
