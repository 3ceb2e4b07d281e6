import { describe, expect, it } from 'vitest';
import { swapped } from '../../bench/swap.ts';
import { worldCases, type WorldCase } from '../../bench/world.ts';

const one = (text: string, truth: WorldCase['truth']): WorldCase[] => [{ name: 'u99', family: 'utlatande', text, truth }];

describe('other content in the same layouts (bench:extract)', () => {
  it('gives a municipality another name in every form it is printed in, and in the truth', () => {
    const [c] = swapped(one('HÖÖRS KOMMUN\nHöörs kommun, 243 80 Höör\nwww.hoor.se\nHöörbadet', { municipality: 'Höör' }), ['municipality']);
    expect(c!.text).toBe('SANDVIKENS KOMMUN\nSandvikens kommun, 243 80 Sandviken\nwww.sandviken.se\nHöörbadet');
    expect(c!.truth.municipality).toBe('Sandviken');
  });

  it("exchanges a body's stem with its endings, also over a line break, and capitalises a one-word name in the truth", () => {
    const [c] = swapped(one('Socialnämndens förslag\nKultur- och\nfritidsnämnden beslutar\nmed humanistiska nämnden', { namnd: 'humanistiska nämnden', beslut: ['Socialnämnden beslutar.'] }), ['bodies']);
    expect(c!.text).toBe('Omsorgsnämndens förslag\nFritids- och\nkulturnämnden beslutar\nmed bildningsnämnden');
    expect(c!.truth.namnd).toBe('Bildningsnämnden');
    expect(c!.truth.beslut).toEqual(['Omsorgsnämnden beslutar.']);
  });

  it('moves years back 28, the calendar cycle, in dates and case numbers but not inside longer numbers', () => {
    const [c] = swapped(one('Tisdagen den 10 oktober 2023, Dnr KS 2016/22, tel 0152-29618', { dnr: ['KS 2016/22'] }), ['years']);
    expect(c!.text).toBe('Tisdagen den 10 oktober 1995, Dnr KS 1988/22, tel 0152-29618');
    expect(c!.truth.dnr).toEqual(['KS 1988/22']);
    // 10 October 2023 and 10 October 1995 are both Tuesdays.
    expect(new Date('2023-10-10').getDay()).toBe(new Date('1995-10-10').getDay());
  });

  it('writes ISO dates out in words in the text and the truth, but not in the date fields', () => {
    const [c] = swapped(one('Datum 2023-09-05\nKulturnämndens beslut 2022-10-25; KS 2016-22-02x', { date: '2023-09-05', beslut: ['Gäller från 2020-01-01.'] }), ['dates']);
    expect(c!.text).toBe('Datum 5 september 2023\nKulturnämndens beslut 25 oktober 2022; KS 2016-22-02x');
    expect(c!.truth).toEqual({ date: '2023-09-05', beslut: ['Gäller från 1 januari 2020.'] });
  });

  it('labels a field by another label of its family, and sets section headings in capitals', () => {
    const [l] = swapped(one('Dnr: KS 2019/3\nHandläggare Eva Ek\nDnrx 1\nDIARIENR KS 2019/4\nÄrendenummer KS 2019/5', {}), ['labels']);
    expect(l!.text).toBe('Diarienummer: KS 2019/3\nKontaktperson Eva Ek\nDnrx 1\nÄRENDENUMMER KS 2019/4\nDnr KS 2019/5');
    const [h] = swapped(one('Förslag till beslut\nNämnden beslutar.\nBeslutsunderlag\n- Tjänsteutlåtande', { title: 'Beslutsunderlag' }), ['capitals']);
    expect(h!.text).toBe('FÖRSLAG TILL BESLUT\nNämnden beslutar.\nBESLUTSUNDERLAG\n- Tjänsteutlåtande');
    expect(h!.truth.title).toBe('BESLUTSUNDERLAG');
  });

  it("sets a first page's label over its value, or beside it, but not a title's line nor a list's label", () => {
    const text = 'Sammanträde 2019-11-27\nDnr: KS 2019/3\nTill\nSocialnämnden\nBeslutande Anna Ek';
    expect(swapped(one(text, { title: 'Sammanträde 2019-11-27' }), ['stacked'])[0]!.text).toBe('Sammanträde 2019-11-27\nDnr:\nKS 2019/3\nTill\nSocialnämnden\nBeslutande Anna Ek');
    expect(swapped(one(text, { title: 'Sammanträde 2019-11-27' }), ['inline'])[0]!.text).toBe('Sammanträde 2019-11-27\nDnr: KS 2019/3\nTill Socialnämnden\nBeslutande Anna Ek');
  });

  it('prints § without its space, a dash list with bullets, and every line set in', () => {
    const [c] = swapped(one('§ 44 Taxa\n- Nämnden noterar.\n  - Under', { beslut: ['Enligt KF § 44.'], items: [{ paragraf: '§ 44', title: 'Taxa', dnr: [] }] }), ['section-sign', 'bullets', 'indent']);
    expect(c!.text).toBe('    §44 Taxa\n    • Nämnden noterar.\n      • Under');
    expect(c!.truth.beslut).toEqual(['Enligt KF §44.']);
    expect(c!.truth.items![0]!.paragraf).toBe('§ 44');
  });

  it("replaces a document's own case-number code as a whole token, leaving the shared and the state's", () => {
    const [c] = swapped(one('BUN 2019/58 och KS 2019/3; SOU 2022:41; BUNKER', { dnr: ['BUN 2019/58', 'KS 2019/3'], refDnr: ['SOU 2022:41'] }), ['codes']);
    expect(c!.text).toBe('LYH 2019/58 och KS 2019/3; SOU 2022:41; BUNKER');
    expect(c!.truth.dnr).toEqual(['LYH 2019/58', 'KS 2019/3']);
  });

  it('gives the handläggare another name, as written and in an e-mail address', () => {
    const [c] = swapped(one('Handläggare Emma Karlgren\nemma.karlgren@lysekil.se', { handlaggare: { name: 'Emma Karlgren', phone: null, email: 'emma.karlgren@lysekil.se' } }), ['people']);
    expect(c!.text).toBe('Handläggare Tove Lindqvist\ntove.lindqvist@lysekil.se');
    expect(c!.truth.handlaggare).toEqual({ name: 'Tove Lindqvist', phone: null, email: 'tove.lindqvist@lysekil.se' });
  });

  it('leaves none of the world documents’ own municipality names in their text', () => {
    const world = worldCases('test/fixtures/world');
    const all = swapped(world, ['municipality']);
    for (const [k, c] of all.entries()) {
      const own = world[k]!.truth.municipality;
      if (typeof own !== 'string' || own === 'Gotland') continue;
      expect(c.text).not.toMatch(new RegExp(`(?<![\\p{L}])${own}s?(?![\\p{L}])`, 'u'));
      expect(c.truth.municipality).not.toBe(own);
    }
  });
});
