import { isHeading } from './sections.ts';

/**
 * Lines of a document as they come out of PDFs and OCR, with the page furniture marked: page
 * numbers ("Sida 1 (3)"), letterhead addresses and phone numbers, and header lines repeated on
 * every page. Extractors read `content` so furniture never leaks into titles or sections.
 */
export interface Line {
  /** Index in the document's lines. */
  n: number;
  text: string;
  furniture: boolean;
}

const PAGE_NUMBER = /^(?:sida \d+(?: ?\(\d+\)| av \d+)?|\d+ ?\(\d+\)|- ?\d+ ?-)$/i;
const ADDRESS = /^(?:\d{3} ?\d{2} [\p{Lu}]|(?:telefon|tfn|växel|fax)\s+[\d -]+$|[\w.-]+\.se$|box \d+)|\b\d{3} \d{2} \p{Lu}\p{Ll}+$/iu;
/** How far above a page number a page footer may reach. */
const FOOTER_REACH = 10;
const PAGE_FOOTER = /\b(?:sida|page) \d+ ?(?:\(\d+\)|av \d+)$|\b\d+ \(\d+\)$/i;

export function splitLines(text: string): Line[] {
  const raw = text.split('\n').map((l) => l.replace(/\s+$/u, '').replace(/^\s+/u, ''));
  const seen = new Map<string, number>();
  for (const t of raw) if (t.length > 3) seen.set(t, (seen.get(t) ?? 0) + 1);
  // A page break is where a page number stands; lines repeated next to page breaks are headers.
  const breaks = raw.flatMap((t, i) => (PAGE_NUMBER.test(t) || PAGE_FOOTER.test(t) ? [i] : []));
  const nearBreak = (i: number): boolean => breaks.some((b) => Math.abs(b - i) <= 6);
  const firstSeen = new Map<string, number>();
  const lines = raw.map((t, n) => {
    if (!firstSeen.has(t)) firstSeen.set(t, n);
    const repeatedHeader = (seen.get(t) ?? 0) > 1 && breaks.length > 0 && nearBreak(n) && firstSeen.get(t) !== n && t.split(' ').length <= 6;
    return { n, text: t, furniture: PAGE_NUMBER.test(t) || PAGE_FOOTER.test(t) || ADDRESS.test(t) || repeatedHeader };
  });
  // Above a later page's number stand the previous page's footer and this page's header: short
  // lines that are not sentences. (The first page's letterhead holds the metadata: it stays.)
  for (const b of breaks.slice(1)) {
    for (let i = b - 1; i >= Math.max(0, b - FOOTER_REACH); i--) {
      const t = raw[i]!;
      if (t === '') continue;
      if (t.length > 70 || /[.!?:]$/.test(t) || isHeading(t)) break;
      lines[i]!.furniture = true;
    }
  }
  return lines;
}

/** Non-empty lines that are not page furniture. */
export function contentLines(lines: Line[]): Line[] {
  return lines.filter((l) => l.text !== '' && !l.furniture);
}

/**
 * The lines a phrase starting at line `at` wraps onto: the adjacent lines that go on in lower case
 * ("... hedersrelaterat" / "våld och förtryck"), up to `max`, ending where a line ends a sentence or
 * an "att"-clause begins. OCR may set a blank line inside a wrapped sentence; one is stepped over.
 */
export function wrappedLines(lines: Line[], at: number, max = Infinity): string[] {
  const out: string[] = [];
  let last = lines[at]!.text;
  for (let k = at + 1; k < lines.length && out.length < max; k++) {
    // A single blank line: the sentence may go on after it.
    if (lines[k]!.text === '' && lines[k + 1] !== undefined && lines[k + 1]!.text !== '') k++;
    const line = lines[k];
    if (!line) break;
    const { text, furniture } = line;
    if (furniture || !/^\p{Ll}/u.test(text) || text.startsWith('att ') || /[.:]$/.test(last)) break;
    out.push(text);
    last = text;
  }
  return out;
}
