/**
 * The manifest says what the index confirmed; when the index has lost documents since (dropped,
 * rebuilt, another server), a re-run reads those files again instead of calling them unchanged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDocumentIndex } from '../../index/documents.ts';
import { settle } from '../../index/tasks.ts';
import { ingestPaths } from '../../ingest/ingest.ts';
import { Manifest } from '../../ingest/manifest.ts';
import { testClient, testIndexName } from '../helpers/meili.ts';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-rebuilt-'));
const name = testIndexName('rebuilt');
afterAll(async () => {
  await testClient().deleteIndexIfExists(name);
  fs.rmSync(home, { recursive: true, force: true });
});

it('reads again the files whose documents the index no longer holds, and only those', async () => {
  const files = ['test/fixtures/world/u07.txt', 'test/fixtures/world/u08.txt', 'test/fixtures/world/k08.txt'];
  const run = async () => ingestPaths(files, { index: await openDocumentIndex(testClient(), name), manifest: Manifest.load(home, name) });
  expect(await run()).toMatchObject({ done: 3, unchanged: 0 });
  expect(await run()).toMatchObject({ done: 0, unchanged: 3 });

  // One document deleted by hand: that file alone is read again.
  const index = await openDocumentIndex(testClient(), name);
  const { results } = await index.getDocuments({ fields: ['id', 'sourceName'], limit: 10 });
  const gone = results.find((d) => d.sourceName === 'u08.txt')!;
  await settle(index.deleteDocument(gone.id), 'delete one document');
  expect(await run()).toMatchObject({ done: 1, unchanged: 2 });

  // The whole index dropped: everything is read again, and it holds all three.
  await settle(testClient().deleteIndex(name), 'drop the index');
  expect(await run()).toMatchObject({ done: 3, unchanged: 0 });
  expect((await (await openDocumentIndex(testClient(), name)).getStats()).numberOfDocuments).toBe(3);
});

it('reads unchanged files again when asked to reprocess, and indexes each once', async () => {
  const files = ['test/fixtures/world/u07.txt', 'test/fixtures/world/k08.txt'];
  const reprocessName = `${name}-again`;
  const run = async (reprocess: boolean) => ingestPaths(files, { index: await openDocumentIndex(testClient(), reprocessName), manifest: Manifest.load(home, reprocessName), reprocess });
  try {
    expect(await run(false)).toMatchObject({ done: 2 });
    expect(await run(false)).toMatchObject({ done: 0, unchanged: 2 });
    expect(await run(true)).toMatchObject({ done: 2, unchanged: 0 });
    expect((await (await openDocumentIndex(testClient(), reprocessName)).getStats()).numberOfDocuments).toBe(2);
    // What it recorded still lets a plain run skip them.
    expect(await run(false)).toMatchObject({ done: 0, unchanged: 2 });
  } finally {
    await settle(testClient().deleteIndex(reprocessName), 'drop the reprocessed index').catch(() => undefined);
  }
});
