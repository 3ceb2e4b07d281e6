/**
 * Whose document it is: the municipality its letterhead, its body's name, its addresses or its
 * place names point to. Evidence is weighed, since a document names other municipalities too (a
 * hosting site's list of related documents, a neighbour in a remiss): "X kommun" / "X stad" /
 * "Region X" and the city's domain ("@lysekil.se", "www.strangnas.se") count most, a place name
 * alone least; text outside the document's content counts not at all.
 */
import { fold } from '../fold.ts';
import { MUNICIPALITIES, municipalDomain } from '../lexicon/municipalities.ts';
import type { TextModel } from '../text/model.ts';

/**
 * Every form a name is printed in, to the municipality: the name and its genitive ("Nordanstigs",
 * "Upplands Väsbys"; a name ending in s takes none: "Borås"). Looked up word span by word span, so
 * the text is read once however many municipalities there are.
 */
const BY_FORM = new Map<string, string>();
for (const name of MUNICIPALITIES) {
  BY_FORM.set(name, name);
  if (!/s$/.test(name)) BY_FORM.set(`${name}s`, name);
}
const BY_DOMAIN = new Map(MUNICIPALITIES.map((name) => [municipalDomain(name), name]));
/** Longest name in words ("Upplands Väsby", "Östra Göinge": two). */
const MAX_WORDS = Math.max(...MUNICIPALITIES.map((n) => n.split(' ').length));

/**
 * A capitalised word, hyphenated parts included ("Upplands-Bro", "Malung-Sälen"). The capital comes
 * first and the check that no letter precedes it after (a lookbehind first is tried at every
 * character); every municipality's name starts with a letter of the Swedish alphabet.
 */
const WORD = /[A-ZÅÄÖ](?<![\p{L}-].)[\p{L}-]*/gu;
/** After a name: the municipality named as such ("Lysekils kommun", "Stockholms stad"). */
const AS_MUNICIPALITY = /^\s+(?:kommun|stad|Kommun|Stad)(?![\p{L}])/u;
/** Before a name: "Region Gotland". */
const REGION = /(?<![\p{L}])Region\s+$/u;
/** Before a name: a capitalised first name, making the name a surname ("Oskar Lund"). */
const FIRST_NAME = /\p{Lu}\p{Ll}+ $/u;
/** The end of a domain under .se, as in an address or a web link; the name before it is read back. */
const DOT_SE = /\.se(?![\p{L}\d])/giu;
const DOMAIN_CHAR = /[\p{L}\d-]/u;

/** Lines of the letterhead, and closing lines (the address footer), where a municipality named as such is the document's. */
const LETTERHEAD_LINES = 12;
const CLOSING_LINES = 4;
/** "X kommun" in running text ("liknande den i Botkyrka kommun"): a mention like any other. */
const BODY_WEIGHT = 1;

/** Upper-case text in title case, for "NORDANSTIGS KOMMUN". */
const titled = (text: string): string => text.replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase());

export function findMunicipality(model: TextModel): string | null {
  const scores = new Map<string, number>();
  const add = (name: string, weight: number): void => void scores.set(name, (scores.get(name) ?? 0) + weight);
  // Content and running headers and footers (a letterhead repeated per page is the document's own).
  const own = model.lines.filter((l) => !l.blank && (l.role === 'content' || l.role === 'header' || l.role === 'footer' || l.wrapper === 'printed from' || l.wrapper === 'breadcrumb'));
  const text = titled(own.map((l) => l.text).join('\n'));
  // The letterhead (the first lines), running headers and the closing lines name the document's own
  // municipality; running text names others too ("enligt Botkyrka kommuns modell").
  let at = 0;
  const starts = own.map((l) => {
    const start = at;
    at += l.text.length + 1;
    return start;
  });
  const bodyFrom = starts[Math.min(LETTERHEAD_LINES, own.length)] ?? text.length;
  const bodyTo = starts[Math.max(LETTERHEAD_LINES, own.length - CLOSING_LINES)] ?? text.length;
  const lineAt = (index: number): number => {
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > index) k--;
    return k;
  };
  const inBody = (index: number): boolean => index >= bodyFrom && index < bodyTo && own[lineAt(index)]?.role === 'content';
  const words = [...text.matchAll(WORD)].map((m) => ({ at: m.index, end: m.index + m[0].length, word: m[0] }));
  for (let i = 0; i < words.length; i++) {
    let form = '';
    for (let n = 0; n < MAX_WORDS && i + n < words.length; n++) {
      const w = words[i + n]!;
      // Words of one name are separated by one space.
      if (n > 0 && text.slice(words[i + n - 1]!.end, w.at) !== ' ') break;
      form = n ? `${form} ${w.word}` : w.word;
      const name = BY_FORM.get(form);
      if (!name) continue;
      const before = text.slice(Math.max(0, words[i]!.at - 40), words[i]!.at);
      const after = text.slice(w.end, w.end + 12);
      if (AS_MUNICIPALITY.test(after) || REGION.test(before)) add(name, inBody(words[i]!.at) ? BODY_WEIGHT : 10);
      else if (!FIRST_NAME.test(before) && !after.startsWith(' (')) add(name, 1);
    }
  }
  for (const m of text.matchAll(DOT_SE)) {
    let start = m.index;
    while (start > 0 && DOMAIN_CHAR.test(text[start - 1]!)) start--;
    const name = start < m.index ? BY_DOMAIN.get(fold(text.slice(start, m.index + 3))) : undefined;
    if (name) add(name, 8);
  }
  let best: string | null = null;
  for (const [name, score] of scores) if (!best || score > scores.get(best)!) best = name;
  return best;
}
