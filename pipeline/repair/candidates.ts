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
/** Whether a trie key is a letter (not a compound or case marker), remembered: a regex per child is the search's costliest test. */
const letterKeys = new Map<string, boolean>();
function isLetter(key: string): boolean {
  let letter = letterKeys.get(key);
  if (letter === undefined) letterKeys.set(key, (letter = LETTER.test(key)));
  return letter;
}

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

  const { maxCost, edits } = limits;
  const compoundStart = limits.compoundStart === true;
  const visit = (pos: number, node: TrieNode, partLength: number, parts: number, cost: number, edited: boolean, wild: number): void => {
    if (cost > maxCost) return;
    const children = node.c;
    if (pos === length && (parts === 0 || partLength >= MIN_PART) && (node.f || (compoundStart && children?.['+']?.f))) {
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
        const truth = option.truth;
        let target: TrieNode | undefined = truth.length === 0 ? node : children[truth[0]!];
        for (let k = 1; target && k < truth.length; k++) target = target.c?.[truth[k]!];
        if (!target) continue;
        out.push(option.truth);
        visit(pos + option.ocr.length, target, partLength + option.truth.length, parts, cost + option.cost, edited, wild);
        out.pop();
      }
      if (wild > 0 && cost + WILD_COST <= maxCost && isLetter(ch)) {
        for (const t in children) {
          if (t === ch || !isLetter(t)) continue;
          out.push(t);
          visit(pos + 1, children[t]!, partLength + 1, parts, cost + WILD_COST, edited, wild - 1);
          out.pop();
        }
      }
      if (edits && !edited) visit(pos + 1, node, partLength, parts, cost + DELETE_COST, true, wild);
    }
    if (edits && !edited && cost + INSERT_COST <= maxCost) {
      for (const t in children) {
        if (!isLetter(t)) continue;
        out.push(t);
        visit(pos, children[t]!, partLength + 1, parts, cost + INSERT_COST, true, wild);
        out.pop();
      }
    }
  };

  visit(0, lexicon.root, 0, 0, 0, false, limits.wild ?? 0);
  // Costs are sums of decimals, so one reading summed along two paths can differ in the last bit
  // ("5.699999999999999" against "5.7") and a tie be broken by rounding noise: rounded, equal
  // readings tie and the order of the search decides, as it does for every other tie.
  return [...best].map(([word, { cost, compound }]) => ({ word, cost: Math.round(cost * 1e6) / 1e6, compound }));
}
