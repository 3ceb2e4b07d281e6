import { describe, expect, it } from 'vitest';
import { contentLines, readText } from '../../pipeline/text/model.ts';
import { contentStream } from '../../pipeline/text/stream.ts';
import fs from 'node:fs';
import { extract } from '../../pipeline/extract/index.ts';

const filler = 'Ärendet beskrivs i tjänsteskrivelsen och dess bilagor, som nämnden har tagit del av före sammanträdet. ';

/** A docplayer transcript: each page one long line, opening with its number and the running header. */
function transcript(headers: string[]): string {
  const pages = [
    `1 Bygg- och miljönämnden Plats och tid Sammanträdesrum Bjurbäcken, måndagen den 16 maj 2011 Paragrafer 41-43 Utses att justera Lena Ekh ${filler.repeat(3)}`,
    ...headers.map((h, i) => `${i + 2} ${h} BMN ${41 + i} Dnr 2011:${5 + i} Ärende nummer ${i + 1} ${filler.repeat(3)}`),
  ];
  return `Transkript\n\n${pages.join('\n\n')}\n`;
}

describe('the text model of a transcript', () => {
  it("splits off a running header that a scan's OCR damaged differently on each page", () => {
    const model = readText(transcript(['Bygg- och miljönämnden', 'Bygg- och miljörämnden', 'Bygg- och miljöhrämnden']));
    expect(model.flattened).toBe(true);
    const headers = model.lines.filter((l) => l.role === 'header').map((l) => l.text);
    expect(headers).toEqual(['Bygg- och miljönämnden BMN', 'Bygg- och miljörämnden BMN', 'Bygg- och miljöhrämnden BMN']);
    // Each § now opens its line, as in the undamaged transcript.
    expect(contentLines(model).filter((l) => /^4[123] Dnr/.test(l.text))).toHaveLength(3);
    expect(extract(transcript(['Bygg- och miljönämnden', 'Bygg- och miljörämnden', 'Bygg- och miljöhrämnden'])).items.map((i) => i.paragraf)).toEqual(['§ 41', '§ 42', '§ 43']);
  });

  it('reads a scan of a transcript back into its pages: ragged lines, blank lines between them, a scan page that cut a transcript page', () => {
    // A printout wraps each page's line at the page's width, word by word: a line ends short where
    // the next word would not fit ("… till det nya regionala" / "kollektivtrafikförsörjningsprogrammet").
    // OCR sets a blank line where the print's lines stand further apart.
    const body = [
      'Regionen har sänt förslaget till det nya regionala',
      'kollektivtrafikförsörjningsprogrammet på remiss till länets kommuner. Förvaltningen',
      '',
      'har upprättat ett förslag till yttrande där kommunen framför att turtätheten på',
      'kustlinjen behöver behållas och att anslutningarna till tågtrafiken bör förbättras.',
    ];
    const page = (n: number): string[] => [`${n + 1} Bygg- och miljönämnden BMN ${40 + n} Dnr 2011:${4 + n} Ärende nummer ${n} om anslutningarna.`, ...body];
    const first = ['1 Bygg- och miljönämnden Plats och tid Sammanträdesrum Bjurbäcken, måndagen den', '16 maj 2011 Paragrafer 41-43 Utses att justera Lena Ekh. Beslutande se bilaga.', ...body];
    // The scan's second page begins inside the transcript's third ("… regionala" / form feed / "kollektivtrafik…").
    const third = page(2);
    const scan = ['Transkript', '', ...first, ...page(1), ...third.slice(0, 2), '\f' + third[2], ...third.slice(3), ...page(3)].join('\n');
    expect(readText(scan).flattened).toBe(true);
    expect(extract(scan).items.map((i) => i.paragraf)).toEqual(['§ 41', '§ 42', '§ 43']);
  });

  it("reads a scanned transcript whose pages, joined back, ran into one line (the second page's number run into an item's)", () => {
    const scan = [
      'Transkript',
      '',
      '1 KALLELSE TILL BEREDANDE KOMMUNSTYRELSEN Kommunstyrelsens ledamöter kallas till beredande',
      'kommunstyrelsens sammanträde tisdagen den 19 april 2016, som hålls direkt efter beslutande',
      'kommunstyrelsen i Bergslagsrummet. Föredragningslista Nr. Ärende Dnr Föredragande Tid 1.',
      'Kommunal borgen för lån till reningsverket i Frövi 2016/118 AKK Tomas Ekberg 2. Förstudie om',
      'ny simhall i kombination med idrottshall 2016/131 AKK Tomas Ekberg Lena Wiik 3. Omfördelning',
      '',
      'av investeringsmedel för gatubelysning 2016/135 AKK Tomas Ekberg Lena Wiik Henrik Sjöberg',
      '24. Försäljning av del av fastigheten Kvarnbacken 2:14 2016/87 AKK 5. Svar på',
      'medborgarförslag om en hundrastgård i Lindesbergs tätort 2015/412 AKK Henrik Sjöberg',
    ].join('\n');
    expect(readText(scan).flattened).toBe(true);
    expect(extract(scan).items.map((i) => i.title)).toContain('Omfördelning av investeringsmedel för gatubelysning');
  });

  it("opens a scanned transcript's pages at their counters, not at an index entry's number that a wrap put first on a line", () => {
    // Each page as a printout wraps it, word by word at 85 characters.
    const wrap = (line: string): string[] => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > 85) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current];
    };
    const scan = [
      'Transkript',
      '',
      ...wrap(`1 (5) Plats och tid Nacka stadshus, sammanträdesrummet Skogsö kl 13.00 Paragrafer 201-202 ${filler.repeat(3)}`),
      ...wrap(`2 (5) BEVIS OM ANSLAGSDAG Protokollet är justerat. Justeringen har tillkännagivits genom anslag ${filler}`),
      // The index, wrapped so that an entry's page number (the next page's) opens a line after its leaders.
      '3 (5) Nacka kommun Sammanträdesprotokoll Innehållsförteckning 201 KFKS 2016/22-002...',
      '4 Delegationsbeslut... 4 202 KFKS 2016/655-041... 4 Tertialbokslut 2 år 2016 för',
      'kommunstyrelsen... 4',
      '',
      ...wrap(`4 (5) Nacka kommun Sammanträdesprotokoll 201 KFKS 2016/22-002 Delegationsbeslut Beslut Kommunstyrelsen noterar delegationsbesluten. ${filler.repeat(2)}`),
      ...wrap(`5 (5) Nacka kommun Sammanträdesprotokoll 202 KFKS 2016/655-041 Tertialbokslut 2 år 2016 för kommunstyrelsen Beslut Kommunstyrelsen fastställer tertialbokslutet. ${filler.repeat(2)}`),
    ].join('\n');
    const model = readText(scan);
    expect(model.flattened).toBe(true);
    expect(model.pages).toBe(5);
    expect(contentLines(model).find((l) => l.text.startsWith('201 KFKS'))?.page).toBe(4);
    expect(extract(scan).items.map((i) => [i.paragraf, i.title])).toEqual([
      ['§ 201', 'Delegationsbeslut'],
      ['§ 202', 'Tertialbokslut 2 år 2016 för kommunstyrelsen'],
    ]);
  });

  it('keeps words that differ by more than a slip, and short words, apart', () => {
    // "Kulturnämnden" is no misprint of "Kommunstyrelsen": no header is shared by half the pages.
    const model = readText(transcript(['Kommunstyrelsen Beslut', 'Kulturnämnden Beslut', 'Fritidsnämnden Beslut']));
    expect(model.lines.filter((l) => l.role === 'header')).toEqual([]);
  });

  it("takes a page whose number OCR misread by the counter it prints beside it", () => {
    const page = (prefix: string, n: number, body: string): string => `${prefix} NORDANSTIGS KOMMUN SAMMANTRÄDESPROTOKOLL ${n} (3) ${body} ${filler.repeat(3)}`;
    const text = `Transkript\n\n${[page('1', 1, 'Plats och tid Kommunhuset'), page('2', 2, '164 Dnr 288/2017 Delårsrapport'), page('3', 3, '165 Dnr 301/2017 Remiss')].join('\n\n')}\n`;
    const misread = text.replace('\n3 NORDANSTIGS', '\n8 NORDANSTIGS');
    for (const t of [text, misread]) {
      const model = readText(t);
      expect(model.pages).toBe(3);
      expect(contentLines(model).filter((l) => /^16[45] Dnr/.test(l.text)).map((l) => l.page)).toEqual([2, 3]);
    }
    // Without the counter, a number out of turn opens no page.
    expect(readText(misread.replace(' 3 (3) ', ' ')).pages).toBe(2);
  });

  it("takes a running header with a scan's speck in it for the header it is", () => {
    const page = (speck: string, n: number, body: string): string => `SIMRISHAMNS KOMMUN SAMMANTRÄDESPROTOKOLL\nKommunstyrelsens utskott Sammanträdesdatum ${speck}Sida\n2010-11-17 ${n} (3)\n\n${body}\n`;
    const text = [page('', 1, 'Plats och tid Rådhuset'), page('= ', 2, '§ 601\nInformation\n\nBeslut\nUtskottet tackar för informationen.'), page('— ', 3, '§ 602\nAvtal\n\nBeslut\nUtskottet godkänner avtalet.')].join('\f');
    const headers = readText(text).lines.filter((l) => l.role === 'header').map((l) => l.text);
    expect(headers).toContain('Kommunstyrelsens utskott Sammanträdesdatum = Sida');
    expect(headers).toContain('Kommunstyrelsens utskott Sammanträdesdatum — Sida');
  });
});

describe('the text model of a web page', () => {
  it('takes a chrome sentence a printout wrapped onto the next line for chrome, and a kungörelse line however its first word was read for the title', () => {
    const page = 'VIKTIG INFORMATION:\nTillfälliga avstängningar av vattnet i Norra Ängby – läs mer\n\nMeny\n\nVi använder kakor (cookies) på kommun.se för att ge dig en bättre upplevelse. Om du\nfortsätter att använda webbplatsen godkänner du detta.\n\nAktuellt kungörelse för kommunfullmäktige\n\nKommunfullmäktige sammanträder i Stora salen onsdagen den 19 juni 2019, kl. 9.00.\n\nFöredragningslista\n1. Val av justerare\n2. Budget 2020\n3. Taxor 2020';
    const model = readText(page);
    expect(model.lines.find((l) => l.text.startsWith('fortsätter'))?.role).toBe('wrapper');
    expect(extract(page).title).toBe('Aktuellt kungörelse för kommunfullmäktige');
    // A line that goes on a content line in lower case is content, as before.
    expect(readText('Nämnden beslutar att\ngodkänna planen.').lines.every((l) => l.role === 'content')).toBe(true);
  });

  it("ends a docplayer page's related documents at the document's first page counter, also as OCR damaged it", () => {
    // Nacka's protokoll on a docplayer /amp/ page (FACTS F0.4), its first counter "1(9)" read "119)".
    const page = ['Plats och tid Nacka stadshus, sammanträdesrummet Skogsö kl.', '', 'Relevanta dokument', '', 'Yttrande över förslag till regional cykelstrategi', '', 'Sammanträdesprotokoll Sida 1(12) Kultur- och fritidsnämnden Sammanträdesdatum', '119) Plats och tid Nacka stadshus, sammanträdesrummet Skogsö kl 13.00 15.40 BESLUTANDE', 'Henrik Lövgren (M) Cecilia Strand (M) Utses att justera Annelie Forsberg', 'Justeringsdatum 13 oktober 2016 Paragrafer 201-204'].join('\n');
    const roles = readText(page).lines.filter((l) => !l.blank).map((l) => [l.text.slice(0, 12), l.role]);
    expect(roles.slice(3, 6)).toEqual([['Sammanträdes', 'wrapper'], ['119) Plats o', 'content'], ['Henrik Lövgr', 'content']]);
    // Undamaged, as before.
    expect(readText(page.replace('119)', '1(9)')).lines.find((l) => l.text.startsWith('1(9)'))?.role).not.toBe('wrapper');
  });

  it("reads a hosting site's short chrome line as OCR damaged it where it follows the site's other chrome", () => {
    // 5dok's page as a worn copy's OCR read it: "Full text" lost its last letter.
    const page = ['+ No results tound', '', 'Kallelse till sammanträde med humanistiska nämnden', '', 'Protected', '', '1oading.... (view tulltext now)', '', 'Full tex', '', '(1)', '', 'Tid: Tisdagen den 14 mars 2017, kl. 17:00 Plats: Sammanträdesrum Ålen, kommunhuset', '', '1. Fastställande av dagordning', '2. Information om mottagandet av nyanlända elever'].join('\n');
    expect(readText(page).lines.find((l) => l.text === 'Full tex')?.wrapper).toBe('5dok full text');
    expect(extract(page).meetingDate).toBe('2017-03-14');
    // Anywhere else a short line is the document's own ("Full text" as a heading of its own).
    expect(readText('Kommunstyrelsen\n\nFull tex\n\nNämnden beslutar att godkänna planen.').lines.find((l) => l.text === 'Full tex')?.role).toBe('content');
  });
});

describe('the content stream over page breaks', () => {
  const stream = (text: string): string => contentStream(readText(text)).text;

  it('goes on with a sentence a page break cut, the next page going on in lower case', () => {
    const page1 = 'Beslut i korthet\n\nMotioner\n\nFyra motioner om skolskjutsar, belysning i elljusspår, lokal livsmedelsstrategi';
    const page2 = 'och ett nytt konstgräs behandlades. Tre avslogs.';
    expect(stream(`${page1}\n\f\n${page2}`)).toBe(`Beslut i korthet\n\nMotioner\n\nFyra motioner om skolskjutsar, belysning i elljusspår, lokal livsmedelsstrategi\n${page2}\n`);
    // A full stop ends the page's paragraph; a capital opens a new one: the blank line stays.
    expect(stream(`${page1}.\n\f\n${page2}`)).toContain('strategi.\n\noch');
    expect(stream(`${page1}\n\f\nOch ett nytt konstgräs.`)).toContain('strategi\n\nOch');
    // A blank line on one page is a paragraph's end whatever follows.
    expect(stream(`${page1}\n\n${page2}`)).toContain('strategi\n\noch');
  });

  it('reads an agenda row\'s title a page break cut as one title (Gnesta\'s kallelse, k05)', () => {
    const page = fs.readFileSync('test/fixtures/world/k05.txt', 'utf8');
    const broken = page.replace(/(för kultur- och)\n(\s+tekniknämnden)/, '$1\n\f\n$2');
    expect(broken).not.toBe(page);
    expect(extract(broken).items.map((i) => i.title)).toContain('Delårsrapport per den 31 augusti 2016 för kultur- och tekniknämnden');
  });
});
