import { describe, expect, it } from 'vitest';
import type { TrieNode } from '../../pipeline/lexicon/lexicon.ts';
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

  it('refuses a key of more than one character rather than pack it wrong', () => {
    expect(() => new PackedTrie({ c: { ab: { f: 1 } } })).toThrow(/2 characters/);
  });
});
