/**
 * npm run bench:extract — metadata extraction accuracy and speed.
 *
 * Field-by-field accuracy against hand labels: the seeds and the labelled documents of other cities
 * (clean text); the seed scans as archived legacy OCR (English model) and repaired; and the seed
 * scans as diarium's own ingest reads them (tesseract.js with Swedish data, then repair). Scans
 * must give the same metadata as the text layer. Then documents per second.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PAGE_BREAK } from '../ingest/handlers/types.ts';
import { TesseractJsEngine } from '../ingest/ocr/tesseract-js.ts';
import { extract } from '../pipeline/extract/index.ts';
import { WordModel } from '../pipeline/repair/model.ts';
import { Repairer } from '../pipeline/repair/repair.ts';
import { FIELDS, mismatches, type Field } from './extract-score.ts';

interface Case {
  name: string;
  text: string;
  expected: Record<string, unknown>;
}

function labelled(dir: string, textOf: (stem: string) => string): Case[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const stem = f.replace('.expected.json', '');
      return { name: stem, text: textOf(stem), expected: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) };
    });
}

const SEEDS = 'test/fixtures/seeds';
const seedText = (stem: string): string => {
  const truth = path.join(SEEDS, `${stem}.truth.txt`);
  return fs.readFileSync(fs.existsSync(truth) ? truth : path.join(SEEDS, `${stem}.txt`), 'utf8');
};
const clean = [...labelled(SEEDS, seedText), ...labelled('test/fixtures/labelled', (s) => fs.readFileSync(`test/fixtures/labelled/${s}.txt`, 'utf8'))];

// Repaired OCR, with the word model an ingest of the clean corpus builds.
const model = new WordModel();
for (const f of fs.readdirSync('corpora/stockholm')) model.learn(fs.readFileSync(path.join('corpora/stockholm', f), 'utf8'), f);
const repairer = new Repairer({ model });
const ocr = (quality: string): Case[] =>
  labelled(SEEDS, (stem) => repairer.repair(fs.readFileSync(`test/fixtures/scans/${stem}.${quality}.ocr-eng.txt`, 'utf8')).text).map((c) => ({ ...c, name: `${c.name} (${quality} scan)` }));

function score(title: string, cases: Case[]): void {
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const wrong: string[] = [];
  for (const c of cases) {
    const bad = mismatches(extract(c.text), c.expected);
    for (const f of FIELDS) if (!bad.some((b) => b.field === f)) right[f]++;
    for (const b of bad) wrong.push(`    ${c.name} ${b.field}: got ${JSON.stringify(b.actual)}, expected ${JSON.stringify(b.expected)}`);
  }
  const total = FIELDS.reduce((sum, f) => sum + right[f], 0);
  console.log(`\n== ${title}: ${cases.length} documents, ${((100 * total) / (cases.length * FIELDS.length)).toFixed(1)}% of fields right`);
  console.log(FIELDS.map((f) => `${f} ${((100 * right[f]) / cases.length).toFixed(0)}%`).join(' · '));
  if (wrong.length) console.log(wrong.join('\n'));
}

/** The seed scans through diarium's own OCR (tesseract.js, Swedish) and repair, page images joined per document. */
async function swedishOcr(quality: string): Promise<Case[]> {
  const engine = new TesseractJsEngine();
  try {
    const pages = fs.readdirSync('test/fixtures/scans').filter((f) => f.endsWith(`.${quality}.png`)).sort();
    const texts = new Map<string, string>();
    await Promise.all(pages.map(async (f) => texts.set(f, (await engine.recognize(fs.readFileSync(`test/fixtures/scans/${f}`))).text)));
    return labelled(SEEDS, (stem) => repairer.repair(pages.filter((f) => f.startsWith(`${stem}.`)).map((f) => texts.get(f)!).join(PAGE_BREAK)).text).map((c) => ({ ...c, name: `${c.name} (${quality} scan, Swedish OCR)` }));
  } finally {
    await engine.close();
  }
}

score('clean text (seeds + labelled documents of other cities)', clean);
score('legacy OCR (English model) of the good seed scans, repaired', ocr('good'));
score('legacy OCR (English model) of the poor seed scans, repaired', ocr('poor'));
score('diarium OCR (tesseract.js, Swedish) of the good seed scans, repaired', await swedishOcr('good'));
score('diarium OCR (tesseract.js, Swedish) of the poor seed scans, repaired', await swedishOcr('poor'));

const texts = clean.map((c) => c.text);
const rounds = 200;
const started = performance.now();
for (let i = 0; i < rounds; i++) for (const t of texts) extract(t);
const seconds = (performance.now() - started) / 1000;
console.log(`\nthroughput: ${((rounds * texts.length) / seconds).toFixed(0)} documents/s (${rounds * texts.length} extractions, one core)`);
