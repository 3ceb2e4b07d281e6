import { describe, expect, it } from 'vitest';
import { PAREN_READINGS, pageCounters } from '../../pipeline/repair/page-counters.ts';
import { Repairer } from '../../pipeline/repair/repair.ts';
import { readText } from '../../pipeline/text/model.ts';

const fixed = (text: string): [string, string][] => pageCounters(text).map((f) => [f.original, f.replacement]);

describe('page counters damaged by OCR', () => {
  it('reads a transcript page counter whose parenthesis was dropped or read as a digit, by the undamaged ones', () => {
    const text = '1 (9) Plats och tid Stadshuset\n\n219) BEVIS OM ANSLAGSDAG\n\n39) Innehållsförteckning\n\n49) Kommunen 201 KS 2016/22\n\n5 (9) Kommunen 202 KS 2016/65';
    expect(fixed(text)).toEqual([
      ['219)', '2 (9)'],
      ['39)', '3 (9)'],
      ['49)', '4 (9)'],
    ]);
  });

  it("counts the pages up through counters a worn copy damaged the page's digit of, where they are as many as the pages missing", () => {
    // World p01's worn copy (Nacka's docplayer transcript) as tesseract.js read it: "4 (9)" as "39)", "5 (9)" as "349)".
    const text = '3 (9) Innehållsförteckning\n\n39) Nacka kommun 201 KFKS 2016/22-002\n\n349) Nacka kommun 202 KFKS 2016/655-041\n\n6 (9) Nacka kommun 203 KFKS 2015/417-214';
    expect(fixed(text)).toEqual([
      ['39)', '4 (9)'],
      ['349)', '5 (9)'],
    ]);
    // One damaged counter for two missing pages: which is unknown, so it stays.
    expect(fixed('3 (9) Innehåll\n\n39) Nacka kommun\n\n6 (9) Nacka kommun')).toEqual([]);
    // Nor after the last undamaged counter, where nothing bounds the count.
    expect(fixed('3 (9) Innehåll\n\n39) Nacka kommun\n\n349) Nacka kommun')).toEqual([]);
  });

  it('reads a counter opening a line inside a block only as the one page between two a page apart, those damaged too', () => {
    // The transcript's first page run on from the site's chrome, no blank line between ("149)" after "BEVIS …").
    const text = 'Sammanträdesprotokoll\nBEVIS OM ANSLAGSDAG\n149) Plats och tid Nacka stadshus\n\n249) BEVIS OM ANSLAGSDAG\n\n3 (9) Innehållsförteckning';
    expect(fixed(text)).toEqual([
      ['149)', '1 (9)'],
      ['249)', '2 (9)'],
    ]);
    // Two or more pages between its neighbours: the line's own number and parenthesis.
    expect(fixed('Sammanträdesprotokoll\nBEVIS\n149) Plats\n\n3 (9) Innehåll')).toEqual([]);
  });

  it('keeps the spacing the document prints, and a counter on a line of its own after a page break', () => {
    expect(fixed('Sida\n\n1(2)\nKallelse\n\f\nSida\n\n202)\n\nÄrenden')).toEqual([['202)', '2(2)']]);
  });

  it("gives back a transcript's own page number run into the counter where the document prints both", () => {
    const text = '2 2 (8) Innehåll\n\n3 3 (8) Sammanfattning\n\n448) Nuvarande platser\n\n44 (8) Bakgrund';
    expect(fixed(text)).toEqual([['448)', '4 4 (8)']]);
    // "44 (8)" after the restored page 4 would be page 4 again: no page fits, so it stays.
    expect(fixed('2 2 (8) Innehåll\n\n3 3 (8) Sammanfattning\n\n44 (8) Nuvarande platser')).toEqual([['44 (8)', '4 4 (8)']]);
  });

  it("reads a header row's counter at the end of its line", () => {
    const header = (counter: string): string => `SIMRISHAMNS KOMMUN SAMMANTRÄDESPROTOKOLL\nKommunstyrelsens utskott Sammanträdesdatum Sida\n2010-11-17 ${counter}\n`;
    const text = [header('115)'), '§ 600', header('215)'), '§ 601', header('3 (5)'), '§ 602', header('45)'), '§ 603', header('515)')].join('\n');
    expect(fixed(text)).toEqual([
      ['115)', '1 (5)'],
      ['215)', '2 (5)'],
      ['45)', '4 (5)'],
      ['515)', '5 (5)'],
    ]);
    // A long line, or one that opened a parenthesis, ends with its own number.
    expect(fixed('Sida 1 (5)\nEnligt beslutet ska kostnaden fördelas på de tre nämnderna under 25)\nSe vidare (bilaga 35)')).toEqual([]);
  });

  it('needs undamaged counters, a page that fits between them, and a block of its own', () => {
    // No counter printed undamaged: the total is unknown.
    expect(fixed('Kallelse\n\n219) Ärenden')).toEqual([]);
    // A list's "12)" on the first page of a two-page document is no page 1 after page 1.
    expect(fixed('Kallelse 1 (2)\n\n12) Beslut om taxa\n\n2 (2) Övrigt')).toEqual([]);
    // Inside a block (no blank line before it) a number and a parenthesis are the text's own.
    expect(fixed('1 (9) Plats\nenligt\n219) ovan\n\n5 (9) Vidare')).toEqual([]);
    // Two pages read it as well ("3141)": 31 of 41, or 3 with the "(" read as 1): left alone.
    expect(fixed('1 (41) Protokoll\n\n3141) Vidare\n\n40 (41) Slut')).toEqual([]);
  });

  it('reads counters a worn copy damaged every one of where three or more agree on one total and count up', () => {
    const header = (counter: string): string => `KOMMUNEN SAMMANTRÄDESPROTOKOLL\nMiljönämnden Sammanträdesdatum Sida\n2019-03-12 ${counter}\n`;
    const text = [header('106)'), '§ 10', header('346)'), '§ 11', header('406)'), '§ 12'].join('\n');
    expect(pageCounters(text, true).map((f) => [f.original, f.replacement])).toEqual([
      ['106)', '1 (6)'],
      ['346)', '3 (6)'],
      ['406)', '4 (6)'],
    ]);
    // Only in damaged text; two damaged counters are too few; pages that do not count up, no total.
    expect(pageCounters(text, false)).toEqual([]);
    expect(pageCounters([header('106)'), '§ 10', header('346)')].join('\n'), true)).toEqual([]);
    expect(pageCounters([header('346)'), '§ 10', header('106)'), '§ 11', header('406)')].join('\n'), true)).toEqual([]);
    // A numbered list at the blocks' starts agrees on no total.
    expect(pageCounters('Beslut\n\n11) Taxan höjs.\n\n12) Avgiften sänks.\n\n13) Beslutet gäller.', true)).toEqual([]);
  });

  it('lists the readings of a parenthesis it knows', () => {
    expect(PAREN_READINGS).toContain('');
    for (const r of PAREN_READINGS) expect(r).toMatch(/^\d?$/);
  });

  it('lets the text model split a damaged transcript into its pages once repair has read the counters', () => {
    const page = (n: string, body: string): string => `${n} Kommunen Sammanträdesprotokoll ${body} ${'Ärendet beskrivs utförligt i tjänsteskrivelsen och bilagorna. '.repeat(6)}Justerandes signatur`;
    const text = [page('1 (4)', 'Plats och tid'), page('214)', '201 KS 2016/22 Delegationsbeslut'), page('34)', '202 KS 2016/65 Tertialbokslut'), page('4 (4)', '203 KS 2016/88 Detaljplan')].join('\n\n');
    const repaired = new Repairer().repair(text, 'intact');
    expect(repaired.corrections.filter((c) => c.rule === 'page-count').map((c) => c.replacement)).toEqual(['2 (4)', '3 (4)']);
    expect(readText(repaired.text).pages).toBe(4);
    expect(readText(text).pages).toBeLessThan(4);
  });
});
