import { describe, expect, it } from 'vitest';
import { CASE_NUMBER_SHAPES, caseKey, findCaseNumbers, isCaseNumber, NOT_CASE_NUMBERS } from '../../pipeline/grammar/case-numbers.ts';

const read = (text: string, headEnd = 0): string[] => findCaseNumbers(text, { headEnd }).map((s) => s.canonical);

describe('the case-number table', () => {
  for (const row of CASE_NUMBER_SHAPES) {
    it(`${row.name} (${row.seenIn.join(', ')}) reads its printed examples`, () => {
      for (const [k, example] of row.examples.entries()) {
        const text = row.inContext?.[k] ?? (row.context === 'any' ? `Ärendet ${example} gäller` : `Dnr ${example}`);
        const found = findCaseNumbers(row.kind === 'motion' ? `motion (${example})` : text);
        expect(found.map((f) => f.printed), example).toEqual([example]);
        expect(found[0]!.shape).toBe(row.name);
      }
    });
  }

  it('keeps the number as printed, whitespace collapsed, and gives designations their canonical spacing', () => {
    expect(read('Dnr KS/2008:362 -\n875')).toEqual(['KS/2008:362 - 875']);
    expect(read('betänkandet (SOU2018:22)')).toEqual(['SOU 2018:22']);
    expect(read('Åtgärder för alla, motion (2017:54)')).toEqual(['Motion 2017:54']);
  });

  it('reads a bare shape only after a case-number label, also across a line break', () => {
    expect(read('Kultur- och fritidsnämnden har i sitt yttrande (Dnr\n2014/287) ställt sig positiv')).toEqual(['2014/287']);
    expect(read('§ 58    Diarienummer 0512/12')).toEqual(['0512/12']);
    expect(read('Dnr hos Skolinspektionen 2019:1101')).toEqual(['2019:1101']);
    expect(read('Kostnaden är 2014/904 kronor per 2011:5')).toEqual([]);
  });

  it('reads a number a page\'s width broke where it prints a space, at its place as printed, but not a number joined to the next line\'s words', () => {
    const text = 'Ärendet har behandlats i samband med ägardirektivet, Dnr KS\n02-118 107.';
    const [span] = findCaseNumbers(text);
    expect(span).toMatchObject({ canonical: 'KS 02-118 107', printed: 'KS\n02-118 107' });
    expect(text.slice(span!.start, span!.end)).toBe('KS\n02-118 107');
    // A number whole on its line stays whole; a letterhead under it is no registry's letters.
    expect(read('DIARlENR: 2023/655\nSALA KOMMUN')).toEqual([]);
    expect(read('Dnr 2023/655\nSALA KOMMUN')).toEqual(['2023/655']);
    // A blank line is no line break inside a number.
    expect(read('ägardirektivet, Dnr KS\n\n02-118 107.')).toEqual([]);
  });

  it('reads an unlabelled "NNN–YYYY" only in the header block', () => {
    const text = 'YTTRANDE 1 2022-10-18 611–2022\n\nBrödtext där 12–2019 står.';
    expect(read(text, 31)).toEqual(['611–2022']);
  });

  it('keeps government designations apart from municipal numbers', () => {
    const found = findCaseNumbers('Remiss från Kulturdepartementet, Ku2022/01977 SOU 2022:63 (Ds 2023:9) Dnr: UN23/94');
    expect(found.map((f) => [f.canonical, f.kind])).toEqual([['Ku2022/01977', 'remiss'], ['SOU 2022:63', 'remiss'], ['Ds 2023:9', 'remiss'], ['UN23/94', 'case']]);
  });

  describe('look-alikes that are no case numbers', () => {
    it.each([
      ['a phone number', 'Telefon: 08-508 43 112, 0152-29618, 0523 – 61 34 27'],
      ['a date', '2018-10-25, 2023 -10- 0 5 och 25.10.2018'],
      ['a paragraph reference', 'KS § 203, 2019-10-29 och KF § 44, 2016-04-25'],
      ['an SFS reference', 'socialtjänstlagen (2001:453) och SFS 2017:725'],
      ['a school year', 'läsåret 2019/2020 och vintern 2010/2011 och 2019/20'],
      ['an utskott number', '(arbetsutskottets protokoll 141/2017) och Tekniska nämndens arbetsutskott 3/2019'],
      ['a KF handling and a bilaga number', 'Kommunfullmäktige Handling 2022 nr 211 och bilaga 2023/118/1'],
      ['a property', 'fastigheten Kvarnbacken 2:14 och Höör 12:4'],
      ['a court case', 'Mål nr B 1234-19'],
      ['a page counter', 'Sida 1/2 och 1 (12) och 2/54'],
      ['a year range', 'åren 2023–2026 och 2020-2024'],
    ])('%s', (_what, text) => expect(read(text)).toEqual([]));

    it('every look-alike example is claimed', () => {
      for (const n of NOT_CASE_NUMBERS) for (const e of n.examples) expect(read(`Dnr ${e}`), e).toEqual([]);
    });
  });

  it('keys a number for lookups whatever its dash, spaces or case', () => {
    expect(caseKey('611–2022')).toBe(caseKey('611-2022'));
    expect(caseKey('KS 2018/906')).toBe(caseKey('ks2018/906'));
    expect(isCaseNumber(' KS 2018/906 ')).toBe(true);
    expect(isCaseNumber('banana')).toBe(false);
  });
});
