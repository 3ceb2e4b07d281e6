/**
 * Versions of one document read in one run: the first is looked up in memory until its batch is in
 * the index, then in the index; memory keeps only what the index does not hold yet.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDocumentIndex } from '../../index/documents.ts';
import { ingestPaths } from '../../ingest/ingest.ts';
import { testClient, testIndexName } from '../helpers/meili.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-versions-'));
const name = testIndexName('versions');
afterAll(async () => {
  await testClient().deleteIndexIfExists(name);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('finds a version whose first reading is already indexed and forgotten by the run', async () => {
  // A seed's text, then a worn copy's old OCR of it; one document per batch, one at a time, so
  // the text is in the index (and out of the run's memory) before the copy is read.
  fs.copyFileSync('test/fixtures/seeds/002_1a29c63b3b3a44df.txt', path.join(dir, '1-text.txt'));
  fs.copyFileSync('test/fixtures/scans/002_1a29c63b3b3a44df.poor.ocr-eng.txt', path.join(dir, '2-worn-copy.txt'));
  const index = await openDocumentIndex(testClient(), name);
  expect(await ingestPaths([dir], { index, concurrency: 1, batchSize: 1 })).toMatchObject({ done: 2, failed: 0 });
  const { results } = await index.getDocuments({ fields: ['id', 'sourceName', 'versionOf'], limit: 10 });
  const text = results.find((d) => d.sourceName === '1-text.txt')!;
  const copy = results.find((d) => d.sourceName === '2-worn-copy.txt')!;
  expect(text.versionOf).toBe(text.id);
  expect(copy.versionOf).toBe(text.id);
});
