/**
 * The search page and its API, on loopback. The browser never talks to Meilisearch and never sees
 * the master key: every request goes through these routes, which pass on only what they allow.
 */
import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { MeilisearchApiError, MeilisearchRequestError, type Index } from 'meilisearch';
import { PageImages } from '../ingest/source-page.ts';
import type { CorrectionStore } from '../ingest/corrections-store.ts';
import type { SavedSearches } from '../index/saved-searches.ts';
import { atomFeed, saveFromPage } from './saved.ts';
import { applyCorrections, CORRECTABLE_FIELDS, fieldText, invalidValue, revertCorrection, type CorrectableField } from '../pipeline/corrections.ts';
import { settle } from '../index/tasks.ts';
import type { Document } from '../pipeline/document.ts';
import type { Embedder } from '../pipeline/embed/embedder.ts';
import { WordModel } from '../pipeline/repair/model.ts';
import { csvLine } from '../index/csv.ts';
import type { Lemmatizer } from '../pipeline/lexicon/lemmas.ts';
import type { Federation } from '../index/remotes.ts';
import { ENTITY_COLUMNS, ENTITY_FIELDS, entityRows } from '../index/entity-export.ts';
import { allMatching, BadRequest, withVersions, caseDocuments, csvRow, EXPORT_COLUMNS, facetValues, personDocuments, remissThread, search, similarBySemantics, similarByTerms, THREAD_COLUMNS } from './api.ts';

export interface SearchServerOptions {
  index: Index<Document>;
  /** The built page (search-ui/dist). */
  dist: string;
  /** The embedding model; without it search is keyword-only and similar documents go by terms. */
  embedder?: Embedder | null;
  /** Corpus word counts, for finding similar documents by their distinctive terms. */
  corpus?: WordModel;
  /** Base forms of the query's words, searched after the words as typed (hunspell-sv); none: as typed only. */
  lemmatizer?: Lemmatizer | null;
  /** Several instances holding the index family (DIARIUM_REMOTES): every route sees them all (`Federation.asIndex`). */
  federation?: Federation | null;
  /**
   * Required of every request when set (HTTP Basic with this as the password, or a Bearer token):
   * the page may only leave loopback with one.
   */
  apiKey?: string | null;
  /**
   * Finds the search server again when it stops answering (the embedded one restarted on a new
   * port): the index on the server now running, or null when none is. A request that failed for
   * want of a connection is tried once more on the index it returns.
   */
  reconnect?: () => Promise<Index<Document> | null>;
  /**
   * With a store, the page may correct documents (serve --edit, which requires `apiKey`): POST
   * routes record a correction in the overlay and update the document in the index.
   */
  corrections?: CorrectionStore | null;
  /** Saved searches: listed, saved from the page (POST, JSON only) and followed as Atom feeds. */
  saved?: SavedSearches | null;
}

/** True when the request carries the key, compared in constant time. */
function authorised(req: http.IncomingMessage, key: string): boolean {
  const header = req.headers.authorization ?? '';
  const [scheme, value = ''] = header.split(' ');
  let given = '';
  if (scheme === 'Bearer') given = value;
  else if (scheme === 'Basic') given = Buffer.from(value, 'base64').toString().split(':').slice(1).join(':');
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

const ID = /^[0-9a-f]{32}$/;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
/** Scripts and styles only from this server: text from the index can never run as code. */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

class NotFound extends Error {}

/** Types of the originals a document can be downloaded as. */
const ORIGINAL_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res: http.ServerResponse, status: number, type: string, body: string | Uint8Array, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

async function getDocument(index: Index<Document>, id: string): Promise<Document> {
  if (!ID.test(id)) throw new NotFound('Dokumentet finns inte.');
  try {
    return await index.getDocument(id);
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'document_not_found') throw new NotFound('Dokumentet finns inte.');
    throw error;
  }
}

/** A static file of the built page, only from inside `dist`; anything else gets the page itself. */
function staticFile(dist: string, urlPath: string): { file: string; type: string } {
  const file = path.resolve(dist, `.${path.posix.normalize(decodeURIComponent(urlPath))}`);
  if (file.startsWith(dist + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
    return { file, type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
  }
  return { file: path.join(dist, 'index.html'), type: TYPES['.html']! };
}

export function createSearchServer({ index: initial, dist, embedder = null, lemmatizer = null, federation = null, corpus = new WordModel(), apiKey = null, reconnect, corrections = null, saved = null }: SearchServerOptions): http.Server {
  const root = path.resolve(dist);
  // Several instances: the family as one index (searches federated, documents found where they are).
  let index = federation ? federation.asIndex(initial) : initial;
  const pages = new PageImages();
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean);
    try {
      if (apiKey && !authorised(req, apiKey)) return send(res, 401, 'text/plain; charset=utf-8', 'Inloggning krävs.', { 'www-authenticate': 'Basic realm="diarium", charset="UTF-8"' });
      const posting = req.method === 'POST' && parts[0] === 'api';
      const editing = corrections !== null && posting && parts[1] === 'documents';
      const saving = saved !== null && posting && parts[1] === 'saved';
      if (req.method !== 'GET' && req.method !== 'HEAD' && !editing && !saving) return json(res, 405, { error: corrections ? 'Endast GET-anrop, och POST för rättelser och sparade sökningar.' : 'Endast GET-anrop, och POST för sparade sökningar.' });
      // A form on another site cannot send JSON: a correction or a saved search must come from this page's script.
      if ((editing || saving) && !/^application\/json\b/.test(req.headers['content-type'] ?? '')) return json(res, 415, { error: editing ? 'En rättelse skickas som JSON.' : 'En sparad sökning skickas som JSON.' });
      if (parts[0] !== 'api') {
        const { file, type } = staticFile(root, url.pathname);
        if (!fs.existsSync(file)) return send(res, 500, 'text/plain; charset=utf-8', 'Sidan är inte byggd: kör `npm run build:ui`.');
        return send(res, 200, type, fs.readFileSync(file), type.startsWith('text/html') ? {} : { 'cache-control': 'max-age=3600' });
      }
      if (editing) return await edit(req, res, parts, index, corrections!);
      if (saving) {
        // POST /api/saved saves the page's search; POST /api/saved/<name>/delete forgets one.
        if (parts.length === 2) return json(res, 200, saveFromPage(saved!, await readJson(req)));
        if (parts.length === 4 && parts[3] === 'delete') return saved!.remove(decodeURIComponent(parts[2]!)) ? json(res, 200, { removed: decodeURIComponent(parts[2]!) }) : json(res, 404, { error: 'Ingen sparad sökning med det namnet.' });
        throw new NotFound('Okänd adress.');
      }
      try {
        return await api(req, res, url, parts, index);
      } catch (error) {
        if (!(error instanceof MeilisearchRequestError) || !reconnect) throw error;
        // The server may be back on another port: find it and try once more.
        const found = await reconnect();
        if (!found) throw error;
        index = found;
        return await api(req, res, url, parts, index);
      }
    } catch (error) {
      if (res.headersSent) return res.destroy(error as Error);
      if (error instanceof NotFound) return json(res, 404, { error: error.message });
      if (error instanceof BadRequest) return json(res, 400, { error: error.message });
      if (error instanceof MeilisearchRequestError) {
        return json(res, 503, { error: 'Sökservern (Meilisearch) svarar inte. Starta den med `diarium server start`; sidan hittar den igen av sig själv.' });
      }
      if (error instanceof MeilisearchApiError) return json(res, 400, { error: `Sökservern avvisade frågan: ${error.cause?.message ?? error.message}` });
      return json(res, 500, { error: `Internt fel: ${(error as Error).message}` });
    }
  });

  /** One API request on `index`. */
  async function api(req: http.IncomingMessage, res: http.ServerResponse, url: URL, parts: string[], index: Index<Document>): Promise<void> {
    const route = parts.slice(1).join('/');
    if (route === 'status') {
      const stats = await index.getStats();
      return json(res, 200, { documents: stats.numberOfDocuments, indexing: stats.isIndexing, semantic: embedder !== null, model: embedder?.choice.name ?? null, edit: corrections !== null });
    }
    if (route === 'search') return json(res, 200, await search(index, url.searchParams, embedder, lemmatizer));
    if (parts[1] === 'facets' && parts.length === 3) return json(res, 200, await facetValues(index, parts[2]!, url.searchParams));
    if (route === 'case') return json(res, 200, await caseDocuments(index, url.searchParams.get('dnr') ?? ''));
    if (route === 'export') return await exportResults(res, index, url.searchParams);
    if (route === 'entities.csv') return await exportEntities(res, index, url.searchParams);
    if (route === 'saved') return json(res, 200, saved?.list() ?? []);
    if (parts[1] === 'feeds' && parts.length === 3 && parts[2]!.endsWith('.atom')) {
      const search = saved?.get(decodeURIComponent(parts[2]!.slice(0, -'.atom'.length)));
      if (!search) throw new NotFound('Ingen sparad sökning med det namnet.');
      const base = `http://${(req.headers.host ?? 'localhost').replace(/[^\w.:[\]-]/g, '')}`;
      return send(res, 200, 'application/atom+xml; charset=utf-8', await atomFeed(index, search, base));
    }
    if (route === 'person') return json(res, 200, await personDocuments(index, url.searchParams.get('name') ?? ''));
    if (route === 'remiss') return json(res, 200, await remissThread(index, url.searchParams.get('designation') ?? ''));
    if (route === 'remiss.csv') {
      const designation = url.searchParams.get('designation') ?? '';
      const rows = await remissThread(index, designation);
      const name = `remiss-${designation.replace(/[^\p{L}\d]+/gu, '-')}.csv`;
      const body = `\uFEFF${THREAD_COLUMNS.join(',')}\r\n${rows.map((doc) => `${csvRow(doc, THREAD_COLUMNS)}\r\n`).join('')}`;
      return send(res, 200, 'text/csv; charset=utf-8', Buffer.from(body), { 'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}` });
    }
    if (parts[1] === 'documents' && parts.length === 3) return json(res, 200, await withVersions(index, await getDocument(index, parts[2]!)));
    if (parts[1] === 'documents' && parts[3] === 'similar' && parts.length === 4) {
      const doc = await getDocument(index, parts[2]!);
      return json(res, 200, embedder ? await similarBySemantics(index, doc) : await similarByTerms(index, doc, corpus));
    }
    if (parts[1] === 'documents' && parts[3] === 'pages' && parts.length === 5) {
      const doc = await getDocument(index, parts[2]!);
      const n = Number(parts[4]);
      if (!Number.isInteger(n) || n < 1 || n > (doc.pages ?? 0)) throw new NotFound(`Dokumentet har ingen sida ${parts[4]}.`);
      const page = await pages.get(doc, n).catch((error: Error) => {
        throw new NotFound(`Originalsidan kan inte visas: ${error.message}`);
      });
      return send(res, 200, page.type, page.bytes, { 'cache-control': 'max-age=3600' });
    }
    // The original file as ingested (a scan saved one image per page: `original/N` for page N's file).
    if (parts[1] === 'documents' && parts[3] === 'original' && (parts.length === 4 || parts.length === 5)) {
      const doc = await getDocument(index, parts[2]!);
      const files = doc.sourceFiles?.length ? doc.sourceFiles : [doc.source];
      const n = parts.length === 5 ? Number(parts[4]) : 1;
      const file = Number.isInteger(n) ? files[n - 1] : undefined;
      if (!file) throw new NotFound(`Originalet har ingen fil ${parts[4]}.`);
      const bytes = await fs.promises.readFile(file).catch(() => {
        throw new NotFound('Originalfilen finns inte längre där den lästes in.');
      });
      const name = path.basename(file);
      return send(res, 200, ORIGINAL_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream', bytes, {
        'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      });
    }
    throw new NotFound('Okänd adress.');
  }
}

/** The body of a request as JSON, at most 64 kB. */
async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 65_536) throw new BadRequest('Anropet är för stort.');
    chunks.push(chunk as Buffer);
  }
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // said below
  }
  throw new BadRequest('Anropet är inte giltig JSON.');
}

/**
 * POST /api/documents/<id>/corrections: a correction of a word of the text (`{ kind: "text", start,
 * old, new, note }`) or of a field (`{ kind: "field", field, old, new, note }`); POST
 * /api/documents/<id>/corrections/<cid>/revert undoes one. Each is recorded in the overlay first,
 * then the document is updated in the index (only the fields that change).
 */
async function edit(req: http.IncomingMessage, res: http.ServerResponse, parts: string[], index: Index<Document>, store: CorrectionStore): Promise<void> {
  if (parts[1] !== 'documents' || parts[3] !== 'corrections' || (parts.length !== 4 && !(parts.length === 6 && parts[5] === 'revert'))) throw new NotFound('Okänd adress.');
  const doc = await getDocument(index, parts[2]!);
  const body = await readJson(req);
  let next: Document;
  if (parts.length === 6) {
    const reverted = revertCorrection(doc, parts[4]!);
    if (!reverted || !store.revert(parts[4]!, typeof body.note === 'string' ? body.note : undefined)) throw new NotFound('Rättelsen finns inte på dokumentet, eller är redan ångrad.');
    next = reverted;
  } else {
    const kind = body.kind === 'field' ? 'field' : body.kind === 'text' ? 'text' : null;
    const old = typeof body.old === 'string' ? body.old : null;
    const value = typeof body.new === 'string' ? body.new.trim() : null;
    const note = typeof body.note === 'string' && body.note.trim() ? body.note.trim().slice(0, 500) : undefined;
    if (!kind || old === null || value === null) throw new BadRequest('En rättelse behöver kind ("text" eller "field"), old och new.');
    if (kind === 'field') {
      const field = body.field as CorrectableField;
      if (!(field in CORRECTABLE_FIELDS)) throw new BadRequest(`Fältet går inte att rätta: ${String(body.field).slice(0, 40)}`);
      const invalid = invalidValue(field, value);
      if (invalid) throw new BadRequest(invalid);
      if (fieldText(doc, field) !== old) throw new BadRequest(`Fältet har ändrats sedan sidan visades: det är nu "${fieldText(doc, field)}".`);
    } else {
      const start = Number(body.start);
      if (!Number.isInteger(start) || doc.text.slice(start, start + old.length) !== old || !old.trim() || old.length > 200 || !value) throw new BadRequest('Orden som ska rättas står inte där i texten (har dokumentet ändrats?).');
    }
    const made = store.add({ doc: doc.id, source: doc.source, kind, ...(kind === 'field' ? { field: body.field as CorrectableField } : { start: Number(body.start) }), old, new: value, ...(note ? { note } : {}) });
    next = applyCorrections(doc, [made]).doc;
  }
  const changed: Partial<Document> & { id: string } = { id: doc.id, personCorrections: next.personCorrections ?? [] };
  for (const key of ['text', 'items', 'repairs', 'bodyStart', 'title', 'namnd', 'forvaltning', 'doctype', 'date', 'meetingDate', 'justerat', 'dnr', 'refDnr', 'handlaggare', 'year', 'sortDate', 'caseKeys', 'uncertainDates'] as const) {
    if (JSON.stringify(next[key]) !== JSON.stringify(doc[key])) (changed as Record<string, unknown>)[key] = next[key];
  }
  await settle(index.updateDocuments([changed as Document]), `correct document ${doc.id}`);
  return json(res, 200, await withVersions(index, await getDocument(index, doc.id)));
}

/** The people, organisations and places of every document the search matches, one CSV row each (index/entity-export.ts). */
async function exportEntities(res: http.ServerResponse, index: Index<Document>, params: URLSearchParams): Promise<void> {
  const docs = allMatching(index, params, ENTITY_FIELDS);
  const first = await docs.next(); // errors surface before the headers go out
  res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="diarium-entities.csv"', ...SECURITY_HEADERS });
  res.write(`\uFEFF${ENTITY_COLUMNS.join(',')}\r\n`);
  const write = (doc: Document): void => {
    for (const row of entityRows(doc)) res.write(`${csvLine(row, ENTITY_COLUMNS)}\r\n`);
  };
  if (!first.done) write(first.value);
  for await (const doc of docs) write(doc);
  res.end();
}

async function exportResults(res: http.ServerResponse, index: Index<Document>, params: URLSearchParams): Promise<void> {
  const format = params.get('format') === 'json' ? 'json' : 'csv';
  const rows = allMatching(index, params);
  const first = await rows.next(); // errors surface before the headers go out
  const name = `diarium-export.${format}`;
  res.writeHead(200, {
    'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}"`,
    ...SECURITY_HEADERS,
  });
  const all = first.done ? [] : [first.value];
  if (format === 'csv') {
    res.write(`\uFEFF${EXPORT_COLUMNS.join(',')}\r\n`);
    for (const doc of all) res.write(`${csvRow(doc)}\r\n`);
    for await (const doc of rows) res.write(`${csvRow(doc)}\r\n`);
  } else {
    res.write('[');
    let n = 0;
    for (const doc of all) res.write(`${n++ ? ',' : ''}\n${JSON.stringify(doc)}`);
    for await (const doc of rows) res.write(`${n++ ? ',' : ''}\n${JSON.stringify(doc)}`);
    res.write('\n]\n');
  }
  res.end();
}
