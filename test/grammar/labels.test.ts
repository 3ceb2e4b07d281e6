import { describe, expect, it } from 'vitest';
import { HEADER_LABELS, labelAt, strippedToo } from '../../pipeline/grammar/labels.ts';
import { extract } from '../../pipeline/extract/index.ts';

describe('header labels', () => {
  it('reads each family at the start of a line, with its colon', () => {
    expect(labelAt('Vår referens: Sofia Lindell')).toEqual({ role: 'handlaggare', length: 13 });
    expect(labelAt('Sammanträdesdatum 2019-05-13')?.role).toBe('meetingDate');
    expect(labelAt('Tid och plats för justering Kansliet')?.role).toBe('justering');
    expect(labelAt('Sida 1(2)')?.role).toBe('page');
    expect(labelAt('Sidan 3 visar')).toBeNull();
    expect(labelAt('Varför detta')).toBeNull();
  });

  it('reads a label as an engine without Swedish data prints it, where repair left a word of its own ("Var referens")', () => {
    expect(strippedToo('Vår|Förvaltningsplats|Änr')).toBe('V[åa]r|F[öo]rvaltningsplats|[ÄA]nr');
    expect(labelAt('Var referens Sofia Lindell')?.role).toBe('handlaggare');
    expect(labelAt('Sammantradesdatum 2019-05-13')?.role).toBe('meetingDate');
    for (const l of HEADER_LABELS) expect(() => new RegExp(strippedToo(l.forms), 'iu'), l.role).not.toThrow();
    const header = 'Malmo stad Stadskontoret 1 (2) Datum 2022-11-08 Var referens Sofia Lindell Utredare\nTjansteskrivelse Remiss fran Kulturdepartementet.';
    expect(extract(header).handlaggare?.name).toBe('Sofia Lindell');
  });
});
