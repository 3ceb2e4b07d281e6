import { CP1252 } from './cp1252.ts';

/**
 * Characters a text layer or a word processor puts in a text that mean no more than a plain one:
 * the spaces Word types between "§" and its number or a day and its month (no-break), the optional
 * hyphens it keeps inside words (soft), the zero-width and direction marks of web pages, the
 * ligatures a PDF's fonts set for "fi" and "fl", the line breaks of Word's Shift+Enter and of
 * Unicode. Left in, each splits what readers and rules see as one thing ("Dnr\u00a02019/12" is no
 * label, "kom\u00admunen" no word, "\ufb01nns" no Swedish) and search finds none of them.
 *
 * Each row is a character class and what it stands for, as data; {@link canonicalCharacters}
 * applies them in one pass. Line ends and Unicode composition (NFC) are the caller's (see
 * pipeline.ts `normalizeText`).
 */
export interface CharacterRule {
  /** The characters, as a regular-expression class body. */
  chars: string;
  /** What each stands for. */
  replacement: string;
  /** Where such characters come from. */
  why: string;
}

export const CHARACTER_RULES: readonly CharacterRule[] = [
  // Before the removals: a soft hyphen where a line ends is where the word was broken and printed with a hyphen.
  { chars: '\\u00ad(?=\\n)', replacement: '-', why: 'an optional hyphen a line was broken at: printed as a hyphen' },
  { chars: '[\\u00ad]', replacement: '', why: "an optional (soft) hyphen inside a word: Word's and web pages' hyphenation points" },
  { chars: '[\\u200b\\u200c\\u200d\\u2060\\ufeff]', replacement: '', why: 'zero-width spaces, joiners and byte-order marks: web pages and exported text' },
  { chars: '[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]', replacement: '', why: 'direction marks and embeddings: web pages and exported text' },
  { chars: '[\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]', replacement: ' ', why: 'no-break, thin, narrow and other fixed-width spaces: Word between "§" and its number, a day and its month, in phone numbers' },
  { chars: '[\\u000b\\u0085\\u2028]', replacement: '\n', why: "a line break within a paragraph: Word's Shift+Enter (vertical tab), Unicode's line separator" },
  { chars: '[\\u2029]', replacement: '\n\n', why: "Unicode's paragraph separator" },
  { chars: '[\\ufb00]', replacement: 'ff', why: 'ligature of a PDF font' },
  { chars: '[\\ufb01]', replacement: 'fi', why: 'ligature of a PDF font' },
  { chars: '[\\ufb02]', replacement: 'fl', why: 'ligature of a PDF font' },
  { chars: '[\\ufb03]', replacement: 'ffi', why: 'ligature of a PDF font' },
  { chars: '[\\ufb04]', replacement: 'ffl', why: 'ligature of a PDF font' },
  { chars: '[\\ufb05\\ufb06]', replacement: 'st', why: 'ligature of a PDF font' },
];

/** The rules as one alternation; group k+1 is rule k. Made once. */
const PATTERN = new RegExp(CHARACTER_RULES.map((r) => `(${r.chars})`).join('|'), 'g');
/** A quick test before the replacing pass: most texts hold none of these. */
const ANY = new RegExp(CHARACTER_RULES.map((r) => r.chars).join('|'));

/** `text` with every character of {@link CHARACTER_RULES} replaced by what it stands for. Pure. */
export function canonicalCharacters(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(PATTERN, (...groups: unknown[]) => {
    for (let k = 0; k < CHARACTER_RULES.length; k++) if (groups[k + 1] !== undefined) return CHARACTER_RULES[k]!.replacement;
    return '';
  });
}

/**
 * HTML's named character references for the letters and signs Swedish municipal text uses, as a
 * web page's text saved or exported without decoding carries them ("Socialn&auml;mnden", "&sect;
 * 12", "2019&ndash;2020").
 */
const ENTITIES: Readonly<Record<string, string>> = {
  aring: 'å', auml: 'ä', ouml: 'ö', Aring: 'Å', Auml: 'Ä', Ouml: 'Ö', eacute: 'é', Eacute: 'É', uuml: 'ü', Uuml: 'Ü', aelig: 'æ', oslash: 'ø',
  nbsp: '\u00a0', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', sect: '§', ndash: '–', mdash: '—', hellip: '…', euro: '€', shy: '',
  rdquo: '”', ldquo: '“', bdquo: '„', rsquo: '’', lsquo: '’', laquo: '«', raquo: '»', bull: '•', middot: '·', deg: '°', copy: '©',
};
const ENTITY = new RegExp(`&(?:(${Object.keys(ENTITIES).join('|')})|#(\\d{2,7})|#[xX]([0-9a-fA-F]{2,6}));`, 'g');

/** `text` with HTML character references (named ones of {@link ENTITIES}, and numeric ones) as the characters they name. Pure. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (name !== undefined) return ENTITIES[name]!;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The text every stage reads: Unix line ends, HTML character references decoded, UTF-8 that was
 * read as Windows-1252 read once (see {@link undoMojibake}), the characters of {@link
 * CHARACTER_RULES} as what they stand for, and Unicode NFC, so "å" is one code point wherever the
 * text came from (a Mac's file names and some PDF text layers decompose it into "a" and a ring).
 */
export function normalizeText(text: string): string {
  return canonicalCharacters(undoMojibake(decodeEntities(text.replace(/\r\n?/g, '\n')))).normalize('NFC');
}

/**
 * Each character a byte from 0x80 to 0xFF becomes when read as Windows-1252, and the byte; the C1
 * controls too, for a reader that took the code page for Latin-1 (as Node's own decoder does).
 */
const CP1252_BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) {
  CP1252_BYTE.set(CP1252[b]!, b);
  CP1252_BYTE.set(String.fromCharCode(b), b);
}
const cp1252Class = (from: number, to: number): string =>
  [...CP1252_BYTE].filter(([, b]) => b >= from && b <= to).map(([c]) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
/**
 * A UTF-8 character's bytes read as Windows-1252: a lead byte (0xC2-0xF4) and one to three
 * continuation bytes (0x80-0xBF), as characters ("Ã¤" for "ä", "â€“" for "–").
 */
const MOJIBAKE = new RegExp(`[${cp1252Class(0xc2, 0xf4)}][${cp1252Class(0x80, 0xbf)}]{1,3}`, 'g');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** The characters above ASCII a Windows-1252 text can hold, C1 controls aside: what such damage was made from. */
const CP1252_TEXT = new Set(CP1252.slice(0x80).filter((c) => c.charCodeAt(0) > 0x9f));

/**
 * `text` with UTF-8 that an older system read as Windows-1252 and saved again ("InfÃ¶r
 * socialnÃ¤mndens mÃ¶te", "â€“") read as UTF-8: an archive's exports and web pages carry it. A
 * sequence is replaced only where its bytes are exactly one UTF-8 character that Windows-1252 can
 * hold (a letter like "ö", "é", a dash, a quotation mark, "€"): Swedish prints no "Ã" before "¤" or
 * "¶", nor "â" before "€", and an "Ö" before a dash ("Ö–vik") makes no such character. Pure.
 */
export function undoMojibake(text: string): string {
  return text.replace(MOJIBAKE, (run) => {
    const bytes = Uint8Array.from([...run].map((c) => CP1252_BYTE.get(c)!));
    try {
      const decoded = STRICT_UTF8.decode(bytes);
      return CP1252_TEXT.has(decoded) ? decoded : run;
    } catch {
      return run;
    }
  });
}
