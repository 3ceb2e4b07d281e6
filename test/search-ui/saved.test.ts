/**
 * Saved searches and alerts against a real Meilisearch: saved with the CLI and from the page's API,
 * told of what arrives after each check (`diarium alerts`), followed as Atom feeds, and kept
 * beside the index, not in it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDocumentIndex } from '../../index/documents.ts';
import { SavedSearches } from '../../index/saved-searches.ts';
import { runCli } from '../helpers/cli.ts';
import { cliEnv, testClient, testIndexName } from '../helpers/meili.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const name = testIndexName('saved');
const env = cliEnv(name);
const later = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-later-'));
let server: TestServer;
let base: string;

const cli = async (...args: string[]): Promise<string> => {
  const result = await runCli(args, env);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
};

beforeAll(async () => {
  await cli('ingest', 'test/fixtures/world/u07.txt');
  server = await startTestServer({ index: await openDocumentIndex(testClient(), name), saved: SavedSearches.load(inject('diariumHome'), name) });
  base = server.base;
}, 120_000);
afterAll(async () => {
  server.close();
  await testClient().deleteIndexIfExists(name);
  fs.rmSync(path.join(inject('diariumHome'), 'saved', `${name}.json`), { force: true });
  fs.rmSync(later, { recursive: true, force: true });
});

describe('saved searches and alerts', () => {
  it('tells of the documents that arrive after a search was saved, once each, and survives dropping the index', async () => {
    expect(await cli('saved', 'add', 'Laddning', 'laddinfrastruktur', '--filter', 'remiss = "SOU 2022:41"')).toContain('saved "Laddning"');
    const [saved] = JSON.parse(await cli('saved', 'list', '--json'));
    expect(saved).toMatchObject({ name: 'Laddning', q: 'laddinfrastruktur', filter: 'remiss = "SOU 2022:41"' });
    // Nothing has arrived since: the document indexed before the save is not news.
    expect(JSON.parse(await cli('alerts', '--json'))).toEqual([{ name: 'Laddning', since: expect.any(String), documents: [] }]);

    // Two answers to the remiss arrive, and one document about something else.
    for (const f of fs.readdirSync('test/fixtures/remiss').filter((f) => f.endsWith('.txt'))) fs.copyFileSync(path.join('test/fixtures/remiss', f), path.join(later, f));
    fs.copyFileSync('test/fixtures/world/u08.txt', path.join(later, 'u08.txt'));
    await cli('ingest', later);
    const peeked = JSON.parse(await cli('alerts', '--json', '--peek'));
    expect(peeked[0].documents.map((d: { municipality: string }) => d.municipality).sort()).toEqual(['Gävle', 'Luleå']);
    const [alert] = JSON.parse(await cli('alerts', '--json'));
    expect(alert.documents).toHaveLength(2);
    // Told once: the next check has nothing new.
    expect(JSON.parse(await cli('alerts', '--json'))[0].documents).toEqual([]);
    expect(await cli('alerts')).toContain('Laddning: nothing new since');

    expect((await runCli(['saved', 'add', '../etc', 'x'], env)).code).toBe(2);
  }, 120_000);

  it('saves the page’s search (JSON only) and serves it as an Atom feed a reader can follow', async () => {
    const post = (p: string, body: unknown, type = 'application/json'): Promise<Response> => fetch(`${base}${p}`, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify(body) });
    expect((await post('/api/saved', { name: 'Yttranden', params: 'q=&doctype=yttrande' }, 'text/plain')).status).toBe(415);
    expect((await post('/api/saved', { name: '<script>', params: '' })).status).toBe(400);
    const saved = await (await post('/api/saved', { name: 'Remiss SOU 2022 41', params: 'q=&remiss=SOU+2022%3A41&sort=oldest&page=3' })).json();
    expect(saved).toMatchObject({ name: 'Remiss SOU 2022 41', q: '', filter: '(remiss = "SOU 2022:41")', sort: ['sortDate:asc'], params: 'q=&remiss=SOU+2022%3A41&sort=oldest' });
    expect((await (await fetch(`${base}/api/saved`)).json()).map((s: { name: string }) => s.name)).toContain('Remiss SOU 2022 41');

    const feed = await fetch(`${base}/api/feeds/${encodeURIComponent('Remiss SOU 2022 41')}.atom`);
    expect(feed.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await feed.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain('<title>Yttrande över betänkandet Laddinfrastruktur i hela landet – ansvar och finansiering (SOU 2022:41)</title>');
    expect(xml).toMatch(/<link rel="alternate" type="text\/html" href="http:\/\/127\.0\.0\.1:\d+\/dokument\/[0-9a-f]+"\/>/);
    expect(xml).toMatch(/<updated>\d{4}-\d\d-\d\dT/);
    expect((await fetch(`${base}/api/feeds/okand.atom`)).status).toBe(404);

    expect((await post(`/api/saved/${encodeURIComponent('Remiss SOU 2022 41')}/delete`, {})).status).toBe(200);
    expect((await fetch(`${base}/api/feeds/${encodeURIComponent('Remiss SOU 2022 41')}.atom`)).status).toBe(404);

    // Kept beside the index: dropping it loses no saved search.
    await testClient().deleteIndexIfExists(name);
    expect(JSON.parse(await cli('saved', 'list', '--json')).map((s: { name: string }) => s.name)).toEqual(['Laddning']);
    expect(await cli('saved', 'remove', 'Laddning')).toContain('removed');
    expect((await runCli(['saved', 'remove', 'Laddning'], env)).code).toBe(2);
  });
});
