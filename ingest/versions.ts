/**
 * Finds the versions a new document has among those already indexed and those read in this run: the
 * candidates share a band of its sketch (one filter on `versionBands`), the closest one with enough
 * word pairs in common gives its group (`versionOf`). See pipeline/versions.ts for the measure.
 */
import type { Index } from 'meilisearch';
import type { Document } from '../pipeline/document.ts';
import { SAME_DOCUMENT, similarity, sketch } from '../pipeline/versions.ts';
import { inList } from '../index/filter.ts';

interface Known {
  id: string;
  source: string;
  versionOf: string;
  values: number[];
}

/** Candidates fetched from the index per document: enough for an archive of a million documents. */
const CANDIDATES = 200;

export class VersionFinder {
  /**
   * This run's documents by band: they are not in the index until their batch is sent. Once the
   * index holds them (`indexed`) they are found there and leave this map, so a run of a million
   * documents does not keep a million sketches (a few kB each).
   */
  private readonly recent = new Map<string, Known[]>();
  /** The bands each document of `recent` is filed under. */
  private readonly bandsOf = new Map<string, string[]>();

  constructor(private readonly index: Index<Document> | null) {}

  /** Sets `versionOf`, `versionBands` and `versionSketch` on `doc`. */
  async assign(doc: Document): Promise<void> {
    const s = sketch(doc.text);
    if (!s) {
      doc.versionOf = doc.id;
      doc.versionBands = [];
      doc.versionSketch = [];
      return;
    }
    doc.versionBands = s.bands;
    doc.versionSketch = s.values;
    const indexed = this.index ? await this.lookup(s.bands) : [];
    // After the wait: a version read meanwhile in this run is in `recent` now.
    const candidates = [...indexed, ...s.bands.flatMap((b) => this.recent.get(b) ?? [])];
    let best: Known | null = null;
    let bestScore = SAME_DOCUMENT;
    for (const c of candidates) {
      // A file's earlier content is replaced, not a version beside it.
      if (c.id === doc.id || c.source === doc.source) continue;
      const score = similarity(s.values, c.values);
      if (score >= bestScore) [best, bestScore] = [c, score];
    }
    doc.versionOf = best?.versionOf ?? doc.id;
    const known: Known = { id: doc.id, source: doc.source, versionOf: doc.versionOf, values: s.values };
    for (const b of s.bands) {
      const list = this.recent.get(b) ?? [];
      list.push(known);
      this.recent.set(b, list);
    }
    this.bandsOf.set(doc.id, s.bands);
  }

  /** The documents of `ids` are in the index now, where `assign` finds them: forgotten here. */
  indexed(ids: readonly string[]): void {
    for (const id of ids) {
      for (const b of this.bandsOf.get(id) ?? []) {
        const list = (this.recent.get(b) ?? []).filter((k) => k.id !== id);
        if (list.length > 0) this.recent.set(b, list);
        else this.recent.delete(b);
      }
      this.bandsOf.delete(id);
    }
  }

  /** Documents of this run not yet known to be in the index. */
  get pending(): number {
    return this.bandsOf.size;
  }

  private async lookup(bands: string[]): Promise<Known[]> {
    try {
      const { results } = await this.index!.getDocuments({ filter: inList('versionBands', bands), fields: ['id', 'source', 'versionOf', 'versionSketch'], limit: CANDIDATES });
      return results
        .filter((d) => Array.isArray(d.versionSketch) && d.versionSketch.length > 0)
        .map((d) => ({ id: d.id, source: d.source, versionOf: d.versionOf ?? d.id, values: d.versionSketch! }));
    } catch {
      // An index made before versions were (no such filterable field yet), or a passing fault: no
      // candidates from it; the document is its own version until a later run.
      return [];
    }
  }
}
