import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadPackedTrie, packedCacheDir, type TrieNode } from '../../pipeline/lexicon/lexicon.ts';
import { PackedTrie } from '../../pipeline/lexicon/packed.ts';

/** A trie as cspell-trie-lib builds it: "stad", "stads+" (begins compounds), "+hus" (ends them). */
function smallTrie(): TrieNode {
  const end: TrieNode = { f: 1 };
  const plusEnd: TrieNode = { c: { '+': { f: 1 } } };
  // "stad" and "vad" share their "ad" ending, as cspell's DAWG shares nodes.
  const ad: TrieNode = { c: { d: { f: 1, c: { s: plusEnd } } } };
  return {
    c: {
      v: { c: { a: ad } },
      s: { c: { t: { c: { a: ad } } } },
      '+': { c: { h: { c: { u: { c: { s: end } } } } } },
    },
  };
}

describe('packed trie', () => {
  const trie = new PackedTrie(smallTrie());
  const final = (word: string): boolean => {
    const node = trie.walk(trie.root, word);
    return node >= 0 && trie.final[node] === 1;
  };

  it('holds the same words as the object trie, with shared nodes packed once', () => {
    expect(final('stad')).toBe(true);
    expect(final('vad')).toBe(true);
    expect(final('sta')).toBe(false);
    expect(final('stads')).toBe(false);
    expect(trie.walk(trie.root, 'stadx')).toBe(-1);
    // "stad" and "vad" end in the same node.
    expect(trie.walk(trie.root, 'stad')).toBe(trie.walk(trie.root, 'vad'));
  });

  it('marks where a compound may join and where its later parts begin', () => {
    expect(trie.joins[trie.walk(trie.root, 'stads')]).toBe(1);
    expect(trie.joins[trie.walk(trie.root, 'stad')]).toBe(0);
    expect(trie.continuation).toBe(trie.child(trie.root, '+'.charCodeAt(0)));
    const hus = trie.walk(trie.continuation, 'hus');
    expect(trie.final[hus]).toBe(1);
  });

  it('keeps each node\'s edges in character order and tells letters from markers', () => {
    const { first, chars, letters } = trie;
    const codes = Array.from(chars.subarray(first[trie.root], first[trie.root + 1]));
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    const plusEdge = first[trie.root]! + codes.indexOf('+'.charCodeAt(0));
    expect(letters[plusEdge]).toBe(0);
    expect(letters[first[trie.root]! + codes.indexOf('s'.charCodeAt(0))]).toBe(1);
  });

  it('finds a child among many (a binary search) as among few (a scan)', () => {
    const letters = 'zyxwvutsrqponmlkjihgfedcbaåäö';
    const wide = new PackedTrie({ c: Object.fromEntries([...letters].map((l) => [l, { f: 1 }])) });
    for (const l of letters) expect(wide.final[wide.child(wide.root, l.charCodeAt(0))]).toBe(1);
    expect(wide.child(wide.root, 'A'.charCodeAt(0))).toBe(-1);
    expect(wide.child(wide.root, 'é'.charCodeAt(0))).toBe(-1);
  });

  it('finds every child its mask of letters admits, in either case and beyond a-z, and no other', () => {
    // Characters with a bit of their own (a-z, å, ä, ö, é, either case) and ones sharing the last
    // bit (digits, a hyphen, ü, ø, an astral surrogate half).
    const children = ['a', 'Z', 'å', 'Ä', 'ö', 'É', '7', '-', 'ü', 'ø', '\ud83d'];
    const trie = new PackedTrie({ c: Object.fromEntries(children.map((c) => [c, { f: 1 }])) });
    for (const c of children) expect(trie.final[trie.child(trie.root, c.charCodeAt(0))]).toBe(1);
    for (const c of ['A', 'z', 'Å', 'ä', 'Ö', 'é', 'b', '8', '_', 'ß']) expect(trie.child(trie.root, c.charCodeAt(0))).toBe(-1);
  });

  it('refuses a key of more than one character rather than pack it wrong', () => {
    expect(() => new PackedTrie({ c: { ab: { f: 1 } } })).toThrow(/2 characters/);
  });
});

describe('packed trie, saved', () => {
  it('reads back from its bytes what was packed, and refuses bytes that are not a whole packed trie', () => {
    const trie = new PackedTrie(smallTrie());
    const bytes = trie.toBytes();
    const back = PackedTrie.fromBytes(bytes)!;
    for (const key of ['first', 'chars', 'targets', 'letters', 'final', 'joins'] as const) expect(Array.from(back[key])).toEqual(Array.from(trie[key]));
    expect(back.strings).toEqual(trie.strings);
    expect(back.continuation).toBe(trie.continuation);
    expect(PackedTrie.fromBytes(bytes.subarray(0, bytes.length - 1))).toBeNull();
    expect(PackedTrie.fromBytes(Buffer.from('not a trie\n'))).toBeNull();
    // Damaged inside, at its full size: an edge to a node that is not there.
    const damaged = Buffer.from(bytes);
    const header = damaged.indexOf(0x0a) + 1;
    damaged.writeUInt32LE(0xffffff, header + 4 * (trie.final.length + 1));
    expect(PackedTrie.fromBytes(damaged)).toBeNull();
  });

  it('packs the Swedish trie once, keeps it in the cache, reads it from there, and packs again over a broken copy', () => {
    const file = path.join(path.dirname(createRequire(import.meta.url).resolve('@cspell/dict-sv/cspell-ext.json')), 'Swedish.trie.gz');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-packed-'));
    try {
      const packed = loadPackedTrie(file, dir);
      const [saved] = fs.readdirSync(dir);
      expect(saved).toMatch(/^Swedish\.trie\.gz-\d+-\d+\.packed$/);
      const read = loadPackedTrie(file, dir);
      expect(read.final.length).toBe(packed.final.length);
      expect(Buffer.compare(read.toBytes(), packed.toBytes())).toBe(0);
      const final = (t: PackedTrie, w: string): boolean => t.final[t.walk(t.root, w)] === 1;
      expect(final(read, 'förvaltningen')).toBe(true);
      expect(final(read, 'forvaltningen')).toBe(false);
      // A copy cut short (a crash while another process wrote it elsewhere) is packed anew and replaced.
      fs.truncateSync(path.join(dir, saved!), 1000);
      expect(Buffer.compare(loadPackedTrie(file, dir).toBytes(), packed.toBytes())).toBe(0);
      expect(fs.statSync(path.join(dir, saved!)).size).toBe(packed.toBytes().length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps its copies where build tools keep theirs, or where DIARIUM_CACHE says', () => {
    expect(packedCacheDir('/app/node_modules/@cspell/dict-sv/Swedish.trie.gz', {})).toBe('/app/node_modules/.cache/diarium');
    expect(packedCacheDir('/app/node_modules/@cspell/dict-sv/Swedish.trie.gz', { DIARIUM_CACHE: '/var/cache/diarium' })).toBe('/var/cache/diarium');
    expect(packedCacheDir('/opt/dicts/Swedish.trie.gz', {})).toBe(path.join(os.tmpdir(), 'diarium-cache'));
  });
});
