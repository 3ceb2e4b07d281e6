import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { env } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentIndex } from '../../index/documents.ts';
import { searchDocuments } from '../../index/search.ts';
import { openChunkIndex } from '../../index/vectors.ts';
import { ingestPaths } from '../../ingest/ingest.ts';
import { chunkDocument, MAX_CHUNK } from '../../pipeline/chunk.ts';
import { Embedder, meanVector, ModelMissing } from '../../pipeline/embed/embedder.ts';
import { chooseModel } from '../../pipeline/embed/model.ts';
import { runPipeline } from '../../pipeline/pipeline.ts';
import { similarBySemantics } from '../../search-ui/api.ts';
import { writeTinyModel } from '../../scripts/make-tiny-model.ts';
import { testClient, testIndexName } from '../helpers/meili.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-model-'));
const modelDir = path.join(dir, 'tiny-bert');
const cacheDir = path.join(dir, 'embeddings');
let embedder: Embedder;
const norm = (v: ArrayLike<number>): number => Math.hypot(...Array.from(v));

beforeAll(async () => {
  writeTinyModel(modelDir, { seed: 7 });
  embedder = await Embedder.load(chooseModel({ DIARIUM_MODEL: modelDir }, dir), cacheDir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the generated tiny model', () => {
  it('is reproducible from its seed', () => {
    const again = path.join(dir, 'again');
    writeTinyModel(again, { seed: 7 });
    for (const file of ['config.json', 'tokenizer.json', 'onnx/model.onnx']) {
      expect(fs.readFileSync(path.join(again, file)).equals(fs.readFileSync(path.join(modelDir, file))), file).toBe(true);
    }
  });
});

describe('embedder (transformers.js, local files only)', () => {
  it('never reaches for the network', () => {
    expect(env.allowRemoteModels).toBe(false);
  });

  it('gives unit vectors of the model\'s size, the same every time', async () => {
    expect(embedder.dimensions).toBe(16);
    const [a, b] = await embedder.passages(['Socialnämnden godkänner förvaltningens förslag.', 'Våld i nära relationer.']);
    expect(a).toHaveLength(16);
    expect(norm(a!)).toBeCloseTo(1, 5);
    expect(norm(b!)).toBeCloseTo(1, 5);
    const query = await embedder.query('våld');
    expect(Array.from(query)).toEqual(Array.from(await embedder.query('våld')));
    const reloaded = await Embedder.load(chooseModel({ DIARIUM_MODEL: modelDir }, dir), null);
    expect(Array.from(await reloaded.query('våld'))).toEqual(Array.from(query));
  });

  it('embeds a text the same alone and in a batch with longer texts', async () => {
    const fresh = await Embedder.load(chooseModel({ DIARIUM_MODEL: modelDir }, dir), null);
    const [alone] = await fresh.passages(['kort text']);
    const batch = await (await Embedder.load(chooseModel({ DIARIUM_MODEL: modelDir }, dir), null)).passages(['en mycket längre text om samverkan mellan polis och socialtjänst i stadsdelen', 'kort text']);
    Array.from(alone!).forEach((x, i) => expect(batch[1]![i]).toBeCloseTo(x, 5));
  });

  it('keeps embeddings by passage, across loads', async () => {
    const before = embedder.cached;
    await embedder.passages(['Socialnämnden godkänner förvaltningens förslag.']);
    expect(embedder.cached).toBe(before);
    const reloaded = await Embedder.load(chooseModel({ DIARIUM_MODEL: modelDir }, dir), cacheDir);
    expect(reloaded.cached).toBe(before);
  });

  it('says what to do when no model is there', async () => {
    const choice = chooseModel({ DIARIUM_MODELS: path.join(dir, 'none') }, dir);
    expect(choice).toMatchObject({ name: 'Xenova/multilingual-e5-small', present: false, queryPrefix: 'query: ', passagePrefix: 'passage: ' });
    await expect(Embedder.load(choice, null)).rejects.toThrow(ModelMissing);
    await expect(Embedder.load(choice, null)).rejects.toThrow(/search is keyword-only.*onnx\/model\.onnx/);
  });

  it('averages passage vectors into a unit document vector', () => {
    const [x, y] = meanVector([Float32Array.from([1, 0]), Float32Array.from([0, 1])]);
    expect(x).toBeCloseTo(Math.SQRT1_2, 12);
    expect(y).toBeCloseTo(Math.SQRT1_2, 12);
  });
});

describe('chunking', () => {
  it('packs sections into bounded passages that carry the document\'s metadata', () => {
    const text = fs.readFileSync('corpora/stockholm/004_cbcbe56bc7805af2.txt', 'utf8');
    const doc = runPipeline({ id: 'd'.repeat(32), source: '/x.txt', text });
    const chunks = chunkDocument(doc);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(MAX_CHUNK);
      expect(c).toMatchObject({ docId: doc.id, namnd: 'Socialnämnden', refDnr: ['Motion 2017:54'] });
    }
    expect(chunks.map((c) => c.heading)).toContain('Bakgrund');
  });
});

describe('semantic search end to end', () => {
  const name = testIndexName('semantic');
  afterAll(async () => {
    await testClient().deleteIndexIfExists(name);
    await testClient().deleteIndexIfExists(`${name}-chunks`);
  });

  it('indexes vectors, answers a hybrid query, finds similar documents and passages', async () => {
    const client = testClient();
    const index = await openDocumentIndex(client, name, embedder.dimensions);
    const chunkIndex = await openChunkIndex(client, name, embedder.dimensions);
    const report = await ingestPaths(['corpora/stockholm'], { index, embedder, chunkIndex });
    expect(report.done).toBe(5);
    expect((await index.getStats()).numberOfEmbeddedDocuments).toBe(5);
    expect((await chunkIndex.getStats()).numberOfDocuments).toBeGreaterThan(10);

    const vector = Array.from(await embedder.query('samverkan mellan polis och socialtjänst'));
    const hybrid = await searchDocuments(index, { q: 'samverkan mellan polis och socialtjänst', semantic: { vector, ratio: 0.5 } });
    expect(hybrid.hits.length).toBeGreaterThan(0);
    const pureSemantic = await searchDocuments(index, { q: 'xyzzy', semantic: { vector, ratio: 1 } });
    expect(pureSemantic.hits.length).toBeGreaterThan(0);

    const first = hybrid.hits[0]!;
    const similar = await similarBySemantics(index, first);
    expect(similar.hits.length).toBeGreaterThan(0);
    expect(similar.hits.map((h) => h.id)).not.toContain(first.id);

    const passages = await chunkIndex.search('våldspreventivt', { locales: ['swe'], filter: `docId = "${first.id}" OR docId != "${first.id}"` });
    expect(passages.hits[0]).toHaveProperty('docId');
  });
});
