/**
 * Saved searches, per index: a JSON file under DIARIUM_HOME (`saved/<index>.json`), beside the
 * index and not in it, so they survive dropping and rebuilding the index. Each is a query, a
 * Meilisearch filter and a sort, with the page's URL parameters when saved from the page, and the
 * time of its last check for new documents (`diarium alerts`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Index } from 'meilisearch';
import type { Document } from '../pipeline/document.ts';
import { queryText } from './search.ts';

export interface SavedSearch {
  name: string;
  q: string;
  /** A Meilisearch filter expression ('' for none). */
  filter: string;
  sort: string[];
  /** The search page's URL parameters (q, facets, from, to, sort), to open it there again. */
  params: string;
  created: string;
  /** When `alerts` last looked (ms since 1970); documents indexed after it are new. */
  checked: number;
}

/** A name fit for a file name and a URL: letters, digits, space, - and _; at most 60. */
const NAME = /^[\p{L}\p{N} _-]{1,60}$/u;

export class InvalidSavedSearch extends Error {}

/**
 * The saved searches of one index. The file is read again for every answer and every change, so
 * the page's server and the CLI (`saved add`, `alerts`) can both change it without one undoing
 * the other's work; it is small.
 */
export class SavedSearches {
  private constructor(readonly file: string) {}

  static load(home: string, indexName: string): SavedSearches {
    const store = new SavedSearches(path.join(home, 'saved', `${indexName}.json`));
    store.read(); // a damaged file is said at once
    return store;
  }

  private read(): SavedSearch[] {
    try {
      return JSON.parse(fs.readFileSync(this.file, 'utf8')) as SavedSearch[];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new Error(`cannot read the saved searches ${this.file}: ${(error as Error).message}`);
    }
  }

  list(): SavedSearch[] {
    return this.read();
  }

  get(name: string): SavedSearch | undefined {
    return this.read().find((s) => s.name === name);
  }

  /**
   * Saves a search under `name`, replacing one of that name; its first check counts from now, so
   * `alerts` reports what arrives after it was saved.
   */
  save(search: Pick<SavedSearch, 'name' | 'q' | 'filter' | 'sort'> & { params?: string }, now = Date.now()): SavedSearch {
    const name = search.name.trim();
    if (!NAME.test(name)) throw new InvalidSavedSearch(`Namnet "${search.name.slice(0, 80)}" går inte att använda: bokstäver, siffror, mellanslag, - och _, högst 60 tecken.`);
    const saved: SavedSearch = { name, q: search.q, filter: search.filter, sort: search.sort, params: search.params ?? new URLSearchParams({ q: search.q }).toString(), created: new Date(now).toISOString(), checked: now };
    this.write([...this.read().filter((s) => s.name !== name), saved]);
    return saved;
  }

  remove(name: string): boolean {
    const all = this.read();
    const rest = all.filter((s) => s.name !== name);
    if (rest.length === all.length) return false;
    this.write(rest);
    return true;
  }

  /** Records that `name` was checked at `at`. */
  markChecked(name: string, at: number): void {
    this.write(this.read().map((s) => (s.name === name ? { ...s, checked: at } : s)));
  }

  /** Written whole to a temporary file and renamed: a crash leaves the old file or the new one. */
  private write(searches: SavedSearch[]): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, `${JSON.stringify(searches, null, 2)}\n`);
    fs.renameSync(tmp, this.file);
  }
}

/** A saved search's filter, narrowed to documents indexed after `after` (ms since 1970). */
export function newSince(search: SavedSearch, after: number): string {
  const since = `indexedAt > ${after}`;
  return search.filter ? `(${search.filter}) AND ${since}` : since;
}

/** Fields a list of new documents needs. */
const FIELDS = ['id', 'title', 'doctype', 'municipality', 'namnd', 'date', 'meetingDate', 'dnr', 'summary', 'source', 'indexedAt'];

/** The documents matching a saved search that were indexed after `after`, newest first (at most `limit`). */
export async function newDocuments(index: Index<Document>, search: SavedSearch, after: number, limit = 1000): Promise<Document[]> {
  const result = await index.search<Document>(queryText(search.q), { filter: newSince(search, after), sort: ['indexedAt:desc'], limit, attributesToRetrieve: FIELDS });
  return result.hits;
}
