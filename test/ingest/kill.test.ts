import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.ts';
import { cliEnv, testClient, testIndexName } from '../helpers/meili.ts';

const name = testIndexName('kill');
const env = cliEnv(name);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-kill-'));
const FILES = 300;

afterAll(async () => {
  await testClient().deleteIndexIfExists(name);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('a kill -9 during ingest, then a re-run, leaves every file indexed exactly once', async () => {
  for (let i = 0; i < FILES; i++) {
    fs.writeFileSync(path.join(dir, `doc-${String(i).padStart(4, '0')}.txt`), `Till\nNämnd ${i % 7}\n2019-0${(i % 9) + 1}-15\n\nÄrende nummer ${i} om samverkan.\n`);
  }
  const child = spawn(process.execPath, [BIN, 'ingest', dir, '--batch-size', '10'], { cwd: ROOT, env });
  let done = 0;
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      done += chunk.toString().split('\n').filter((l) => l.startsWith('done')).length;
      if (done >= 30) child.kill('SIGKILL');
    });
    child.on('close', () => resolve());
  });
  expect(child.signalCode).toBe('SIGKILL');
  expect(done).toBeLessThan(FILES);

  const rerun = await runCli(['ingest', dir], env);
  expect(rerun.code, rerun.stderr).toBe(0);
  // Files confirmed by the index before the kill are skipped; the rest are done now.
  const [, doneNow, unchanged] = /^(\d+) done, (\d+) unchanged, 0 failed/m.exec(rerun.stdout)!.map(Number);
  expect(doneNow! + unchanged!).toBe(FILES);
  expect(unchanged).toBeGreaterThanOrEqual(20);
  const stats = await testClient().index(name).getStats();
  expect(stats.numberOfDocuments).toBe(FILES);
  const { results } = await testClient().index(name).getDocuments({ limit: 1000, fields: ['source'] });
  expect(new Set(results.map((d) => d.source)).size).toBe(FILES);
});
