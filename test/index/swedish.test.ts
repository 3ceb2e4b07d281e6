import type { Index } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentIndex, upsertDocuments } from '../../index/documents.ts';
import { searchDocuments } from '../../index/search.ts';
import { applySettings, DOCUMENT_SETTINGS, settingsDiff } from '../../index/settings.ts';
import type { Document } from '../../pipeline/document.ts';
import { runPipeline } from '../../pipeline/pipeline.ts';
import { loadLemmatizer, queryLemmatizer } from '../../ingest/lemmatizer.ts';
import { baseFormQuery } from '../../pipeline/lexicon/lemmas.ts';
import { testClient, testIndexName } from '../helpers/meili.ts';

const client = testClient();
const name = testIndexName('swedish');
let index: Index<Document>;

function doc(id: string, text: string): Document {
  return runPipeline({ id, source: `${id}.txt`, text }, { lemmatizer: loadLemmatizer() });
}

beforeAll(async () => {
  index = await openDocumentIndex(client, name);
  await upsertDocuments(index, [
    doc('year', 'Insatsen pågick i ett år.'),
    doc('ar', 'Rapporten kom från AR-gruppen, ar efter ar.'),
    doc('for', 'Planen är bra för barnen.'),
    doc('fore', 'Rutinen for ut genom fönstret.'),
    doc('obelisken', 'Obelisken på torget restaureras under våren.'),
    doc('obelisk', 'En obelisk av granit planeras på torget.'),
    doc('riktlinjerna', 'Nämnden antar riktlinjerna om bidrag till idrottsklubbar.'),
    doc('skola', 'Kommunen bygger en skola vid sjön.'),
    doc('skolornas', 'Skolornas lokaler vid sjön ses över.'),
    // Justified print: a word hyphenated at a line's end, and a hyphen that stands for a shared last part.
    doc('hyphenated', 'Ärendet ska behandlas av kommunfullmäk-\ntige i juni, liksom frågor om hälso-\noch sjukvård.'),
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

  it('finds a word a line\'s end hyphenated whole and by its parts, and no word made of a shared-part hyphen', async () => {
    expect((await searchDocuments(index, { q: 'kommunfullmäktige' })).hits.map((h) => h.id)).toEqual(['hyphenated']);
    // A part of the compound the hyphen split, as parts of any compound are found.
    expect((await searchDocuments(index, { q: 'fullmäktige' })).hits.map((h) => h.id)).toEqual(['hyphenated']);
    expect((await searchDocuments(index, { q: 'hälsooch' })).hits.map((h) => h.id)).toEqual([]);
    // The text keeps its lines.
    expect((await index.getDocument('hyphenated')).text).toContain('kommunfullmäk-\ntige');
  });

  it('reads a query pasted from a PDF or web page as the index holds text: soft hyphens, no-break spaces', async () => {
    expect((await searchDocuments(index, { q: 'riktlin\u00adjerna\u00a0bidrag' })).hits.map((h) => h.id)).toEqual(['riktlinjerna']);
    expect((await searchDocuments(index, { q: 'idrottsklub\u00adbar' })).hits.map((h) => h.id)).toEqual(['riktlinjerna']);
  });

  it('finds the other forms of a word by their base form, the exact form first', async () => {
    // "obelisk" before another word: Meilisearch's prefix search covers only the last word typed,
    // and "obelisken" is two typos from "obelisk". Both documents say "torget".
    const found = await searchDocuments(index, { q: 'obelisk torget' });
    expect(found.hits.map((h) => h.id)).toEqual(['obelisk', 'obelisken']);
    expect((await searchDocuments(index, { q: 'riktlinje bidrag' })).hits.map((h) => h.id)).toEqual(['riktlinjerna']);
  });

  it('searches the query\'s base forms after the query: the exact form first, other forms after', async () => {
    const q = 'skolornas sjön';
    const baseForms = baseFormQuery(q, queryLemmatizer(q)!);
    expect(baseForms).toBe('skola sjö');
    // As typed, only the document that prints "skolornas"; with base forms, the one that says "skola" after it.
    expect((await searchDocuments(index, { q })).hits.map((h) => h.id)).toEqual(['skolornas']);
    const both = await searchDocuments(index, { q, baseForms });
    expect(both.hits.map((h) => h.id)).toEqual(['skolornas', 'skola']);
    expect(both.estimatedTotalHits).toBe(2);
    // Paged over the merged list.
    expect((await searchDocuments(index, { q, baseForms, limit: 1, offset: 1 })).hits.map((h) => h.id)).toEqual(['skola']);
    // Nothing as typed: the base forms' hits, facets and count.
    const none = await searchDocuments(index, { q: 'skolgårdarnas', baseForms: 'skola', facets: ['doctype'] });
    expect(none.hits.map((h) => h.id).sort()).toEqual(['skola', 'skolornas']);
    expect(none.estimatedTotalHits).toBe(2);
    expect(Object.values(none.facetDistribution?.doctype ?? {}).reduce((a, b) => a + b, 0)).toBe(2);
    expect(baseFormQuery('KS 2018/906', queryLemmatizer('KS 2018/906')!)).toBeNull();
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

describe('compounds, synonyms and stop words', () => {
  const compounds = testIndexName('compounds');
  let index2: Index<Document>;
  beforeAll(async () => {
    index2 = await openDocumentIndex(client, compounds);
    await upsertDocuments(index2, [
      doc('sn', 'Ärendet bereds av Socialnämnden i vår.'),
      doc('overens', 'En samverkansöverenskommelse mellan staden och polisen.'),
      doc('ks', 'Remiss från kommunstyrelsen om trygghet.'),
      doc('other', 'Trafiknämnden planerar cykelbanor.'),
      doc('abbr', 'Yttrande till KS om budgeten.'),
    ]);
  });
  afterAll(() => client.deleteIndexIfExists(compounds));

  it('finds compounds by their parts', async () => {
    expect((await searchDocuments(index2, { q: 'överenskommelse' })).hits.map((h) => h.id)).toEqual(['overens']);
    expect((await searchDocuments(index2, { q: 'nämnden' })).hits.map((h) => h.id).sort()).toEqual(['other', 'sn']);
  });

  it('expands the usual abbreviations both ways', async () => {
    expect((await searchDocuments(index2, { q: 'KS' })).hits.map((h) => h.id).sort()).toEqual(['abbr', 'ks']);
    expect((await searchDocuments(index2, { q: 'SN' })).hits.map((h) => h.id)).toEqual(['sn']);
    expect((await searchDocuments(index2, { q: 'kommunstyrelsen' })).hits.map((h) => h.id).sort()).toEqual(['abbr', 'ks']);
  });

  it('ignores function words in a query', async () => {
    expect((await searchDocuments(index2, { q: 'och mellan polisen' })).hits.map((h) => h.id)).toEqual(['overens']);
  });
});
