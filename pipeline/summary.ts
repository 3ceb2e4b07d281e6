/**
 * A few sentences that say what a document is about, for a list of hits that has no match to show
 * (an empty query, a filter): the document's summary or account of the matter, not its letterhead
 * (names, phone numbers, addresses).
 */
import type { Section } from './document.ts';

const LENGTH = 280;
/** Sections that open with what the matter is, first choice first. */
const ACCOUNT = [/^sammanfattning/i, /^ärende(?:t|beskrivning)|^beskrivning av ärendet/i, /^bakgrund/i];
/** Sections that are not an account: the proposals and decisions, the list of papers, who gets it. */
const NOT_ACCOUNT = /förslag|beslut|underlag|handlingar|bilag|skickas|expedier/i;

/** The summary of a document from its sections, else its first long paragraph; null when it has neither. */
export function summarize(sections: Section[], text: string): string | null {
  for (const pattern of ACCOUNT) {
    const section = sections.find((s) => pattern.test(s.heading) && s.text.trim().length >= 40);
    if (section) return cut(section.text);
  }
  const other = sections.find((s) => !NOT_ACCOUNT.test(s.heading) && s.text.trim().length >= 80);
  if (other) return cut(other.text);
  const paragraph = text.split(/\n\s*\n|\f/).map((p) => p.replace(/\s+/g, ' ').trim()).find((p) => p.length >= 120 && /\p{Ll}{3,} \p{Ll}{3,} \p{Ll}{3,}/u.test(p) && !/@|\d{3}[ -]?\d{2}[ -]?\d{2}/.test(p.slice(0, 120)));
  return paragraph ? cut(paragraph) : null;
}

function cut(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LENGTH) return flat;
  const at = flat.lastIndexOf(' ', LENGTH);
  return `${flat.slice(0, at > 0 ? at : LENGTH)} …`;
}
