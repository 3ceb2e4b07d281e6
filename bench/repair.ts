/**
 * npm run bench:repair — OCR repair quality and speed.
 *
 * For each set: WER and CER against the truth before and after repair, and for clean text the
 * number of words changed. Runs twice: with the lexicon alone, and with a word model learned from
 * the clean corpus text (corpora/), as `diarium ingest` does. The other-fonts set was rendered from
 * documents the repair was never tuned on (test/fixtures/other-fonts, see its README).
 */
import fs from 'node:fs';
import path from 'node:path';
import { WordModel } from '../pipeline/repair/model.ts';
import { Repairer } from '../pipeline/repair/repair.ts';
import { regime } from '../pipeline/repair/confusions.ts';
import { coverage, errorPairs } from './coverage.ts';
import { cer, wer } from './metrics.ts';
import { generateDocuments } from './search-corpus.ts';

const SEEDS = 'test/fixtures/seeds';
const SCANS = 'test/fixtures/scans';
const OTHER_FONTS = 'test/fixtures/other-fonts';

interface Pair {
  name: string;
  ocr: string;
  truth: string;
}

function truthOf(stem: string): string {
  const truth = path.join(SEEDS, `${stem}.truth.txt`);
  return fs.readFileSync(fs.existsSync(truth) ? truth : path.join(SEEDS, `${stem}.txt`), 'utf8');
}

function scanPairs(dir: string, quality: string, truthFor: (stem: string) => string): Pair[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(`.${quality}.ocr-eng.txt`))
    .sort()
    .map((f) => {
      const stem = f.replace(`.${quality}.ocr-eng.txt`, '');
      return { name: f, ocr: fs.readFileSync(path.join(dir, f), 'utf8'), truth: truthFor(stem) };
    });
}

const legacy: Pair[] = [
  ...scanPairs(SCANS, 'good', truthOf),
  { name: '002 (archived OCR)', ocr: fs.readFileSync(path.join(SEEDS, '002_1a29c63b3b3a44df.txt'), 'utf8'), truth: truthOf('002_1a29c63b3b3a44df') },
];
const poor = scanPairs(SCANS, 'poor', truthOf);
const otherFontsTruth = (stem: string): string => fs.readFileSync(path.join(OTHER_FONTS, `${stem}.txt`), 'utf8');
const otherFonts = [...scanPairs(OTHER_FONTS, 'good', otherFontsTruth), ...scanPairs(OTHER_FONTS, 'poor', otherFontsTruth)];
const clean = ['000', '001', '003', '004'].map((n) => {
  const f = fs.readdirSync(SEEDS).find((x) => x.startsWith(`${n}_`) && x.endsWith('.txt') && !x.includes('truth'))!;
  return { name: f, text: fs.readFileSync(path.join(SEEDS, f), 'utf8') };
});

const pct = (x: { errors: number; total: number }): string => `${((100 * x.errors) / x.total).toFixed(1)}%`;

function runSet(label: string, pairs: Pair[], repairer: Repairer, verbose: boolean): void {
  if (pairs.length === 0) return;
  const sum = { wb: { errors: 0, total: 0 }, wa: { errors: 0, total: 0 }, cb: { errors: 0, total: 0 }, ca: { errors: 0, total: 0 } };
  for (const p of pairs) {
    const fixed = repairer.repair(p.ocr).text;
    const row = { wb: wer(p.ocr, p.truth), wa: wer(fixed, p.truth), cb: cer(p.ocr, p.truth), ca: cer(fixed, p.truth) };
    for (const k of ['wb', 'wa', 'cb', 'ca'] as const) {
      sum[k].errors += row[k].errors;
      sum[k].total += row[k].total;
    }
    if (verbose) console.log(`  ${p.name.padEnd(44)} WER ${pct(row.wb).padStart(6)} -> ${pct(row.wa).padStart(6)}   CER ${pct(row.cb).padStart(6)} -> ${pct(row.ca).padStart(6)}   (${regime(p.ocr)})`);
  }
  console.log(`${label.padEnd(46)} WER ${pct(sum.wb).padStart(6)} -> ${pct(sum.wa).padStart(6)}   CER ${pct(sum.cb).padStart(6)} -> ${pct(sum.ca).padStart(6)}`);
}

function report(title: string, repairer: Repairer): void {
  console.log(`\n== ${title}`);
  runSet('legacy OCR (good scans, eng model; 002)', legacy, repairer, true);
  runSet('worn copies (poor scans, eng model)', poor, repairer, true);
  runSet('other fonts (tuned documents rendered in fonts the repair was not built on)', otherFonts, repairer, true);
  runSet('total OCR', [...legacy, ...poor], repairer, false);
  let changed = 0;
  let words = 0;
  for (const c of clean) {
    const result = repairer.repair(c.text);
    changed += result.corrections.length;
    words += c.text.split(/\s+/).filter(Boolean).length;
    if (result.text !== c.text) console.log(`  clean ${c.name}: ${result.corrections.map((x) => `${x.original}->${x.replacement}`).join(', ')}`);
  }
  console.log(`clean text: ${changed} of ${words} words changed`);
}

console.log('== confusion table against the real OCR errors (word pairs aligned with the truth)');
for (const [label, pairs] of [['legacy OCR', legacy], ['worn copies', poor], ['held-out', otherFonts]] as const) {
  const c = coverage(pairs.flatMap((p) => errorPairs(p.ocr, p.truth)));
  const examples = c.missed.slice(0, 6).map(([o, t]) => `${o}->${t}`).join(', ');
  console.log(`${label.padEnd(14)} ${((100 * c.covered) / c.total).toFixed(1)}% of ${c.total} wrong words explained by the table (not: ${examples}, ...)`);
}

const lexiconOnly = new Repairer();
const model = new WordModel();
for (const c of clean) model.learn(c.text);
const withCorpus = new Repairer({ model });

report('lexicon only', lexiconOnly);
report('lexicon + word model learned from the clean corpus (corpora/)', withCorpus);

// Throughput on one core. Cold: every OCR text once through a fresh repairer, so every word is
// searched for the first time. Archive scale: thousands of different documents, whose vocabulary
// repeats as a real archive's does (the candidate cache then answers most words).
const sample = [...legacy, ...poor].map((p) => p.ocr).join('\n');
const fresh = new Repairer({ model });
fresh.repair('värmer upp lexikonet');
let started = performance.now();
fresh.repair(sample);
let seconds = (performance.now() - started) / 1000;
console.log(`\nthroughput, cold (unique OCR text): ${(Buffer.byteLength(sample) / 1e6 / seconds).toFixed(2)} MB/s (${(Buffer.byteLength(sample) / 1e3).toFixed(0)} kB in ${seconds.toFixed(2)} s, one core)`);
// An archive: 3 000 different documents (bench:search's generator) with å/ä/ö lost as legacy OCR
// loses them, repaired one after another by one repairer, as ingest does.
const archive = generateDocuments(3000, 5).map((d) => d.text.replace(/[åä]/g, 'a').replace(/[ÅÄ]/g, 'A').replace(/ö/g, 'o').replace(/Ö/g, 'O'));
const bytes = archive.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
const archiveRepairer = new Repairer({ model });
started = performance.now();
for (const text of archive) archiveRepairer.repair(text);
seconds = (performance.now() - started) / 1000;
console.log(`throughput, archive scale (3 000 different stripped documents): ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s, one core)`);
const cleanText = clean.map((c) => c.text).join('\n');
started = performance.now();
new Repairer({ model }).repair(cleanText.repeat(20));
seconds = (performance.now() - started) / 1000;
console.log(`throughput, clean text: ${((20 * Buffer.byteLength(cleanText)) / 1e6 / seconds).toFixed(2)} MB/s`);
