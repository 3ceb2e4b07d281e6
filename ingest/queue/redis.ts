import type { ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { DiariumError, ExitCode } from '../../index/errors.ts';

/**
 * The Redis a queued run lives in, from `--queue redis://[:password@]host:port[/db]` or
 * DIARIUM_QUEUE. Workers wait for Redis rather than fail when it restarts
 * (`maxRetriesPerRequest: null`, as BullMQ requires of a worker's connection).
 */
export function redisConnection(url: string): ConnectionOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DiariumError(`Not a Redis address: ${url} (expected redis://host:port).`, ExitCode.Usage);
  }
  if (parsed.protocol !== 'redis:') throw new DiariumError(`Not a Redis address: ${url} (expected redis://host:port).`, ExitCode.Usage);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port) || 6379,
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.pathname.length > 1 ? { db: Number(parsed.pathname.slice(1)) } : {}),
    maxRetriesPerRequest: null,
  };
}

/**
 * Checks that Redis answers and keeps every job: a queue under any eviction policy but
 * `noeviction` can lose jobs when memory runs short, which BullMQ only warns about.
 */
export async function checkRedis(connection: ConnectionOptions, url: string): Promise<void> {
  const redis = new Redis({ ...(connection as object), lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  try {
    await redis.connect();
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
    if (policy !== 'noeviction') {
      throw new DiariumError(`Redis at ${url} evicts keys under memory pressure (maxmemory-policy ${policy}), which would lose queued jobs: set maxmemory-policy noeviction.`, ExitCode.Usage);
    }
  } catch (error) {
    if (error instanceof DiariumError) throw error;
    throw new DiariumError(`Cannot reach Redis at ${url}: ${(error as Error).message}`, ExitCode.ServerUnavailable);
  } finally {
    redis.disconnect();
  }
}
