import { describe, expect, it } from 'vitest';
import { paragraphs, reflow } from '../../search-ui/src/reflow.ts';

describe('text for reading', () => {
  it('joins the lines of a paragraph and a word hyphenated at a line end, and keeps lists, headings and suspended hyphens', () => {
    const page = [
      'Socialförvaltningen',
      'Tjänsteutlåtande',
      '',
      'Sammanfattning',
      'Stadsdelsnämnden har fått ett uppdrag av kommunfullmäk-',
      'tige att utreda ett våldspreventivt centrum tillsammans med',
      'polisen och Barn- och utbildningsnämnden under hösten 2018.',
      '',
      'Förslag till beslut',
      '1. Nämnden godkänner förvaltningens tjänsteutlåtande och',
      'överlämnar det till kommunstyrelsen som svar på remissen.',
      '2. Paragrafen justeras omedelbart.',
    ].join('\n');
    expect(paragraphs(page)).toEqual([
      'Socialförvaltningen',
      'Tjänsteutlåtande',
      'Sammanfattning',
      'Stadsdelsnämnden har fått ett uppdrag av kommunfullmäktige att utreda ett våldspreventivt centrum tillsammans med polisen och Barn- och utbildningsnämnden under hösten 2018.',
      'Förslag till beslut',
      '1. Nämnden godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på remissen.',
      '2. Paragrafen justeras omedelbart.',
    ]);
  });

  it('keeps pages apart at form feeds', () => {
    expect(reflow('Sida ett.\f\nSida två.')).toEqual([['Sida ett.'], ['Sida två.']]);
  });
});
