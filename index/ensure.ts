import type { Meilisearch } from 'meilisearch';
import { settle } from './tasks.ts';

/** Creates the index (primary key `id`) unless it exists. */
export async function ensureIndex(client: Meilisearch, name: string): Promise<void> {
  const exists = await client
    .getRawIndex(name)
    .then(() => true)
    .catch((error: { cause?: { code?: string } }) => {
      if (error.cause?.code === 'index_not_found') return false;
      throw error;
    });
  if (!exists) await settle(client.createIndex(name, { primaryKey: 'id' }), `create index ${name}`);
}
