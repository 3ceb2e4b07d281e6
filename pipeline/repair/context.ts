import type { WordModel } from './model.ts';

/**
 * How much Dirichlet prior a word's observed followers must outweigh before the pair counts speak:
 * after a word seen a handful of times, a follower never seen is no evidence against it; after
 * one seen thousands of times ("det", "som") it is.
 */
const STRENGTH = 20;
/** A pair's say is bounded in nats, so one pair never outvotes the reading's channel cost by itself. */
const BOUND = 4;
/** Most pairs remembered before the memo starts over. */
const MEMO_SIZE = 500_000;

/**
 * The word-pair evidence for a reading, from the counts of clean Swedish text: the corpus's own
 * intact documents and, when installed, a background of general Swedish prose (see
 * ingest/background-text.ts), summed; neither is needed.
 *
 * It decides between readings that are both words and differ only where OCR confuses letters
 * ("år"/"är", "för"/"for", "innebär"/"innebar", "rätt"/"ratt"): the word alone cannot tell them
 * apart, the word before and after can ("det är", "i rätt", "för att").
 */
export class PairContext {
  private readonly total: number;
  /** first word -> second word -> value: nested, for a key joined from two strings costs more to hash than two look-ups. */
  private readonly memo = new Map<string, Map<string, number>>();
  private remembered = 0;

  /** `counts`: the corpus's and the background's counts, summed (`WordModel.combine`). */
  constructor(private readonly counts: WordModel) {
    this.total = counts.total;
  }

  /** Whether there is any text to learn pairs from. */
  get empty(): boolean {
    return this.total === 0;
  }

  /**
   * log P(second | first) / P(second), smoothed toward P(second) by `STRENGTH` pseudo-counts and
   * bounded: positive when the pair is more common than its words are, negative when `first` is
   * frequent and never followed by `second`, 0 without evidence. Lower-case words; '' for none.
   */
  association(first: string, second: string): number {
    if (this.empty || first === '' || second === '') return 0;
    // Remembered: the same pairs come back in every document, and one lookup costs less than four.
    let followers = this.memo.get(first);
    let value = followers?.get(second);
    if (value === undefined) {
      const p = (this.counts.count(second) + 1) / (this.total + 1);
      const ratio = (this.counts.pairCount(first, second) + STRENGTH * p) / ((this.counts.count(first) + STRENGTH) * p);
      value = Math.max(-BOUND, Math.min(BOUND, Math.log(ratio)));
      if (this.remembered >= MEMO_SIZE) {
        this.memo.clear();
        this.remembered = 0;
        followers = undefined;
      }
      if (!followers) this.memo.set(first, (followers = new Map()));
      followers.set(second, value);
      this.remembered++;
    }
    return value;
  }
}
