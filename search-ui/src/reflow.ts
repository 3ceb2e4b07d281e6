/**
 * Text for reading on the page: the lines a PDF or a scan broke a paragraph into are joined again,
 * and a word hyphenated at a line's end ("kommunfullmäk-\ntige") is whole. Display only: the index
 * keeps the text as read. Each paragraph is given as slices of the text (with what joins them), so
 * the page can mark places in it (corrections, search words) by their offsets. Pure, so it is tested
 * without a browser.
 */

/** A line that stands on its own: a list item, a heading-like short line, a label with its value. */
const OWN_LINE = /^(?:[•\-–*]\s|\d{1,2}[.)]\s|[a-h]\)\s|§\s?\d|att\s|Dnr\b|Diarienummer\b)/u;

/** A slice of the text: `from` to `to` (UTF-16 offsets in the whole text). */
export interface Piece {
  from: number;
  to: number;
}

/** A paragraph: its slices, and what stands between two of them ("" after a hyphen undone, else " "). */
export interface Paragraph {
  pieces: Piece[];
  joins: string[];
}

/**
 * The paragraphs of the page of `text` from `start` to `end`. A blank line ends a paragraph; a line
 * ends one too when the next line opens a list item, or when it is clearly shorter than the page's
 * full lines (a heading, a header row, a paragraph's last line).
 */
function pageParagraphs(text: string, start: number, end: number): Paragraph[] {
  const lines: Piece[] = [];
  let at = start;
  for (const raw of text.slice(start, end).split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ from: at + lead, to: at + lead + trimmed.length });
    at += raw.length + 1;
  }
  const length = (p: Piece): number => p.to - p.from;
  const widths = lines.filter((l) => length(l) > 0).map(length).sort((a, b) => a - b);
  // The width the page's text was set to: a line this full went on in the next one.
  const full = (widths[Math.floor(widths.length * 0.8)] ?? 0) * 0.75;
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (length(line) === 0) {
      if (current) out.push(current);
      current = null;
      continue;
    }
    if (!current) current = { pieces: [{ ...line }], joins: [] };
    else {
      const last = current.pieces[current.pieces.length - 1]!;
      // A word hyphenated at the break made whole ("utbildnings-" + "nämnden"); "Barn- och" stays.
      const hyphen = /\p{Ll}-$/u.test(text.slice(last.from, last.to)) && /^\p{Ll}/u.test(text.slice(line.from, line.to)) && !/^(?:och|eller|samt)\b/.test(text.slice(line.from, line.to));
      if (hyphen) last.to -= 1;
      current.joins.push(hyphen ? '' : ' ');
      current.pieces.push({ ...line });
    }
    const next = lines[i + 1];
    const goesOn = next !== undefined && length(next) > 0 && length(line) >= full && full >= 30 && !OWN_LINE.test(text.slice(next.from, next.to));
    if (!goesOn) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

/** The pages of a document's text (split at form feeds), each as its paragraphs. */
export function reflowPieces(text: string): Paragraph[][] {
  const pages: Paragraph[][] = [];
  let start = 0;
  for (const page of text.split('\f')) {
    const paragraphs = pageParagraphs(text, start, start + page.length);
    if (paragraphs.length) pages.push(paragraphs);
    start += page.length + 1;
  }
  return pages;
}

/** A paragraph's text as shown. */
export function paragraphText(text: string, paragraph: Paragraph): string {
  return paragraph.pieces.map((p, i) => (i ? paragraph.joins[i - 1] : '') + text.slice(p.from, p.to)).join('');
}

/** The paragraphs of one page of text, each a string. */
export function paragraphs(page: string): string[] {
  return pageParagraphs(page, 0, page.length).map((p) => paragraphText(page, p));
}

/** The pages of a document's text, each as its paragraphs' strings. */
export function reflow(text: string): string[][] {
  return reflowPieces(text).map((page) => page.map((p) => paragraphText(text, p)));
}
