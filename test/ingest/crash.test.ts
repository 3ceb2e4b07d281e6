/**
 * kill -9 at several points of an ingest (while settings are applied, during OCR, during Meilisearch
 * batches), then a re-run: the index must end as after one uninterrupted run.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.ts';
import { cliEnv, testClient, testIndexName } from '../helpers/meili.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-crash-'));
const reference = testIndexName('crash-ref');
const interrupted = testIndexName('crash-cut');
afterAll(async () => {
  for (const name of [reference, interrupted]) await testClient().deleteIndexIfExists(name);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts an ingest and kills it with SIGKILL when `when` says so (or after `ms`). */
async function killed(env: NodeJS.ProcessEnv, when: (stdout: string) => boolean, ms: number): Promise<void> {
  const child = spawn(process.execPath, [BIN, 'ingest', dir, '--batch-size', '5'], { cwd: ROOT, env });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d;
    if (when(stdout)) child.kill('SIGKILL');
  });
  const timer = sleep(ms).then(() => child.kill('SIGKILL'));
  await new Promise((resolve) => child.on('close', resolve));
  void timer;
}

async function ids(name: string): Promise<string[]> {
  const { results } = await testClient().index(name).getDocuments({ limit: 1000, fields: ['id'] });
  return results.map((d) => String(d.id)).sort();
}

it('a run killed three times ends with the same index as an uninterrupted run', async () => {
  for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, `t${String(i).padStart(2, '0')}.txt`), `Till\nKulturnämnden\n2021-03-${String((i % 28) + 1).padStart(2, '0')}\n\nBidrag nummer ${i} till föreningar.\n`);
  fs.copyFileSync('test/fixtures/scans/002_1a29c63b3b3a44df.good.scan.pdf', path.join(dir, 'scan.pdf'));
  fs.copyFileSync('test/fixtures/scans/000_550816b0be03c5e1.p1.good.png', path.join(dir, 'scan.png'));

  expect((await runCli(['ingest', dir], cliEnv(reference))).code).toBe(0);

  const env = cliEnv(interrupted);
  await killed(env, () => false, 700); // while the index and its settings are being created
  await killed(env, (out) => /done\s+\S+\.txt/.test(out), 30_000); // after a first batch, OCR under way
  await killed(env, (out) => (out.match(/^done/gm) ?? []).length >= 10, 30_000); // between batches
  const final = await runCli(['ingest', dir], env);
  expect(final.code, final.stderr).toBe(0);

  expect(await ids(interrupted)).toEqual(await ids(reference));
  expect((await testClient().index(interrupted).getStats()).numberOfDocuments).toBe(42);
}, 240_000);
