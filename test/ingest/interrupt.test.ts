/**
 * Stopping an ingest gently (SIGINT, SIGTERM, or the library's AbortSignal): pages in flight
 * finish and are kept, what is read is indexed and recorded, and a re-run goes on from there.
 * Progress moves page by page, and a document is recorded as soon as the index confirms it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDocumentIndex } from '../../index/documents.ts';
import { ingestPaths, type FileOutcome } from '../../ingest/ingest.ts';
import { Manifest } from '../../ingest/manifest.ts';
import type { OcrEngine } from '../../ingest/ocr/engine.ts';
import { PageCache } from '../../ingest/ocr/page-cache.ts';
import { TesseractJsEngine } from '../../ingest/ocr/tesseract-js.ts';
import { BIN, ROOT, runCli } from '../helpers/cli.ts';
import { cliEnv, testClient, testIndexName } from '../helpers/meili.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-interrupt-'));
const names: string[] = [];
afterAll(async () => {
  for (const name of names) await testClient().deleteIndexIfExists(name);
  fs.rmSync(tmp, { recursive: true, force: true });
});

/**
 * The real tesseract.js engine, one page at a time, counting the pages it reads. `before(n)` may hold
 * the n-th read back (it is awaited first), so a test can order events without depending on how busy
 * the shared Meilisearch is.
 */
function countingEngine(before?: (read: number) => Promise<void>): { engine: OcrEngine; reads: () => number } {
  const real = new TesseractJsEngine(1);
  let reads = 0;
  const engine: OcrEngine = {
    name: real.name,
    parallelism: 1,
    recognize: async (image) => {
      reads++;
      await before?.(reads);
      return real.recognize(image);
    },
    close: () => real.close(),
  };
  return { engine, reads: () => reads };
}

describe('ingest stopped by its signal', () => {
  it('keeps the pages read, indexes nothing half-read, and a re-run reads only the pages left', async () => {
    const dir = path.join(tmp, 'lib');
    fs.mkdirSync(dir);
    // A two-page scanned PDF, and a scan saved as two page images (one document).
    fs.copyFileSync('test/fixtures/scans/000_550816b0be03c5e1.good.scan.pdf', path.join(dir, '000.scan.pdf'));
    fs.copyFileSync('test/fixtures/scans/002_1a29c63b3b3a44df.p1.good.png', path.join(dir, '002.p1.png'));
    fs.copyFileSync('test/fixtures/scans/002_1a29c63b3b3a44df.p2.good.png', path.join(dir, '002.p2.png'));
    const name = testIndexName('interrupt');
    names.push(name);
    const index = await openDocumentIndex(testClient(), name);
    const home = path.join(tmp, 'home');
    const pageCache = PageCache.under(home);

    const first = countingEngine();
    const controller = new AbortController();
    const report = await ingestPaths([dir], {
      index,
      concurrency: 1,
      ocr: () => first.engine,
      manifest: Manifest.load(home, name),
      pageCache,
      signal: controller.signal,
      onPage: () => controller.abort(), // Ctrl-C as the first page is read
    });
    expect(report).toMatchObject({ files: 3, documents: 2, done: 0, interrupted: 1, notStarted: 1, failed: 0 });
    expect(first.reads()).toBe(1);
    expect((await index.getStats()).numberOfDocuments).toBe(0);
    const cached = fs.readdirSync(path.join(home, 'ocr-pages'));
    expect(cached).toHaveLength(1);
    expect(fs.readdirSync(path.join(home, 'ocr-pages', cached[0]!))).toEqual(['tesseract.js-p1.json']);

    // The last page read (the images' second) waits until the PDF is confirmed by the index, or at
    // most 30 s: a batch flushed by time confirms it long before; one flushed only by size or at the
    // end of the run does not, and the order asserted below fails.
    let pdfConfirmed!: () => void;
    const confirmed = new Promise<void>((resolve) => (pdfConfirmed = resolve));
    const second = countingEngine((read) =>
      read === 3 ? Promise.race([confirmed, new Promise<void>((resolve) => setTimeout(resolve, 30_000))]) : Promise.resolve(),
    );
    const events: string[] = [];
    const outcomes: FileOutcome[] = [];
    const rerun = await ingestPaths([dir], {
      index,
      concurrency: 1,
      flushAfterMs: 50,
      ocr: () => second.engine,
      manifest: Manifest.load(home, name),
      pageCache,
      onPage: (source, done, of) => events.push(`${path.basename(source)} page ${done}/${of}`),
      onOutcome: (outcome) => {
        outcomes.push(outcome);
        events.push(`${path.basename(outcome.path)} ${outcome.status}`);
        if (path.basename(outcome.path) === '000.scan.pdf') pdfConfirmed();
      },
    });
    expect(rerun).toMatchObject({ documents: 2, done: 2, failed: 0, interrupted: 0, pages: 4 });
    // Page 1 of the PDF came from the cache: three pages read, not four.
    expect(second.reads()).toBe(3);
    // The PDF is confirmed by the index (a batch sent by time, not by size) while the images are still read.
    expect(events.indexOf('000.scan.pdf done')).toBeLessThan(events.indexOf('002.p1.png page 2/2'));
    expect(events.filter((e) => e.startsWith('000.scan.pdf'))).toEqual(['000.scan.pdf page 1/2', '000.scan.pdf page 2/2', '000.scan.pdf done']);
    expect(events.filter((e) => e.startsWith('002'))).toEqual(['002.p1.png page 1/2', '002.p1.png page 2/2', '002.p1.png done']);
    expect(fs.readdirSync(path.join(home, 'ocr-pages'))).toEqual([]);
    expect(outcomes[1]!.files?.map((f) => path.basename(f))).toEqual(['002.p1.png', '002.p2.png']);

    const { results } = await index.getDocuments({ fields: ['sourceName', 'sourceFiles', 'pages', 'format', 'text'], limit: 10 });
    const images = results.find((d) => d.sourceName === '002.p1–2.png')!;
    expect(images).toMatchObject({ pages: 2, format: 'scan' });
    expect(images.sourceFiles?.map((f: string) => path.basename(f))).toEqual(['002.p1.png', '002.p2.png']);
    expect(images.text).toContain('\f');
    expect(results.find((d) => d.sourceName === '000.scan.pdf')).toMatchObject({ pages: 2, format: 'scan' });
  }, 180_000);
});

describe('diarium ingest and Ctrl-C', () => {
  it('shows progress lines that move, and SIGINT after the first documents loses none of them', async () => {
    const name = testIndexName('sigint');
    names.push(name);
    const env = cliEnv(name, { DIARIUM_PROGRESS_SECONDS: '1' });
    const scans = path.join(ROOT, 'test/fixtures/scans');
    const child = spawn(process.execPath, [BIN, 'ingest', scans], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      // After the first scanned document is in (text files come first and are quick).
      if (!signalled && /^done\s+\S+\.(?:pdf|png)/m.test(stdout)) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('Ctrl-C: finishing the pages being read');
    expect(stdout).toMatch(/^Stopped: \d+ documents? (?:was|were) not finished\. Run the same command again/m);

    // Periodic lines in a log: the page count moves before the first scan is done.
    const lines = stderr.split('\n').filter((l) => /^\d+\/\d+ documents/.test(l));
    const pages = lines.map((l) => Number(/· (\d+) pages? ·/.exec(l)![1]));
    expect(new Set(pages).size).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toMatch(/^\d+\/30 documents/);

    // Every document reported done is in the index, and a re-run knows it is unchanged.
    const done = [...stdout.matchAll(/^done\s+(\S+)/gm)].map((m) => m[1]!);
    expect(done.length).toBeGreaterThanOrEqual(2);
    const { results } = await testClient().index(name).getDocuments({ fields: ['source'], limit: 100 });
    expect(results.map((d) => String(d.source)).sort()).toEqual(done.map((f) => path.resolve(f)).sort());
    const dry = await runCli(['ingest', '--dry-run', scans], env);
    expect(dry.code, dry.stderr).toBe(0);
    const unchanged = [...dry.stdout.matchAll(/^unchanged\s+(\S+)/gm)].map((m) => m[1]!);
    expect(unchanged.sort()).toEqual(done.sort());
    expect(dry.stdout).toMatch(/^\d+ to add, \d+ unchanged, 0 failed, 0 skipped \(30 documents from 62 files\); \d+ pages to read by OCR \(dry run/m);
  }, 240_000);
});
