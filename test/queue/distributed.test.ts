/**
 * A distributed run against a real Redis and a real Meilisearch: three worker processes on one
 * queue, one of them killed with SIGKILL while it holds a job, Redis restarted once mid-run.
 * Every document must be indexed exactly once, and the run's report must list the failure (a
 * blank scan: its pages are read, and the document has no text) with its reason.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue, type Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { PAGES } from '../../ingest/queue/jobs.ts';
import { redisConnection } from '../../ingest/queue/redis.ts';
import { ROOT, runCli } from '../helpers/cli.ts';
import { cliEnv, testClient, testIndexName } from '../helpers/meili.ts';
import { redisAvailable, startCliWorker, TestRedis } from '../helpers/redis.ts';

const name = testIndexName('queue');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-queue-'));
let redis: TestRedis;
const workers: ChildProcess[] = [];

const startWorker = (env: NodeJS.ProcessEnv): Promise<ChildProcess> => startCliWorker(redis.url, env, ['--concurrency', '1'], workers);

beforeAll(async () => {
  if (!redisAvailable && !process.env.CI) return;
  redis = await TestRedis.start();
  // Eight text documents, three scans of two pages each, and a blank scan of two pages.
  for (const f of ['u01', 'u02', 'u03', 'u04', 'k01', 'k02', 'p01', 'p02']) fs.copyFileSync(path.join(ROOT, 'test/fixtures/world', `${f}.txt`), path.join(dir, `${f}.txt`));
  for (const doc of ['000_550816b0be03c5e1', '001_a424892d2af8109e', '002_1a29c63b3b3a44df']) {
    for (const page of [1, 2]) fs.copyFileSync(path.join(ROOT, 'test/fixtures/scans', `${doc}.p${page}.good.png`), path.join(dir, `${doc}.p${page}.good.png`));
  }
  const blank = createCanvas(400, 560);
  const ctx = blank.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 400, 560);
  for (const page of [1, 2]) fs.writeFileSync(path.join(dir, `blank.p${page}.png`), blank.toBuffer('image/png'));
});

afterAll(async () => {
  for (const w of workers) w.kill('SIGKILL');
  redis?.remove();
  await testClient().deleteIndexIfExists(name);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!redisAvailable && !process.env.CI)('distributed ingest on BullMQ', () => {
  it('indexes every document once though a worker is killed and Redis restarts, and reports the failure', async () => {
    // Short locks so a killed worker's job is taken up in seconds, not half a minute.
    const env = cliEnv(name, { DIARIUM_QUEUE_LOCK_MS: '3000', DIARIUM_QUEUE_STALLED_MS: '1500', DIARIUM_PROGRESS_SECONDS: '1' });
    await Promise.all([startWorker(env), startWorker(env), startWorker(env)]);
    const queued = runCli(['ingest', dir, '--queue', redis.url], env);

    // A worker that holds a page job is killed with SIGKILL.
    const connection = redisConnection(redis.url);
    const pages = new Queue(PAGES, { connection });
    let victim: Job | undefined;
    try {
      for (let i = 0; i < 1200 && !victim; i++) {
        victim = ((await pages.getJobs(['active'])) as Job[]).find((j) => j.processedBy);
        if (!victim) await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await pages.close();
    }
    expect(victim, 'a page job was taken by a worker').toBeDefined();
    const pid = Number(victim!.processedBy?.split(':').pop());
    const killed = workers.find((w) => w.pid === pid)!;
    expect(killed).toBeDefined();
    killed.kill('SIGKILL');
    // And Redis goes down and comes back while the run goes on.
    redis.restart();

    const result = await queued;
    const output = result.stdout + result.stderr;
    expect(result.code, output).toBe(1);
    // The blank scan is the one failure, with its reason; the killed worker's page was read by another.
    expect(output).toMatch(/failed +\S*blank\.p1\.png: no text: OCR found nothing on the images/);
    expect(output).toMatch(/files 11\/12 done, 1 failed/);
    expect(output).toMatch(/pages 8\/8 OCR'd/);

    const index = testClient().index(name);
    const { results } = await index.getDocuments({ fields: ['id', 'source', 'text'], limit: 100 });
    expect(results).toHaveLength(11);
    expect(new Set(results.map((d) => d.source)).size).toBe(11);
    // The scans' text came from their pages' OCR.
    const scan = results.find((d) => String(d.source).includes('002_1a29c63b3b3a44df'));
    expect(String(scan?.text)).toMatch(/centrum/i);

    // Queued again: nothing is added, nothing indexed twice.
    const again = await runCli(['ingest', dir, '--queue', redis.url], env);
    expect(again.stdout).toMatch(/queued 0 documents .*; 12 already there/);
    expect((await index.getStats()).numberOfDocuments).toBe(11);

    // Seen from anywhere: the failure with its reason; queued again on request, and failing again alike.
    const status = JSON.parse((await runCli(['queue', 'status', '--queue', redis.url, '--json'], env)).stdout);
    expect(status.failures).toEqual([expect.objectContaining({ reason: 'no text: OCR found nothing on the images' })]);
    expect(status.files).toMatchObject({ completed: 11, failed: 1 });
    const followed = await runCli(['queue', 'status', '--follow', '--queue', redis.url], env);
    expect(followed.code).toBe(1);
    expect(followed.stderr).toMatch(/files 11\/12 done, 1 failed.*; done\n/);
    expect((await runCli(['queue', 'retry-failed', '--queue', redis.url], env)).stdout).toMatch(/queued 1 failed documents again/);
    const retried = await runCli(['ingest', dir, '--queue', redis.url], env);
    expect(retried.stderr).toMatch(/failed +\S*blank\.p1\.png: no text/);
    expect((await index.getStats()).numberOfDocuments).toBe(11);
  }, 240_000);
});
