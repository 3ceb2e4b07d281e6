/**
 * npm run bench:ingest — OCR speed and quality, and ingest throughput.
 *
 * 1. Pages per minute of OCR: the tesseract.js pool (one worker per core) against the native
 *    `tesseract` command (OMP_THREAD_LIMIT=1, one process per core) on the same page images.
 * 2. CER and WER of the Swedish OCR on good scans and worn copies (seeds, tuned sets
 *    documents) against the truth, raw and after repair; and CER of the seeds' image-only PDFs
 *    read through the ingest path (rendered, then OCR'd).
 * 3. Documents per second for text PDFs, end to end into a real Meilisearch (no embeddings).
 */
import { createClient } from '../index/client.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDocumentIndex } from '../index/documents.ts';
import { serverPaths, startServer, stopServer } from '../index/server.ts';
import { loadBackground } from '../ingest/background-text.ts';
import { ingestPaths } from '../ingest/ingest.ts';
import type { OcrEngine } from '../ingest/ocr/engine.ts';
import { NativeTesseractEngine, nativeTesseractAvailable } from '../ingest/ocr/native.ts';
import { recognizePage } from '../ingest/ocr/pages.ts';
import { readText } from '../ingest/read-file.ts';
import { TesseractJsEngine } from '../ingest/ocr/tesseract-js.ts';
import { Repairer } from '../pipeline/repair/repair.ts';
import { textPdf } from '../test/helpers/files.ts';
import { addUp, beforeAfter, cer, noErrors } from './metrics.ts';
import { corpusModel, pageNumber } from './scans.ts';

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

// CER and WER per document: its pages' OCR joined, against the truth text. The seeds' scans, the
// tuned sets' (truths in their folders; 002's is its .truth.txt).
// As ingest repairs: the corpus model and, when installed, the background text.
const repairer = new Repairer({ model: corpusModel(), background: loadBackground()?.model });
/** A document's true text: its hand-corrected `.truth.txt` where it has one (002), else its text. */
function truthOf(dir: string, stem: string): string {
  const corrected = path.join(dir, `${stem}.truth.txt`);
  return fs.readFileSync(fs.existsSync(corrected) ? corrected : path.join(dir, `${stem}.txt`), 'utf8');
}
const SETS = [
  { scans: SCANS, truths: SEEDS },
  { scans: 'test/fixtures/tuned/second-author/scans', truths: 'test/fixtures/tuned/second-author' },
  { scans: 'test/fixtures/tuned/scans', truths: 'test/fixtures/tuned' },
];
async function quality(label: string, quality: string, known: Map<string, string>): Promise<void> {
  const files = SETS.flatMap(({ scans }) => fs.readdirSync(scans).filter((f) => f.endsWith(`.${quality}.png`)).map((f) => path.join(scans, f)));
  const missing = files.filter((f) => !known.has(f));
  const read = new Map([...known, ...(missing.length ? (await ocrAll(new TesseractJsEngine(), missing)).texts : [])]);
  const sums = noErrors();
  let documents = 0;
  for (const { scans, truths } of SETS) {
    const mine = files.filter((f) => path.dirname(f) === scans);
    for (const stem of new Set(mine.map((f) => path.basename(f).split('.')[0]!))) {
      const ocr = mine.filter((f) => path.basename(f).startsWith(`${stem}.`)).sort((a, b) => pageNumber(a) - pageNumber(b)).map((f) => read.get(f)!).join('\n');
      const truth = truthOf(truths, stem);
      addUp(sums, beforeAfter(ocr, repairer.repair(ocr).text, truth));
      documents++;
    }
  }
  const pct = (n: number, of: number): string => `${((100 * n) / of).toFixed(2)}%`;
  console.log(
    `${label} (${documents} documents): CER ${pct(sums.charsBefore, sums.chars)} raw, ${pct(sums.charsAfter, sums.chars)} after repair; ` +
      `WER ${pct(sums.wordsBefore, sums.words)} raw, ${pct(sums.wordsAfter, sums.words)} after repair`,
  );
}
console.log('\n== OCR quality (tesseract.js, Swedish data, pages turned level)');
await quality('good scans', 'good', js.texts);
await quality('worn copies', 'poor', new Map());

// The seeds' image-only PDFs through the ingest path (pages rendered from the PDF, then OCR): the
// same pixels as the page images above, so the figures should match theirs.
for (const [label, kind] of [['good scans', 'good'], ['worn copies', 'poor']] as const) {
  const engine = new TesseractJsEngine();
  let c = 0;
  let chars = 0;
  let files = 0;
  try {
    for (const f of fs.readdirSync(SCANS).filter((f) => f.endsWith(`.${kind}.scan.pdf`))) {
      const stem = f.split('.')[0]!;
      const { extracted } = await readText(path.join(SCANS, f), () => engine);
      const result = cer(extracted.text.replace(/\f/g, '\n'), truthOf(SEEDS, stem));
      c += result.errors;
      chars += result.total;
      files++;
    }
  } finally {
    await engine.close();
  }
  console.log(`scanned PDFs through ingest, ${label} (${files} documents): CER ${((100 * c) / chars).toFixed(2)}% raw`);
}

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
