import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentIndex } from '../../index/documents.ts';
import { ingestPaths } from '../../ingest/ingest.ts';
import { requestFromParams } from '../../search-ui/api.ts';
import { createSearchServer } from '../../search-ui/server.ts';
import { testClient, testIndexName } from '../helpers/meili.ts';

const name = testIndexName('api');
let server: Server;
let base: string;

beforeAll(async () => {
  const index = await openDocumentIndex(testClient(), name);
  await ingestPaths(['corpora'], { index });
  server = createSearchServer(index);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await testClient().deleteIndexIfExists(name);
});

describe('search API', () => {
  it('serves the page and searches with facet filters', async () => {
    expect(await (await fetch(`${base}/`)).text()).toMatch(/<html lang="sv">/);
    const all = await (await fetch(`${base}/api/search?q=centrum`)).json();
    const only = await (await fetch(`${base}/api/search?q=centrum&namnd=${encodeURIComponent('Rinkeby-Kista stadsdelsnämnd')}`)).json();
    expect(all.estimatedTotalHits).toBeGreaterThan(only.estimatedTotalHits);
    expect(only.hits.every((h: { namnd: string }) => h.namnd === 'Rinkeby-Kista stadsdelsnämnd')).toBe(true);
  });

  it('keeps facet values from the browser as values: no filter injection', async () => {
    const evil = 'x" OR namnd != "y';
    expect(requestFromParams(new URLSearchParams({ namnd: evil })).filter).toBe('(namnd = "x\\" OR namnd != \\"y")');
    const response = await fetch(`${base}/api/search?namnd=${encodeURIComponent(evil)}`);
    expect(response.status).toBe(200);
    expect((await response.json()).estimatedTotalHits).toBe(0);
  });

  it('ignores parameters that are not facets and bounds the page size', () => {
    const request = requestFromParams(new URLSearchParams({ q: 'x', source: 'a', limit: '100000' }));
    expect(request.filter).toBe('');
    expect(request.limit).toBe(100);
  });
});
