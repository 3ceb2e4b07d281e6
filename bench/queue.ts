/**
 * npm run bench:queue — what the distributed queue costs and gives, on this machine.
 *
 * 1. Pages per minute on the same scans (BENCH_QUEUE_DOCS documents of two page images, default
 *    20, made unique so none is a duplicate): file-based `ingest` (native OCR, as many pages at
 *    once as cores) and the queue with one worker, in turn twice (best of each reported), then two
 *    workers (their defaults: OCR on every core), against one Meilisearch and one Redis.
 * 2. The queue's overhead per job on text files (BENCH_QUEUE_TEXTS, default 200): the same files
 *    through file-based ingest and through the queue with one worker.
 * 3. Redis memory per queued job (files queued, no worker running).
 * Workers are `diarium worker` processes, as on a real machine; their start-up is not timed.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createClient } from '../index/client.ts';
import { openDocumentIndex } from '../index/documents.ts';
import { serverPaths, startServer, stopServer } from '../index/server.ts';
import { ingestPaths } from '../ingest/ingest.ts';
import { NativeTesseractEngine, nativeTesseractAvailable } from '../ingest/ocr/native.ts';
import { drain, queueStatus } from '../ingest/queue/control.ts';
import { enqueuePaths } from '../ingest/queue/enqueue.ts';
import { FILES, PAGES } from '../ingest/queue/jobs.ts';
import { redisConnection } from '../ingest/queue/redis.ts';
import { ROOT } from '../test/helpers/cli.ts';
import { startCliWorker, TestRedis } from '../test/helpers/redis.ts';
import { WordModel } from '../pipeline/repair/model.ts';

if (!nativeTesseractAvailable()) {
  console.error('bench:queue needs the tesseract command with Swedish data (apt-get install tesseract-ocr tesseract-ocr-swe)');
  process.exit(2);
}
const DOCS = Number(process.env.BENCH_QUEUE_DOCS) || 20;
const TEXTS = Number(process.env.BENCH_QUEUE_TEXTS) || 200;
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-bench-queue-'));
const paths = serverPaths(home);
const server = await startServer(paths);
const client = createClient(server.url, server.key);
const redis = await TestRedis.start();
const connection = redisConnection(redis.url);
const workers: ChildProcess[] = [];

/** `count` documents of two page images each, every one unique (a pixel changed), in a new folder. */
async function scans(dir: string, count: number, salt: number): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const sources = fs.readdirSync(path.join(ROOT, 'test/fixtures/scans')).filter((f) => /\.p1\.good\.png$/.test(f)).sort();
  for (let n = 0; n < count; n++) {
    const base = sources[n % sources.length]!.replace(/\.p1\.good\.png$/, '');
    for (const page of [1, 2]) {
      const image = await loadImage(fs.readFileSync(path.join(ROOT, 'test/fixtures/scans', `${base}.p${page}.good.png`)));
      const canvas = createCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0);
      ctx.fillStyle = `rgb(${n % 256},${(n * 7) % 256},${salt})`;
      ctx.fillRect(0, 0, 1, 1);
      fs.writeFileSync(path.join(dir, `doc${n}.p${page}.png`), canvas.toBuffer('image/png'));
    }
  }
}

/** `count` text files from the world set, each made unique by a line of its own. */
function texts(dir: string, count: number): void {
  fs.mkdirSync(dir, { recursive: true });
  const world = fs.readdirSync(path.join(ROOT, 'test/fixtures/world')).filter((f) => f.endsWith('.txt')).sort();
  for (let n = 0; n < count; n++) fs.writeFileSync(path.join(dir, `t${n}.txt`), `${fs.readFileSync(path.join(ROOT, 'test/fixtures/world', world[n % world.length]!), 'utf8')}\nKopia ${n}.\n`);
}

/** A worker with its defaults (OCR on every core, twice as many page jobs in hand). */
function startWorker(index: string): Promise<ChildProcess> {
  const env = { ...process.env, DIARIUM_HOME: home, DIARIUM_INDEX: index, MEILI_URL: server.url, MEILI_MASTER_KEY: server.key };
  return startCliWorker(redis.url, env, ['--ocr-engine', 'native'], workers);
}

async function stopWorkers(): Promise<void> {
  await Promise.all(workers.splice(0).map((w) => new Promise((resolve) => (w.on('exit', resolve), w.kill('SIGTERM')))));
}

/** Seconds from queuing `dir` to the queue's being idle, with `workers` workers of `concurrency` pages each. */
async function queued(dir: string, index: string, count: number): Promise<number> {
  await Promise.all(Array.from({ length: count }, () => startWorker(index)));
  const started = performance.now();
  await enqueuePaths([dir], { connection, index });
  // Counts only, twice a second: a full status (rates, failures) would take CPU from the workers.
  const queues = [new Queue(FILES, { connection }), new Queue(PAGES, { connection })];
  for (;;) {
    const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'waiting-children', 'active', 'delayed', 'prioritized')));
    if (counts.every((c) => Object.values(c).every((n) => n === 0))) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await Promise.all(queues.map((q) => q.close()));
  const failures = (await queueStatus(connection)).failures;
  if (failures.length) throw new Error(`failures: ${JSON.stringify(failures.slice(0, 3))}`);
  const seconds = (performance.now() - started) / 1000;
  await stopWorkers();
  return seconds;
}

/** Seconds for file-based ingest of `dir` into `index`, native OCR. */
async function fileBased(dir: string, index: string): Promise<number> {
  const started = performance.now();
  // Repair as a worker does with an empty DIARIUM_HOME: an empty corpus model and the background text.
  const report = await ingestPaths([dir], { index: await openDocumentIndex(client, index), ocr: () => new NativeTesseractEngine(), model: new WordModel() });
  if (report.failed) throw new Error(`${report.failed} failed`);
  return (performance.now() - started) / 1000;
}

try {
  const cores = os.availableParallelism();
  console.log(`== scans: ${DOCS} documents of 2 page images (${2 * DOCS} pages), native OCR, ${cores} cores`);
  const rate = (seconds: number): string => `${((2 * DOCS) / (seconds / 60)).toFixed(1)} pages/min (${seconds.toFixed(1)} s)`;
  // File-based and queued in turn, twice: this shared machine drifts by a fifth within minutes,
  // so each is compared with its neighbours, and the best of each is reported.
  const fileRuns: number[] = [];
  const queueRuns: number[] = [];
  for (let round = 0; round < 2; round++) {
    await scans(path.join(home, `scans-f${round}`), DOCS, 200 + round);
    fileRuns.push(await fileBased(path.join(home, `scans-f${round}`), `bench-file-${round}`));
    console.log(`file-based ingest                  ${rate(fileRuns[round]!)}`);
    await scans(path.join(home, `scans-q${round}`), DOCS, 210 + round);
    queueRuns.push(await queued(path.join(home, `scans-q${round}`), `bench-queue-1-${round}`, 1));
    console.log(`queue, 1 worker                    ${rate(queueRuns[round]!)}`);
    await drain(connection);
  }
  const [bestFile, bestQueue] = [Math.min(...fileRuns), Math.min(...queueRuns)];
  console.log(`best of each: file-based ${rate(bestFile)}, queue ${rate(bestQueue)}; the queue's cost ${(100 * (bestQueue / bestFile - 1)).toFixed(1)}%`);
  await scans(path.join(home, 'scans-c'), DOCS, 220);
  const twoSeconds = await queued(path.join(home, 'scans-c'), 'bench-queue-2', 2);
  console.log(`queue, 2 workers on the same cores ${rate(twoSeconds)}`);

  console.log(`\n== text files: ${TEXTS}`);
  texts(path.join(home, 'texts-a'), TEXTS);
  const textIngest = await fileBased(path.join(home, 'texts-a'), 'bench-text-file');
  texts(path.join(home, 'texts-b'), TEXTS);
  // The same contents would be known to the queue: a word more makes them new.
  for (const f of fs.readdirSync(path.join(home, 'texts-b'))) fs.appendFileSync(path.join(home, 'texts-b', f), 'Kö.\n');
  const textQueue = await queued(path.join(home, 'texts-b'), 'bench-text-queue', 1);
  console.log(`file-based ingest ${(TEXTS / textIngest).toFixed(1)} files/s; queue, 1 worker ${(TEXTS / textQueue).toFixed(1)} files/s; overhead ${((1000 * (textQueue - textIngest)) / TEXTS).toFixed(1)} ms a job`);

  console.log('\n== Redis memory per queued job');
  const probe = new Redis({ host: '127.0.0.1', port: redis.port });
  const used = async (): Promise<number> => Number(/used_memory:(\d+)/.exec(await probe.info('memory'))![1]);
  await drain(connection);
  await probe.flushall();
  const before = await used();
  texts(path.join(home, 'texts-c'), TEXTS);
  for (const f of fs.readdirSync(path.join(home, 'texts-c'))) fs.appendFileSync(path.join(home, 'texts-c', f), 'Minne.\n');
  await enqueuePaths([path.join(home, 'texts-c')], { connection, index: 'bench-memory' });
  await scans(path.join(home, 'scans-d'), DOCS, 230);
  const middle = await used();
  await enqueuePaths([path.join(home, 'scans-d')], { connection, index: 'bench-memory' });
  const after = await used();
  console.log(`text file jobs: ${((middle - before) / TEXTS / 1024).toFixed(2)} KiB each; scan flows (a file job and 2 page jobs): ${((after - middle) / DOCS / 1024).toFixed(2)} KiB each`);
  probe.disconnect();
} finally {
  await stopWorkers();
  redis.remove();
  await stopServer(paths);
  fs.rmSync(home, { recursive: true, force: true });
}
