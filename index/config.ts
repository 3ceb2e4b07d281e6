import path from 'node:path';
import { parseRemotes, type Remote } from './remotes.ts';

/** Settings read from the environment; see the README's configuration table. */
export interface Config {
  /** Folder for the embedded server's data, key, pid file and ingest state. */
  home: string;
  /** An external Meilisearch to use instead of the embedded one. */
  meiliUrl: string | null;
  meiliMasterKey: string | null;
  /** Name of the Meilisearch index holding documents. */
  indexName: string;
  /** Mask personnummer before indexing (default) or keep them (DIARIUM_PERSONNUMMER=keep). */
  personnummer: 'mask' | 'keep';
  /** Several Meilisearch instances holding one index family (DIARIUM_REMOTES; index/remotes.ts), or null for one. */
  remotes: Remote[] | null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    home: path.resolve(env.DIARIUM_HOME || '.diarium'),
    meiliUrl: env.MEILI_URL || null,
    meiliMasterKey: env.MEILI_MASTER_KEY || null,
    indexName: env.DIARIUM_INDEX || 'documents',
    personnummer: env.DIARIUM_PERSONNUMMER === 'keep' ? 'keep' : 'mask',
    remotes: env.DIARIUM_REMOTES ? parseRemotes(env.DIARIUM_REMOTES) : null,
  };
}
