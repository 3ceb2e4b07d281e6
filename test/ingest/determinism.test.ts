/**
 * Repair is deterministic: the same bytes give the same text whatever order files come in, whatever
 * the concurrency, and whatever a run learned before it was stopped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadBackground } from '../../ingest/background-text.ts';
import { openDocumentIndex } from '../../index/documents.ts';
import { ingestPaths } from '../../ingest/ingest.ts';
import type { Document } from '../../pipeline/document.ts';
import { WordModel } from '../../pipeline/repair/model.ts';
import { testClient, testIndexName } from '../helpers/meili.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-determinism-'));
const names = [testIndexName('order-a'), testIndexName('order-b')];
afterAll(async () => {
  for (const name of names) await testClient().deleteIndexIfExists(name);
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function texts(name: string): Promise<Map<string, Pick<Document, 'text' | 'repairModel' | 'textCondition'>>> {
  const { results } = await testClient().index<Document>(name).getDocuments({ fields: ['id', 'text', 'repairModel', 'textCondition'], limit: 100 });
  return new Map(results.map((d) => [d.id, d]));
}

it('repairs every document to the same text whichever order and concurrency it is ingested in, and learns only from intact text', async () => {
  const clean = path.join(tmp, 'clean');
  const ocr = path.join(tmp, 'ocr');
  fs.mkdirSync(clean);
  fs.mkdirSync(ocr);
  for (const seed of ['000_550816b0be03c5e1', '001_a424892d2af8109e', '003_f4253ad83b63b7dc', '004_cbcbe56bc7805af2']) {
    fs.copyFileSync(`test/fixtures/seeds/${seed}.txt`, path.join(clean, `${seed}.txt`));
    fs.copyFileSync(`test/fixtures/scans/${seed}.poor.ocr-eng.txt`, path.join(ocr, `${seed}.poor.txt`));
  }
  for (const worn of ['u05', 'p12']) fs.copyFileSync(`test/fixtures/ocr/${worn}.poor.ocr-swe.txt`, path.join(ocr, `${worn}.worn.txt`));

  // A model that already knows a little, as a real one does; each run starts from the same one.
  const start = new WordModel();
  start.learn(fs.readFileSync('test/fixtures/seeds/002_1a29c63b3b3a44df.truth.txt', 'utf8'), 'truth');
  const models = [start.clone(), start.clone()];
  const orders = [[clean, ocr], [ocr, clean]];
  for (let run = 0; run < 2; run++) {
    const index = await openDocumentIndex(testClient(), names[run]!);
    const report = await ingestPaths(orders[run]!, { index, model: models[run], concurrency: 2 });
    expect(report.done).toBe(10);
  }
  const [a, b] = (await Promise.all(names.map(texts))) as [Awaited<ReturnType<typeof texts>>, Awaited<ReturnType<typeof texts>>];
  expect(a.size).toBe(10);
  for (const [id, doc] of a) {
    expect(b.get(id)?.text, id).toBe(doc.text);
    // The corpus snapshot's version, and the background text's when one is installed.
    const background = loadBackground();
    expect(doc.repairModel).toBe(background ? `${start.version()}+${background.version}` : start.version());
  }
  // The clean texts taught the model, the worn copies (their å/ä/ö kept, their words damaged) did not.
  const conditions = [...a.values()].map((d) => d.textCondition).sort();
  expect(conditions.filter((c) => c === 'worn')).toHaveLength(2);
  for (const model of models) {
    expect(model.version()).not.toBe(start.version());
    expect(models[0]!.version()).toBe(models[1]!.version());
    // A word only the worn copies print, as they damaged it, is not learned.
    expect(model.count('avgik')).toBe(0);
  }
}, 180_000);
