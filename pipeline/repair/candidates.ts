import { MAX_PARTS, MIN_PART, type Lexicon } from '../lexicon/lexicon.ts';
import { BITS } from '../lexicon/packed.ts';
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

/** What a search needs to know of each position of the string it reads (see `positions`). */
interface Positions {
  ocr: string;
  /** The confusions that apply at each position, looked up once rather than on every visit. */
  options: PackedOption[][];
  codes: number[];
  isLetterAt: boolean[];
  /** A letter's other case, which a free letter may not turn it into: a case is no damage. */
  otherCase: number[];
  /**
   * The first letters that can go on reading the string at each position (as printed or through a
   * confusion), as a mask of children: a free or added letter after which the node has none of
   * them, and nothing else left to try, ends there (most do) without a visit.
   */
  next: number[];
  /** The first letters of the confusions' truths at each position, as a mask (see `next`). */
  optionFirst: number[];
}

const lastPositions = new WeakMap<ConfusionTable, Positions>();

/**
 * The positions of `ocr` under `table`. A word is searched several times in a row (as printed and in
 * lower case, then with an edit or a free letter where nothing cheaper reads it), so the last
 * string's are kept per table.
 */
function positions(ocr: string, table: ConfusionTable): Positions {
  const last = lastPositions.get(table);
  if (last !== undefined && last.ocr === ocr) return last;
  const length = ocr.length;
  const packed = packedOptions(table);
  const options: PackedOption[][] = [];
  const codes: number[] = [];
  const isLetterAt: boolean[] = [];
  const otherCase: number[] = [];
  const next: number[] = [];
  const optionFirst: number[] = [];
  for (let pos = 0; pos < length; pos++) {
    const one = packed(ocr[pos]!);
    const here = pos + 1 < length ? [...one, ...packed(ocr.slice(pos, pos + 2))] : one;
    options.push(here);
    const c = ocr[pos]!;
    const code = ocr.charCodeAt(pos);
    codes.push(code);
    isLetterAt.push(LETTER.test(c));
    const other = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
    otherCase.push(other.length === 1 && other !== c ? other.charCodeAt(0) : -1);
    let mask = 0;
    for (const option of here) mask |= option.codes.length > 0 ? BITS[option.codes[0]!]! : 0xffffffff;
    optionFirst.push(mask);
    next.push(mask | BITS[code]!);
  }
  const found = { ocr, options, codes, isLetterAt, otherCase, next, optionFirst };
  lastPositions.set(table, found);
  return found;
}

/**
 * Every lexicon word (or compound of lexicon parts) that `ocr` may be a misreading of under the
 * confusion table, within the cost limit. Walks the OCR string and the trie together, so a prefix
 * no Swedish word has ends the branch at once. The trie is the lexicon's packed one (typed arrays):
 * a search that lets a letter be any letter visits thousands of nodes per word.
 */
export function searchCandidates(ocr: string, lexicon: Lexicon, table: ConfusionTable, limits: SearchLimits): Candidate[] {
  const trie = lexicon.packed;
  const { first, chars, targets, strings, letters, final, joins, masks } = trie;
  const best = new Map<string, { cost: number; compound: boolean }>();
  const length = ocr.length;
  const { options, codes, isLetterAt, otherCase, next, optionFirst } = positions(ocr, table);
  /** Whether a spent search (no free letter, no edit left) at `pos` on `node` has no way on. */
  const deadEnd = (pos: number, node: number, partLength: number, parts: number): boolean =>
    pos < length && (masks[node]! & next[pos]!) === 0 && !(joins[node] === 1 && partLength >= MIN_PART && parts + 1 < MAX_PARTS);
  // The reading so far, as a stack of pieces: joined only when a whole word is reached.
  const out: string[] = [];

  const { maxCost, edits } = limits;
  const compoundStart = limits.compoundStart === true;
  // `noWildAt`: the position right after an added letter, where no free letter is tried: an added
  // letter then a free one reads the same as a free letter then an added one, at the same cost
  // (unless the added letter is the printed one's other case, which a free letter may not be).
  const visit = (pos: number, node: number, partLength: number, parts: number, cost: number, edited: boolean, wild: number, noWildAt: number): void => {
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
      visit(pos, trie.continuation, 0, parts + 1, cost + COMPOUND_COST, edited, wild, noWildAt);
    }
    if (pos < length) {
      const code = codes[pos]!;
      const same = trie.child(node, code);
      if (same >= 0) {
        out.push(ocr[pos]!);
        visit(pos + 1, same, partLength + 1, parts, cost, edited, wild, -1);
        out.pop();
      }
      if ((masks[node]! & optionFirst[pos]!) !== 0) for (const option of options[pos]!) {
        if (cost + option.cost > maxCost) continue;
        const truth = option.codes;
        let target = node;
        for (let k = 0; target >= 0 && k < truth.length; k++) target = trie.child(target, truth[k]!);
        if (target < 0) continue;
        out.push(option.truth);
        visit(pos + option.span, target, partLength + truth.length, parts, cost + option.cost, edited, wild, -1);
        out.pop();
      }
      if (wild > 0 && noWildAt !== pos && cost + WILD_COST <= maxCost && isLetterAt[pos]) {
        const spent = wild === 1 && (edited || !edits);
        for (let e = from; e < to; e++) {
          if (chars[e] === code || chars[e] === otherCase[pos] || letters[e] === 0) continue;
          if (spent && deadEnd(pos + 1, targets[e]!, partLength + 1, parts)) continue;
          out.push(strings[e]!);
          visit(pos + 1, targets[e]!, partLength + 1, parts, cost + WILD_COST, edited, wild - 1, -1);
          out.pop();
        }
      }
      if (edits && !edited) visit(pos + 1, node, partLength, parts, cost + DELETE_COST, true, wild, -1);
    }
    if (edits && !edited && cost + INSERT_COST <= maxCost) {
      const spent = wild === 0;
      for (let e = from; e < to; e++) {
        if (letters[e] === 0) continue;
        if (spent && deadEnd(pos, targets[e]!, partLength + 1, parts)) continue;
        out.push(strings[e]!);
        visit(pos, targets[e]!, partLength + 1, parts, cost + INSERT_COST, true, wild, chars[e] === otherCase[pos] ? -1 : pos);
        out.pop();
      }
    }
  };

  visit(0, trie.root, 0, 0, 0, false, limits.wild ?? 0, -1);
  // Costs are sums of decimals, so one reading summed along two paths can differ in the last bit
  // ("5.699999999999999" against "5.7") and a tie be broken by rounding noise: rounded, equal
  // readings tie and the order of the search decides, as it does for every other tie.
  return [...best].map(([word, { cost, compound }]) => ({ word, cost: Math.round(cost * 1e6) / 1e6, compound }));
}
