import { describe, expect, it } from 'vitest';
import { CASE_NUMBER_LABEL, casedForms, HEADER_LABELS, headingRole, labelAt, strippedToo } from '../../pipeline/grammar/labels.ts';
import { extract } from '../../pipeline/extract/index.ts';

describe('header labels', () => {
  it('gives the case-number label as one pattern, as printed and in capitals, escapes kept', () => {
    const own = new RegExp(`^(?:${casedForms(CASE_NUMBER_LABEL)})$`, 'u');
    for (const label of ['Dnr', 'DNR', 'Diarienummer', 'DIARIENUMMER', 'Ärendenr', 'ÄRENDENR', 'Vår beteckning', 'VÅR BETECKNING', 'Var beteckning']) expect(label).toMatch(own);
    for (const label of ['dNR', 'Diarienumret', 'Er referens']) expect(label).not.toMatch(own);
    expect(casedForms(String.raw`Vår\s+ref`)).toBe(String.raw`Vår\s+ref|VÅR\s+REF`);
  });

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

describe('section headings', () => {
  it('reads a line of the table as its heading, capitalised or in capitals, not a wrapped sentence\'s end in lower case', () => {
    expect(headingRole('Kommunfullmäktige beslutar:')).toBe('decision');
    expect(headingRole('Förslag till beslut')).toBe('proposal');
    expect(headingRole('FÖRSLAG TILL BESLUT')).toBe('proposal');
    expect(headingRole('Kommunstyrelsens förslag')).toBe('proposal');
    // "… föreslår att" / "kommunfullmäktige beslutar:", "… enligt" / "kommunstyrelsens förslag.", "… eget" / "yrkande."
    expect(headingRole('kommunfullmäktige beslutar:')).toBeNull();
    expect(headingRole('kommunstyrelsens förslag.')).toBeNull();
    expect(headingRole('yrkande.')).toBeNull();
  });

  it('leaves a proposal\'s numbered list under its lead-in when a page\'s width wrapped the lead-in before "kommunfullmäktige beslutar:"', () => {
    const text = ['Till kommunfullmäktige', '', 'Kommunstyrelsens förslag', 'Kommunstyrelsen tillstyrker förslaget och föreslår att', 'kommunfullmäktige beslutar:', '', '1. Riktlinjen fastställs att gälla från och med den 1 januari 2023.', '', '2. Nuvarande riktlinje upphör att gälla samma dag.'].join('\n');
    const meta = extract(text);
    expect(meta.forslagTillBeslut).toEqual(['Riktlinjen fastställs att gälla från och med den 1 januari 2023.', 'Nuvarande riktlinje upphör att gälla samma dag.']);
    expect(meta.beslut).toEqual([]);
  });
});
