/**
 * Word-pair context (pipeline/repair/context.ts): how much the words around speak for a reading,
 * from the summed counts of the corpus and a background text.
 */
import { describe, expect, it } from 'vitest';
import { PairContext } from '../../pipeline/repair/context.ts';
import { WordModel } from '../../pipeline/repair/model.ts';

const prose = (): WordModel => {
  const m = new WordModel();
  for (let i = 0; i < 30; i++) m.learn('det är viktigt att nämnden bör besluta om det som är rätt för staden');
  m.learn('under två år har kommunen arbetat med frågan och det var ett bra år');
  return m;
};

describe('word-pair context', () => {
  it('speaks for a pair seen more often than its words are, against one never seen after a frequent word', () => {
    const pairs = new PairContext(prose());
    expect(pairs.association('det', 'är')).toBeGreaterThan(1);
    // "det" is frequent and never followed by "år": evidence against.
    expect(pairs.association('det', 'år')).toBeLessThan(-1);
    expect(pairs.association('två', 'år')).toBeGreaterThan(pairs.association('två', 'är'));
  });

  it('says nothing without evidence: an unknown word before, no word, or no counts at all', () => {
    const pairs = new PairContext(prose());
    expect(pairs.association('okänt', 'år')).toBeCloseTo(0, 5);
    expect(pairs.association('', 'år')).toBe(0);
    expect(new PairContext(new WordModel()).association('det', 'är')).toBe(0);
  });

  it('is bounded, so one pair never outvotes everything else', () => {
    const m = new WordModel();
    for (let i = 0; i < 10_000; i++) m.learn('justerandes signatur');
    m.learn('och så vidare med andra ord i en längre mening');
    const pairs = new PairContext(m);
    expect(pairs.association('justerandes', 'signatur')).toBeLessThanOrEqual(4);
    expect(pairs.association('justerandes', 'och')).toBeGreaterThanOrEqual(-4);
  });

  it('sums the corpus and the background', () => {
    const corpus = new WordModel();
    corpus.learn('nämnden bör besluta');
    const both = WordModel.combine(corpus, prose());
    expect(both.count('bör')).toBe(corpus.count('bör') + prose().count('bör'));
    expect(both.pairCount('nämnden', 'bör')).toBe(31);
    expect(corpus.count('är')).toBe(0);
  });
});

describe('the word model when it grows large', () => {
  it('keeps the most frequent words and pairs, each count whole, the same whichever order it learned in', () => {
    const sentences = ['det är viktigt att nämnden beslutar', 'det är rätt', 'nämnden beslutar i dag', 'ett ovanligt ordpar här'];
    const learnt = (order: string[]): WordModel => {
      const m = new WordModel();
      for (const s of order) m.learn(s);
      m.learn('det är');
      return m;
    };
    const a = learnt(sentences);
    const b = learnt([...sentences].reverse());
    expect(a.pairs).toBe(11);
    // Pairs seen twice or more: "det är" (3), "nämnden beslutar" (2); the nine seen once go together.
    expect(a.prune(Infinity, 5)).toEqual({ words: 0, pairs: 9 });
    expect(b.prune(Infinity, 5)).toEqual({ words: 0, pairs: 9 });
    expect(a.pairs).toBe(2);
    expect(a.pairCount('det', 'är')).toBe(3);
    expect(a.pairCount('nämnden', 'beslutar')).toBe(2);
    expect(a.pairCount('ovanligt', 'ordpar')).toBe(0);
    expect(a.version()).toBe(b.version());
    // Words likewise: "det", "är" (3), "nämnden", "beslutar" (2) of thirteen.
    expect(a.prune(4, Infinity)).toEqual({ words: 9, pairs: 0 });
    expect(a.size).toBe(4);
    expect(a.total).toBe(10);
    // Within its limits a model is left as it is.
    const small = learnt(sentences);
    expect(small.prune()).toEqual({ words: 0, pairs: 0 });
    expect(small.pairs).toBe(11);
  });
});
