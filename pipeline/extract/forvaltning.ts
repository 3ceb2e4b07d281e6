/**
 * The förvaltning (or kontor) that wrote a case document: named in its letterhead or its own
 * label ("Kontor Utbildningskontoret"), else under its signatures ("Förvaltningschef /
 * Utbildningsförvaltningen"), else the one its nämnd's name points to when the letterhead prints
 * nearly that. A protokoll has none of its own; an extract names the office that prepared its §.
 */
import { FORVALTNING, forvaltningInLetterhead, forvaltningOf } from './organs.ts';
import type { Reading } from './context.ts';
import { datesAsIso } from './dates.ts';
import { beforeFirstHeading } from './header.ts';

interface Context extends Pick<Reading, 'lines' | 'header' | 'headLines' | 'doctype' | 'stream' | 'items'> {
  namnd: string | null;
}

/** Förvaltningar joined by a slash, as a report by several names them ("Vård- och omsorgsförvaltningen/kommunledningsförvaltningen"). */
const JOINED = /(\p{Lu}[\p{L}-]{0,40}(?: och [\p{L}-]+)?(?:förvaltningen|kontoret)(?:\/[\p{L}-]{0,40}(?:förvaltningen|kontoret))+)/u;

const FORVALTNING_ALL = new RegExp(FORVALTNING.source, 'gmu');
/** How many of the first page's lines a letterhead takes at most. */
const LETTERHEAD_LINES = 12;

function findIn(text: string): string | null {
  const joined = JOINED.exec(text);
  if (joined) return joined[1]!;
  const m = [...text.matchAll(FORVALTNING_ALL)][0];
  return m ? m[0] : null;
}

/**
 * Whether the text prints the kind of office `name` is, its last word without the definite ending,
 * in any case and form ("Stadsdelsförvaltningen" for "Rinkeby-Kista stadsdelsförvaltning").
 */
function namesOffice(lines: readonly { text: string }[], name: string): boolean {
  const kind = name.split(' ').pop()!.toLowerCase().replace(/(?:en|et)$/u, '');
  return lines.some((l) => l.text.toLowerCase().includes(kind));
}

export function findForvaltning(ctx: Context): string | null {
  const { doctype, header, lines, stream } = ctx;
  if (doctype === 'protokoll' || doctype === 'kallelse' || doctype === 'anmälningslista' || doctype === 'beslut') return null;
  const labelled = header.find((f) => f.role === 'forvaltning' && f.value);
  if (labelled) {
    const found = findIn(labelled.value.split(/\s{2,}|\n/)[0]!);
    if (found) return found;
  }
  if (doctype === 'protokollsutdrag') {
    // The office that prepared the matter, with its date under the § title ("Kultur- och fritidsförvaltningen 2009-05-06").
    const item = ctx.items[0];
    const region = item ? stream.text.slice(0, stream.text.length) : '';
    const m = /^(\p{Lu}[\p{L} -]{0,60}?(?:förvaltningen|kontoret))\s+(?:19|20)\d\d-\d\d-\d\d$/mu.exec(datesAsIso(region));
    return m ? m[1]! : null;
  }
  // The letterhead: the header lines before the title, each line on its own; none after the first
  // section heading, under which the body names other offices ("Tekniska förvaltningen har bedömt
  // …" opening a paragraph that a page's width wrapped into a line of the first twelve).
  for (const l of beforeFirstHeading(ctx.headLines, LETTERHEAD_LINES)) {
    // A flattened page is read by its start, where its letterhead stands (its address, or a number
    // further on that looks like a postal code, "Ku2022/01977 SOU", is not the letterhead's).
    const head = l.text.length > 200 ? l.text.slice(0, 200) : l.text;
    if (/\b(?:Box|Telefon|Tel|växel)\b|@|\d{3} ?\d{2} \p{Lu}/u.test(head)) continue;
    const found = findIn(head);
    if (found && !/^(?:Förvaltningen|Kontoret)$/.test(found)) return found;
  }
  // Under the signatures at the end: the last lines that name a förvaltning.
  const tail = lines.slice(-12);
  for (const l of tail) {
    if (l.text.length > 120) continue;
    const found = findIn(l.text);
    if (found && /^(?:\p{Lu}[\p{L}-]{0,40}(?: och [\p{L}-]+)?(?:förvaltningen|förvaltning|kontoret)|.*,\s*\p{Lu}[\p{L}-]*förvaltningen)$/u.test(l.text)) return found;
  }
  if (ctx.namnd) {
    const letterhead = ctx.headLines.slice(0, LETTERHEAD_LINES).map((l) => l.text).join('\n');
    const implied = forvaltningInLetterhead(ctx.namnd, letterhead);
    if (implied) return implied;
    // A tjänsteutlåtande is written by the förvaltning its nämnd's name points to ("Socialnämnden" →
    // "Socialförvaltningen"), when the document names that kind of förvaltning somewhere ("Rinkeby-
    // Kista stadsdelsnämnd" and "Stadsdelsförvaltningen håller med"): how municipalities name the
    // office of a nämnd varies ("Kultur- och föreningsnämnden" is served by "förvaltningen", another
    // socialnämnd by "Individ- och familjeomsorgen"), so a name the text gives no sign of is no reading.
    if (doctype === 'tjänsteutlåtande') {
      const implied = forvaltningOf(ctx.namnd);
      return implied && namesOffice(lines, implied) ? implied : null;
    }
  }
  return null;
}
