import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Index } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentIndex } from '../../index/documents.ts';
import { ingestPaths, type IngestReport } from '../../ingest/ingest.ts';
import { Manifest } from '../../ingest/manifest.ts';
import type { Document } from '../../pipeline/document.ts';
import { garbledLayerPdf, mixedPdf, textPdf, tiffFromPng } from '../helpers/files.ts';
import { testClient, testIndexName } from '../helpers/meili.ts';

const SCANS = 'test/fixtures/scans';
const name = testIndexName('formats');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-formats-'));
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-formats-home-'));
let index: Index<Document>;
let report: IngestReport;

const file = (n: string): string => path.join(dir, n);
async function byName(n: string): Promise<Document> {
  const { results } = await index.getDocuments({ filter: `source = "${file(n)}"`, limit: 1 });
  expect(results, n).toHaveLength(1);
  return results[0]!;
}

beforeAll(async () => {
  fs.writeFileSync(file('text.pdf'), await textPdf([['Inför ett våldspreventivt centrum', 'Socialnämnden godkänner förvaltningens tjänsteutlåtande.'], ['Sida två: Åtgärder för ökad trygghet.']]));
  fs.writeFileSync(file('mixed.pdf'), await mixedPdf(['Bilaga till protokollet med text på första sidan, två sidor i allt.'], `${SCANS}/002_1a29c63b3b3a44df.p2.good.png`));
  fs.copyFileSync(`${SCANS}/002_1a29c63b3b3a44df.good.scan.pdf`, file('scanned.pdf'));
  fs.writeFileSync(file('garbled.pdf'), await garbledLayerPdf(`${SCANS}/002_1a29c63b3b3a44df.p2.good.png`, ['Socialnämnden beslutar att godkänna förvaltningens förslag', 'till yttrande över remissen och översänder det till kommunstyrelsen', 'som sitt eget svar på remissen från departementet']));
  fs.copyFileSync(`${SCANS}/000_550816b0be03c5e1.p1.good.png`, file('page.png'));
  fs.writeFileSync(file('page.tif'), await tiffFromPng(`${SCANS}/002_1a29c63b3b3a44df.p2.good.png`));
  fs.writeFileSync(file('empty.txt'), '');
  fs.writeFileSync(file('truncated.pdf'), fs.readFileSync(file('text.pdf')).subarray(0, 400));
  fs.copyFileSync('test/fixtures/bad/password.pdf', file('password.pdf'));
  fs.writeFileSync(file('not-an-image.png'), 'this is text, not a PNG');
  fs.writeFileSync(file('cut.png'), fs.readFileSync(`${SCANS}/000_550816b0be03c5e1.p1.good.png`).subarray(0, 2000));
  fs.writeFileSync(file('notes.docx'), 'PK\u0003\u0004 pretend office file');
  index = await openDocumentIndex(testClient(), name);
  report = await ingestPaths([dir], { index, manifest: Manifest.load(home, name), batchSize: 3 });
}, 180_000);

afterAll(async () => {
  await testClient().deleteIndexIfExists(name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(home, { recursive: true, force: true });
});

describe('ingest of every supported format', () => {
  it('reads the text layer of a PDF page by page, å/ä/ö intact, without OCR', async () => {
    const doc = await byName('text.pdf');
    expect(doc.pages).toBe(2);
    expect(doc.ocr).toBeNull();
    expect(doc.text).toContain('Socialnämnden godkänner förvaltningens tjänsteutlåtande.');
    expect(doc.text).toContain('\f');
    expect(doc.text).toContain('Åtgärder för ökad trygghet.');
  });

  it('OCRs a scanned PDF with Swedish data and extracts its metadata', async () => {
    const doc = await byName('scanned.pdf');
    expect(doc.pages).toBe(2);
    expect(doc.ocr?.engine).toBe('tesseract.js');
    expect(doc.ocr?.pages.map((p) => p.page)).toEqual([1, 2]);
    expect(doc.ocr!.pages[0]!.confidence).toBeGreaterThan(80);
    expect(doc.text).toContain('Socialnämnden godkänner förvaltningens');
    expect(doc).toMatchObject({ title: 'Inför ett våldspreventivt centrum', namnd: 'Socialnämnden', dnr: ['1.7.1-310/2018'], justerat: '2018-11-13' });
  });

  it('OCRs only the scanned page of a mixed PDF', async () => {
    const doc = await byName('mixed.pdf');
    expect(doc.pages).toBe(2);
    expect(doc.ocr?.pages.map((p) => p.page)).toEqual([2]);
    expect(doc.text).toContain('Bilaga till protokollet');
    expect(doc.text).toMatch(/Maria Adell/);
  });

  it('OCRs a page whose text layer spells nothing (a font without a correct Unicode map), as a scan', async () => {
    const doc = await byName('garbled.pdf');
    expect(doc.ocr?.pages.map((p) => p.page)).toEqual([1]);
    expect(doc.text).toMatch(/Maria Adell/);
    expect(doc.text).not.toMatch(/zvjphsuhtuklu/);
  });

  it('OCRs PNG and TIFF images', async () => {
    const png = await byName('page.png');
    expect(png).toMatchObject({ namnd: 'Rinkeby-Kista stadsdelsnämnd', refDnr: ['KS 2018/906'], doctype: 'tjänsteutlåtande' });
    expect((await byName('page.tif')).text).toMatch(/Maria Adell/);
  });

  it('records every bad file with a clear reason and goes on', () => {
    const reasons = Object.fromEntries(report.problems.map((p) => [path.basename(p.path), `${p.status}: ${p.reason}`]));
    expect(reasons).toEqual({
      'empty.txt': 'failed: empty file (0 bytes)',
      'truncated.pdf': expect.stringMatching(/^failed: corrupt or truncated PDF/),
      'password.pdf': 'failed: password-protected PDF: cannot be read without its password',
      'not-an-image.png': 'failed: named .png but its content is not a PNG image',
      'cut.png': expect.stringMatching(/^failed: corrupt PNG image/),
      'notes.docx': 'skipped: unsupported file type',
    });
    expect(report).toMatchObject({ files: 12, done: 6, failed: 5, skipped: 1 });
  });

  it('resumes: a second run skips every unchanged file and retries nothing that is done', async () => {
    const again = await ingestPaths([dir], { index, manifest: Manifest.load(home, name), retryFailed: true });
    expect(again).toMatchObject({ files: 12, documents: 5, done: 0, failed: 5 });
    const rerun = await ingestPaths([dir], { index, manifest: Manifest.load(home, name) });
    expect(rerun).toMatchObject({ unchanged: 6, done: 0 });
  });
});
