/**
 * Documents as a real producer's PDF: each text printed to PDF by Chromium (Skia's PDF backend,
 * the text layer a browser's "Save as PDF" gives), then read back through diarium's PDF handler.
 * The text's lines wrap at the page's width in the face asked for, a paragraph per line or the
 * lines as they stand; whatever the producer does to spaces, columns and page breaks is in the
 * layer, as in a municipality's PDFs. PDFs are cached under .cache/bench/printed-pdf.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pdfHandler } from '../ingest/handlers/pdf.ts';

const CACHE = '.cache/bench/printed-pdf';
/** Chromium, as Debian installs it (`apt-get install chromium`); CHROMIUM for another. */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** How the text is set: its lines as they stand (wrapped at the page's width), or each line a paragraph with space after it. */
export type PrintMode = 'lines' | 'paragraphs';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function html(text: string, font: string, mode: PrintMode): string {
  const style = `@page{size:A4;margin:2cm} body{font-family:'${font}';font-size:11pt} pre{font-family:inherit;white-space:pre-wrap;margin:0} p{margin:0 0 .6em}`;
  const body = mode === 'lines' ? `<pre>${escape(text)}</pre>` : text.split('\n').map((l) => (l.trim() ? `<p>${escape(l)}</p>` : '')).join('');
  return `<!doctype html><meta charset="utf-8"><style>${style}</style>${body}`;
}

/** What came back: each text as the PDF handler read it, and the documents it would have sent to OCR (text-layer pages it judged scans). */
export interface Printed {
  texts: Map<string, string>;
  sentToOcr: string[];
}

/**
 * The texts printed to PDF in `font` and read back, by name; null when Chromium is not installed
 * (the measure is then left out, said so by the caller). A document whose page the handler would
 * OCR is read as empty and named in `sentToOcr`: a born-digital page is its text layer.
 */
export async function printedTexts(texts: ReadonlyMap<string, string>, font: string, mode: PrintMode): Promise<Printed | null> {
  if (!fs.existsSync(CHROMIUM)) return null;
  fs.mkdirSync(CACHE, { recursive: true });
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
  const out = new Map<string, string>();
  const sentToOcr: string[] = [];
  try {
    for (const [name, text] of texts) {
      const page = html(text, font, mode);
      const file = path.join(CACHE, `${crypto.createHash('sha256').update(page).digest('hex').slice(0, 20)}.pdf`);
      if (!fs.existsSync(file)) {
        browser ??= await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
        const tab = await browser.newPage();
        await tab.setContent(page);
        fs.writeFileSync(file, await tab.pdf({ format: 'A4' }));
        await tab.close();
      }
      const asked = new Error('OCR asked');
      try {
        const read = await pdfHandler.read(fs.readFileSync(file), file, {
          ocr: () => {
            throw asked;
          },
        } as never);
        out.set(name, read.text);
      } catch (error) {
        if (error !== asked) throw error;
        sentToOcr.push(name);
        out.set(name, '');
      }
    }
  } finally {
    await browser?.close();
  }
  return { texts: out, sentToOcr };
}
