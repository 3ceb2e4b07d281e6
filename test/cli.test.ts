import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { writeTinyModel } from '../scripts/make-tiny-model.ts';
import { BIN, ROOT, runCli } from './helpers/cli.ts';
import { cliEnv, testClient, testIndexName } from './helpers/meili.ts';

const name = testIndexName('cli');
const env = cliEnv(name);
afterAll(() => testClient().deleteIndexIfExists(name));

describe('diarium CLI', () => {
  it('shows help for every command and exits 0', async () => {
    for (const args of [['--help'], ['ingest', '--help'], ['search', '--help'], ['server', '--help'], ['repair', '--help'], ['extract', '--help'], ['serve', '--help'], ['ocr', '--help'], ['models', '--help'], ['corrections', '--help'], ['corrections', 'export', '--help'], ['saved', '--help'], ['saved', 'add', '--help'], ['alerts', '--help'], ['worker', '--help'], ['queue', '--help'], ['queue', 'status', '--help']]) {
      const result = await runCli(args, env);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/Usage: diarium/);
    }
  }, 120_000); // seventeen program starts, on a CI machine busy with the other test files

  it('exits 2 on wrong arguments', async () => {
    expect((await runCli(['search', 'x', '--limit', 'many'], env)).code).toBe(2);
    expect((await runCli(['ingest'], env)).code).toBe(2);
    expect((await runCli(['frobnicate'], env)).code).toBe(2);
  });

  it('says in one line what is wrong with a missing file or a bad or busy port, and exits 2', async () => {
    for (const command of ['extract', 'ocr', 'repair']) {
      const result = await runCli([command, 'no/such/file.txt'], env);
      expect(result.code, command).toBe(2);
      expect(result.stderr).toBe('diarium: no/such/file.txt: no such file or folder\n');
    }
    const bad = await runCli(['serve', '--port', '99999'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: option '--port <n>' argument '99999' is invalid\. a port is a whole number from 1 to 65535\n\(add --help for usage\)\n$/);
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    const busy = await runCli(['serve', '--port', String(port)], env);
    taken.close();
    expect(busy.code).toBe(2);
    expect(busy.stderr).toBe(`diarium: Port ${port} is in use: choose another with --port N (with npm: npm start -- --port N).\n`);
  });

  it('refuses to serve beyond loopback without an API key', async () => {
    const result = await runCli(['serve', '--host', '0.0.0.0', '--port', '39999'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/set DIARIUM_API_KEY/);
  });

  it('exits 3 with a clear message when the external server is down', async () => {
    const result = await runCli(['search', 'x'], cliEnv(name, { MEILI_URL: 'http://127.0.0.1:9' }));
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/Cannot reach the Meilisearch server at http:\/\/127\.0\.0\.1:9/);
  });

  it('ingests the corpus idempotently and finds the remiss answered by both nämnder', async () => {
    const first = await runCli(['ingest', 'corpora'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^7 done, 0 unchanged, 0 failed, 0 skipped; 8 pages$/m);
    const second = await runCli(['ingest', 'corpora'], env);
    expect(second.stdout).toMatch(/^0 done, 7 unchanged, 0 failed/m);
    const all = JSON.parse((await runCli(['search', '', '--json', '--limit', '50'], env)).stdout);
    expect(all.estimatedTotalHits).toBe(7);

    const result = await runCli(['search', 'våldspreventivt centrum', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const response = JSON.parse(result.stdout);
    const sources = response.hits.map((h: { source: string }) => path.basename(h.source));
    expect(sources).toEqual(expect.arrayContaining(['000_550816b0be03c5e1.txt', '001_a424892d2af8109e.txt']));
    expect(sources).not.toContain('004_cbcbe56bc7805af2.txt');
    expect(response.facetDistribution.namnd['Rinkeby-Kista stadsdelsnämnd']).toBeGreaterThanOrEqual(1);
    expect(response.facetDistribution.namnd['Socialnämnden']).toBeGreaterThanOrEqual(1);
    for (const hit of response.hits) {
      expect(hit).toHaveProperty('id');
      expect(hit).toHaveProperty('refDnr');
      expect(hit._formatted.text).toMatch(/<mark>/);
    }
    // A hit in a protokollsutdrag says which § it matched in.
    const extract = response.hits.find((h: { source: string }) => h.source.endsWith('002_1a29c63b3b3a44df.txt'));
    expect(extract._item).toMatchObject({ index: 0, paragraf: '§ 5', title: 'Inför ett våldspreventivt centrum' });
  });

  it('exports the people, organisations and places of the matching documents as CSV', async () => {
    const result = await runCli(['search', '', '--entities', '--filter', 'doctype = "protokollsutdrag"'], env);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('kind,name,party,roles,document,title,date,municipality,namnd,source');
    // The seed protokollsutdrag: its chair with party and part, the city it is in.
    expect(lines).toContainEqual(expect.stringMatching(/^"person","Jan Jonsson","L","ordförande",/));
    expect(lines).toContainEqual(expect.stringMatching(/^"place","Stockholm","","",/));
    // The protokollsutdrag and its scan, nothing else.
    expect(lines.slice(1).every((l) => l.includes('002_1a29c63b3b3a44df'))).toBe(true);
    const all = (await runCli(['search', '', '--entities'], env)).stdout;
    expect(all).toMatch(/^"organisation","Kriminalvården",/m);
  });

  it('keeps the archived OCR of 002 beside its repaired text', async () => {
    const response = JSON.parse((await runCli(['search', 'Socialnämndens beslut', '--json'], env)).stdout);
    const doc = response.hits.find((h: { source: string }) => h.source.endsWith("002_1a29c63b3b3a44df.txt"));
    expect(doc.text).toContain('Socialnämndens beslut');
    expect(doc.originalText).toContain('Socialnimndens beslut');
    expect(doc.corrections).toBeGreaterThan(50);
  });

  it('repairs standard input to standard output and explains each correction', async () => {
    const result = await runCli(['repair', '--explain'], env, 'Socialnamnden godkdnner forvaltningens forslag.\nP4 motet 1 samverkan.\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Socialnämnden godkänner förvaltningens förslag.\nPå mötet i samverkan.\n');
    expect(result.stderr).toMatch(/^1:15\tgodkdnner -> godkänner\t\[channel\] \(margin [\d.]+; stripped text/m);
  });

  it('repairs a text layer\'s characters as the plain text (no-break spaces, soft hyphens, CRLF)', async () => {
    const result = await runCli(['repair'], env, 'Social\u00adnamnden godkdnner\u00a0forvaltningens forslag.\r\nP4 motet 1 samverkan.\r\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Socialnämnden godkänner förvaltningens förslag.\nPå mötet i samverkan.\n');
  });

  it('stops quietly when the reader of its output goes away (`| head`)', async () => {
    const input = 'Socialnamnden godkdnner forvaltningens forslag.\n'.repeat(8000);
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'repair'], { cwd: ROOT, env });
      let stderr = '';
      // The first piece read, the pipe is closed, as `head -c 100` closes it.
      child.stdout.once('data', () => child.stdout.destroy());
      child.stderr.on('data', (d: Buffer) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
      child.stdin.end(input);
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('extracts one file to a JSON Document', async () => {
    const result = await runCli(['extract', '--json', 'corpora/stockholm/001_a424892d2af8109e.txt'], env);
    expect(result.code, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc).toMatchObject({ doctype: 'tjänsteutlåtande', namnd: 'Socialnämnden', dnr: ['1.7.1-310/2018'], refDnr: ['KS 2018/906'], meetingDate: '2018-11-13' });
    expect(doc.sections.map((s: { heading: string }) => s.heading)).toContain('Sammanfattning');
  });

  it('says on one line that --semantic falls back to words when no model is installed, and searches anyway', async () => {
    const result = await runCli(['search', 'samverkan', '--semantic', '0.5', '--json'], { ...env, DIARIUM_MODELS: '/nonexistent' });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^diarium: --semantic needs an embedding model and there is none at \/nonexistent\S*: searching by words only/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout).hits.length).toBeGreaterThan(0);
    const status = await runCli(['models', 'status'], { ...env, DIARIUM_MODELS: '/nonexistent' });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/loads:\s+no model there/);
  });

  it('notes a missing model once per DIARIUM_HOME on ingest, and counts without listing with --limit 0', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-cli-home-'));
    const once = cliEnv(testIndexName('cli-once'), { MEILI_URL: inject('meiliUrl'), MEILI_MASTER_KEY: inject('meiliKey'), DIARIUM_HOME: home, DIARIUM_MODELS: '/nonexistent' });
    const first = await runCli(['ingest', 'test/fixtures/seeds/002_1a29c63b3b3a44df.txt'], once);
    const again = await runCli(['ingest', 'test/fixtures/seeds/002_1a29c63b3b3a44df.txt'], once);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/^diarium: no embedding model at \/nonexistent\S*: documents are indexed for search by words \(said once/m);
    expect(again.stderr).not.toMatch(/embedding model/);
    // A dry run loads no model: nothing to say either.
    expect((await runCli(['ingest', '--dry-run', 'test/fixtures/seeds'], { ...once, DIARIUM_HOME: fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-cli-dry-')) })).stderr).not.toMatch(/embedding model/);
    await testClient().deleteIndexIfExists(once.DIARIUM_INDEX!);
    const counted = await runCli(['search', '', '--limit', '0', '--json'], env);
    expect(counted.code, counted.stderr).toBe(0);
    const result = JSON.parse(counted.stdout);
    expect(result.hits).toEqual([]);
    expect(result.estimatedTotalHits).toBeGreaterThan(0);
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('runs a hybrid search with a local model', async () => {
    const modelDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-cli-model-'));
    writeTinyModel(modelDir);
    const semanticEnv = cliEnv(testIndexName('cli-semantic'), { DIARIUM_MODEL: modelDir });
    expect((await runCli(['ingest', 'corpora/stockholm'], semanticEnv)).code).toBe(0);
    const result = await runCli(['search', 'samverkan mellan polis och socialtjänst', '--semantic', '0.7', '--json'], semanticEnv);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/keyword-only/);
    expect(JSON.parse(result.stdout).semanticHitCount).toBeGreaterThan(0);
    const status = await runCli(['models', 'status'], semanticEnv);
    expect(status.stdout).toMatch(/loads:\s+yes, 16 dimensions/);
    await testClient().deleteIndexIfExists(semanticEnv.DIARIUM_INDEX!);
    await testClient().deleteIndexIfExists(`${semanticEnv.DIARIUM_INDEX}-chunks`);
    fs.rmSync(modelDir, { recursive: true, force: true });
  });

  it('prints readable hits with facet counts', async () => {
    const result = await runCli(['search', 'samverkansöverenskommelse', '--facets', 'namnd'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/003_f4253ad83b63b7dc\.txt/);
    expect(result.stdout).toMatch(/\*\*samverkansöverenskommelse/i);
    expect(result.stdout).toMatch(/^namnd: Socialnämnden \(\d\)/m);
  });

  it('reports a bad filter as a usage error with Meilisearch\'s reason', async () => {
    const result = await runCli(['search', 'x', '--filter', 'namnd = = ('], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/filter/i);
  });

  it('records empty and unreadable files with their reason and exits 1, indexing the rest', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-bad-'));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'blank.txt'), '  \n\n ');
    fs.writeFileSync(path.join(dir, 'fine.txt'), 'Till\nSocialnämnden\n2020-01-01\n\nEtt ärende om något viktigt');
    fs.writeFileSync(path.join(dir, 'data.bin'), Buffer.from([0, 1, 2, 3]));
    const report = path.join(dir, 'report.json');
    const badIndex = testIndexName('bad');
    const result = await runCli(['ingest', dir, path.join(dir, 'missing.txt'), '--report', report], cliEnv(badIndex));
    await testClient().deleteIndexIfExists(badIndex);
    expect(result.code).toBe(1);
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(json).toMatchObject({ done: 1, failed: 3, skipped: 1 });
    expect(result.stderr).toMatch(/--retry-failed|failed/);
    const reasons = Object.fromEntries(json.problems.map((p: { path: string; reason: string }) => [path.basename(p.path), p.reason]));
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['blank.txt']).toMatch(/empty/);
    expect(reasons['missing.txt']).toMatch(/ENOENT|disappeared/);
    expect(reasons['data.bin']).toMatch(/unsupported/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
