/**
 * npm run bench:soak — crash safety and behaviour under load.
 *
 * 1. Ingests a generated corpus of 5 000 documents (SOAK_DOCS) with `diarium ingest`, killing the
 *    process with SIGKILL at random points 20 times (SOAK_KILLS), then lets it finish, and checks the
 *    index against the corpus: document count and the set of content hashes (ids).
 * 2. Serves the page's API (`diarium serve`) and sends searches from several clients at a steady
 *    rate for 10 minutes (SOAK_MINUTES, SOAK_RATE per second), reporting latency percentiles,
 *    errors and the server's memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from '../index/client.ts';
import { serverPaths, stopServer } from '../index/server.ts';
import { contentId } from '../pipeline/hash.ts';
import { seededRandom } from '../scripts/random.ts';
import { generateDocuments, TOPICS, writeDocuments } from './search-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/diarium.js');
const DOCS = Number(process.env.SOAK_DOCS) || 5000;
const KILLS = Number(process.env.SOAK_KILLS) || 20;
const MINUTES = Number(process.env.SOAK_MINUTES) || 10;
const RATE = Number(process.env.SOAK_RATE) || 20;
const CLIENTS = 4;

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-soak-'));
const dir = path.join(home, 'corpus');
const env = { ...process.env, DIARIUM_HOME: home, DIARIUM_INDEX: 'soak', MEILI_URL: '', DIARIUM_MODELS: path.join(home, 'no-models') };
const next = seededRandom(99);

function run(args: string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'ignore'] });
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

const percentile = (sorted: number[], p: number): string => (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN).toFixed(1);

try {
  console.log(`== crash safety: ${DOCS} documents, ${KILLS} kills`);
  const docs = generateDocuments(DOCS, 3);
  writeDocuments(dir, docs);
  const expected = new Set(docs.map((d) => contentId(fs.readFileSync(path.join(dir, d.name)))));
  const started = performance.now();
  for (let k = 0; k < KILLS; k++) {
    const child = run(['ingest', dir, '--batch-size', '50']);
    const exited = new Promise((resolve) => child.on('close', resolve));
    await Promise.race([sleep(500 + next() * 6000), exited]);
    child.kill('SIGKILL');
    await exited;
  }
  const last = run(['ingest', dir, '--batch-size', '50']);
  const code = await new Promise((resolve) => last.on('close', resolve));
  const info = JSON.parse(fs.readFileSync(path.join(home, 'server.json'), 'utf8'));
  const client = createClient(info.url, fs.readFileSync(path.join(home, 'master.key'), 'utf8'));
  const ids = new Set<string>();
  for (let offset = 0; ; offset += 1000) {
    const page = await client.index('soak').getDocuments({ limit: 1000, offset, fields: ['id'] });
    for (const d of page.results) ids.add(String(d.id));
    if (page.results.length < 1000) break;
  }
  const stats = await client.index('soak').getStats();
  const missing = [...expected].filter((id) => !ids.has(id)).length;
  const extra = [...ids].filter((id) => !expected.has(id)).length;
  console.log(
    `final run exit ${code}; ${((performance.now() - started) / 1000).toFixed(0)} s in all; index holds ${stats.numberOfDocuments} documents for ${expected.size} files: ` +
      `${missing} lost, ${extra} unexpected, ${stats.numberOfDocuments - ids.size} duplicated`,
  );

  console.log(`\n== load: ${RATE} searches/s from ${CLIENTS} clients for ${MINUTES} min against the page's API`);
  const port = 30_000 + Math.floor(next() * 20_000);
  const server = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => server.stdout!.on('data', (d: Buffer) => d.toString().includes('search page') && resolve()));
  const base = `http://127.0.0.1:${port}`;
  const queries = TOPICS.flatMap((t) => t.queries);
  const facets = ['', '&namnd=Socialn%C3%A4mnden', '&year=2020', '&doctype=tj%C3%A4nsteutl%C3%A5tande&from=2018-01-01&to=2021-12-31', '&sort=date'];
  const latencies: number[] = [];
  let errors = 0;
  /** Why requests failed, counted: a status and the start of its body, or the fetch error. */
  const reasons = new Map<string, number>();
  const failed = (reason: string): void => {
    errors++;
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  };
  const memory: number[] = [rssMb(server.pid!)];
  const end = Date.now() + MINUTES * 60_000;
  const sampler = setInterval(() => memory.push(rssMb(server.pid!)), 10_000);
  const interval = (1000 * CLIENTS) / RATE;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      let n = c;
      while (Date.now() < end) {
        const tick = Date.now();
        const url = `${base}/api/search?q=${encodeURIComponent(queries[n % queries.length]!)}${facets[n % facets.length]}&page=${1 + (n % 3)}`;
        n += CLIENTS;
        const t = performance.now();
        try {
          const response = await fetch(url);
          const body = await response.text();
          if (!response.ok) failed(`HTTP ${response.status}: ${body.slice(0, 160)}`);
        } catch (error) {
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          failed(`${(error as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}`);
        }
        latencies.push(performance.now() - t);
        await sleep(Math.max(0, interval - (Date.now() - tick)));
      }
    }),
  );
  clearInterval(sampler);
  memory.push(rssMb(server.pid!));
  server.kill('SIGINT');
  latencies.sort((a, b) => a - b);
  console.log(`${latencies.length} searches: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, p99 ${percentile(latencies, 99)} ms; ${errors} errors`);
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${reason}`);
  console.log(`server memory (RSS): ${memory[0]!.toFixed(0)} MB at start, ${memory[memory.length - 1]!.toFixed(0)} MB at the end, ${Math.max(...memory).toFixed(0)} MB at most`);
} finally {
  await stopServer(serverPaths(home));
  fs.rmSync(home, { recursive: true, force: true });
}
