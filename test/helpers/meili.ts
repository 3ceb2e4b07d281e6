import { createClient } from '../../index/client.ts';
import type { Meilisearch } from 'meilisearch';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';

/** A client for the test run's Meilisearch (see global-setup.ts). */
export function testClient(): Meilisearch {
  return createClient(inject('meiliUrl'), inject('meiliKey'));
}

/** A fresh index name, so test files never see each other's documents. */
export function testIndexName(prefix: string): string {
  return `test-${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Environment for running the CLI against the test server and a given index. */
export function cliEnv(indexName: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DIARIUM_HOME: inject('diariumHome'), DIARIUM_INDEX: indexName, ...extra };
  if (!('MEILI_URL' in extra)) {
    delete env.MEILI_URL;
    delete env.MEILI_MASTER_KEY;
  }
  return env;
}
