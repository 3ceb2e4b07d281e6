/**
 * npm run bench:ingest — OCR speed and quality, and ingest throughput.
 *
 * 1. Pages per minute of OCR: the tesseract.js pool (one worker per core) against the native
 *    `tesseract` command (OMP_THREAD_LIMIT=1, one process per core) on the same page images.
 * 2. CER of the Swedish OCR on good and poor scans against the truth, raw and after repair.
 * 3. Documents per second for text PDFs, end to end into a real Meilisearch (no embeddings).
 */
import { createClient } from '../index/client.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDocumentIndex } from '../index/documents.ts';
import { serverPaths, startServer, stopServer } from '../index/server.ts';
import { ingestPaths } from '../ingest/ingest.ts';
import type { OcrEngine } from '../ingest/ocr/engine.ts';
import { NativeTesseractEngine, nativeTesseractAvailable } from '../ingest/ocr/native.ts';
import { recognizePage } from '../ingest/ocr/pages.ts';
import { TesseractJsEngine } from '../ingest/ocr/tesseract-js.ts';
import { WordModel } from '../pipeline/repair/model.ts';
import { Repairer } from '../pipeline/repair/repair.ts';
import { textPdf } from '../test/helpers/files.ts';
import { cer } from './metrics.ts';

const SCANS = 'test/fixtures/scans';
const SEEDS = 'test/fixtures/seeds';
const pages = (quality: string): string[] => fs.readdirSync(SCANS).filter((f) => f.endsWith(`.${quality}.png`)).sort().map((f) => path.join(SCANS, f));

async function ocrAll(engine: OcrEngine, files: string[]): Promise<{ perMinute: number; texts: Map<string, string> }> {
  const texts = new Map<string, string>();
  const started = performance.now();
  await Promise.all(files.map(async (f) => texts.set(f, (await recognizePage(engine, fs.readFileSync(f))).text)));
  const minutes = (performance.now() - started) / 60_000;
  await engine.close();
  return { perMinute: files.length / minutes, texts };
}

const cores = os.availableParallelism();
const good = pages('good');
const poor = pages('poor');
console.log(`== OCR speed: ${good.length} good page images, ${cores} cores`);
const warm = new TesseractJsEngine();
await warm.recognize(fs.readFileSync(good[0]!)); // worker start-up is paid once per run, not per page
const js = await ocrAll(warm, good);
console.log(`tesseract.js pool (${cores} workers): ${js.perMinute.toFixed(1)} pages/min`);
let native: Awaited<ReturnType<typeof ocrAll>> | null = null;
if (nativeTesseractAvailable()) {
  native = await ocrAll(new NativeTesseractEngine(), good);
  console.log(`native tesseract (${cores} processes, OMP_THREAD_LIMIT=1): ${native.perMinute.toFixed(1)} pages/min`);
  console.log(`ratio tesseract.js / native: ${(js.perMinute / native.perMinute).toFixed(2)}x`);
} else {
  console.log('native tesseract: not installed (apt-get install tesseract-ocr tesseract-ocr-swe), no ratio');
}

// CER per document: its pages' OCR joined, against the truth text.
const model = new WordModel();
for (const f of fs.readdirSync('corpora/stockholm')) model.learnTrusted(fs.readFileSync(path.join('corpora/stockholm', f), 'utf8'), f);
const repairer = new Repairer({ model });
async function quality(label: string, files: string[], texts?: Map<string, string>): Promise<void> {
  const read = texts ?? (await ocrAll(new TesseractJsEngine(), files)).texts;
  const stems = [...new Set(files.map((f) => path.basename(f).split('.')[0]!))];
  const raw = { errors: 0, total: 0 };
  const fixed = { errors: 0, total: 0 };
  for (const stem of stems) {
    const ocr = files.filter((f) => path.basename(f).startsWith(`${stem}.`)).map((f) => read.get(f)!).join('\n');
    const truthFile = fs.existsSync(path.join(SEEDS, `${stem}.truth.txt`)) ? `${stem}.truth.txt` : `${stem}.txt`;
    const truth = fs.readFileSync(path.join(SEEDS, truthFile), 'utf8');
    for (const [sum, text] of [[raw, ocr], [fixed, repairer.repair(ocr).text]] as const) {
      const c = cer(text, truth);
      sum.errors += c.errors;
      sum.total += c.total;
    }
  }
  console.log(`${label}: CER ${((100 * raw.errors) / raw.total).toFixed(2)}% raw, ${((100 * fixed.errors) / fixed.total).toFixed(2)}% after repair`);
}
console.log('\n== OCR quality (tesseract.js, Swedish data)');
await quality('good scans', good, js.texts);
await quality('poor scans', poor);

// Text PDFs end to end into Meilisearch.
console.log('\n== text PDFs into Meilisearch (no embeddings)');
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-bench-'));
const dir = path.join(home, 'pdfs');
fs.mkdirSync(dir);
const seeds = ['000_550816b0be03c5e1', '001_a424892d2af8109e', '003_f4253ad83b63b7dc', '004_cbcbe56bc7805af2'].map((s) => fs.readFileSync(path.join(SEEDS, `${s}.txt`), 'utf8'));
const COUNT = 300;
for (let i = 0; i < COUNT; i++) {
  const lines = `${seeds[i % seeds.length]}\nLöpnummer ${i}`.split('\n').map((l) => l.replace(/[^\x20-\xff]/g, ' ').slice(0, 110));
  const perPage = 48;
  fs.writeFileSync(path.join(dir, `doc-${i}.pdf`), await textPdf(Array.from({ length: Math.ceil(lines.length / perPage) }, (_, p) => lines.slice(p * perPage, (p + 1) * perPage))));
}
const paths = serverPaths(home);
try {
  const server = await startServer(paths);
  const index = await openDocumentIndex(createClient(server.url, server.key), 'bench');
  const started = performance.now();
  const report = await ingestPaths([dir], { index });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${report.done} text PDFs (${report.pages} pages) in ${seconds.toFixed(1)} s: ${(report.done / seconds).toFixed(1)} documents/s, ${report.failed} failed`);
} finally {
  await stopServer(paths);
  fs.rmSync(home, { recursive: true, force: true });
}
