/**
 * Whose document it is: the municipality its letterhead, its body's name, its addresses or its
 * place names point to. Evidence is weighed, since a document names other municipalities too (a
 * hosting site's list of related documents, a neighbour in a remiss): "X kommun" / "X stad" /
 * "Region X" and the city's domain ("@lysekil.se", "www.strangnas.se") count most, a place name
 * alone least; text outside the document's content counts not at all.
 */
import { escapeRegExp } from '../escape-regexp.ts';
import { fold } from '../fold.ts';
import { MUNICIPALITIES, municipalDomain } from '../lexicon/municipalities.ts';
import type { TextModel } from '../text/model.ts';

interface Known {
  name: string;
  domain: string;
  /** "X kommun", "X stad", "Region X", "X kommuns": the municipality named as such. */
  strong: RegExp;
  /** The name alone (or in the genitive). */
  plain: RegExp;
}

const KNOWN: Known[] = MUNICIPALITIES.map((name) => {
  const escaped = escapeRegExp(name);
  // Genitive: "Nordanstigs", "Upplands Väsbys"; a name ending in s takes none ("Borås").
  const forms = /s$/.test(name) ? escaped : `${escaped}s?`;
  return {
    name,
    domain: municipalDomain(name),
    strong: new RegExp(`(?<![\\p{L}-])(?:${forms})\\s+(?:kommun|stad|Kommun|Stad)(?![\\p{L}])|(?<![\\p{L}])Region\\s+${forms}(?![\\p{L}])`, 'gu'),
    // Not a surname after a first name ("Oskar Lund").
    plain: new RegExp(`(?<![\\p{L}-])(?<!\\p{Lu}\\p{Ll}+ )${forms}(?![\\p{L}-])(?! \\()`, 'gu'),
  };
});

/** Upper-case text in title case, for "NORDANSTIGS KOMMUN". */
const titled = (text: string): string => text.replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase());

export function findMunicipality(model: TextModel): string | null {
  const scores = new Map<string, number>();
  const add = (name: string, weight: number): void => void scores.set(name, (scores.get(name) ?? 0) + weight);
  // Content and running headers and footers (a letterhead repeated per page is the document's own).
  const own = model.lines.filter((l) => !l.blank && (l.role === 'content' || l.role === 'header' || l.role === 'footer' || l.wrapper === 'printed from' || l.wrapper === 'breadcrumb'));
  const text = titled(own.map((l) => l.text).join('\n'));
  const folded = fold(text);
  for (const k of KNOWN) {
    const strongHits = [...text.matchAll(k.strong)].length;
    if (strongHits) add(k.name, 10 * strongHits);
    const domainHits = folded.split(k.domain).length - 1;
    if (domainHits) add(k.name, 8 * domainHits);
    const plain = [...text.matchAll(k.plain)].length;
    if (plain) add(k.name, plain);
  }
  let best: string | null = null;
  for (const [name, score] of scores) if (!best || score > scores.get(best)!) best = name;
  return best;
}
