import type { Index, Meilisearch, Settings } from 'meilisearch';
import type { Chunk } from '../pipeline/chunk.ts';
import { ensureIndex } from './ensure.ts';
import { inList } from './filter.ts';
import { applySettings } from './settings.ts';
import { settle } from './tasks.ts';

/** The embedder name used in both indexes: vectors come from diarium, not from Meilisearch. */
export const EMBEDDER = 'default';

export function embedderSettings(dimensions: number): Settings {
  return { embedders: { [EMBEDDER]: { source: 'userProvided', dimensions } } };
}

/** A chunk as stored: the passage with its vector. */
export type StoredChunk = Chunk & { _vectors: { [EMBEDDER]: number[] } };

export const CHUNK_SETTINGS: Settings = {
  searchableAttributes: ['heading', 'text', 'title'],
  filterableAttributes: ['docId', 'source', 'namnd', 'doctype', 'year', 'refDnr'],
  localizedAttributes: [{ attributePatterns: ['heading', 'text', 'title'], locales: ['swe'] }],
};

/** The passage index beside a document index: `<name>-chunks`. */
export async function openChunkIndex(client: Meilisearch, documentIndex: string, dimensions: number): Promise<Index<StoredChunk>> {
  const name = `${documentIndex}-chunks`;
  await ensureIndex(client, name);
  const index = client.index<StoredChunk>(name);
  await applySettings(index, { ...CHUNK_SETTINGS, ...embedderSettings(dimensions) });
  return index;
}

/** Replaces the passages of the given source files with `chunks`. */
export async function upsertChunks(index: Index<StoredChunk>, chunks: StoredChunk[], sources: string[], docIds: string[]): Promise<void> {
  const stale = index.deleteDocuments({ filter: `${inList('source', sources)} AND NOT ${inList('docId', docIds)}` });
  await settle(stale, `remove replaced passages in ${index.uid}`);
  if (chunks.length) await settle(index.addDocuments(chunks, { primaryKey: 'id' }), `add ${chunks.length} passages to ${index.uid}`);
}
