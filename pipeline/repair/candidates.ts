import { MAX_PARTS, MIN_PART, type Lexicon, type TrieNode } from '../lexicon/lexicon.ts';
import { COMPOUND_COST, DELETE_COST, INSERT_COST, WILD_COST, type ConfusionTable } from './confusions.ts';

/** A spelling the OCR string may stand for, with the channel cost of reading it so. */
export interface Candidate {
  word: string;
  cost: number;
  /** Read as a compound of listed parts rather than as one listed form. */
  compound: boolean;
}

export interface SearchLimits {
  /** Highest total channel cost worth considering. */
  maxCost: number;
  /** Allow one dropped or added letter (only sensible in longer words). */
  edits: boolean;
  /** Accept the first part of a compound as a whole reading ("hälso-" in "hälso- och sjukvård"). */
  compoundStart?: boolean;
  /** Letters that may be read as any other letter, at `WILD_COST` each (only in long words). */
  wild?: number;
}

const LETTER = /\p{L}/u;

/**
 * Every lexicon word (or compound of lexicon parts) that `ocr` may be a misreading of under the
 * confusion table, within the cost limit. Walks the OCR string and the trie together, so a prefix
 * no Swedish word has ends the branch at once.
 */
export function searchCandidates(ocr: string, lexicon: Lexicon, table: ConfusionTable, limits: SearchLimits): Candidate[] {
  const best = new Map<string, { cost: number; compound: boolean }>();
  const length = ocr.length;
  // The confusions that apply at each position, looked up once rather than on every visit.
  const options = Array.from({ length }, (_, pos) => [...(table.get(ocr[pos]!) ?? []), ...(pos + 1 < length ? (table.get(ocr.slice(pos, pos + 2)) ?? []) : [])]);
  // The reading so far, as a stack of pieces: joined only when a whole word is reached.
  const out: string[] = [];

  const visit = (pos: number, node: TrieNode, partLength: number, parts: number, cost: number, edited: boolean, wild: number): void => {
    if (cost > limits.maxCost) return;
    const children = node.c;
    if (pos === length && (parts === 0 || partLength >= MIN_PART) && (node.f || (limits.compoundStart && children?.['+']?.f))) {
      const word = out.join('');
      const known = best.get(word);
      if (known === undefined || cost < known.cost) best.set(word, { cost, compound: parts > 0 });
    }
    if (!children) return;
    // Start the next part of a compound where this prefix may begin one.
    if (partLength >= MIN_PART && parts + 1 < MAX_PARTS && pos < length && children['+']?.f) {
      visit(pos, lexicon.continuation, 0, parts + 1, cost + COMPOUND_COST, edited, wild);
    }
    if (pos < length) {
      const ch = ocr[pos]!;
      const same = children[ch];
      if (same) {
        out.push(ch);
        visit(pos + 1, same, partLength + 1, parts, cost, edited, wild);
        out.pop();
      }
      for (const option of options[pos]!) {
        let target: TrieNode | undefined = node;
        for (const t of option.truth) target = target?.c?.[t];
        if (!target) continue;
        out.push(option.truth);
        visit(pos + option.ocr.length, target, partLength + option.truth.length, parts, cost + option.cost, edited, wild);
        out.pop();
      }
      if (wild > 0 && LETTER.test(ch) && cost + WILD_COST <= limits.maxCost) {
        for (const t in children) {
          if (t === ch || !LETTER.test(t)) continue;
          out.push(t);
          visit(pos + 1, children[t]!, partLength + 1, parts, cost + WILD_COST, edited, wild - 1);
          out.pop();
        }
      }
      if (limits.edits && !edited) visit(pos + 1, node, partLength, parts, cost + DELETE_COST, true, wild);
    }
    if (limits.edits && !edited && cost + INSERT_COST <= limits.maxCost) {
      for (const t in children) {
        if (!LETTER.test(t)) continue;
        out.push(t);
        visit(pos, children[t]!, partLength + 1, parts, cost + INSERT_COST, true, wild);
        out.pop();
      }
    }
  };

  visit(0, lexicon.root, 0, 0, 0, false, limits.wild ?? 0);
  return [...best].map(([word, { cost, compound }]) => ({ word, cost, compound }));
}
