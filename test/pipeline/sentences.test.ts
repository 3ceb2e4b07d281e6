import { describe, expect, it } from 'vitest';
import { followsSentenceEnd, sentences } from '../../pipeline/text/sentences.ts';

describe('sentences', () => {
  it('splits at a stop before a capital, not after the abbreviations municipal prose uses', () => {
    expect(sentences('Nämnden beslutar t.ex. Att avslå. Ärendet bordläggs.')).toEqual(['Nämnden beslutar t.ex. Att avslå.', 'Ärendet bordläggs.']);
  });

  it('tells where a sentence has just ended: after a stop and space, with at most one line break', () => {
    const text = 'Planen antas. | yttrandet\nsägs att kl. | rum\nbehovet.\n\n| ny';
    expect(followsSentenceEnd(text, text.indexOf('| yttrandet'))).toBe(true);
    expect(followsSentenceEnd(text, text.indexOf('| rum'))).toBe(false);
    expect(followsSentenceEnd(text, text.indexOf('sägs'))).toBe(false);
    // A blank line is a new paragraph, which startsSentence judges; here no stop is seen across it.
    expect(followsSentenceEnd(text, text.indexOf('| ny'))).toBe(false);
    expect(followsSentenceEnd('Slut.|', 5)).toBe(false);
  });
});
