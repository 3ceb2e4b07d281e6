import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDocumentIndex } from '../../index/documents.ts';
import { CorrectionStore } from '../../ingest/corrections-store.ts';
import { runCli } from '../helpers/cli.ts';
import { cliEnv, testClient, testIndexName } from '../helpers/meili.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const name = testIndexName('corr');
const env = cliEnv(name);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-corr-src-'));
const file = path.join(folder, 'beslut.txt');
const seed = fs.readFileSync('test/fixtures/seeds/002_1a29c63b3b3a44df.txt', 'utf8');
let server: TestServer;
let base: string;

const post = (p: string, body: unknown, type = 'application/json'): Promise<Response> => fetch(`${base}${p}`, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify(body) });
const search = async (q: string, extra = ''): Promise<{ id: string; namnd: string }[]> => (await (await fetch(`${base}/api/search?q=${encodeURIComponent(q)}${extra}`)).json()).hits;
const only = async (): Promise<{ id: string; text: string; namnd: string; personCorrections?: { id: string; old: string; new: string }[] }> => {
  const hits = await search('');
  expect(hits).toHaveLength(1);
  return (await fetch(`${base}/api/documents/${hits[0]!.id}`)).json();
};

beforeAll(async () => {
  fs.writeFileSync(file, seed);
  expect((await runCli(['ingest', folder], env)).code).toBe(0);
  const index = await openDocumentIndex(testClient(), name);
  server = await startTestServer({ index, corrections: CorrectionStore.load(inject('diariumHome'), name) });
  base = server.base;
}, 120_000);
afterAll(async () => {
  server.close();
  await testClient().deleteIndexIfExists(name);
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("a person's corrections (serve --edit)", () => {
  it('corrects a word and a field through the API: search finds them at once and they outlive re-ingesting a changed file', async () => {
    const doc = await only();
    expect((await fetch(`${base}/api/status`).then((r) => r.json())).edit).toBe(true);
    const start = doc.text.indexOf('Socialnämndens beslut');
    expect(start).toBeGreaterThan(0);
    // Only JSON: a form on another site cannot post one.
    expect((await post(`/api/documents/${doc.id}/corrections`, {}, 'text/plain')).status).toBe(415);
    expect((await post(`/api/documents/${doc.id}/corrections`, { kind: 'text', start: start + 1, old: 'Socialnämndens', new: 'x' })).status).toBe(400);
    expect((await post(`/api/documents/${doc.id}/corrections`, { kind: 'field', field: 'source', old: '', new: 'x' })).status).toBe(400);
    expect((await post(`/api/documents/${doc.id}/corrections`, { kind: 'field', field: 'date', old: '', new: 'igår' })).status).toBe(400);

    const word = await post(`/api/documents/${doc.id}/corrections`, { kind: 'text', start, old: 'Socialnämndens', new: 'Tallåsrådets', note: 'stavning i originalet' });
    expect(word.status).toBe(200);
    expect((await word.json()).personCorrections).toMatchObject([{ kind: 'text', old: 'Socialnämndens', new: 'Tallåsrådets', note: 'stavning i originalet' }]);
    const field = await post(`/api/documents/${doc.id}/corrections`, { kind: 'field', field: 'namnd', old: doc.namnd, new: 'Kvarnbynämnden' });
    expect(field.status).toBe(200);
    expect((await search('Tallåsrådets')).map((h) => h.id)).toEqual([doc.id]);
    expect((await search('', `&namnd=${encodeURIComponent('Kvarnbynämnden')}`)).map((h) => h.id)).toEqual([doc.id]);
    // The page that was shown is out of date: the field has changed since.
    expect((await post(`/api/documents/${doc.id}/corrections`, { kind: 'field', field: 'namnd', old: doc.namnd, new: 'x' })).status).toBe(400);

    // A new version of the file: the corrections follow it, the word found where it moved.
    fs.writeFileSync(file, `Inkom 2019-01-02\n\n${seed}`);
    const again = await runCli(['ingest', folder], env);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/no longer applies/);
    const redone = await only();
    expect(redone.text).toContain('Tallåsrådets beslut');
    expect(redone.namnd).toBe('Kvarnbynämnden');
    expect(redone.personCorrections).toHaveLength(2);

    // The export lists them, with the note.
    const csv = await runCli(['corrections', 'export', '--format', 'csv'], env);
    expect(csv.stdout.trim().split('\n')).toHaveLength(3);
    expect(csv.stdout).toMatch(/"stavning i originalet"/);
    const jsonl = (await runCli(['corrections', 'export'], env)).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl.map((c) => [c.kind, c.new, c.reverted])).toEqual([
      ['text', 'Tallåsrådets', false],
      ['field', 'Kvarnbynämnden', false],
    ]);

    // Reverted: the text as the pipeline made it, and the export says so.
    const undo = await post(`/api/documents/${redone.id}/corrections/${redone.personCorrections![0]!.id}/revert`, {});
    expect(undo.status).toBe(200);
    expect(await search('Tallåsrådets')).toEqual([]);
    expect((await only()).text).toContain('Socialnämndens beslut');
    expect((await post(`/api/documents/${redone.id}/corrections/${redone.personCorrections![0]!.id}/revert`, {})).status).toBe(404);
    expect((await runCli(['corrections', 'export', '--active'], env)).stdout.trim().split('\n')).toHaveLength(1);

    // A file changed so that the corrected field no longer holds what was corrected: said, not forced.
    fs.writeFileSync(file, seed.replace(/Socialnämnden|Socialn\S*mnden/g, 'Utbildningsnämnden'));
    const changed = await runCli(['ingest', folder], env);
    expect(changed.code).toBe(0);
    expect((await only()).namnd).toMatch(/^Utbildningsnämnden/);
    expect(changed.stdout).toMatch(/correction no longer applies: .*beslut\.txt: namnd: ".*" → "Kvarnbynämnden" \(namnd is now "Utbildningsnämnden/);
  }, 120_000);
});
