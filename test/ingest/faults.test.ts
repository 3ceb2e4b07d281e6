/**
 * Faults an archivist's week-long ingest meets: the search server dying mid-run, a batch the server
 * rejects, hostile folder structures and oversized PDFs.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '../../index/client.ts';
import { openDocumentIndex } from '../../index/documents.ts';
import { serverPaths, stopServer } from '../../index/server.ts';
import { ingestPaths, type FileOutcome } from '../../ingest/ingest.ts';
import { Manifest } from '../../ingest/manifest.ts';
import { walkFiles } from '../../ingest/walk.ts';
import { Embedder } from '../../pipeline/embed/embedder.ts';
import { chooseModel } from '../../pipeline/embed/model.ts';
import { writeTinyModel } from '../../scripts/make-tiny-model.ts';
import { BIN, ROOT } from '../helpers/cli.ts';
import { blankPdf, bombPdf, textPdf } from '../helpers/files.ts';
import { processState } from '../helpers/process-state.ts';
import { testClient, testIndexName } from '../helpers/meili.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-faults-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the search server dies in the middle of an ingest', () => {
  const home = path.join(tmp, 'home');
  afterAll(() => stopServer(serverPaths(home)));

  it('restarts the embedded server, retries the batch, and indexes every file once', async () => {
    const dir = path.join(tmp, 'docs');
    fs.mkdirSync(dir);
    const FILES = 400;
    for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(dir, `d${i}.txt`), `Till\nSocialnämnden\n2020-02-0${(i % 9) + 1}\n\nÄrende ${i} om hemtjänst.\n`);
    const env = { ...process.env, DIARIUM_HOME: home, DIARIUM_INDEX: 'faults', MEILI_URL: '', DIARIUM_MODELS: path.join(tmp, 'none') };
    const child = spawn(process.execPath, [BIN, 'ingest', dir, '--batch-size', '20'], { cwd: ROOT, env });
    let stderr = '';
    let done = 0;
    let killed = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.on('data', (d: Buffer) => {
      done += d.toString().split('\n').filter((l) => l.startsWith('done')).length;
      if (done >= 60 && !killed) {
        killed = JSON.parse(fs.readFileSync(path.join(home, 'server.json'), 'utf8')).pid;
        process.kill(killed, 'SIGKILL');
      }
    });
    // A run that hangs is ended before the test's own timeout, so its output says where it stuck:
    // what the ingest's threads and the servers it started were waiting on when it was killed.
    let hung = '';
    const watchdog = setTimeout(() => {
      const servers = fs.existsSync(path.join(home, 'server.json')) ? JSON.parse(fs.readFileSync(path.join(home, 'server.json'), 'utf8')).pid : undefined;
      hung = `\nhung; the ingest: ${processState(child.pid)}\nthe killed server: ${processState(killed || undefined)}\nthe server of server.json: ${processState(servers)}`;
      child.kill('SIGKILL');
    }, 150_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(watchdog);
    const { logFile } = serverPaths(home);
    const serverLog = code === 0 || !fs.existsSync(logFile) ? '' : fs.readFileSync(logFile, 'utf8').slice(-3000);
    expect(code, `ingest ended with ${code}; its stderr:\n${stderr}\nthe end of the server's log:\n${serverLog}${hung}`).toBe(0);
    expect(killed).toBeGreaterThan(0);
    expect(stderr).toMatch(/retrying/);
    const info = JSON.parse(fs.readFileSync(path.join(home, 'server.json'), 'utf8'));
    expect(info.pid).not.toBe(killed);
    const client = createClient(info.url, fs.readFileSync(path.join(home, 'master.key'), 'utf8'));
    expect((await client.index('faults').getStats()).numberOfDocuments).toBe(FILES);
  }, 180_000);
});

describe('a batch the server rejects', () => {
  const name = testIndexName('rejected');
  afterAll(() => testClient().deleteIndexIfExists(name));

  it('fails its files with the server\'s reason, marks none of them done, and the run goes on', async () => {
    const modelDir = path.join(tmp, 'model');
    writeTinyModel(modelDir);
    const embedder = await Embedder.load(chooseModel({ DIARIUM_MODEL: modelDir }, tmp), null);
    // The index expects 3-dimensional vectors; the model makes 16: Meilisearch fails the task.
    const index = await openDocumentIndex(testClient(), name, 3);
    const manifest = Manifest.load(path.join(tmp, 'home-rejected'), name);
    const report = await ingestPaths(['corpora/stockholm'], { index, embedder, manifest });
    expect(report).toMatchObject({ done: 0, failed: 5 });
    for (const p of report.problems) expect(p.reason).toMatch(/^indexing failed: Meilisearch task \d+ .*failed: .*dimension/i);
    expect(Manifest.load(path.join(tmp, 'home-rejected'), name).failed()).toHaveLength(5);
  });
});

describe('hostile input', () => {
  it('walks deeply nested folders and stops at symlink loops', async () => {
    let deep = path.join(tmp, 'nested');
    for (let i = 0; i < 200; i++) deep = path.join(deep, `d${i}`);
    fs.mkdirSync(deep, { recursive: true });
    fs.writeFileSync(path.join(deep, 'bottom.txt'), 'längst ner');
    fs.symlinkSync(path.join(tmp, 'nested'), path.join(deep, 'loop'));
    const found: string[] = [];
    for await (const f of walkFiles([path.join(tmp, 'nested')], () => {})) found.push(f.path);
    expect(found).toEqual([path.join(deep, 'bottom.txt')]);
  });

  it('refuses a PDF that decompresses to gigabytes before inflating it, at bounded cost', async () => {
    const file = path.join(tmp, 'bomb.pdf');
    fs.writeFileSync(file, await bombPdf(400));
    expect(fs.statSync(file).size).toBeLessThan(2 * 1024 * 1024);
    const outcomes: FileOutcome[] = [];
    const before = process.memoryUsage().rss;
    await ingestPaths([file], { index: null, onOutcome: (o) => outcomes.push(o) });
    expect(outcomes[0]).toMatchObject({ status: 'failed', reason: 'a stream of this PDF decompresses to more than 256 MB (DIARIUM_MAX_STREAM_MB): not read' });
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('records a file that vanishes between listing and reading, and goes on', async () => {
    const dir = path.join(tmp, 'vanish');
    fs.mkdirSync(dir);
    for (const n of ['a', 'b', 'c']) fs.writeFileSync(path.join(dir, `${n}.txt`), `Ärende ${n} om nämnden.`);
    const report = await ingestPaths([dir], { index: null, onStart: () => fs.rmSync(path.join(dir, 'b.txt')) });
    expect(report).toMatchObject({ files: 3, done: 2, failed: 1 });
    expect(report.problems[0]).toMatchObject({ path: path.join(dir, 'b.txt'), reason: 'the file disappeared before it could be read' });
  });

  it('refuses an image that declares a gigantic canvas, from its header', async () => {
    const png = Buffer.from(fs.readFileSync('test/fixtures/scans/002_1a29c63b3b3a44df.p2.good.png'));
    png.writeUInt32BE(100_000, 16);
    png.writeUInt32BE(100_000, 20);
    const file = path.join(tmp, 'huge.png');
    fs.writeFileSync(file, png);
    const outcomes: FileOutcome[] = [];
    await ingestPaths([file], { index: null, onOutcome: (o) => outcomes.push(o) });
    expect(outcomes[0]).toMatchObject({ status: 'failed', reason: 'image too large: 100000 x 100000 pixels (more than 150 megapixels, DIARIUM_MAX_MEGAPIXELS)' });
  });

  it('refuses a 10 000-page PDF at once, with the reason, and honours DIARIUM_MAX_PAGES', async () => {
    const dir = path.join(tmp, 'pages');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'huge.pdf'), await blankPdf(10_000));
    fs.writeFileSync(path.join(dir, 'long.pdf'), await textPdf(Array.from({ length: 30 }, (_, i) => [`Sida ${i + 1} med text om nämnden och beslutet.`])));
    const outcomes: FileOutcome[] = [];
    const started = Date.now();
    await ingestPaths([path.join(dir, 'huge.pdf')], { index: null, onOutcome: (o) => outcomes.push(o) });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(outcomes[0]).toMatchObject({ status: 'failed', reason: 'too many pages: 10000 (more than DIARIUM_MAX_PAGES=2000)' });
    process.env.DIARIUM_MAX_PAGES = '20';
    try {
      await ingestPaths([path.join(dir, 'long.pdf')], { index: null, onOutcome: (o) => outcomes.push(o) });
    } finally {
      delete process.env.DIARIUM_MAX_PAGES;
    }
    expect(outcomes[1]).toMatchObject({ status: 'failed', reason: 'too many pages: 30 (more than DIARIUM_MAX_PAGES=20)' });
  });
});
