import type { Index } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentIndex, upsertDocuments } from '../../index/documents.ts';
import { searchDocuments } from '../../index/search.ts';
import { applySettings, DOCUMENT_SETTINGS, settingsDiff } from '../../index/settings.ts';
import type { Document } from '../../pipeline/document.ts';
import { runPipeline } from '../../pipeline/pipeline.ts';
import { testClient, testIndexName } from '../helpers/meili.ts';

const client = testClient();
const name = testIndexName('swedish');
let index: Index<Document>;

function doc(id: string, text: string): Document {
  return runPipeline({ id, source: `${id}.txt`, text });
}

beforeAll(async () => {
  index = await openDocumentIndex(client, name);
  await upsertDocuments(index, [
    doc('year', 'Insatsen pågick i ett år.'),
    doc('ar', 'Rapporten kom från AR-gruppen, ar efter ar.'),
    doc('for', 'Planen är bra för barnen.'),
    doc('fore', 'Rutinen for ut genom fönstret.'),
  ]);
});
afterAll(() => client.deleteIndexIfExists(name));

describe('Swedish-aware index', () => {
  it.each([
    ['år', ['year']],
    ['ar', ['ar']],
    ['för', ['for']],
    ['for', ['fore']],
  ])('"%s" finds only documents with exactly that word', async (q, ids) => {
    const result = await searchDocuments(index, { q });
    expect(result.hits.map((h) => h.id).sort()).toEqual(ids);
  });

  it('applies settings idempotently: a second run changes nothing', async () => {
    expect(await applySettings(index)).toBe(false);
    expect(settingsDiff(await index.getSettings(), DOCUMENT_SETTINGS)).toEqual({});
  });

  it('reports what differs when a setting drifts', () => {
    const drifted = { ...DOCUMENT_SETTINGS, sortableAttributes: ['title'] };
    expect(Object.keys(settingsDiff(drifted, DOCUMENT_SETTINGS))).toEqual(['sortableAttributes']);
    const reordered = { ...DOCUMENT_SETTINGS, filterableAttributes: [...(DOCUMENT_SETTINGS.filterableAttributes as string[])].reverse() };
    expect(settingsDiff(reordered, DOCUMENT_SETTINGS)).toEqual({});
  });

  it('surfaces a failed task with Meilisearch\'s reason', async () => {
    await expect(applySettings(index, { ...DOCUMENT_SETTINGS, rankingRules: ['nonsense:up'] })).rejects.toThrow(/invalid|ranking/i);
  });
});
