import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../index/config.ts';
import { connect, findEmbedded } from '../../index/connect.ts';
import { openDocumentIndex } from '../../index/documents.ts';
import { createSearchServer } from '../../search-ui/server.ts';
import type { Document } from '../../pipeline/document.ts';
import { serverPaths, serverStatus, startServer, stopServer } from '../../index/server.ts';
import { ROOT } from '../helpers/cli.ts';

// This file runs its own embedded server, apart from the shared one, to test the life cycle.
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-server-'));
const paths = serverPaths(home);

afterAll(async () => {
  await stopServer(paths);
  fs.rmSync(home, { recursive: true, force: true });
});

describe('embedded Meilisearch', () => {
  it('starts on loopback with a private master key and records pid and port', async () => {
    const info = await startServer(paths);
    expect(info.reused).toBe(false);
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fs.statSync(paths.keyFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(paths.stateFile, 'utf8'))).toMatchObject({ pid: info.pid, port: info.port });
    // The key is required: an unauthenticated request is refused.
    expect((await fetch(`${info.url}/indexes`)).status).toBe(401);
  });

  it('reuses the running server instead of starting another', async () => {
    const first = await startServer(paths);
    const second = await startServer(paths);
    expect(second.reused).toBe(true);
    expect(second.pid).toBe(first.pid);
  });

  it('detects a stale pid file and starts a fresh server', async () => {
    const before = await startServer(paths);
    process.kill(before.pid, 'SIGKILL');
    while ((await serverStatus(paths)).state === 'running') await new Promise((r) => setTimeout(r, 20));
    expect((await serverStatus(paths)).state).toBe('stale');
    const after = await startServer(paths);
    expect(after.reused).toBe(false);
    expect(after.pid).not.toBe(before.pid);
    expect((await serverStatus(paths)).state).toBe('running');
  });

  it('stops, and says so when nothing was running', async () => {
    expect(await stopServer(paths)).toBe(true);
    expect((await serverStatus(paths)).state).toBe('stopped');
    expect(await stopServer(paths)).toBe(false);
  });

  it('gives a clear error when MEILI_URL points at nothing, and starts nothing', async () => {
    const config = loadConfig({ DIARIUM_HOME: home, MEILI_URL: 'http://127.0.0.1:9' });
    await expect(connect(config)).rejects.toThrow(/Cannot reach the Meilisearch server at http:\/\/127\.0\.0\.1:9 \(MEILI_URL\)/);
    expect((await serverStatus(paths)).state).toBe('stopped');
  });

  it('the search page finds the server again after it was stopped and started on a new port', async () => {
    const before = await startServer(paths);
    const index = await openDocumentIndex((await findEmbedded(home))!, 'pages');
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-dist-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>diarium</title>');
    const page = createSearchServer({ index, dist, reconnect: async () => (await findEmbedded(home))?.index<Document>('pages') ?? null });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    const status = () => fetch(`http://127.0.0.1:${(page.address() as import('node:net').AddressInfo).port}/api/status`);
    try {
      expect((await status()).status).toBe(200);
      await stopServer(paths);
      const down = await status();
      expect(down.status).toBe(503);
      expect((await down.json()).error).toMatch(/^Sökservern \(Meilisearch\) svarar inte\. Starta den med `diarium server start`/);
      const after = await startServer(paths);
      expect(after.port).not.toBe(before.port);
      expect((await status()).status).toBe(200);
    } finally {
      page.close();
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  it('leaves nothing pending when the server dies while a task is awaited, so a finished run exits', async () => {
    // In a process of its own: what matters is that the process ends by itself. meilisearch-js's
    // wait leaves its timer when a poll fails; asked to wait ten minutes, a finished ingest whose
    // server had died during a wait did not exit for ten minutes.
    const probeHome = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-settle-'));
    try {
      const started = Date.now();
      const child = spawn(process.execPath, ['--import', path.join(ROOT, 'bin/register.js'), path.join(ROOT, 'test/helpers/settle-after-kill.ts'), probeHome], { cwd: ROOT });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d));
      const watchdog = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      clearTimeout(watchdog);
      expect(stdout).toMatch(/^threw: Request to http:\/\/127\.0\.0\.1:\d+\/tasks\/\d+ has failed/);
      expect(code).toBe(0);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      fs.rmSync(probeHome, { recursive: true, force: true });
    }
  }, 40_000);
});
