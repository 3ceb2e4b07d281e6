import { describe, expect, it } from 'vitest';
import { channelCost, coverage, substitution, unexplainedPatterns } from '../../bench/coverage.ts';
import { confusionTable } from '../../pipeline/repair/confusions.ts';

describe('the confusion table against aligned OCR words (bench:repair)', () => {
  it('names the one place an OCR word differs from its truth, diacritics aside', () => {
    expect(substitution('penoden', 'perioden')).toBe('n→ri');
    expect(substitution('Forvanngsplats', 'Förvaringsplats')).toBe('n→ri');
    expect(substitution('loka', 'lokal')).toBe('∅→l');
    expect(substitution('forslag', 'förslag')).toBeNull();
    // Damage in two places, or longer than three letters, is no one row's.
    expect(substitution('Fruadngsgangen', 'Fruängsgången')).toBe('d→∅');
    expect(substitution('abcdefgh', 'stuvwxyz')).toBeNull();
  });

  it('counts a pattern by the documents that show it, not by how often one repeats it', () => {
    const missed = [
      { document: 'k01', pair: ['Ovnga', 'Övriga'] as [string, string] },
      { document: 'k01', pair: ['penoden', 'perioden'] as [string, string] },
      { document: 'k02', pair: ['Hennk', 'Henrik'] as [string, string] },
      { document: 'k03', pair: ['xq', 'yq'] as [string, string] },
      { document: 'k03', pair: ['xq', 'yq'] as [string, string] },
      { document: 'k03', pair: ['xq', 'yq'] as [string, string] },
    ];
    const [first, second] = unexplainedPatterns(missed);
    expect(first).toMatchObject({ pattern: 'n→ri', words: 3, documents: 2 });
    expect(second).toMatchObject({ pattern: 'x→y', words: 3, documents: 1 });
  });

  it('explains with the table what the table reads, and leaves the rest as missed', () => {
    const table = confusionTable();
    expect(channelCost('forvaltningen', 'förvaltningen', table)).toBeLessThan(1);
    expect(channelCost('qqq', 'förvaltningen', table)).toBe(Infinity);
    const { covered, missed } = coverage([['forvaltningen', 'förvaltningen'], ['qzqzq', 'förvaltningen']]);
    expect(covered).toBe(1);
    expect(missed).toEqual([['qzqzq', 'förvaltningen']]);
  });
});
