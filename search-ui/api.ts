import type { Index } from 'meilisearch';
import { FACETS } from '../index/settings.ts';
import { quote } from '../index/filter.ts';
import type { SearchRequest } from '../index/search.ts';
import type { Document } from '../pipeline/document.ts';

const MAX_QUERY = 500;
const MAX_LIMIT = 100;

/**
 * Turns the page's URL parameters into a search request. Facet values from the browser only ever
 * become quoted filter values on allow-listed attributes, never filter syntax.
 */
export function requestFromParams(params: URLSearchParams): SearchRequest {
  const clauses: string[] = [];
  for (const facet of FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) clauses.push(`(${values.map((v) => `${facet} = ${quote(v)}`).join(' OR ')})`);
  }
  const limit = Math.min(MAX_LIMIT, Math.max(1, Number(params.get('limit')) || 20));
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const sort = params.get('sort') === 'date' ? ['sortDate:desc'] : [];
  return { q: (params.get('q') ?? '').slice(0, MAX_QUERY), filter: clauses.join(' AND '), facets: [...FACETS], limit, offset, sort };
}

export type DocumentIndex = Index<Document>;
