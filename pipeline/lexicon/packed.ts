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

/** The arrays a packed trie is made of; what is saved and read back. */
export interface PackedArrays {
  first: Uint32Array;
  chars: Uint16Array;
  targets: Uint32Array;
  letters: Uint8Array;
  final: Uint8Array;
  joins: Uint8Array;
}

/**
 * A character's bit in a node's mask of children: a-z, å, ä, ö and é each their own regardless of
 * case, every other character one bit between them. A mask may say a child is there that is not
 * (two characters share a bit), never the other way.
 */
export const BITS = ((): Uint32Array => {
  const bits = new Uint32Array(0x10000).fill(1 << 30);
  const own = 'abcdefghijklmnopqrstuvwxyzåäöé';
  for (let i = 0; i < own.length; i++) {
    bits[own.charCodeAt(i)] = 1 << i;
    bits[own[i]!.toUpperCase().charCodeAt(0)] = 1 << i;
  }
  return bits;
})();

/** Marks a saved packed trie, and its layout's version. */
const MAGIC = 'diarium-packed-trie-1';

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
  /**
   * Each node's children as bits (`BITS`): a look-up for a child no node has, which is most of a
   * candidate search's (the confusions tried at every letter), ends on one test.
   */
  readonly masks: Uint32Array;
  /** The root: node 0. */
  readonly root = 0;
  /** Root of the forms that may continue a compound ("+seg", "+seg+"); -1 when there are none. */
  readonly continuation: number;

  /** A trie as cspell-trie-lib builds it (plain objects), packed; or arrays packed before (`fromBytes`). */
  constructor(root: TrieNode);
  constructor(arrays: PackedArrays);
  constructor(from: TrieNode | PackedArrays) {
    const arrays = 'chars' in from ? from : pack(from);
    this.first = arrays.first;
    this.chars = arrays.chars;
    this.targets = arrays.targets;
    this.letters = arrays.letters;
    this.final = arrays.final;
    this.joins = arrays.joins;
    // One string per character, shared by every edge that carries it.
    const byCode = new Map<number, string>();
    this.strings = Array.from(this.chars, (code) => {
      let string = byCode.get(code);
      if (string === undefined) byCode.set(code, (string = String.fromCharCode(code)));
      return string;
    });
    const nodes = this.final.length;
    this.masks = new Uint32Array(nodes);
    for (let node = 0; node < nodes; node++) {
      let mask = 0;
      for (let e = this.first[node]!; e < this.first[node + 1]!; e++) mask |= BITS[this.chars[e]!]!;
      this.masks[node] = mask;
    }
    this.continuation = this.child(0, COMPOUND);
  }

  /** The arrays as one buffer: a header line, then each array's bytes (see `fromBytes`). */
  toBytes(): Buffer {
    const parts = [this.first, this.targets, this.chars, this.letters, this.final, this.joins];
    const header = Buffer.from(`${MAGIC} ${this.final.length} ${this.chars.length}\n`, 'latin1');
    // The header is padded to a multiple of 4, so the 32-bit arrays after it stay aligned.
    const padded = Buffer.alloc(Math.ceil(header.length / 4) * 4, 0x20);
    header.copy(padded);
    padded[padded.length - 1] = 0x0a;
    return Buffer.concat([padded, ...parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]);
  }

  /** A packed trie saved by `toBytes`, or null when `bytes` is not one (another version, cut short). */
  static fromBytes(bytes: Buffer): PackedTrie | null {
    const newline = bytes.indexOf(0x0a);
    if (newline < 0 || newline > 100) return null;
    const [magic, nodeText, edgeText] = bytes.subarray(0, newline).toString('latin1').trim().split(' ');
    const nodes = Number(nodeText);
    const edges = Number(edgeText);
    if (magic !== MAGIC || !Number.isInteger(nodes) || !Number.isInteger(edges) || nodes <= 0 || edges < 0) return null;
    const start = newline + 1;
    const size = 4 * (nodes + 1) + 4 * edges + 2 * edges + edges + nodes + nodes;
    if (start % 4 !== 0 || bytes.length !== start + size) return null;
    // Copied out of the file's buffer: typed arrays of their own, aligned, and free of the buffer.
    const data = new Uint8Array(bytes.subarray(start, start + size)).buffer;
    let at = 0;
    const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, width: number): T => {
      const array = make(data, at, length);
      at += length * width;
      return array;
    };
    const first = take((b, o, l) => new Uint32Array(b, o, l), nodes + 1, 4);
    const targets = take((b, o, l) => new Uint32Array(b, o, l), edges, 4);
    const chars = take((b, o, l) => new Uint16Array(b, o, l), edges, 2);
    const letters = take((b, o, l) => new Uint8Array(b, o, l), edges, 1);
    const final = take((b, o, l) => new Uint8Array(b, o, l), nodes, 1);
    const joins = take((b, o, l) => new Uint8Array(b, o, l), nodes, 1);
    // A file of the right size may still be damaged: every run of edges in order, every edge to a node.
    if (first[0] !== 0 || first[nodes] !== edges) return null;
    for (let i = 0; i < nodes; i++) if (first[i]! > first[i + 1]!) return null;
    for (let e = 0; e < edges; e++) if (targets[e]! >= nodes) return null;
    return new PackedTrie({ first, chars, targets, letters, final, joins });
  }

  /** The child of `node` under character code `code`, or -1. */
  child(node: number, code: number): number {
    if ((this.masks[node]! & BITS[code]!) === 0) return -1;
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

/** Numbers the nodes of an object trie (each once, however many words share it) and lays out its edges. */
function pack(root: TrieNode): PackedArrays {
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
  const first = new Uint32Array(nodes.length + 1);
  const chars = new Uint16Array(edgeCount);
  const targets = new Uint32Array(edgeCount);
  const letters = new Uint8Array(edgeCount);
  const final = new Uint8Array(nodes.length);
  const joins = new Uint8Array(nodes.length);
  const isLetter = new Map<string, number>();
  let edge = 0;
  for (let i = 0; i < nodes.length; i++) {
    first[i] = edge;
    final[i] = nodes[i]!.f ? 1 : 0;
    const keys = keysOf[i]!;
    const childIndex = targetsOf[i]!;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      let letter = isLetter.get(key);
      if (letter === undefined) isLetter.set(key, (letter = LETTER.test(key) ? 1 : 0));
      chars[edge] = key.charCodeAt(0);
      targets[edge] = childIndex[k]!;
      letters[edge] = letter;
      edge++;
    }
  }
  first[nodes.length] = edge;
  // A node joins where its "+" child ends a form.
  for (let i = 0; i < nodes.length; i++) {
    const plus = nodes[i]!.c?.['+'];
    joins[i] = plus?.f ? 1 : 0;
  }
  return { first, chars, targets, letters, final, joins };
}

