import type { Index, SearchParams, SearchResponse } from 'meilisearch';
import type { Document } from '../pipeline/document.ts';
import { EMBEDDER } from './vectors.ts';
import { normalizeText } from '../pipeline/text/characters.ts';

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
  /** One hit per value of this attribute (the page: one per document, `versionOf`, its versions beside it). */
  distinct?: string;
  /**
   * The query in base forms (pipeline/lexicon/lemmas.ts `baseFormQuery`), searched after the
   * query itself: its hits follow the query's own, so exact forms rank first and a document that
   * prints only another form of a word ("skola" for "skolornas") is still found.
   */
  baseForms?: string | null;
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
    distinct: request.distinct,
    locales: ['swe'],
    attributesToHighlight: ['title', 'text', 'items.title'],
    showMatchesPosition: true,
    attributesToCrop: ['text'],
    cropLength: 40,
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
    ...(request.semantic ? { hybrid: { embedder: EMBEDDER, semanticRatio: request.semantic.ratio }, vector: request.semantic.vector } : {}),
  };
}

/**
 * A query in the characters the index holds (text/characters.ts): a title copied from a PDF or a
 * web page brings its soft hyphens, no-break spaces and ligatures ("ﬁnns"), which no indexed word
 * has, since every document is indexed without them.
 */
export function queryText(q: string): string {
  return normalizeText(q);
}

/**
 * Every document a request matches, page by page (up to the index's maxTotalHits), without
 * highlights or facets: for exports. `fields` limits what each carries.
 */
export async function* allDocuments(index: Index<Document>, request: SearchRequest, fields?: readonly string[]): AsyncGenerator<Document> {
  const pageSize = 1000;
  for (let offset = 0; ; offset += pageSize) {
    const result = await index.search<Document>(queryText(request.q), {
      ...searchParams({ ...request, facets: undefined, limit: pageSize, offset }),
      attributesToHighlight: [],
      attributesToCrop: [],
      showMatchesPosition: false,
      ...(fields ? { attributesToRetrieve: [...fields] } : {}),
    });
    for (const { _formatted: _, ...doc } of result.hits) yield doc as Document;
    if (result.hits.length < pageSize) return;
  }
}

/** One search, as `searchDocuments` runs it. */
type Run = (request: SearchRequest) => Promise<SearchResponse<Document>>;

/**
 * The query, then its base forms where the query's own hits do not fill the page: their hits
 * follow the query's (one per document, or per `distinct` value), paged over the merged list. A
 * query that fills the page costs one search, as without base forms. Facets are the query's own
 * when it finds anything; the count adds the base forms' extra hits seen in the page window.
 */
async function withBaseForms(run: Run, request: SearchRequest): Promise<SearchResponse<Document>> {
  const offset = request.offset ?? 0;
  const limit = request.limit ?? 20;
  const window = { ...request, offset: 0, limit: offset + limit };
  const own = await run(window);
  const ownTotal = own.estimatedTotalHits ?? own.hits.length;
  const page = (hits: Document[], total: number, from: SearchResponse<Document>): SearchResponse<Document> => ({ ...from, hits: hits.slice(offset, offset + limit), offset, limit, estimatedTotalHits: total });
  if (own.hits.length >= offset + limit) return page(own.hits, ownTotal, own);
  // Facets of the base forms only when the query itself found nothing.
  const base = await run({ ...window, q: request.baseForms!, facets: ownTotal > 0 ? undefined : request.facets });
  const key = (hit: Document): unknown => (request.distinct ? ((hit as unknown as Record<string, unknown>)[request.distinct] ?? hit.id) : hit.id);
  const seen = new Set(own.hits.map(key));
  const extra = base.hits.filter((hit) => !seen.has(key(hit)));
  return ownTotal > 0 ? page([...own.hits, ...extra], ownTotal + extra.length, own) : page(base.hits, base.estimatedTotalHits ?? base.hits.length, base);
}

/** The item of a document a hit matched in: a § of a protokoll, an ärende of an agenda. */
export interface MatchedItem {
  /** Index in the document's `items`. */
  index: number;
  paragraf: string | null;
  number: string | null;
  title: string | null;
}

/** A hit, with the item it matched in when it matched inside one. */
export type Hit = Document & {
  _item?: MatchedItem;
  _formatted?: Partial<Record<keyof Document, unknown>>;
  /** The snippet (`_formatted.text`) would show the letterhead rather than the matter: lists show `summary`. */
  _letterhead?: true;
};

/**
 * The item a hit matched in: an item field's match names its item (`indices`); a match in the
 * text falls in the item whose span (in UTF-8 bytes, Meilisearch's unit) holds it. The first
 * match in reading order decides.
 */
export function matchedItem(hit: Document & { _matchesPosition?: Record<string, { start: number; length: number; indices?: number[] }[]> }): MatchedItem | undefined {
  const items = hit.items ?? [];
  if (items.length === 0 || !hit._matchesPosition) return undefined;
  let index: number | undefined;
  for (const [field, matches] of Object.entries(hit._matchesPosition)) {
    if (!field.startsWith('items.')) continue;
    // The first index is the item's; more follow for an array inside the item ("items.beslut": [item, line]).
    const found = matches.flatMap((m) => (m.indices?.length ? [m.indices[0]!] : [])).sort((a, b) => a - b)[0];
    if (found !== undefined && (index === undefined || found < index)) index = found;
  }
  if (index === undefined) {
    const starts = (hit._matchesPosition.text ?? []).map((m) => m.start).sort((a, b) => a - b);
    for (const at of starts) {
      index = items.findIndex((item) => item.byteStart !== undefined && at >= item.byteStart && at < item.byteEnd!);
      if (index >= 0) break;
      index = undefined;
    }
  }
  if (index === undefined || !items[index]) return undefined;
  const item = items[index]!;
  return { index, paragraf: item.paragraf, number: item.number, title: item.title };
}

/** The words of a query worth looking for in a summary (three letters or more), lower case. */
const queryWords = (q: string): string[] => q.toLowerCase().match(/\p{L}{3,}/gu) ?? [];

/**
 * Searches documents; `fields` limits what each hit carries (all fields when omitted). Each hit
 * that matched inside an item says which in `_item`; match positions themselves are not returned.
 */
export async function searchDocuments(index: Index<Document>, asTyped: SearchRequest, fields?: string[]): Promise<SearchResponse<Hit>> {
  const request = { ...asTyped, q: queryText(asTyped.q), ...(asTyped.baseForms ? { baseForms: queryText(asTyped.baseForms) } : {}) };
  const run: Run = (r) => index.search<Document>(r.q, { ...searchParams(r), attributesToRetrieve: fields });
  const response = request.baseForms && request.q && !request.semantic ? await withBaseForms(run, request) : await run(request);
  const hits = response.hits.map((raw) => {
    const { _matchesPosition, ...hit } = raw as typeof raw & { _matchesPosition?: Record<string, { start: number; length: number; indices?: number[] }[]> };
    const item = request.q ? matchedItem({ ...hit, _matchesPosition } as Document & { _matchesPosition?: typeof _matchesPosition }) : undefined;
    // Matched in the text only inside the header block (the title, the letterhead): the crop there
    // would show phone numbers and addresses; the list shows the summary instead.
    // Where the header block holds matches too, Meilisearch's crop (the window with the most
    // matches) falls there, on the title repeated beside phone numbers: `_letterhead` says so, and
    // a list shows the summary instead (when it holds a word of the query). The crop stays.
    const textMatches = _matchesPosition?.text ?? [];
    const inHeader = typeof hit.bodyStart === 'number' && hit.bodyStart > 0 ? textMatches.filter((m) => m.start < hit.bodyStart).length : 0;
    const headerOnly = textMatches.length > 0 && inHeader === textMatches.length;
    const summaryHas = Boolean(hit.summary) && queryWords(request.q).some((w) => hit.summary!.toLowerCase().includes(w));
    const shown = headerOnly || (inHeader > 0 && summaryHas) ? { ...hit, _letterhead: true } : hit;
    return (item ? { ...shown, _item: item } : shown) as Hit;
  });
  return { ...response, hits } as SearchResponse<Hit>;
}
