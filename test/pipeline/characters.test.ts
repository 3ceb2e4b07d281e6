import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/pipeline.ts';
import { CHARACTER_RULES, canonicalCharacters, decodeEntities, normalizeText, undoMojibake } from '../../pipeline/text/characters.ts';
import { decodeWindows1252 } from '../../pipeline/text/cp1252.ts';

describe('canonical characters (text/characters.ts)', () => {
  const cases: [string, string, string][] = [
    ['no-break space between § and its number', '§\u00a012', '§ 12'],
    ['narrow and thin spaces in a phone number', '08-508\u202f21\u2009417', '08-508 21 417'],
    ['soft hyphen inside a word', 'kom\u00admun\u00adfull\u00admäktige', 'kommunfullmäktige'],
    ['soft hyphen a line was broken at', 'kommun\u00ad\nfullmäktige', 'kommun-\nfullmäktige'],
    ['zero-width space in a case number', 'KS\u200b 2019/\u200b12', 'KS 2019/12'],
    ['a byte-order mark inside the text', 'a\ufeffb', 'ab'],
    ['direction marks', '\u200eDnr\u200f', 'Dnr'],
    ['ligatures', '\ufb01nns \ufb02era e\ufb00ekter, e\ufb03cient, ba\ufb04e, \ufb06ad', 'finns flera effekter, efficient, baffle, stad'],
    ["Word's Shift+Enter (vertical tab)", 'Rad ett\u000bRad två', 'Rad ett\nRad två'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\nb\n\nc'],
  ];
  for (const [what, input, output] of cases) it(what, () => expect(canonicalCharacters(input)).toBe(output));

  it('leaves plain text, tabs and page breaks alone (the same string, not a copy)', () => {
    const text = 'Datum\t2019-02-04\nSida 1 (4)\n\f\nÄrende: Äldreomsorgens taxor – 2020 "Årets" ”plan”';
    expect(canonicalCharacters(text)).toBe(text);
  });

  it('every row of the table changes what it names', () => {
    for (const rule of CHARACTER_RULES) {
      const sample = rule.chars.startsWith('[') ? String.fromCharCode(parseInt(rule.chars.slice(3, 7), 16)) : '\u00ad\n';
      expect(canonicalCharacters(`a${sample}b`), rule.why).not.toBe(`a${sample}b`);
    }
  });

  it('normalizeText: Unix line ends and NFC too', () => {
    expect(normalizeText('Sa\u0308rskilt\r\nbo\u0308r\rX')).toBe('Särskilt\nbör\nX');
  });
});

describe('UTF-8 read as Windows-1252 and saved again (undoMojibake)', () => {
  const text = 'Inför socialnämndens möte: Åtgärd Östra – ”två” é ’ — €, Äldre.';
  const utf8 = new TextEncoder().encode(text);
  it('reads it once, as a Windows system made it (en dash as "â€“")', () => {
    const damaged = decodeWindows1252(utf8);
    expect(damaged).toContain('â€“');
    expect(undoMojibake(damaged)).toBe(text);
  });
  it('and as a reader that took the code page for Latin-1 made it (C1 controls)', () => {
    const damaged = String.fromCharCode(...utf8);
    expect(undoMojibake(damaged)).toBe(text);
  });
  it('leaves Swedish that only looks like it', () => {
    for (const plain of ['Ö–vik', 'ÄR»', '”så”', 'Å–Ö', 'Ã', 'é€', 'Ölands ”Öland”', 'Âge']) expect(undoMojibake(plain)).toBe(plain);
  });
  it('normalizeText undoes it before the rest (a no-break space so damaged is a space)', () => {
    expect(normalizeText(decodeWindows1252(new TextEncoder().encode('§\u00a012 möte')))).toBe('§ 12 möte');
  });
});

describe('HTML character references a web page\'s text kept (decodeEntities)', () => {
  it('reads named and numeric references as their characters', () => {
    expect(decodeEntities('Socialn&auml;mnden &sect;&nbsp;12, &Aring;tg&auml;rd &#229;r &#xE4;r 2019&ndash;2020 &rdquo;Plan&rdquo; &amp; mer')).toBe('Socialnämnden §\u00a012, Åtgärd år är 2019–2020 ”Plan” & mer');
  });
  it('leaves what is no reference: an unknown name, no semicolon, no code point', () => {
    for (const plain of ['AT&T', 'R&D-avdelningen', '&foo;', '&auml', '&#0;', '&#xD800;', 'a & b']) expect(decodeEntities(plain)).toBe(plain);
  });
  it('normalizeText decodes them first (a no-break space so written is a space)', () => {
    expect(normalizeText('&sect;&nbsp;12 Socialn&auml;mnden')).toBe('§ 12 Socialnämnden');
  });
});

describe('a memo as a text layer delivers it reads as the plain one', () => {
  const plain = [
    'Tjänsteutlåtande',
    'Datum 2019-02-04',
    'Dnr KS 2019/112',
    'Socialnämnden',
    '',
    'Riktlinjer för färdtjänst',
    '',
    'Förslag till beslut',
    'Socialnämnden föreslås besluta att anta riktlinjerna, som ska gälla från den 1 mars 2019.',
    '',
    'Handläggare Anna Berg, telefon 08-508 21 417',
  ].join('\n');
  // As Word exports it: no-break spaces where it keeps words together, optional hyphens, ligatures, CRLF.
  const layered = plain
    .replace(/(Dnr|KS|Datum|§|\d) (?=[\dA-Z])/g, '$1\u00a0')
    .replace(/(\d) (mars)/g, '$1\u00a0$2')
    .replace('färdtjänst', 'färd\u00adtjänst')
    .replace('Socialnämnden föreslås', 'Social\u00adnämnden föreslås')
    .replace(/fi/g, '\ufb01')
    .replace(/\n/g, '\r\n');

  it('same fields, same text, and no original kept for characters alone', () => {
    const a = runPipeline({ id: 'a', source: 'a.txt', text: plain });
    const b = runPipeline({ id: 'b', source: 'b.txt', text: layered });
    expect(layered).not.toBe(plain);
    for (const field of ['doctype', 'date', 'dnr', 'namnd', 'title', 'forslagTillBeslut', 'handlaggare'] as const) expect(b[field], field).toEqual(a[field]);
    expect(a.dnr).toEqual(['KS 2019/112']);
    expect(b.text).toBe(a.text);
    expect(b.originalText).toBeNull();
  });
});
