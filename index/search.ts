import type { Index, SearchParams, SearchResponse } from 'meilisearch';
import type { Document } from '../pipeline/document.ts';
import { EMBEDDER } from './vectors.ts';

export interface SearchRequest {
  /** The query; empty lists all documents. */
  q: string;
  /** A Meilisearch filter expression, e.g. `namnd = "Socialnämnden" AND year >= 2018`. */
  filter?: string;
  facets?: string[];
  limit?: number;
  offset?: number;
  /** e.g. `["sortDate:desc"]`; relevance when empty. */
  sort?: string[];
  /** Hybrid search: the query's embedding and how much meaning weighs against words (0-1). */
  semantic?: { vector: number[]; ratio: number };
}

export const HIGHLIGHT_PRE = '<mark>';
export const HIGHLIGHT_POST = '</mark>';

/**
 * Meilisearch parameters for a request, with Swedish query handling (`locales: ["swe"]`, matching
 * the index's localized attributes), highlighted titles and a cropped snippet of the text in
 * `_formatted`, and hybrid search when the request carries a query embedding.
 */
export function searchParams(request: SearchRequest): SearchParams {
  return {
    filter: request.filter || undefined,
    facets: request.facets,
    limit: request.limit ?? 20,
    offset: request.offset ?? 0,
    sort: request.sort?.length ? request.sort : undefined,
    locales: ['swe'],
    attributesToHighlight: ['title', 'text'],
    attributesToCrop: ['text'],
    cropLength: 40,
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
    ...(request.semantic ? { hybrid: { embedder: EMBEDDER, semanticRatio: request.semantic.ratio }, vector: request.semantic.vector } : {}),
  };
}

/** Searches documents; `fields` limits what each hit carries (all fields when omitted). */
export function searchDocuments(index: Index<Document>, request: SearchRequest, fields?: string[]): Promise<SearchResponse<Document>> {
  return index.search<Document>(request.q, { ...searchParams(request), attributesToRetrieve: fields });
}
