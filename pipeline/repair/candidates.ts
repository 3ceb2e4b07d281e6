import { MAX_PARTS, MIN_PART, type Lexicon, type TrieNode } from '../lexicon/lexicon.ts';
import { COMPOUND_COST, DELETE_COST, INSERT_COST, type ConfusionTable } from './confusions.ts';

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

  const visit = (pos: number, node: TrieNode, out: string, partLength: number, parts: number, cost: number, edited: boolean): void => {
    if (cost > limits.maxCost) return;
    const ends = node.f || (limits.compoundStart && node.c?.['+']?.f);
    if (pos === length && ends && (parts === 0 || partLength >= MIN_PART)) {
      const known = best.get(out);
      if (known === undefined || cost < known.cost) best.set(out, { cost, compound: parts > 0 });
    }
    const children = node.c;
    if (!children) return;
    // Start the next part of a compound where this prefix may begin one.
    if (partLength >= MIN_PART && parts + 1 < MAX_PARTS && children['+']?.f && pos < length) {
      visit(pos, lexicon.continuation, out, 0, parts + 1, cost + COMPOUND_COST, edited);
    }
    if (pos < length) {
      const ch = ocr[pos]!;
      const same = children[ch];
      if (same) visit(pos + 1, same, out + ch, partLength + 1, parts, cost, edited);
      for (const width of [1, 2]) {
        const options = table.get(ocr.slice(pos, pos + width));
        if (!options || pos + width > length) continue;
        for (const option of options) {
          let target: TrieNode | undefined = node;
          for (const t of option.truth) target = target?.c?.[t];
          if (target) visit(pos + width, target, out + option.truth, partLength + option.truth.length, parts, cost + option.cost, edited);
        }
      }
      if (limits.edits && !edited) visit(pos + 1, node, out, partLength, parts, cost + DELETE_COST, true);
    }
    if (limits.edits && !edited) {
      for (const [t, child] of Object.entries(children)) {
        if (LETTER.test(t)) visit(pos, child, out + t, partLength + 1, parts, cost + INSERT_COST, true);
      }
    }
  };

  visit(0, lexicon.root, '', 0, 0, 0, false);
  return [...best].map(([word, { cost, compound }]) => ({ word, cost, compound }));
}
