/**
 * The content of a text model as one string: the document's own lines, furniture and wrapper
 * left out, one line a line (blank lines kept, so blocks stay blocks). Positions in the stream map
 * back to positions in the document's text, so what is found in the stream can be pointed at.
 */
import type { Line, TextModel } from './model.ts';

export interface Stream {
  text: string;
  /** The stream's lines, in order, with where each starts in the stream. */
  lines: { at: number; line: Line }[];
}

/**
 * The stream of `model`'s content lines, from line `from` (index in the model) to `to` (exclusive).
 * A run of blank lines is one blank line, except where a page break cut a sentence: the page's last
 * line ends no sentence and the next page's first line goes on in lower case ("… utbildnings-" /
 * page break / "förvaltningen har …", "… lokal livsmedelsstrategi" / footer, page break / "och …"),
 * where the paragraph goes on.
 */
export function contentStream(model: TextModel, from = 0, to = model.lines.length): Stream {
  let text = '';
  const lines: Stream['lines'] = [];
  let last: Line | null = null;
  let blank = false;
  for (const line of model.lines.slice(from, to)) {
    if (line.role !== 'content') continue;
    if (line.blank) {
      blank = last !== null && !model.doubleSpaced;
      continue;
    }
    if (blank && !(last && continuesOverPage(last, line))) text += '\n';
    blank = false;
    lines.push({ at: text.length, line });
    text += `${line.text}\n`;
    last = line;
  }
  if (blank) text += '\n';
  return { text, lines };
}

/** Whether `next`, the first line of a later page, goes on with the sentence `last` left open. */
function continuesOverPage(last: Line, next: Line): boolean {
  return next.page > last.page && /^\p{Ll}/u.test(next.text) && !/[.!?:;]$/.test(last.text);
}

/** The line of the stream that holds stream offset `at`. */
export function lineAt(stream: Stream, at: number): { at: number; line: Line } | null {
  let lo = 0;
  let hi = stream.lines.length - 1;
  let found: { at: number; line: Line } | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (stream.lines[mid]!.at <= at) {
      found = stream.lines[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The document offset of stream offset `at`. */
export function sourceOffset(stream: Stream, at: number): number {
  const l = lineAt(stream, at);
  if (!l) return 0;
  return l.line.start + Math.min(at - l.at, l.line.text.length);
}
