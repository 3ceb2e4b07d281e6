import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BIN, ROOT } from './cli.ts';

/** Whether Debian's redis-server is installed (.ci/run installs it). */
export const redisAvailable = spawnSync('redis-server', ['--version']).status === 0;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * A Redis of the test's own on a loopback port, as a queue needs it: `noeviction`, and an
 * append-only file written at every command so a restart loses nothing.
 */
export class TestRedis {
  private constructor(
    readonly port: number,
    readonly dir: string,
  ) {}

  static async start(): Promise<TestRedis> {
    const redis = new TestRedis(await freePort(), fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-redis-')));
    redis.run();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  private run(): void {
    execFileSync('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--maxmemory-policy', 'noeviction', '--daemonize', 'yes', '--pidfile', path.join(this.dir, 'redis.pid'), '--logfile', path.join(this.dir, 'redis.log')]);
    for (let i = 0; i < 100 && spawnSync('redis-cli', ['-p', String(this.port), 'ping']).stdout?.toString().trim() !== 'PONG'; i++) spawnSync('sleep', ['0.05']);
  }

  /** Stops Redis (writing its file) and starts it again on the same port and data. */
  restart(): void {
    this.stop();
    this.run();
  }

  stop(): void {
    spawnSync('redis-cli', ['-p', String(this.port), 'shutdown']);
    for (let i = 0; i < 100 && spawnSync('redis-cli', ['-p', String(this.port), 'ping']).status === 0; i++) spawnSync('sleep', ['0.05']);
  }

  remove(): void {
    this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Starts a `diarium worker` process on the queue at `url` and resolves once it says it is
 * working; `workers` collects it so the caller can stop it.
 */
export function startCliWorker(url: string, env: NodeJS.ProcessEnv, args: string[], workers: ChildProcess[]): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'worker', '--queue', url, ...args], { cwd: ROOT, env });
    workers.push(child);
    let log = '';
    child.stderr!.on('data', (d: Buffer) => {
      log += d;
      if (log.includes('diarium worker ')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited (${code}): ${log}`)));
  });
}
