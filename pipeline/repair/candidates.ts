import { MAX_PARTS, MIN_PART, type Lexicon } from '../lexicon/lexicon.ts';
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

/** A confusion as the packed search reads it: the true string's character codes. */
interface PackedOption {
  /** Length of the OCR string it reads. */
  span: number;
  truth: string;
  codes: number[];
  cost: number;
}

const NONE: PackedOption[] = [];
const packedTables = new WeakMap<ConfusionTable, Map<string, PackedOption[]>>();

/**
 * The confusions of `table` for an OCR string, with their truths' character codes, made once per
 * table (a table is not changed once made) rather than on every search.
 */
function packedOptions(table: ConfusionTable): (ocr: string) => PackedOption[] {
  let packed = packedTables.get(table);
  if (!packed) packedTables.set(table, (packed = new Map()));
  const cache = packed;
  return (ocr) => {
    let options = cache.get(ocr);
    if (!options) {
      // Only strings the table lists are kept: the rest are any pair of characters a text holds.
      const listed = table.get(ocr);
      if (!listed) return NONE;
      options = listed.map((o) => ({ span: o.ocr.length, truth: o.truth, codes: [...o.truth].map((c) => c.charCodeAt(0)), cost: o.cost }));
      cache.set(ocr, options);
    }
    return options;
  };
}

/**
 * Every lexicon word (or compound of lexicon parts) that `ocr` may be a misreading of under the
 * confusion table, within the cost limit. Walks the OCR string and the trie together, so a prefix
 * no Swedish word has ends the branch at once. The trie is the lexicon's packed one (typed arrays):
 * a search that lets a letter be any letter visits thousands of nodes per word.
 */
export function searchCandidates(ocr: string, lexicon: Lexicon, table: ConfusionTable, limits: SearchLimits): Candidate[] {
  const trie = lexicon.packed;
  const { first, chars, targets, strings, letters, final, joins } = trie;
  const best = new Map<string, { cost: number; compound: boolean }>();
  const length = ocr.length;
  // The confusions that apply at each position, looked up once rather than on every visit.
  const packed = packedOptions(table);
  const options: PackedOption[][] = Array.from({ length }, (_, pos) => {
    const one = packed(ocr[pos]!);
    return pos + 1 < length ? [...one, ...packed(ocr.slice(pos, pos + 2))] : one;
  });
  const codes = Array.from({ length }, (_, pos) => ocr.charCodeAt(pos));
  const isLetterAt = Array.from({ length }, (_, pos) => LETTER.test(ocr[pos]!));
  // A letter's other case, which a free letter may not turn it into: a case is no damage.
  const otherCase = Array.from({ length }, (_, pos) => {
    const c = ocr[pos]!;
    const other = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
    return other.length === 1 && other !== c ? other.charCodeAt(0) : -1;
  });
  // The reading so far, as a stack of pieces: joined only when a whole word is reached.
  const out: string[] = [];

  const { maxCost, edits } = limits;
  const compoundStart = limits.compoundStart === true;
  const visit = (pos: number, node: number, partLength: number, parts: number, cost: number, edited: boolean, wild: number): void => {
    if (cost > maxCost) return;
    if (pos === length && (parts === 0 || partLength >= MIN_PART) && (final[node] === 1 || (compoundStart && joins[node] === 1))) {
      const word = out.join('');
      const known = best.get(word);
      if (known === undefined || cost < known.cost) best.set(word, { cost, compound: parts > 0 });
    }
    const from = first[node]!;
    const to = first[node + 1]!;
    if (from === to) return;
    // Start the next part of a compound where this prefix may begin one.
    if (partLength >= MIN_PART && parts + 1 < MAX_PARTS && pos < length && joins[node] === 1) {
      visit(pos, trie.continuation, 0, parts + 1, cost + COMPOUND_COST, edited, wild);
    }
    if (pos < length) {
      const code = codes[pos]!;
      const same = trie.child(node, code);
      if (same >= 0) {
        out.push(ocr[pos]!);
        visit(pos + 1, same, partLength + 1, parts, cost, edited, wild);
        out.pop();
      }
      for (const option of options[pos]!) {
        if (cost + option.cost > maxCost) continue;
        const truth = option.codes;
        let target = node;
        for (let k = 0; target >= 0 && k < truth.length; k++) target = trie.child(target, truth[k]!);
        if (target < 0) continue;
        out.push(option.truth);
        visit(pos + option.span, target, partLength + truth.length, parts, cost + option.cost, edited, wild);
        out.pop();
      }
      if (wild > 0 && cost + WILD_COST <= maxCost && isLetterAt[pos]) {
        for (let e = from; e < to; e++) {
          if (chars[e] === code || chars[e] === otherCase[pos] || letters[e] === 0) continue;
          out.push(strings[e]!);
          visit(pos + 1, targets[e]!, partLength + 1, parts, cost + WILD_COST, edited, wild - 1);
          out.pop();
        }
      }
      if (edits && !edited) visit(pos + 1, node, partLength, parts, cost + DELETE_COST, true, wild);
    }
    if (edits && !edited && cost + INSERT_COST <= maxCost) {
      for (let e = from; e < to; e++) {
        if (letters[e] === 0) continue;
        out.push(strings[e]!);
        visit(pos, targets[e]!, partLength + 1, parts, cost + INSERT_COST, true, wild);
        out.pop();
      }
    }
  };

  visit(0, trie.root, 0, 0, 0, false, limits.wild ?? 0);
  // Costs are sums of decimals, so one reading summed along two paths can differ in the last bit
  // ("5.699999999999999" against "5.7") and a tie be broken by rounding noise: rounded, equal
  // readings tie and the order of the search decides, as it does for every other tie.
  return [...best].map(([word, { cost, compound }]) => ({ word, cost: Math.round(cost * 1e6) / 1e6, compound }));
}
