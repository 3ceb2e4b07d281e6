/**
 * One index family over two Meilisearch instances (DIARIUM_REMOTES): ingest routes each document
 * to one of them, and one federated search returns the same hits and facet counts as a single
 * instance holding all of them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Index } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentIndex } from '../../index/documents.ts';
import { Federation, parseRemotes, routeOf, type Remote } from '../../index/remotes.ts';
import { searchDocuments } from '../../index/search.ts';
import { serverPaths, startServer, stopServer } from '../../index/server.ts';
import { ingestPaths } from '../../ingest/ingest.ts';
import type { Document } from '../../pipeline/document.ts';
import { ROOT, runCli } from '../helpers/cli.ts';
import { startTestServer } from '../helpers/server.ts';
import { cliEnv, testClient, testIndexName } from '../helpers/meili.ts';

const homes = [fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-remote-a-')), fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-remote-b-'))];
const name = testIndexName('federated');
const single = testIndexName('single');
let remotes: Remote[];
let federation: Federation;
let shards: Map<string, Index<Document>>;
let whole: Index<Document>;
const SOURCES = [path.join(ROOT, 'test/fixtures/world'), path.join(ROOT, 'corpora/stockholm')];

beforeAll(async () => {
  const servers = await Promise.all(homes.map((home) => startServer(serverPaths(home))));
  remotes = servers.map((s, i) => ({ name: `ms-${i}`, url: s.url, key: s.key }));
  federation = new Federation(remotes);
  await federation.join();
  shards = await federation.indexes((client) => openDocumentIndex(client, name));
  whole = await openDocumentIndex(testClient(), single);
  await ingestPaths(SOURCES, { index: shards.get('ms-0')!, upsert: (docs) => federation.upsert(shards, docs) });
  await ingestPaths(SOURCES, { index: whole });
}, 240_000);

afterAll(async () => {
  for (const home of homes) {
    await stopServer(serverPaths(home));
    fs.rmSync(home, { recursive: true, force: true });
  }
  await testClient().deleteIndexIfExists(single);
});

describe('search across Meilisearch instances', () => {
  it('reads remotes from DIARIUM_REMOTES and routes a kommun\'s documents together', () => {
    expect(parseRemotes('a=http://10.0.0.1:7700#k1,b=http://10.0.0.2:7700/')).toEqual([
      { name: 'a', url: 'http://10.0.0.1:7700', key: 'k1' },
      { name: 'b', url: 'http://10.0.0.2:7700', key: null },
    ]);
    expect(() => parseRemotes('a=http://10.0.0.1:7700')).toThrow(/fewer than two/);
    expect(() => parseRemotes('a=ftp://x,b=http://y')).toThrow(/not name=http/);
    const two = parseRemotes('a=http://h:1,b=http://h:2');
    expect(routeOf({ municipality: 'Nacka', versionOf: 'x', id: 'x' }, two)).toBe(routeOf({ municipality: 'Nacka', versionOf: 'y', id: 'y' }, two));
  });

  it('splits the documents over both instances', async () => {
    const counts = await Promise.all([...shards.values()].map(async (s) => (await s.getStats()).numberOfDocuments));
    const all = (await whole.getStats()).numberOfDocuments;
    expect(counts.every((c) => c > 0)).toBe(true);
    expect(counts[0]! + counts[1]!).toBe(all);
  });

  it.each([
    ['', undefined],
    ['detaljplan', undefined],
    ['skola', 'doctype = "kallelse" OR doctype = "protokoll"'],
  ])('answers "%s" (filter %s) with the hits and facet counts one instance holding all gives', async (q, filter) => {
    const request = { q, filter, facets: ['municipality', 'doctype', 'year'], limit: 200 };
    const [federated, plain] = await Promise.all([searchDocuments(federation.asIndex(shards.get('ms-0')!), request), searchDocuments(whole, request)]);
    expect(plain.hits.length).toBeGreaterThan(0);
    expect(federated.hits.map((h) => h.id).sort()).toEqual(plain.hits.map((h) => h.id).sort());
    expect(federated.estimatedTotalHits).toBe(plain.estimatedTotalHits);
    expect(federated.facetDistribution).toEqual(plain.facetDistribution);
    if (q === '') expect(new Set(federated.hits.map((h) => (h as { _federation?: { remote: string } })._federation?.remote))).toEqual(new Set(['ms-0', 'ms-1']));
  });

  it('serves the page\'s API over both as over one: search, a document, a case, facet values, the entity export', async () => {
    const [federated, plain] = await Promise.all([startTestServer({ index: shards.get('ms-0')!, federation }), startTestServer({ index: whole })]);
    try {
      const get = async (base: string, route: string): Promise<unknown> => {
        const response = await fetch(`${base}${route}`);
        expect(response.status, route).toBe(200);
        return route.includes('.csv') ? response.text() : response.json();
      };
      const ids = (r: unknown): string[] => ((r as { hits: { id: string }[] }).hits ?? (r as { id: string }[])).map((h) => h.id).sort();
      const search = '/api/search?q=kommunstyrelsen&limit=100';
      const [a, b] = [await get(federated.base, search), await get(plain.base, search)];
      expect(ids(a)).toEqual(ids(b));
      expect((a as { facetDistribution: unknown }).facetDistribution).toEqual((b as { facetDistribution: unknown }).facetDistribution);
      // A document held by the second instance opens.
      const held = (await shards.get('ms-1')!.getDocuments({ fields: ['id', 'dnr'], limit: 1 })).results[0]!;
      expect(((await get(federated.base, `/api/documents/${held.id}`)) as { id: string }).id).toBe(held.id);
      const caseRoute = `/api/case?dnr=${encodeURIComponent(String((held.dnr as string[])[0] ?? 'KS 2018/906'))}`;
      expect(ids(await get(federated.base, caseRoute))).toEqual(ids(await get(plain.base, caseRoute)));
      const facetRoute = '/api/facets/municipality?facetQuery=';
      expect(await get(federated.base, facetRoute)).toEqual(await get(plain.base, facetRoute));
      const rows = (csv: unknown): string[] => String(csv).split('\r\n').filter(Boolean).sort();
      expect(rows(await get(federated.base, '/api/entities.csv?q='))).toEqual(rows(await get(plain.base, '/api/entities.csv?q=')));
    } finally {
      federated.close();
      plain.close();
    }
  });

  it('is what `diarium search` does when DIARIUM_REMOTES is set', async () => {
    const spec = remotes.map((r) => `${r.name}=${r.url}#${r.key}`).join(',');
    const result = await runCli(['search', 'detaljplan', '--json', '--limit', '100', '--facets', 'municipality'], cliEnv(name, { DIARIUM_REMOTES: spec }));
    expect(result.code, result.stderr).toBe(0);
    const response = JSON.parse(result.stdout);
    const plain = await searchDocuments(whole, { q: 'detaljplan', facets: ['municipality'], limit: 100 });
    expect(response.hits.map((h: { id: string }) => h.id).sort()).toEqual(plain.hits.map((h) => h.id).sort());
    expect(response.facetDistribution).toEqual(plain.facetDistribution);
  });
});
