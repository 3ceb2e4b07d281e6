/**
 * Swedish sentence boundaries in municipal prose: a full stop, question or exclamation mark before
 * a capital, a digit or a quotation mark, except after the abbreviations these texts use ("m.fl.",
 * "t.ex.", "bl.a.", "kl.", "nr.", "ca.", "s.k.", "p.g.a.", "dnr.").
 */
import { flat } from './hyphens.ts';
const ABBREVIATION = /(?:\b(?:m\.fl|t\.ex|bl\.a|d\.v\.s|o\.s\.v|p\.g\.a|s\.k|f\.d|t\.o\.m|fr\.o\.m|m\.m|resp|ca|kl|nr|jfr|inkl|exkl|tel|tfn|dnr|Dnr|st|kap|prop|sek|bitr|ordf|tjg|ers|vard|fr|tf|ang|enl|avd|adm|bil)|\b\p{Lu})\.$/u;

/** Where each sentence of `text` starts and ends (offsets), in order; whitespace between them is dropped. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = text.search(/\S/);
  if (start < 0) return out;
  const boundary = /[.!?](?=\s+(?:["”»]?[\p{Lu}\d•–-]|\())/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + 1;
    if (end <= start) continue;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 8), end))) continue;
    out.push({ start, end });
    start = end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0);
  }
  const tail = text.slice(start).trimEnd();
  if (tail) out.push({ start, end: start + tail.length });
  return out;
}

/**
 * True when a sentence ends just before `index`: a full stop, question or exclamation mark, not
 * after one of the abbreviations above, then only white space with at most one line break.
 */
export function followsSentenceEnd(text: string, index: number): boolean {
  let i = index - 1;
  let breaks = 0;
  while (i >= 0 && /\s/.test(text[i]!)) if (text[i--] === '\n' && ++breaks > 1) return false;
  if (i < 0 || i === index - 1 || !'.!?'.includes(text[i]!)) return false;
  return !ABBREVIATION.test(text.slice(Math.max(0, i - 7), i + 1));
}

/** The sentences of `text`, each with its whitespace collapsed. */
export function sentences(text: string): string[] {
  return sentenceSpans(text).map((s) => flat(text.slice(s.start, s.end)));
}
