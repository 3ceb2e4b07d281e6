import type { Section } from '../document.ts';
import { splitSections } from './decisions.ts';

/**
 * The document's headed parts ("Sammanfattning", "Bakgrund", "Ärendet", …), in order, from the
 * content stream (furniture left out). Text before the first heading (the letterhead and title
 * block) is not a section.
 */
export function findSections(content: string): Section[] {
  return splitSections(content)
    .filter((s) => s.heading !== null)
    .map((s) => ({ heading: s.heading!.replace(/\s+/g, ' '), text: s.text.replace(/\n{3,}/g, '\n\n').trim() }));
}
