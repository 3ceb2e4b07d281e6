/**
 * Remiss threads against a real Meilisearch: every answer to one government remiss, across kommuner
 * and nämnder, in date order with what each proposed and decided; as JSON, as CSV, and through the
 * CLI's filter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocumentIndex } from '../../index/documents.ts';
import { runCli } from '../helpers/cli.ts';
import { cliEnv, testClient, testIndexName } from '../helpers/meili.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const name = testIndexName('remiss');
const env = cliEnv(name);
let server: TestServer;
let base: string;

beforeAll(async () => {
  // Three answers to SOU 2022:41 (two kommuner, three nämnder) and one answer to another remiss.
  const ingest = await runCli(['ingest', 'test/fixtures/remiss', 'test/fixtures/world/u07.txt', 'test/fixtures/world/u08.txt'], env);
  expect(ingest.code, ingest.stderr).toBe(0);
  server = await startTestServer({ index: await openDocumentIndex(testClient(), name) });
  base = server.base;
}, 120_000);
afterAll(async () => {
  server.close();
  await testClient().deleteIndexIfExists(name);
});

describe('remiss threads', () => {
  it('gives every answer to one remiss in date order, each with its förslag till beslut and beslut', async () => {
    const rows = await (await fetch(`${base}/api/remiss?designation=${encodeURIComponent('SOU 2022:41')}`)).json();
    expect(rows.map((r: { municipality: string; namnd: string; doctype: string }) => [r.municipality, r.namnd, r.doctype])).toEqual([
      ['Gävle', 'Kommunstyrelsen', 'tjänsteutlåtande'],
      ['Luleå', 'Miljö- och byggnadsnämnden', 'protokollsutdrag'],
      ['Östersund', 'Kommunstyrelsen', 'yttrande'],
    ]);
    expect(rows[0].forslagTillBeslut).toEqual(['Kommunstyrelsen antar förvaltningens yttrande som sitt eget och överlämnar det till Infrastrukturdepartementet.']);
    expect(rows[1].beslut).toEqual(['Miljö- och byggnadsnämnden lämnar yttrande enligt bilaga och överlämnar det till kommunstyrelsen.']);
    expect(rows[0].departement).toEqual(['Infrastrukturdepartementet']);
    // Its departement number finds the same answers that print it.
    expect((await (await fetch(`${base}/api/remiss?designation=I2022/01583`)).json()).map((r: { municipality: string }) => r.municipality)).toEqual(['Gävle', 'Östersund']);
    expect((await fetch(`${base}/api/remiss?designation=`)).status).toBe(400);
  });

  it('exports a thread as CSV a spreadsheet opens', async () => {
    const res = await fetch(`${base}/api/remiss.csv?designation=${encodeURIComponent('SOU 2022:41')}`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('remiss-SOU-2022-41.csv');
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('remiss,date,municipality,namnd,doctype,title,dnr,forslagTillBeslut,beslut,departement,id,source');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"Gävle","Kommunstyrelsen","tjänsteutlåtande"');
  });

  it('is a facet and a filter: search --filter \'remiss = "SOU 2022:41"\'', async () => {
    const result = await runCli(['search', '', '--filter', 'remiss = "SOU 2022:41"', '--facets', 'remiss,departement', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.hits).toHaveLength(3);
    expect(json.facetDistribution.remiss).toMatchObject({ 'SOU 2022:41': 3, 'I2022/01583': 2 });
    expect(json.facetDistribution.departement).toEqual({ Infrastrukturdepartementet: 3 });
    const other = JSON.parse((await runCli(['search', '', '--filter', 'remiss = "SOU 2021:88"', '--json'], env)).stdout);
    expect(other.hits.map((h: { municipality: string }) => h.municipality)).toEqual([expect.any(String)]);
  });
});
