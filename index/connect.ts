import { createClient } from './client.ts';
import type { Meilisearch } from 'meilisearch';
import type { Config } from './config.ts';
import { DiariumError, ExitCode } from './errors.ts';
import { ensureMasterKey, serverPaths, serverStatus, startServer } from './server.ts';

/** A client for the server this configuration points at. */
export interface Connection {
  client: Meilisearch;
  url: string;
  /** True when the server is the embedded one under DIARIUM_HOME. */
  embedded: boolean;
}

export interface ConnectOptions {
  /** Start the embedded server when it is not running (default true). */
  start?: boolean;
}

/**
 * Connects to MEILI_URL when it is set (starting nothing), otherwise to the embedded server,
 * starting it if needed. Throws a {@link DiariumError} that says what to do when neither works.
 */
export async function connect(config: Config, options: ConnectOptions = {}): Promise<Connection> {
  // Several instances (DIARIUM_REMOTES): the first is the one spoken to; searches reach them all.
  const external = config.remotes ? { url: config.remotes[0]!.url, key: config.remotes[0]!.key, variable: 'DIARIUM_REMOTES' } : config.meiliUrl ? { url: config.meiliUrl, key: config.meiliMasterKey, variable: 'MEILI_URL' } : null;
  if (external) {
    const client = createClient(external.url, external.key ?? undefined);
    try {
      await client.health();
    } catch (error) {
      throw new DiariumError(
        `Cannot reach the Meilisearch server at ${external.url} (${external.variable}): ${(error as Error).message}. ` +
          `Check that it is running and reachable, or unset ${external.variable} to use the embedded server.`,
        ExitCode.ServerUnavailable,
      );
    }
    return { client, url: external.url, embedded: false };
  }
  const paths = serverPaths(config.home);
  if (options.start === false) {
    const status = await serverStatus(paths);
    if (status.state !== 'running') {
      throw new DiariumError(
        `The embedded Meilisearch is not running (${status.state}). Start it with \`diarium server start\`.`,
        ExitCode.ServerUnavailable,
      );
    }
  }
  const info = await startServer(paths);
  return { client: createClient(info.url, info.key), url: info.url, embedded: true };
}

/**
 * The embedded server under `home` as it is now, or null when it is not running. It may have been
 * stopped and started again on another port since a client was made: its state file says where.
 * Starts nothing (a user who stopped the server meant it).
 */
export async function findEmbedded(home: string): Promise<Meilisearch | null> {
  const paths = serverPaths(home);
  const status = await serverStatus(paths);
  return status.state === 'running' ? createClient(status.info.url, ensureMasterKey(paths)) : null;
}
