import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Index, Meilisearch, SearchParams, SearchResponse } from 'meilisearch';
import type { Document } from '../pipeline/document.ts';
import { createClient } from './client.ts';
import { upsertDocuments } from './documents.ts';
import { DiariumError, ExitCode } from './errors.ts';

/**
 * One index family over several Meilisearch instances (DIARIUM_REMOTES): every instance holds a
 * share of the documents under the same index name and settings; ingest routes each document to
 * one of them, and search asks them all in one federated multi-search (Meilisearch's experimental
 * `network` feature, in the community edition since 1.13), facets merged. Automatic sharding is
 * Meilisearch Enterprise's: the routing is done here.
 */
export interface Remote {
  name: string;
  url: string;
  /** The instance's master key or an API key that may search and write. */
  key: string | null;
}

/**
 * `name=url[#key],name=url[#key]…`, or `@FILE` naming a JSON file of `{ "name": { "url", "key" } }`
 * (keys stay out of the environment). The first remote is the one search requests go to.
 */
export function parseRemotes(spec: string): Remote[] {
  let remotes: Remote[];
  if (spec.startsWith('@')) {
    const file = spec.slice(1);
    let parsed: Record<string, { url: string; key?: string | null }>;
    try {
      parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof parsed;
    } catch (error) {
      throw new DiariumError(`DIARIUM_REMOTES names ${file}, which is not a JSON object of remotes: ${(error as Error).message}`, ExitCode.Usage);
    }
    remotes = Object.entries(parsed).map(([name, r]) => ({ name, url: r.url, key: r.key ?? null }));
  } else {
    remotes = spec.split(',').filter(Boolean).map((part) => {
      const m = /^([\w.-]+)=(https?:\/\/[^#\s]+)(?:#(.+))?$/.exec(part.trim());
      if (!m) throw new DiariumError(`DIARIUM_REMOTES: "${part}" is not name=http://host:port[#key].`, ExitCode.Usage);
      return { name: m[1]!, url: m[2]!.replace(/\/$/, ''), key: m[3] ?? null };
    });
  }
  if (remotes.length < 2) throw new DiariumError('DIARIUM_REMOTES names fewer than two Meilisearch instances: leave it unset for one.', ExitCode.Usage);
  if (new Set(remotes.map((r) => r.name)).size !== remotes.length) throw new DiariumError('DIARIUM_REMOTES names one remote twice.', ExitCode.Usage);
  return remotes;
}

/** Which remote holds a document: by municipality when known (a kommun's documents together), else by its version group. */
export function routeOf(doc: Pick<Document, 'municipality' | 'versionOf' | 'id'>, remotes: readonly Remote[]): Remote {
  const key = doc.municipality ?? doc.versionOf ?? doc.id;
  const hash = createHash('sha256').update(key).digest().readUInt32BE(0);
  return remotes[hash % remotes.length]!;
}

export class Federation {
  private readonly clients: Map<string, Meilisearch>;

  constructor(readonly remotes: readonly Remote[]) {
    this.clients = new Map(remotes.map((r) => [r.name, createClient(r.url, r.key)]));
  }

  private async call(remote: Remote, method: string, route: string, body: unknown): Promise<unknown> {
    const response = await fetch(`${remote.url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', ...(remote.key ? { authorization: `Bearer ${remote.key}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new DiariumError(`Meilisearch ${remote.name} (${remote.url}) refused ${method} ${route}: ${text}`, ExitCode.ServerUnavailable);
    return JSON.parse(text) as unknown;
  }

  /**
   * Makes every instance know the others: turns on the `network` feature and names itself and
   * every remote with the key it searches them with. Idempotent; run before the first search.
   */
  async join(): Promise<void> {
    const all = Object.fromEntries(this.remotes.map((r) => [r.name, { url: r.url, searchApiKey: r.key }]));
    for (const remote of this.remotes) {
      await this.call(remote, 'PATCH', '/experimental-features', { network: true });
      await this.call(remote, 'PATCH', '/network', { self: remote.name, remotes: all });
    }
  }

  /** Opens the index on every instance with `open` (which creates it and applies the settings). */
  async indexes(open: (client: Meilisearch) => Promise<Index<Document>>): Promise<Map<string, Index<Document>>> {
    const out = new Map<string, Index<Document>>();
    for (const remote of this.remotes) out.set(remote.name, await open(this.clients.get(remote.name)!));
    return out;
  }

  /** Writes documents, each to its remote. */
  async upsert(indexes: Map<string, Index<Document>>, documents: Document[]): Promise<void> {
    const byRemote = new Map<string, Document[]>();
    for (const doc of documents) {
      const name = routeOf(doc, this.remotes).name;
      byRemote.set(name, [...(byRemote.get(name) ?? []), doc]);
    }
    await Promise.all([...byRemote].map(([name, docs]) => upsertDocuments(indexes.get(name)!, docs)));
  }

  /**
   * One search over every instance, with Meilisearch's own parameters: a federated multi-search
   * sent to the first remote, one query per remote, hits merged by ranking score, facet counts
   * merged; shaped as a plain search's response, so callers cannot tell.
   */
  async searchRaw(indexName: string, q: string | null | undefined, params: SearchParams = {}): Promise<SearchResponse<Document>> {
    const { limit, offset, facets, hitsPerPage: _h, page: _p, ...query } = params;
    const body = {
      federation: { limit: limit ?? 20, offset: offset ?? 0, ...(facets?.length ? { facetsByIndex: { [indexName]: facets }, mergeFacets: {} } : {}) },
      queries: this.remotes.map((remote) => ({ indexUid: indexName, q: q ?? '', ...query, federationOptions: { remote: remote.name } })),
    };
    const response = (await this.call(this.remotes[0]!, 'POST', '/multi-search', body)) as SearchResponse<Document> & { remoteErrors?: Record<string, unknown> };
    const errors = Object.entries(response.remoteErrors ?? {});
    if (errors.length) throw new DiariumError(`Meilisearch remote ${errors.map(([name, e]) => `${name}: ${JSON.stringify(e)}`).join('; ')}`, ExitCode.ServerUnavailable);
    return response;
  }

  /**
   * The index family as one index: searches are federated, documents are read from every
   * instance and written where they are, facet values are counted on each and added up. Every
   * other call goes to the first instance's index. What the page's API and `diarium search` use,
   * so the case, remiss and person views and exports see every instance too.
   */
  asIndex(index: Index<Document>): Index<Document> {
    const shards = [...this.clients.values()].map((c) => c.index<Document>(index.uid));
    const federation = this;
    const overrides: Record<string, unknown> = {
      search: (q: string | null | undefined, params?: SearchParams) => federation.searchRaw(index.uid, q, params),
      async getDocument(id: string, params?: unknown) {
        for (const shard of shards) {
          try {
            return await shard.getDocument(id, params as never);
          } catch (error) {
            if (!['document_not_found', 'index_not_found'].includes((error as { cause?: { code?: string } }).cause?.code ?? '')) throw error;
          }
        }
        return index.getDocument(id, params as never);
      },
      async getDocuments(params?: { limit?: number }) {
        const parts = await Promise.all(shards.map((shard) => shard.getDocuments(params as never)));
        const results = parts.flatMap((p) => p.results).slice(0, params?.limit ?? 20);
        return { ...parts[0]!, results, total: parts.reduce((n, p) => n + p.total, 0) };
      },
      async searchForFacetValues(params: { facetName: string; facetQuery?: string }) {
        const parts = await Promise.all(shards.map((shard) => shard.searchForFacetValues(params as never)));
        const counts = new Map<string, number>();
        for (const part of parts) for (const hit of part.facetHits) counts.set(hit.value, (counts.get(hit.value) ?? 0) + hit.count);
        // In Meilisearch's own order for facet search: by value, lower case and without diacritics.
        const key = (v: string): string => v.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
        return { ...parts[0]!, facetHits: [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => (key(a.value) < key(b.value) ? -1 : key(a.value) > key(b.value) ? 1 : 0)) };
      },
      // A correction goes to the instance that holds the document.
      updateDocuments: (docs: Partial<Document>[], options?: unknown) => {
        const located = Promise.all(
          shards.map(async (shard) => {
            const held = await shard.getDocuments({ filter: `id IN [${docs.map((d) => JSON.stringify(d.id)).join(', ')}]`, fields: ['id'], limit: docs.length });
            return held.results.length ? shard : null;
          }),
        ).then((found) => found.find((s) => s) ?? index);
        // Shaped as Meilisearch's enqueued task (a promise with waitTask), as callers expect.
        const enqueued = located.then((shard) => ({ task: shard.updateDocuments(docs as Document[], options as never) }));
        return Object.assign(
          enqueued.then(({ task }) => task),
          { waitTask: (o?: unknown) => enqueued.then(({ task }) => task.waitTask(o as never)) },
        );
      },
    };
    return new Proxy(index, { get: (target, prop, receiver) => (typeof prop === 'string' && prop in overrides ? overrides[prop] : Reflect.get(target, prop, receiver)) });
  }
}
