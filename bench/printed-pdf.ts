/**
 * Documents as real producers' PDFs, read back through diarium's PDF handler:
 * - Chromium (Skia's PDF backend, the text layer a browser's "Save as PDF" gives);
 * - LibreOffice Writer (the word processor's PDF export: a municipality's tjänsteskrivelser are
 *   written in one and exported so), each line of the text a paragraph of the document, with or
 *   without a template's running header and address footer on every page.
 * The text's lines wrap at the page's width in the face asked for, a paragraph per line or the
 * lines as they stand; whatever the producer does to spaces, columns and page breaks (a list cut
 * by one, the blank page an empty last paragraph spills onto) is in the layer, as in a
 * municipality's PDFs. PDFs are cached under .cache/bench/printed-pdf.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { pdfHandler } from '../ingest/handlers/pdf.ts';

const CACHE = '.cache/bench/printed-pdf';
/** Chromium, as Debian installs it (`apt-get install chromium`); CHROMIUM for another. */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** LibreOffice, as Debian installs it (`apt-get install libreoffice-writer-nogui`); SOFFICE for another. */
const SOFFICE = process.env.SOFFICE ?? '/usr/bin/soffice';

/** Who makes the PDF. */
export type Producer = 'Chromium' | 'LibreOffice';

/** How the text is set: its lines as they stand (wrapped at the page's width), or each line a paragraph with space after it. */
export type PrintMode = 'lines' | 'paragraphs';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A word processor's page furniture: the page's counter over every page ("Sida 2 (4)") and an
 * office's address footer under it, as a tjänsteskrivelse's template sets them. No municipality's
 * name: a document's own letterhead names it.
 */
const FURNITURE =
  '<div title="header"><p align="right">Sida <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> (<sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield>)</p></div>' +
  '<div title="footer"><p>Postadress: Box 100, 123 45 Stadby · Besöksadress: Storgatan 1 · Telefon 0123-45 67 00 · www.stadby.se</p></div>';

function html(text: string, font: string, mode: PrintMode, producer: Producer, furniture: boolean): string {
  const style = `@page{size:A4;margin:2cm} body{font-family:'${font}';font-size:11pt} pre{font-family:inherit;white-space:pre-wrap;margin:0} p{margin:0 0 ${mode === 'lines' ? '0' : '.6em'};font-family:'${font}';font-size:11pt}`;
  // Writer reads a <pre> as preformatted text in a fixed face: there each line is a paragraph of its own, a blank one empty.
  const line = (l: string): string => (l.trim() ? `<p>${escape(l)}</p>` : mode === 'lines' ? '<p>&nbsp;</p>' : '');
  const body = mode === 'lines' && producer === 'Chromium' ? `<pre>${escape(text)}</pre>` : text.split('\n').map(line).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${style}</style></head><body>${furniture ? FURNITURE : ''}${body}</body></html>`;
}

/** What came back: each text as the PDF handler read it, and the documents it would have sent to OCR (text-layer pages it judged scans). */
export interface Printed {
  texts: Map<string, string>;
  sentToOcr: string[];
}

/**
 * The texts printed to PDF by `producer` in `font` and read back, by name; null when the producer
 * is not installed (the measure is then left out, said so by the caller). With `furniture`
 * (LibreOffice only), each page has a running header and footer (`FURNITURE`). A document whose
 * page the handler would OCR is read as empty and named in `sentToOcr`: a born-digital page is its
 * text layer.
 */
export async function printedTexts(texts: ReadonlyMap<string, string>, font: string, mode: PrintMode, producer: Producer = 'Chromium', furniture = false): Promise<Printed | null> {
  if (!fs.existsSync(producer === 'Chromium' ? CHROMIUM : SOFFICE)) return null;
  fs.mkdirSync(CACHE, { recursive: true });
  const files = new Map<string, string>();
  const pages = new Map<string, string>();
  for (const [name, text] of texts) {
    const page = html(text, font, mode, producer, furniture && producer === 'LibreOffice');
    const key = crypto.createHash('sha256').update(`${producer}\n${page}`).digest('hex').slice(0, 20);
    files.set(name, path.join(CACHE, `${key}.pdf`));
    pages.set(name, page);
  }
  const missing = [...files].filter(([, file]) => !fs.existsSync(file));
  if (missing.length) await (producer === 'Chromium' ? printWithChromium : printWithLibreOffice)(missing.map(([name, file]) => ({ page: pages.get(name)!, file })));
  const out = new Map<string, string>();
  const sentToOcr: string[] = [];
  for (const [name, file] of files) {
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
  return { texts: out, sentToOcr };
}

/** What a producer prints: an HTML page, to the PDF file it is cached as. */
interface Job {
  page: string;
  file: string;
}

async function printWithChromium(jobs: Job[]): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    for (const { page, file } of jobs) {
      const tab = await browser.newPage();
      await tab.setContent(page);
      fs.writeFileSync(file, await tab.pdf({ format: 'A4' }));
      await tab.close();
    }
  } finally {
    await browser.close();
  }
}

/**
 * Writer's PDF export of each page, in one run of LibreOffice (starting it takes seconds), with a
 * profile of its own so a desktop's LibreOffice is neither used nor changed.
 */
async function printWithLibreOffice(jobs: Job[]): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-printed-'));
  try {
    const sources = jobs.map(({ page, file }) => {
      const source = path.join(work, `${path.basename(file, '.pdf')}.html`);
      fs.writeFileSync(source, page);
      return source;
    });
    const run = spawnSync(SOFFICE, [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, ...sources], { encoding: 'utf8', timeout: 600_000 });
    for (const { file } of jobs) {
      const made = path.join(work, path.basename(file));
      if (!fs.existsSync(made)) throw new Error(`LibreOffice made no ${path.basename(file)}: ${run.error?.message ?? run.stderr}`);
      fs.renameSync(made, file);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
