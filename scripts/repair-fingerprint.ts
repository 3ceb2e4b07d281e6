/**
 * A fingerprint of what repair makes of every OCR text under test/fixtures (and the clean world
 * documents), repaired as ingest repairs them (lexicon, background text when installed, the
 * corpus's word model), one repairer in a fixed order. A change meant only to make repair faster
 * must leave it as it was:
 *
 *   node --import ./bin/register.js scripts/repair-fingerprint.ts                  prints the fingerprint and the time taken
 *   node --import ./bin/register.js scripts/repair-fingerprint.ts /tmp/before.txt  also writes each file's own, to compare with diff
 *
 * The text and every correction (rule, reason, score) count, so a tie broken otherwise shows too.
 * Without the background text (Debian's cfi-sv) the fingerprint differs, as repair does.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadBackground } from '../ingest/background-text.ts';
import { WordModel } from '../pipeline/repair/model.ts';
import { Repairer } from '../pipeline/repair/repair.ts';

const FIXTURES = 'test/fixtures';
const read = (file: string): string => fs.readFileSync(file, 'utf8');

const background = loadBackground();
const corpus = new WordModel();
for (const f of fs.readdirSync('corpora/stockholm').sort()) corpus.learnTrusted(read(path.join('corpora/stockholm', f)), f);
const repairer = new Repairer({ model: corpus, background: background?.model });

const files: string[] = [];
for (const dir of fs.readdirSync(FIXTURES).sort()) {
  const full = path.join(FIXTURES, dir);
  if (!fs.statSync(full).isDirectory()) continue;
  for (const f of fs.readdirSync(full).sort()) if (f.endsWith('.ocr-eng.txt') || (dir === 'world' && f.endsWith('.txt'))) files.push(path.join(full, f));
}

const whole = createHash('sha256');
const lines: string[] = [];
const started = performance.now();
for (const file of files) {
  const result = repairer.repair(read(file));
  const own = createHash('sha256').update(result.text).update(JSON.stringify(result.corrections)).digest('hex').slice(0, 16);
  whole.update(own);
  lines.push(`${own} ${file}`);
}
const seconds = (performance.now() - started) / 1000;
if (process.argv[2]) fs.writeFileSync(process.argv[2], `${lines.join('\n')}\n`);
console.log(`${whole.digest('hex').slice(0, 16)}  (${files.length} files, background ${background ? 'installed' : 'absent'}, ${seconds.toFixed(1)} s)`);
