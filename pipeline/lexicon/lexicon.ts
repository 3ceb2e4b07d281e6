/**
 * The Swedish lexicon: cspell's Swedish dictionary (`@cspell/dict-sv`, 2.2 million forms expanded
 * from the Hunspell dictionary), read as a trie with its compound markers.
 *
 * In that trie "seg+" marks a form that may begin a compound, "+seg+" one that may stand inside,
 * and "+seg" one that may end it, so "samverkans+" and "+överenskommelse" make
 * "samverkansöverenskommelse" a word although it is not listed. Walking the trie lets the repair
 * stage search candidate spellings and prune at the first impossible prefix.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { importTrie } from 'cspell-trie-lib';
import { PackedTrie } from './packed.ts';
import { detached } from '../detached.ts';

/** A trie node as cspell-trie-lib builds it: children by character, `f` set where a word ends. */
export interface TrieNode {
  c?: Record<string, TrieNode>;
  f?: number;
}

const COMPOUND = '+';
const VOWEL = /[aeiouyåäö]/;
/** Most answers kept per memo before it starts over (a few MB). */
const MEMO_SIZE = 200_000;
/** Shortest part of a compound; shorter parts make nonsense splits ("i+s+ola"). */
export const MIN_PART = 3;
/** Most parts in one compound. */
export const MAX_PARTS = 4;

export class Lexicon {
  /**
   * The trie, packed into typed arrays (see packed.ts): the candidate search walks it thousands of
   * times per damaged word, and the objects cspell builds are dropped once it is packed.
   */
  readonly packed: PackedTrie;

  /**
   * Answers already looked up: repair asks about the same words again and again (every word of
   * every document, its neighbours, its joins), and a map costs less than a walk down the trie.
   */
  private readonly known = new Map<string, boolean>();
  private readonly accepted = new Map<string, boolean>();

  constructor(trie: PackedTrie) {
    this.packed = trie;
  }

  /** True when `word` is a listed form, exactly as written (case matters: "Stockholm", "för"). */
  has(word: string): boolean {
    const node = this.packed.walk(this.packed.root, word);
    return node >= 0 && this.packed.final[node] === 1;
  }

  /** True when `word` is listed either as written or in lower case ("Förvaltningens"). */
  knows(word: string): boolean {
    let known = this.known.get(word);
    if (known === undefined) {
      known = this.lookUp(word);
      if (this.known.size >= MEMO_SIZE) this.known.clear();
      this.known.set(detached(word), known);
    }
    return known;
  }

  private lookUp(word: string): boolean {
    if (this.has(word) || this.has(word.toLowerCase())) return true;
    // The genitive of a present participle used as a noun: the dictionary lists "sökandes" and
    // "klagandes" but not every one ("justerandes signatur" closes protokoll in many kommuner).
    const lower = word.toLowerCase();
    return /[ae]ndes$/.test(lower) && this.has(lower.slice(0, -1));
  }

  /**
   * Splits a compound into listed parts ("stadsövergripande" -> ["stads", "övergripande"]), or
   * returns null. A listed word is returned whole unless `whole` is false, which splits listed
   * compounds too ("socialnämnden" -> ["social", "nämnden"]). Prefers the fewest parts. Parts are
   * the words as listed, so a joint that dropped a third like consonant gives it back ("nattillsyn"
   * -> ["natt", "tillsyn"]).
   */
  split(word: string, whole = true): string[] | null {
    const lower = word.toLowerCase();
    if (whole && this.has(lower)) return [lower];
    let best: string[] | null = null;
    const trie = this.packed;
    const search = (from: number, node: number, parts: string[]): void => {
      let current = node;
      for (let i = from; i < lower.length; i++) {
        current = trie.child(current, lower.charCodeAt(i));
        if (current < 0) return;
        const length = i + 1 - from;
        if (length < MIN_PART) continue;
        const part = lower.slice(from, i + 1);
        if (i + 1 === lower.length) {
          if (trie.final[current] === 1 && parts.length > 0 && (!best || parts.length + 1 < best.length)) best = [...parts, part];
        } else if (trie.joins[current] === 1 && parts.length + 2 <= MAX_PARTS && (!best || parts.length + 2 < best.length)) {
          search(i + 1, trie.continuation, [...parts, part]);
          // Three like consonants at the joint are written two: "natt" + "tillsyn" is
          // "nattillsyn", "häll" + "lav" "hällav"; the next part begins with the second.
          if (length > MIN_PART && lower[i] === lower[i - 1] && !VOWEL.test(lower[i]!)) search(i, trie.continuation, [...parts, part]);
        }
      }
    };
    search(0, trie.root, []);
    return best;
  }

  /** True when `word` is listed as the first part of compounds ("hälso" in "hälso- och sjukvård"). */
  beginsCompounds(word: string): boolean {
    return this.has(`${word.toLowerCase()}${COMPOUND}`);
  }

  /** True when `word` is a listed form or a compound of listed forms. */
  accepts(word: string): boolean {
    let accepted = this.accepted.get(word);
    if (accepted === undefined) {
      accepted = this.knows(word) || this.split(word) !== null;
      if (this.accepted.size >= MEMO_SIZE) this.accepted.clear();
      this.accepted.set(detached(word), accepted);
    }
    return accepted;
  }
}

let shared: Lexicon | null = null;

/**
 * The Swedish lexicon, loaded once per process: read from the packed copy a first load saved
 * (tens of milliseconds), else read and packed from cspell's trie (about a second) and saved.
 */
export function swedishLexicon(): Lexicon {
  if (!shared) {
    // The package exports only its cspell config; the trie sits beside it.
    const file = path.join(path.dirname(createRequire(import.meta.url).resolve('@cspell/dict-sv/cspell-ext.json')), 'Swedish.trie.gz');
    shared = new Lexicon(loadPackedTrie(file, packedCacheDir(file)));
  }
  return shared;
}

/**
 * Where packed tries are kept: `DIARIUM_CACHE` if set, else `node_modules/.cache/diarium` beside
 * the dictionary (where build tools keep their caches), else the system's temporary directory.
 */
export function packedCacheDir(trieFile: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.DIARIUM_CACHE) return env.DIARIUM_CACHE;
  const modules = path.resolve(path.dirname(trieFile), '..', '..');
  return path.basename(modules) === 'node_modules' ? path.join(modules, '.cache', 'diarium') : path.join(os.tmpdir(), 'diarium-cache');
}

/**
 * The trie of `trieFile` (cspell's gzipped TrieXv3), packed. A copy is kept in `cacheDir` under a
 * name made of the file's name, size and time, so a new dictionary is packed anew; a copy that does
 * not read back whole is packed anew too. Saving is best effort (a read-only install packs on every
 * load), and atomic: written beside, then renamed, so parallel workers never read half a file.
 */
export function loadPackedTrie(trieFile: string, cacheDir: string): PackedTrie {
  const stat = fs.statSync(trieFile);
  const cached = path.join(cacheDir, `${path.basename(trieFile)}-${stat.size}-${Math.round(stat.mtimeMs)}.packed`);
  try {
    const trie = PackedTrie.fromBytes(fs.readFileSync(cached));
    if (trie) return trie;
  } catch {
    // No copy yet: pack it.
  }
  const lines = zlib.gunzipSync(fs.readFileSync(trieFile)).toString('utf8').split('\n');
  const trie = new PackedTrie(importTrie(lines) as unknown as TrieNode);
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const partial = `${cached}.${process.pid}-${randomUUID()}.tmp`;
    fs.writeFileSync(partial, trie.toBytes());
    fs.renameSync(partial, cached);
  } catch {
    // Not writable here: the next load packs again.
  }
  return trie;
}
