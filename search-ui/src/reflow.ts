/**
 * Text for reading on the page: the lines a PDF or a scan broke a paragraph into are joined again,
 * and a word hyphenated at a line's end ("kommunfullmäk-\ntige") is whole. Display only: the index
 * keeps the text as read. Pure, so it is tested without a browser.
 */

/** A line that stands on its own: a list item, a heading-like short line, a label with its value. */
const OWN_LINE = /^(?:[•\-–*]\s|\d{1,2}[.)]\s|[a-h]\)\s|§\s?\d|att\s|Dnr\b|Diarienummer\b)/u;

/**
 * The paragraphs of one page of text, each a string. A blank line ends a paragraph; a line ends one
 * too when the next line opens a list item, or when it is clearly shorter than the page's full lines
 * (a heading, a header row, a paragraph's last line).
 */
export function paragraphs(page: string): string[] {
  const lines = page.split('\n').map((l) => l.trim());
  const widths = lines.filter(Boolean).map((l) => l.length).sort((a, b) => a - b);
  // The width the page's text was set to: a line this full went on in the next one.
  const full = (widths[Math.floor(widths.length * 0.8)] ?? 0) * 0.75;
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) {
      if (current) out.push(current);
      current = '';
      continue;
    }
    current = current ? join(current, line) : line;
    const next = lines[i + 1] ?? '';
    const goesOn = next !== '' && line.length >= full && full >= 30 && !OWN_LINE.test(next);
    if (!goesOn) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

/** Two pieces of a paragraph: a word hyphenated at the break made whole ("utbildnings-" + "nämnden"); "Barn- och" stays. */
function join(before: string, after: string): string {
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(after) && !/^(?:och|eller|samt)\b/.test(after)) return before.slice(0, -1) + after;
  return `${before} ${after}`;
}

/** The pages of a document's text (split at form feeds), each as its paragraphs. */
export function reflow(text: string): string[][] {
  return text.split('\f').map((page) => paragraphs(page)).filter((p) => p.length > 0);
}
