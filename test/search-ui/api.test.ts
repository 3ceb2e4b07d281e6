import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../index/client.ts';
import { openDocumentIndex } from '../../index/documents.ts';
import { ingestPaths } from '../../ingest/ingest.ts';
import { csvCell, requestFromParams } from '../../search-ui/api.ts';
import { createSearchServer } from '../../search-ui/server.ts';
import { testClient, testIndexName } from '../helpers/meili.ts';

const name = testIndexName('api');
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-dist-'));
let server: Server;
let base: string;
const get = (p: string): Promise<Response> => fetch(`${base}${p}`);

beforeAll(async () => {
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html lang="sv"><title>diarium</title></html>');
  const index = await openDocumentIndex(testClient(), name);
  await ingestPaths(['corpora'], { index });
  server = createSearchServer({ index, dist });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  server.close();
  await testClient().deleteIndexIfExists(name);
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('search API', () => {
  it('says which item a hit matched in, and lists a case across documents with the items that handle it', async () => {
    const found = await (await get(`/api/search?q=${encodeURIComponent('våldspreventivt centrum')}&doctype=protokollsutdrag`)).json();
    expect(found.hits[0]._item).toMatchObject({ index: 0, paragraf: '§ 5', title: 'Inför ett våldspreventivt centrum' });
    // The case key: case and spacing do not matter; the documents come in date order with their items.
    const docs = await (await get(`/api/case?dnr=${encodeURIComponent('1.7.1-310/2018')}`)).json();
    // (corpora/ holds 002 twice: its text and its scan.)
    expect(docs[0].doctype).toBe('tjänsteutlåtande');
    const extracts = docs.filter((d: { doctype: string }) => d.doctype === 'protokollsutdrag');
    expect(extracts.length).toBeGreaterThanOrEqual(1);
    for (const d of extracts) expect(d.caseItems.map((i: { paragraf: string }) => i.paragraf)).toEqual(['§ 5']);
    const keyed = await (await get(`/api/case?dnr=${encodeURIComponent('ks2018/906')}`)).json();
    expect(keyed.length).toBeGreaterThanOrEqual(3);
  });

  it('serves the page with a strict content security policy', async () => {
    const response = await get('/dokument/abc');
    expect(await response.text()).toMatch(/<html lang="sv">/);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  });

  it('searches with facet filters and a date range', async () => {
    const all = await (await get('/api/search?q=centrum')).json();
    const only = await (await get(`/api/search?q=centrum&namnd=${encodeURIComponent('Rinkeby-Kista stadsdelsnämnd')}`)).json();
    expect(all.estimatedTotalHits).toBeGreaterThan(only.estimatedTotalHits);
    expect(only.hits.every((h: { namnd: string }) => h.namnd === 'Rinkeby-Kista stadsdelsnämnd')).toBe(true);
    const in2019 = await (await get('/api/search?from=2019-01-01&to=2019-12-31')).json();
    expect(in2019.hits.map((h: { year: number }) => h.year)).toEqual([2019]);
    expect((await get('/api/search?from=yesterday')).status).toBe(400);
  });

  it('keeps facet values from the browser as values: no filter injection', async () => {
    const evil = 'x" OR namnd != "y';
    expect(requestFromParams(new URLSearchParams({ namnd: evil })).filter).toBe('(namnd = "x\\" OR namnd != \\"y")');
    const response = await get(`/api/search?namnd=${encodeURIComponent(evil)}&doctype=${encodeURIComponent(') OR (year > 0')}`);
    expect(response.status).toBe(200);
    expect((await response.json()).estimatedTotalHits).toBe(0);
    expect((await get('/api/facets/text?facetQuery=a')).status).toBe(400);
  });

  it('ignores parameters that are not facets, bounds the page size and refuses huge queries', async () => {
    const request = requestFromParams(new URLSearchParams({ q: 'x', source: 'a', limit: '100000' }));
    expect(request.filter).toBe('');
    expect(request.limit).toBe(100);
    expect((await get(`/api/search?q=${'a'.repeat(600)}`)).status).toBe(400);
  });

  it('searches facet values', async () => {
    const values = await (await get('/api/facets/namnd?facetQuery=rinkeby')).json();
    expect(values).toEqual([{ value: 'Rinkeby-Kista stadsdelsnämnd', count: 2 }]);
  });

  it('gives a document, its case in date order, its source pages and similar documents', async () => {
    // Every document, every version (the search shows one per document).
    const hits = (await testClient().index(name).getDocuments({ limit: 100, fields: ['id', 'source'] })).results as { id: string; source: string }[];
    const scan = hits.find((h: { source: string }) => h.source.endsWith('.png'))!;
    const doc = await (await get(`/api/documents/${scan.id}`)).json();
    expect(doc.ocr.pages).toHaveLength(1);
    const image = await get(`/api/documents/${scan.id}/pages/1`);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect((await get(`/api/documents/${scan.id}/pages/2`)).status).toBe(404);
    const pdf = hits.find((h: { source: string }) => h.source.endsWith('.pdf'))!;
    const rendered = await get(`/api/documents/${pdf.id}/pages/2`);
    expect(rendered.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await rendered.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');

    const caseDocs = await (await get(`/api/case?dnr=${encodeURIComponent('KS 2018/906')}`)).json();
    expect(new Set(caseDocs.map((d: { namnd: string }) => d.namnd))).toEqual(new Set(['Rinkeby-Kista stadsdelsnämnd', 'Socialnämnden']));
    const similar = await (await get(`/api/documents/${scan.id}/similar`)).json();
    expect(similar.method).toBe('terms');
    expect(similar.hits.some((h: { id: string }) => h.id === scan.id)).toBe(false);
  });

  it('shows one hit per document, by its best version, with its versions; the document and the case view too', async () => {
    const all = (await (await get('/api/search?q=&limit=50')).json()).hits as { id: string; versionOf: string; _versions?: { id: string; kind: string; sourceName: string }[] }[];
    expect(new Set(all.map((h) => h.versionOf)).size).toBe(all.length);
    // corpora/ holds 002 as its archived OCR text and as a scan: one hit, two versions, the text first.
    const both = all.find((h) => h._versions?.some((v) => v.sourceName === 'scans/002_1a29c63b3b3a44df.good.scan.pdf'))!;
    expect(both._versions!.map((v) => `${v.kind} ${v.sourceName}`)).toEqual(['OCR-text stockholm/002_1a29c63b3b3a44df.txt', 'skannad scans/002_1a29c63b3b3a44df.good.scan.pdf']);
    expect(both.id).toBe(both._versions![0]!.id);
    const scan = await (await get(`/api/documents/${both._versions![1]!.id}`)).json();
    expect(scan._versions.map((v: { kind: string }) => v.kind)).toEqual(['OCR-text', 'skannad']);
    const rows = await (await get(`/api/case?dnr=${encodeURIComponent('1.7.1-310/2018')}`)).json();
    expect(rows.filter((r: { doctype: string }) => r.doctype === 'protokollsutdrag')).toHaveLength(1);
  });

  it('shows a hit that matched only in the letterhead by its summary, not by phone numbers', async () => {
    const hit = (await (await get('/api/search?q=Nordstrand')).json()).hits.find((h: { title: string }) => /våldspreventivt/.test(h.title));
    expect(hit._letterhead).toBe(true);
    expect(hit._formatted.text).toContain('<mark>Nordstrand</mark>');
    expect(hit.summary).toMatch(/^Lotta Edholm/);
    // A match in the body alone is shown where it is.
    const body = (await (await get('/api/search?q=samlokalisera')).json()).hits[0];
    expect(body._letterhead).toBeUndefined();
    expect(body._formatted.text).toContain('<mark>');
  });

  it('sorts oldest first, says a reversed date range in Swedish, and serves the original file', async () => {
    const oldest = (await (await get('/api/search?q=&sort=oldest&limit=50')).json()).hits.map((h: { sortDate: number | null }) => h.sortDate).filter((d: number | null) => d !== null);
    expect([...oldest].sort((a, b) => a - b)).toEqual(oldest);
    const reversed = await get('/api/search?from=2019-01-01&to=2018-01-01');
    expect(reversed.status).toBe(400);
    expect((await reversed.json()).error).toBe('Från-datumet 2019-01-01 ligger efter till-datumet 2018-01-01: byt plats på dem.');
    expect((await (await get('/api/search?from=yesterday')).json()).error).toBe('Inget datum (ÅÅÅÅ-MM-DD): yesterday');
    const pdf = ((await testClient().index(name).getDocuments({ limit: 100, fields: ['id', 'source'] })).results as { id: string; source: string }[]).find((d) => d.source.endsWith('.pdf'))!;
    const original = await get(`/api/documents/${pdf.id}/original`);
    expect(original.headers.get('content-type')).toBe('application/pdf');
    expect(original.headers.get('content-disposition')).toMatch(/^attachment; filename="002_1a29c63b3b3a44df\.good\.scan\.pdf"/);
    expect(Buffer.from(await original.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(`/api/documents/${pdf.id}/original/2`)).status).toBe(404);
  });

  it('never serves files outside the page: traversal gets the page or a 404', async () => {
    for (const p of ['/..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/api/documents/..%2f..%2fetc%2fpasswd/pages/1']) {
      const response = await get(p);
      expect(await response.text()).not.toMatch(/root:/);
    }
    expect((await get('/api/documents/not-an-id')).status).toBe(404);
  });

  it('says plainly when Meilisearch is down', async () => {
    const down = createSearchServer({ index: createClient('http://127.0.0.1:9', 'x').index('documents'), dist });
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(down.address() as AddressInfo).port}/api/search?q=x`);
      expect(response.status).toBe(503);
      expect((await response.json()).error).toMatch(/Sökservern \(Meilisearch\) svarar inte/);
    } finally {
      down.close();
    }
  });

  it('asks for the key on every route when one is configured', async () => {
    const locked = createSearchServer({ index: await openDocumentIndex(testClient(), name), dist, apiKey: 'a-long-secret-key-123' });
    await new Promise<void>((resolve) => locked.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(locked.address() as AddressInfo).port}`;
    try {
      for (const p of ['/', '/api/search?q=x', '/api/status']) {
        const response = await fetch(`${url}${p}`);
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toMatch(/^Basic/);
      }
      expect((await fetch(`${url}/api/status`, { headers: { authorization: 'Bearer wrong-key-wrong-key-1' } })).status).toBe(401);
      expect((await fetch(`${url}/api/status`, { headers: { authorization: 'Bearer a-long-secret-key-123' } })).status).toBe(200);
      const basic = Buffer.from('arkivarie:a-long-secret-key-123').toString('base64');
      expect((await fetch(`${url}/api/status`, { headers: { authorization: `Basic ${basic}` } })).status).toBe(200);
    } finally {
      locked.close();
    }
  });

  it('exports every matching document as CSV and JSON, with formulas neutralised', async () => {
    const csv = await (await get('/api/export?q=&format=csv')).text();
    expect(csv.trim().split('\r\n')).toHaveLength(8);
    const json = await (await get('/api/export?q=&format=json&doctype=protokollsutdrag')).json();
    // 002 twice: its archived OCR text and its scanned PDF.
    expect(json.map((d: { doctype: string; source: string }) => [d.doctype, d.source.replace(/^.*corpora\//, '')]).sort()).toEqual([
      ['protokollsutdrag', 'scans/002_1a29c63b3b3a44df.good.scan.pdf'],
      ['protokollsutdrag', 'stockholm/002_1a29c63b3b3a44df.txt'],
    ]);
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(['KS 2018/906', 'Motion 2017:54'])).toBe('"KS 2018/906; Motion 2017:54"');
  });
});
