import type { Document } from './document.ts';

/** A passage of a document with the metadata a hit needs, embedded and indexed on its own. */
export interface Chunk {
  /** `<document id>-<position>`. */
  id: string;
  docId: string;
  position: number;
  /** The section the passage is from, when the document has sections. */
  heading: string | null;
  text: string;
  title: string | null;
  namnd: string | null;
  doctype: string;
  year: number | null;
  refDnr: string[];
  source: string;
}

/** Longest chunk, in characters: about 250 tokens, inside every sentence model's window. */
export const MAX_CHUNK = 1000;

/** Splits a paragraph longer than `max` at sentence ends, else at spaces. */
function splitLong(paragraph: string, max: number): string[] {
  const out: string[] = [];
  let rest = paragraph;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const at = cut > max / 3 ? cut + 1 : window.lastIndexOf(' ') > max / 3 ? window.lastIndexOf(' ') : max;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * The document's passages: each section (or, without sections, the text) split into paragraphs and
 * packed into chunks of at most `max` characters, so a semantic hit can point at a passage.
 */
export function chunkDocument(doc: Document, max = MAX_CHUNK): Chunk[] {
  const parts = doc.sections.length ? doc.sections.map((s) => ({ heading: s.heading, text: s.text })) : [{ heading: null, text: doc.text }];
  const chunks: Chunk[] = [];
  for (const part of parts) {
    const paragraphs = part.text
      .split(/\n\s*\n|\f/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 0)
      .flatMap((p) => splitLong(p, max));
    let current = '';
    const flush = (): void => {
      if (!current) return;
      chunks.push({
        id: `${doc.id}-${chunks.length}`,
        docId: doc.id,
        position: chunks.length,
        heading: part.heading,
        text: current,
        title: doc.title,
        namnd: doc.namnd,
        doctype: doc.doctype,
        year: doc.year,
        refDnr: doc.refDnr,
        source: doc.source,
      });
      current = '';
    };
    for (const paragraph of paragraphs) {
      if (current && current.length + 1 + paragraph.length > max) flush();
      current = current ? `${current}\n${paragraph}` : paragraph;
    }
    flush();
  }
  return chunks;
}
