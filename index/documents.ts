import type { Index, Meilisearch } from 'meilisearch';
import type { Document } from '../pipeline/document.ts';
import { inList } from './filter.ts';
import { ensureIndex } from './ensure.ts';
import { applySettings, DOCUMENT_SETTINGS } from './settings.ts';
import { embedderSettings } from './vectors.ts';
import { settle } from './tasks.ts';

/**
 * Opens the document index, creating it and bringing its settings up to date; with `dimensions`,
 * also the vector embedder that semantic search and similar documents use.
 */
export async function openDocumentIndex(client: Meilisearch, name: string, dimensions?: number): Promise<Index<Document>> {
  await ensureIndex(client, name);
  const index = client.index<Document>(name);
  await applySettings(index, dimensions ? { ...DOCUMENT_SETTINGS, ...embedderSettings(dimensions) } : DOCUMENT_SETTINGS);
  return index;
}

/**
 * Adds or replaces documents and removes older versions of the same source files (a changed file
 * gets a new content id). The addition is enqueued before the removal, so a crash in between
 * leaves at worst an old version beside the new one, never neither; both are waited for.
 */
export async function upsertDocuments(index: Index<Document>, documents: Document[]): Promise<void> {
  if (documents.length === 0) return;
  const added = index.addDocuments(documents, { primaryKey: 'id' });
  const stale = index.deleteDocuments({
    filter: `${inList('source', documents.map((d) => d.source))} AND NOT ${inList('id', documents.map((d) => d.id))}`,
  });
  // Both are awaited even when one fails, so no rejection is left unhandled when the server dies.
  const results = await Promise.allSettled([settle(added, `add ${documents.length} documents to ${index.uid}`), settle(stale, `remove replaced versions in ${index.uid}`)]);
  for (const result of results) if (result.status === 'rejected') throw result.reason;
}

/** Number of documents in the index (0 when it does not exist yet). */
export async function countDocuments(client: Meilisearch, name: string): Promise<number> {
  try {
    return (await client.index(name).getStats()).numberOfDocuments;
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code === 'index_not_found') return 0;
    throw error;
  }
}
