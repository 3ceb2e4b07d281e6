import type { Meilisearch } from 'meilisearch';
import { settle } from './tasks.ts';

/**
 * Creates the index (primary key `id`) unless it exists. Several processes may ask at once (the
 * queue's workers): the one whose creation finds the index already made takes it as made.
 */
export async function ensureIndex(client: Meilisearch, name: string): Promise<void> {
  const exists = await client
    .getRawIndex(name)
    .then(() => true)
    .catch((error: { cause?: { code?: string } }) => {
      if (error.cause?.code === 'index_not_found') return false;
      throw error;
    });
  if (exists) return;
  try {
    await settle(client.createIndex(name, { primaryKey: 'id' }), `create index ${name}`);
  } catch (error) {
    if (!/\(index_already_exists\)$/.test((error as Error).message)) throw error;
  }
}
