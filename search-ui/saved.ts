/**
 * Saved searches on the page and their Atom feeds: the search as the page's URL parameters, turned
 * into a query, a Meilisearch filter and a sort the same way the page's search does, so the feed
 * and `diarium alerts` find what the page found.
 */
import type { Index } from 'meilisearch';
import type { Document } from '../pipeline/document.ts';
import { InvalidSavedSearch, type SavedSearch, type SavedSearches } from '../index/saved-searches.ts';
import { BadRequest, filterFromParams, requestFromParams, SORTS } from './api.ts';

/** The page's parameters a saved search keeps (not the page number or the result size). */
const KEPT = (key: string): boolean => !['page', 'limit', 'offset'].includes(key);

/** Saves the page's current search (`{ name, params }`) and returns the saved search. */
export function saveFromPage(store: SavedSearches, body: Record<string, unknown>): SavedSearch {
  if (typeof body.name !== 'string' || typeof body.params !== 'string') throw new BadRequest('En sparad sökning behöver ett namn och sökningens parametrar.');
  const all = new URLSearchParams(body.params);
  const params = new URLSearchParams([...all].filter(([key]) => KEPT(key)));
  const request = requestFromParams(params);
  try {
    return store.save({ name: body.name, q: request.q, filter: filterFromParams(params), sort: SORTS[params.get('sort') ?? ''] ?? [], params: params.toString() });
  } catch (error) {
    if (error instanceof InvalidSavedSearch) throw new BadRequest(error.message);
    throw error;
  }
}

const escape = (text: string): string => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** How many entries a feed holds: the newest documents matching the search. */
const FEED_SIZE = 50;

/**
 * The saved search's Atom feed (RFC 4287): its newest documents by the time they were indexed,
 * each linking to the document on the page, so a feed reader shows what is new.
 */
export async function atomFeed(index: Index<Document>, search: SavedSearch, base: string): Promise<string> {
  const result = await index.search<Document>(search.q, {
    filter: search.filter || undefined,
    sort: ['indexedAt:desc'],
    limit: FEED_SIZE,
    attributesToRetrieve: ['id', 'title', 'doctype', 'municipality', 'namnd', 'date', 'meetingDate', 'dnr', 'summary', 'indexedAt'],
  });
  const iso = (ms: number | undefined): string => new Date(ms ?? 0).toISOString();
  const updated = iso(Math.max(0, ...result.hits.map((d) => d.indexedAt ?? 0)) || Date.parse(search.created));
  const entries = result.hits.map((d) => {
    const about = [d.municipality, d.namnd, d.doctype, d.date ?? d.meetingDate, d.dnr.length ? `Dnr ${d.dnr.join(', ')}` : null].filter(Boolean).join(' · ');
    return [
      '  <entry>',
      `    <title>${escape(d.title ?? '(utan titel)')}</title>`,
      `    <id>urn:diarium:document:${escape(d.id)}</id>`,
      `    <updated>${iso(d.indexedAt)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escape(`${base}/dokument/${d.id}`)}"/>`,
      `    <summary>${escape([about, d.summary].filter(Boolean).join('\n'))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const name = encodeURIComponent(search.name);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escape(`diarium: ${search.name}`)}</title>`,
    `  <id>urn:diarium:saved:${name}</id>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>diarium</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${escape(`${base}/api/feeds/${name}.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(`${base}/?${search.params}`)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
