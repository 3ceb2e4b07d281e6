/**
 * The named-entity hook runs the real transformers.js token-classification code on a tiny generated
 * model (scripts/make-tiny-model.ts): its labels are random, so this tests the loading, the
 * chunking, finding each entity as printed and adding it to the document, never quality.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntityModel, loadEntityModel } from '../../ingest/entity-model.ts';
import { ingestPaths } from '../../ingest/ingest.ts';
import { openDocumentIndex } from '../../index/documents.ts';
import { testClient, testIndexName } from '../helpers/meili.ts';
import { emptyMetadata } from '../../pipeline/document.ts';
import { withModelEntities } from '../../pipeline/extract/model-entities.ts';
import { swedishLexicon } from '../../pipeline/lexicon/lexicon.ts';
import { writeTinyModel } from '../../scripts/make-tiny-model.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-ner-'));
const folder = path.join(dir, 'tiny-ner');
const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
beforeAll(() => writeTinyModel(folder, { labels: LABELS, seed: 7 }));
const names = [testIndexName('ner-plain'), testIndexName('ner-model')];
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const name of names) await testClient().deleteIndexIfExists(name);
});

describe('a token-classification model', () => {
  it('finds entities, each as printed in the text, of the three kinds', async () => {
    const model = await EntityModel.load(folder);
    const text = 'Socialnämnden i Nacka beslutar. Anna Berg (S) yrkade bifall. Trafikverket har yttrat sig om vägen till Saltsjö-Boo.';
    const found = await model.entities(text);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) {
      expect(['person', 'organisation', 'place']).toContain(e.type);
      expect(text).toContain(e.name);
      expect(e.score).toBeGreaterThan(0);
    }
  });

  it('is a clear error when the folder holds no model, and nothing when none is configured', async () => {
    await expect(loadEntityModel({ DIARIUM_NER_MODEL: dir })).rejects.toThrow(/holds no token-classification model/);
    expect(await loadEntityModel({})).toBeNull();
  });

  it('adds what it is sure of to what the rules found, people only when they read as names', () => {
    const meta = { ...emptyMetadata(), people: ['Eva Lind'], places: ['Nacka'] };
    const merged = withModelEntities(meta, [
      { type: 'person', name: 'Per Ek', score: 0.9 },
      { type: 'person', name: 'nämnden', score: 0.95 },
      { type: 'organisation', name: 'Trafikverket', score: 0.8 },
      { type: 'place', name: 'Torup', score: 0.3 },
      { type: 'place', name: 'Nacka', score: 0.9 },
    ], swedishLexicon());
    expect(merged.people).toEqual(['Eva Lind', 'Per Ek']);
    expect(merged.organisations).toEqual(['Trafikverket']);
    expect(merged.places).toEqual(['Nacka']);
  });

  it('runs in ingest beside the rules', async () => {
    const model = await EntityModel.load(folder);
    const read = async (name: string, entityModel: EntityModel | null) => {
      const index = await openDocumentIndex(testClient(), name);
      expect(await ingestPaths(['test/fixtures/world/p07.txt'], { index, entityModel })).toMatchObject({ done: 1 });
      return (await index.getDocuments({ fields: ['people', 'organisations', 'places'], limit: 1 })).results[0]!;
    };
    const plain = await read(names[0]!, null);
    const modelled = await read(names[1]!, model);
    // The rules' findings stay; the model's can only add.
    expect(plain.organisations).toContain('Trafikverket');
    expect(modelled.organisations).toEqual(expect.arrayContaining(plain.organisations));
    expect(modelled.places).toEqual(expect.arrayContaining(plain.places));
    expect(modelled.people).toEqual(expect.arrayContaining(plain.people));
  });
});
