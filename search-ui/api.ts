/**
 * The search page's API: turns URL parameters into Meilisearch requests. Everything from the browser
 * is either an allow-listed name or a value that goes into a filter quoted and escaped; no part of
 * a request becomes filter syntax.
 */
import type { Index, SearchResponse } from 'meilisearch';
import { inList, quote } from '../index/filter.ts';
import { csvCell, csvLine } from '../index/csv.ts';
import { allDocuments, searchDocuments, type MatchedItem, searchParams, type SearchRequest } from '../index/search.ts';
import type { Embedder } from '../pipeline/embed/embedder.ts';
import { FACETS } from '../index/settings.ts';
import { EMBEDDER } from '../index/vectors.ts';
import type { Document } from '../pipeline/document.ts';
import { caseKey } from '../pipeline/grammar/case-numbers.ts';
import { FUNCTION_WORD_WEIGHT } from '../pipeline/lexicon/function-words.ts';
import type { WordModel } from '../pipeline/repair/model.ts';
import { baseFormQuery, type Lemmatizer } from '../pipeline/lexicon/lemmas.ts';

export const MAX_QUERY = 500;
const MAX_LIMIT = 100;
const MAX_VALUES_PER_FACET = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class BadRequest extends Error {}

/** Unix seconds of a YYYY-MM-DD date at the start (or end) of that day, or null when absent. */
function day(value: string | null, endOfDay: boolean): number | null {
  if (!value) return null;
  if (!DATE.test(value) || Number.isNaN(Date.parse(value))) throw new BadRequest(`Inget datum (ÅÅÅÅ-MM-DD): ${value.slice(0, 20)}`);
  return Date.parse(`${value}T00:00:00Z`) / 1000 + (endOfDay ? 86_399 : 0);
}

/** The filter for the page's facet selections and date range. */
export function filterFromParams(params: URLSearchParams): string {
  const clauses: string[] = [];
  for (const facet of FACETS) {
    const values = params.getAll(facet).filter(Boolean).slice(0, MAX_VALUES_PER_FACET);
    if (values.length) clauses.push(`(${values.map((v) => `${facet} = ${quote(v)}`).join(' OR ')})`);
  }
  const from = day(params.get('from'), false);
  const to = day(params.get('to'), true);
  if (from !== null && to !== null && from > to) {
    throw new BadRequest(`Från-datumet ${params.get('from')} ligger efter till-datumet ${params.get('to')}: byt plats på dem.`);
  }
  if (from !== null) clauses.push(`sortDate >= ${from}`);
  if (to !== null) clauses.push(`sortDate <= ${to}`);
  return clauses.join(' AND ');
}

/** A search request from the page's URL parameters (`q`, facets, `from`, `to`, `sort`, `page`). */
export function requestFromParams(params: URLSearchParams): SearchRequest {
  const q = params.get('q') ?? '';
  if (q.length > MAX_QUERY) throw new BadRequest(`Sökfrågan är längre än ${MAX_QUERY} tecken.`);
  const limit = Math.min(MAX_LIMIT, Math.max(1, Number(params.get('limit')) || 20));
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
  const offset = params.has('offset') ? Math.max(0, Number(params.get('offset')) || 0) : (page - 1) * limit;
  const sort = SORTS[params.get('sort') ?? ''] ?? [];
  return { q, filter: filterFromParams(params), facets: [...FACETS], limit, offset, sort };
}

/**
 * The page's orders: relevance (none), newest or oldest first, title A–Ö. Meilisearch puts
 * documents without the field last in either direction.
 */
export const SORTS: Record<string, string[]> = { date: ['sortDate:desc'], oldest: ['sortDate:asc'], title: ['title:asc'] };

/** Fields shown in lists; the full text only comes with the document itself. */
const LIST_FIELDS = ['id', 'title', 'doctype', 'municipality', 'namnd', 'forvaltning', 'date', 'meetingDate', 'justerat', 'uncertainDates', 'dnr', 'refDnr', 'handlaggare', 'paragraf', 'items', 'source', 'sourceName', 'sourceFiles', 'format', 'textCondition', 'versionOf', 'pages', 'year', 'sortDate', 'summary', 'bodyStart'];

/** One version of a document, as a hit lists its versions. */
export interface Version {
  id: string;
  /** "text", "PDF", "OCR-text" (a text file of old OCR) or "skannad", as the page names it. */
  kind: VersionKind;
  sourceName: string;
  pages: number | null;
}

export type VersionKind = 'text' | 'PDF' | 'OCR-text' | 'skannad';

/** What a version is to a reader: its format, and for a text file whether it is OCR's. */
export function versionKind(doc: Pick<Document, 'format' | 'textCondition'>): VersionKind {
  if (doc.format === 'scan') return 'skannad';
  if (doc.format === 'pdf') return 'PDF';
  return doc.textCondition && doc.textCondition !== 'intact' ? 'OCR-text' : 'text';
}

/** The order versions are shown and the one a group is shown by: the text as published first, OCR last. */
const KIND_RANK: Record<VersionKind, number> = { text: 0, PDF: 1, 'OCR-text': 2, skannad: 3 };
const byFormat = (a: Pick<Document, 'format' | 'textCondition'>, b: Pick<Document, 'format' | 'textCondition'>): number => KIND_RANK[versionKind(a)] - KIND_RANK[versionKind(b)];
const asVersion = (d: Document): Version => ({ id: d.id, kind: versionKind(d), sourceName: d.sourceName ?? '', pages: d.pages ?? null });

/** The versions of each group among `docs` (by `versionOf`), best first; groups of one are left out. */
async function versionsOf(index: Index<Document>, docs: Pick<Document, 'versionOf'>[]): Promise<Map<string, Version[]>> {
  const groups = [...new Set(docs.map((d) => d.versionOf).filter((v): v is string => Boolean(v)))];
  const out = new Map<string, Version[]>();
  if (groups.length === 0) return out;
  const { results } = await index.getDocuments({ filter: inList('versionOf', groups), fields: ['id', 'versionOf', 'format', 'textCondition', 'sourceName', 'pages'], limit: 1000 });
  const byGroup = new Map<string, Document[]>();
  for (const d of results as Document[]) byGroup.set(d.versionOf!, [...(byGroup.get(d.versionOf!) ?? []), d]);
  for (const [key, list] of byGroup) if (list.length > 1) out.set(key, list.sort(byFormat).map(asVersion));
  return out;
}

/** A document as a list shows it: with its versions when it has more than one. */
export type Listed = Document & { _versions?: Version[] };

/** A document with its versions, for the document view. */
export async function withVersions(index: Index<Document>, doc: Document): Promise<Listed> {
  const versions = await versionsOf(index, [doc]);
  return doc.versionOf && versions.has(doc.versionOf) ? { ...doc, _versions: versions.get(doc.versionOf) } : doc;
}

/** Searches; with an embedder and `semantic=<ratio>` a hybrid search weighing meaning against words. */
export async function search(index: Index<Document>, params: URLSearchParams, embedder: Embedder | null, lemmatizer: Lemmatizer | null = null): Promise<SearchResponse<Listed & { _item?: MatchedItem }>> {
  const request: SearchRequest = { ...requestFromParams(params), distinct: 'versionOf' };
  // Other forms of the query's words are searched after the words as typed.
  if (lemmatizer && request.q) request.baseForms = baseFormQuery(request.q, lemmatizer);
  const ratio = Number(params.get('semantic'));
  if (embedder && request.q && ratio > 0 && ratio <= 1) request.semantic = { vector: Array.from(await embedder.query(request.q)), ratio };
  const result = await searchDocuments(index, request, LIST_FIELDS);
  // One hit per document, shown by its best version (the text as published before a scan's OCR),
  // its other versions listed with it. A hit found in another version keeps its match only when it
  // is the version shown.
  const versions = await versionsOf(index, result.hits);
  const better = result.hits.flatMap((hit) => {
    const best = hit.versionOf ? versions.get(hit.versionOf)?.[0] : undefined;
    return best && best.id !== hit.id ? [best.id] : [];
  });
  const swapped = new Map<string, Document>();
  if (better.length) {
    const { results } = await index.getDocuments({ filter: inList('id', better), fields: LIST_FIELDS as (keyof Document)[], limit: better.length });
    for (const d of results as Document[]) swapped.set(d.id, d);
  }
  return {
    ...result,
    hits: result.hits.map((hit) => {
      const group = hit.versionOf ? versions.get(hit.versionOf) : undefined;
      if (!group) return hit;
      const best = swapped.get(group[0]!.id);
      if (!best) return { ...hit, _versions: group };
      // The item matched in the other version is the same § or ärende of this one.
      const item = hit._item ? best.items?.[hit._item.index] : undefined;
      const same = item && hit._item && (item.paragraf ?? item.number) === (hit._item.paragraf ?? hit._item.number);
      return { ...best, _versions: group, ...(same ? { _item: { index: hit._item!.index, paragraf: item.paragraf, number: item.number, title: item.title } } : {}) };
    }),
  };
}

/** Values of one facet matching what the user typed (facet search), with counts for the current search. */
export async function facetValues(index: Index<Document>, facet: string, params: URLSearchParams): Promise<{ value: string; count: number }[]> {
  if (!(FACETS as readonly string[]).includes(facet)) throw new BadRequest(`Inget filter: ${facet.slice(0, 40)}`);
  const request = requestFromParams(params);
  const result = await index.searchForFacetValues({
    facetName: facet,
    facetQuery: (params.get('facetQuery') ?? '').slice(0, 100),
    q: request.q,
    filter: request.filter || undefined,
  });
  return result.facetHits.map((h) => ({ value: h.value, count: h.count }));
}

/** A document of a case, with the items (§, ärenden) in it that handle the case. */
export type CaseDocument = Document & { caseItems: Document['items'] };

/**
 * Every document of a case, across nämnder and municipalities, in date order: those whose own,
 * referenced or items' case numbers include `dnr` (compared by case key, so "KS 2018/906" finds
 * "KS2018/906" and "611–2022" finds "611-2022"), each with the items that handle the case.
 */
export async function caseDocuments(index: Index<Document>, dnr: string): Promise<(CaseDocument & Listed)[]> {
  if (!dnr || dnr.length > 100) throw new BadRequest('Ett diarienummer behövs.');
  const key = caseKey(dnr);
  const result = await index.search<Document>('', {
    filter: inList('caseKeys', [key]),
    sort: ['sortDate:asc'],
    limit: 1000,
    attributesToRetrieve: LIST_FIELDS,
  });
  return inDateOrder(result.hits).map((doc) => ({ ...doc, caseItems: (doc.items ?? []).filter((item) => item.dnr.some((d) => caseKey(d) === key)) }));
}

/**
 * One row per document, shown by its best version (the text before the scan's OCR, whose dates may
 * be misread), the others listed with it; in the order of the shown versions' dates.
 */
function inDateOrder(hits: readonly Document[]): Listed[] {
  const groups = new Map<string, Document[]>();
  for (const doc of hits) {
    const group = doc.versionOf ?? doc.id;
    groups.set(group, [...(groups.get(group) ?? []), doc]);
  }
  const rows = [...groups.values()].map((docs): Listed => {
    const [best] = [...docs].sort(byFormat);
    return docs.length > 1 ? { ...best!, _versions: [...docs].sort(byFormat).map(asVersion) } : best!;
  });
  return rows.sort((a, b) => (a.sortDate ?? Infinity) - (b.sortDate ?? Infinity));
}

/** The fields of a remiss thread's rows: a list row's, and what each answer proposed and decided. */
const THREAD_FIELDS = [...LIST_FIELDS, 'remiss', 'departement', 'forslagTillBeslut', 'beslut'];

/**
 * Every document that names a government remiss ("SOU 2018:22", "Ds 2015:53", "Fi2016/02568/K"),
 * across kommuner and nämnder, in date order: the answers side by side, each with its förslag till
 * beslut and beslut.
 */
export async function remissThread(index: Index<Document>, designation: string): Promise<Listed[]> {
  const value = designation.trim().replace(/\s+/g, ' ');
  if (!value || value.length > 100) throw new BadRequest('En remissbeteckning behövs, till exempel SOU 2018:22.');
  const result = await index.search<Document>('', { filter: inList('remiss', [value]), sort: ['sortDate:asc'], limit: 1000, attributesToRetrieve: THREAD_FIELDS });
  return inDateOrder(result.hits);
}

/** A document a person appears in: their parts in it, and the items (§, ärenden) that name them. */
export type PersonDocument = Omit<Listed, 'text'> & { roles: string[]; personItems: { paragraf: string | null; number: string | null; title: string | null; index: number }[] };

/**
 * Every document that names a person (the `people` facet), in date order, with the parts the
 * document gives them and the items whose text names them.
 */
export async function personDocuments(index: Index<Document>, name: string): Promise<PersonDocument[]> {
  const value = name.trim().replace(/\s+/g, ' ');
  if (!value || value.length > 100) throw new BadRequest('Ett namn behövs.');
  const result = await index.search<Document>('', { filter: inList('people', [value]), sort: ['sortDate:asc'], limit: 500, attributesToRetrieve: [...LIST_FIELDS, 'text', 'personRoles'] });
  return inDateOrder(result.hits).map((doc) => {
    const { text, ...rest } = doc;
    const personItems = (doc.items ?? []).flatMap((item, i) => ((text ?? '').slice(item.start, item.end).includes(value) ? [{ paragraf: item.paragraf, number: item.number, title: item.title, index: i }] : []));
    return { ...rest, roles: (doc.personRoles ?? []).filter((r) => r.name === value).map((r) => r.role), personItems };
  });
}

export const THREAD_COLUMNS = ['remiss', 'date', 'municipality', 'namnd', 'doctype', 'title', 'dnr', 'forslagTillBeslut', 'beslut', 'departement', 'id', 'source'] as const;

/** All documents matching the page's search, page by page from Meilisearch (not only the first page). */
export function allMatching(index: Index<Document>, params: URLSearchParams, fields?: readonly string[]): AsyncGenerator<Document> {
  return allDocuments(index, requestFromParams(params), fields);
}

/** Documents like `doc`, and how they were found. */
export interface Similar {
  hits: Document[];
  method: 'terms' | 'semantic';
  note?: string;
}

/**
 * Similar documents without a model: the document's most distinctive words (frequent in it, rare in
 * the corpus: TF-IDF with the corpus word model's counts) as a query, matching any of them.
 */
export async function similarByTerms(index: Index<Document>, doc: Document, corpus: WordModel): Promise<Similar> {
  const counts = new Map<string, number>();
  for (const word of `${doc.title ?? ''} ${doc.text}`.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
    if (!FUNCTION_WORD_WEIGHT.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const total = corpus.total + 1;
  const terms = [...counts]
    .map(([word, tf]) => ({ word, score: tf * Math.log(total / (1 + corpus.count(word))) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 10)
    .map((t) => t.word);
  const result = await index.search<Document>([...terms, ...doc.refDnr].join(' '), {
    // Not the document itself, nor another version of it.
    filter: `NOT ${inList('id', [doc.id])} AND NOT ${inList('versionOf', [doc.versionOf ?? doc.id])}`,
    distinct: 'versionOf',
    matchingStrategy: 'last',
    limit: 5,
    locales: ['swe'],
    attributesToRetrieve: LIST_FIELDS,
  });
  return { hits: result.hits, method: 'terms', note: 'Ingen embeddingmodell är installerad: liknande dokument hittas med dokumentets mest utmärkande ord.' };
}

/** Similar documents by meaning: Meilisearch's similar-documents route over the document vectors. */
export async function similarBySemantics(index: Index<Document>, doc: Document): Promise<Similar> {
  const result = await index.searchSimilarDocuments<Document>({ id: doc.id, embedder: EMBEDDER, limit: 5, attributesToRetrieve: LIST_FIELDS, filter: `NOT ${inList('versionOf', [doc.versionOf ?? doc.id])}` });
  return { hits: result.hits, method: 'semantic' };
}

export { csvCell };

export const EXPORT_COLUMNS = ['id', 'title', 'doctype', 'namnd', 'forvaltning', 'date', 'meetingDate', 'justerat', 'dnr', 'refDnr', 'handlaggare', 'paragraf', 'source'] as const;

/** A document as a CSV row of `columns` (by default the export's). */
export function csvRow(doc: Document, columns: readonly (keyof Document)[] = EXPORT_COLUMNS): string {
  return csvLine(doc as unknown as Record<keyof Document, unknown>, columns);
}
