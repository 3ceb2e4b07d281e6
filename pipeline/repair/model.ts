import { createHash } from 'node:crypto';
import { regime } from './confusions.ts';

/**
 * Word and word-pair counts learned from clean Swedish text, so the repair stage knows which of
 * two valid spellings a corpus actually uses ("för" or "for", "våld" or "vald") and knows its own
 * names ("Edholm", "Rinkeby-Kista") that no dictionary lists.
 */
export interface WordModelData {
  unigrams: Record<string, number>;
  bigrams: Record<string, number>;
  /** Ids of the documents learned from, so re-ingesting a corpus does not count it twice. */
  sources?: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Most words and word pairs a saved model keeps (`prune`). An archive's text adds pairs without
 * end (the project's 75 clean documents, 21 000 words, hold 14 000 different pairs; the share
 * falls only slowly): at about 18 bytes a pair as JSON, some 30 million pass the longest string V8
 * can make (512 MB), and the save at the end of a long ingest would fail; long before that the
 * model would fill the heap of every command that loads it. The pairs seen most often are the
 * evidence that decides; a pair seen once moves a reading little.
 */
export const MAX_WORDS = 1_000_000;
export const MAX_PAIRS = 4_000_000;

/**
 * The highest count at or below which everything is dropped so that at most `max` of `counts`
 * remain: every count kept whole, so what is kept depends on the counts alone, not on the order
 * they were learned in. 0 when all fit.
 */
function cutoff(counts: Iterable<number>, max: number): number {
  const histogram = new Map<number, number>();
  let total = 0;
  for (const n of counts) {
    histogram.set(n, (histogram.get(n) ?? 0) + 1);
    total++;
  }
  if (total <= max) return 0;
  let kept = 0;
  for (const n of [...histogram.keys()].sort((a, b) => b - a)) {
    if (kept + histogram.get(n)! > max) return n;
    kept += histogram.get(n)!;
  }
  return 0;
}

export class WordModel {
  private readonly unigrams = new Map<string, number>();
  /** Pairs as first word -> second word -> count (no string joining on the hot path). */
  private readonly bigrams = new Map<string, Map<string, number>>();
  private readonly sources = new Set<string>();
  private counted: number | null = null;

  /**
   * Adds the words of `text` to the counts, once per `sourceId` when one is given. Only feed it
   * text whose spelling can be trusted.
   */
  learn(text: string, sourceId?: string): void {
    if (sourceId !== undefined) {
      if (this.sources.has(sourceId)) return;
      this.sources.add(sourceId);
    }
    this.counted = null;
    let previous: string | null = null;
    for (const match of text.matchAll(WORD)) {
      const word = match[0].toLowerCase();
      this.unigrams.set(word, (this.unigrams.get(word) ?? 0) + 1);
      if (previous) this.addPair(previous, word, 1);
      previous = word;
    }
  }

  /**
   * Learns `text` only when `source` (the text as it was read, before any repair) kept its å/ä/ö.
   * Text an engine without Swedish data read has lost them, and learning it would teach the model
   * the damage ("forvaltningens", "Socialnimndens") as if it were the corpus's own spelling.
   * Returns whether it learned.
   */
  learnTrusted(text: string, sourceId?: string, source: string = text): boolean {
    if (regime(source) !== 'intact') return false;
    this.learn(text, sourceId);
    return true;
  }

  private addPair(first: string, second: string, n: number): void {
    let followers = this.bigrams.get(first);
    if (!followers) this.bigrams.set(first, (followers = new Map()));
    followers.set(second, (followers.get(second) ?? 0) + n);
  }

  /** Count of a word; `word` must be lower case. */
  count(word: string): number {
    return this.unigrams.get(word) ?? 0;
  }

  /** Count of a word pair; both must be lower case. */
  pairCount(first: string, second: string): number {
    return this.bigrams.get(first)?.get(second) ?? 0;
  }

  get size(): number {
    return this.unigrams.size;
  }

  /** Number of distinct word pairs. */
  get pairs(): number {
    let n = 0;
    for (const followers of this.bigrams.values()) n += followers.size;
    return n;
  }

  /**
   * Keeps at most `maxWords` words and `maxPairs` pairs, the most frequent: every word (pair) of a
   * count at or below the cut-off goes (see `cutoff`). Returns how many went.
   */
  prune(maxWords = MAX_WORDS, maxPairs = MAX_PAIRS): { words: number; pairs: number } {
    const dropped = { words: 0, pairs: 0 };
    const wordCut = cutoff(this.unigrams.values(), maxWords);
    if (wordCut > 0) {
      for (const [word, n] of this.unigrams) {
        if (n > wordCut) continue;
        this.unigrams.delete(word);
        dropped.words++;
      }
    }
    const pairCut = cutoff((function* (bigrams) {
      for (const followers of bigrams.values()) yield* followers.values();
    })(this.bigrams), maxPairs);
    if (pairCut > 0) {
      for (const [first, followers] of this.bigrams) {
        for (const [second, n] of followers) {
          if (n > pairCut) continue;
          followers.delete(second);
          dropped.pairs++;
        }
        if (followers.size === 0) this.bigrams.delete(first);
      }
    }
    if (dropped.words + dropped.pairs > 0) this.counted = null;
    return dropped;
  }

  /** Number of words counted (cached until the model learns again). */
  get total(): number {
    if (this.counted === null) {
      let sum = 0;
      for (const n of this.unigrams.values()) sum += n;
      this.counted = sum;
    }
    return this.counted;
  }

  /** The counts of several models summed, in a new model (the sources are left as they are). */
  static combine(...models: WordModel[]): WordModel {
    const sum = new WordModel();
    for (const m of models) {
      for (const [word, n] of m.unigrams) sum.unigrams.set(word, (sum.unigrams.get(word) ?? 0) + n);
      for (const [first, followers] of m.bigrams) for (const [second, n] of followers) sum.addPair(first, second, n);
    }
    return sum;
  }

  /** An independent copy: repair reads a frozen snapshot while a run teaches the original. */
  clone(): WordModel {
    return WordModel.fromJSON(this.toJSON());
  }

  /**
   * A short fingerprint of the counts: documents record which model repaired them, and two runs
   * with the same fingerprint repair the same bytes to the same text.
   */
  version(): string {
    const hash = createHash('sha256');
    for (const key of [...this.unigrams.keys()].sort()) hash.update(`${key}\t${this.unigrams.get(key)}\n`);
    for (const first of [...this.bigrams.keys()].sort()) {
      const followers = this.bigrams.get(first)!;
      for (const second of [...followers.keys()].sort()) hash.update(`${first} ${second}\t${followers.get(second)}\n`);
    }
    return hash.digest('hex').slice(0, 12);
  }

  toJSON(): WordModelData {
    const bigrams: Record<string, number> = {};
    for (const [first, followers] of this.bigrams) for (const [second, n] of followers) bigrams[`${first} ${second}`] = n;
    return { unigrams: Object.fromEntries(this.unigrams), bigrams, sources: [...this.sources] };
  }

  static fromJSON(data: WordModelData): WordModel {
    const model = new WordModel();
    for (const [k, v] of Object.entries(data.unigrams)) model.unigrams.set(k, v);
    for (const [pair, n] of Object.entries(data.bigrams)) {
      const space = pair.indexOf(' ');
      model.addPair(pair.slice(0, space), pair.slice(space + 1), n);
    }
    for (const id of data.sources ?? []) model.sources.add(id);
    return model;
  }
}
