/**
 * The lexicon's trie packed into typed arrays, for the repair stage's candidate search.
 *
 * cspell-trie-lib builds the trie as plain objects whose children sit under string keys; a search
 * that lets a letter be any letter visits a few thousand nodes per word, and there a property
 * look-up in an object of many keys (V8 keeps them as hash tables) costs more than all the rest of
 * the visit. Packed, a node is an index, its children a sorted run of character codes found by a
 * short scan, and the walk touches only typed arrays. The trie's shape is unchanged: nodes shared
 * by several words (cspell's DAWG shares endings) stay shared, so the packed form of the Swedish
 * trie is a few MB.
 */
import type { TrieNode } from './lexicon.ts';

const COMPOUND = 0x2b; // '+'
const LETTER = /^\p{L}$/u;

export class PackedTrie {
  /** Node i's edges are `first[i]` up to `first[i + 1]`, sorted by character code. */
  readonly first: Uint32Array;
  /** The character code of each edge. */
  readonly chars: Uint16Array;
  /** The node each edge leads to. */
  readonly targets: Uint32Array;
  /** The character of each edge as a string, for the reading the search builds. */
  readonly strings: string[];
  /** Whether each edge's character is a letter (not a compound or case marker). */
  readonly letters: Uint8Array;
  /** 1 where a listed form ends at the node. */
  readonly final: Uint8Array;
  /**
   * 1 where the node's "+" child ends a form: the prefix may begin a compound ("samverkans+"),
   * or, below `continuation`, stand inside one ("+skydds+").
   */
  readonly joins: Uint8Array;
  /** The root: node 0. */
  readonly root = 0;
  /** Root of the forms that may continue a compound ("+seg", "+seg+"); -1 when there are none. */
  readonly continuation: number;

  constructor(root: TrieNode) {
    // Number the nodes (depth first, each once however many words share it), keeping each node's
    // keys in character order; then lay the edges out in that order.
    const index = new Map<TrieNode, number>([[root, 0]]);
    const nodes: TrieNode[] = [root];
    const keysOf: string[][] = [];
    const targetsOf: number[][] = [];
    let edgeCount = 0;
    for (let i = 0; i < nodes.length; i++) {
      const children = nodes[i]!.c;
      const keys = children ? Object.keys(children) : [];
      let sorted = true;
      for (let k = 1; k < keys.length && sorted; k++) sorted = keys[k - 1]! < keys[k]!;
      if (!sorted) keys.sort();
      const targets: number[] = [];
      for (const key of keys) {
        if (key.length !== 1) throw new Error(`PackedTrie: a trie key of ${key.length} characters ("${key}"); only single characters are packed`);
        const child = children![key]!;
        let target = index.get(child);
        if (target === undefined) {
          index.set(child, (target = nodes.length));
          nodes.push(child);
        }
        targets.push(target);
      }
      keysOf.push(keys);
      targetsOf.push(targets);
      edgeCount += keys.length;
    }
    this.first = new Uint32Array(nodes.length + 1);
    this.chars = new Uint16Array(edgeCount);
    this.targets = new Uint32Array(edgeCount);
    this.strings = new Array<string>(edgeCount);
    this.letters = new Uint8Array(edgeCount);
    this.final = new Uint8Array(nodes.length);
    this.joins = new Uint8Array(nodes.length);
    const isLetter = new Map<string, number>();
    let edge = 0;
    for (let i = 0; i < nodes.length; i++) {
      this.first[i] = edge;
      this.final[i] = nodes[i]!.f ? 1 : 0;
      const keys = keysOf[i]!;
      const targets = targetsOf[i]!;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        let letter = isLetter.get(key);
        if (letter === undefined) isLetter.set(key, (letter = LETTER.test(key) ? 1 : 0));
        this.chars[edge] = key.charCodeAt(0);
        this.targets[edge] = targets[k]!;
        this.strings[edge] = key;
        this.letters[edge] = letter;
        edge++;
      }
    }
    this.first[nodes.length] = edge;
    // A node joins where its "+" child ends a form.
    for (let i = 0; i < nodes.length; i++) {
      const plus = this.child(i, COMPOUND);
      this.joins[i] = plus >= 0 && this.final[plus] === 1 ? 1 : 0;
    }
    this.continuation = this.child(0, COMPOUND);
  }

  /** The child of `node` under character code `code`, or -1. */
  child(node: number, code: number): number {
    let lo = this.first[node]!;
    let hi = this.first[node + 1]!;
    // Most nodes have a handful of children: a scan; the few wide ones (the root, the
    // continuation) a binary search.
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) {
        const c = this.chars[lo]!;
        if (c === code) return this.targets[lo]!;
        if (c > code) return -1;
      }
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.chars[mid]!;
      if (c === code) return this.targets[mid]!;
      if (c < code) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** The node reached from `node` by the characters of `text`, or -1. */
  walk(node: number, text: string): number {
    for (let i = 0; i < text.length && node >= 0; i++) node = this.child(node, text.charCodeAt(i));
    return node;
  }
}
