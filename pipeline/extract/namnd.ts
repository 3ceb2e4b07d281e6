/**
 * The body a document belongs to: the one that meets and decides (a protokoll's organ, a
 * kallelse's nämnd), the one a tjänsteutlåtande is addressed to, the one that answers a remiss.
 * Evidence in order of strength, each a pattern seen across municipalities: the protokoll's organ
 * in its bevis block; the addressee ("Till …"); the body a proposal asks to decide; the meeting
 * named in a kallelse or notice; a body's name alone on a header line; the body that is the
 * subject of most decisions.
 */
import { MEETING_OR_UNREAD, TYPE_WORDS } from '../grammar/doctypes.ts';
import { labelAt } from '../grammar/labels.ts';
import { PAGE_OF_TOTAL } from '../grammar/layout.ts';
import type { Line } from '../text/model.ts';
import { bodyValue, findBodies, fromGenitive, sentenceCase } from './bodies.ts';
import { capitalise, withDistrict } from './organs.ts';
import { findAddressee } from './addressee.ts';
import type { Reading } from './context.ts';

interface Context extends Pick<Reading, 'model' | 'lines' | 'header' | 'items' | 'doctype' | 'stream'> {
  title: string | null;
}

/** "Kommunstyrelsens protokoll är justerat" (bevis): the organ whose protokoll it is. */
const BEVIS_OWNER = /(\p{Lu}[\p{L} -]{0,60}?(?:nämndens|styrelsens|fullmäktiges|utskottets))\s+protokoll\s+är\s+justerat/u;
/** The body a proposal asks to decide: "föreslår (att) kommunfullmäktige beslutar", "Kommunstyrelsen föreslås besluta", "Kommunstyrelsen föreslår kommunfullmäktige att …". */
const PROPOSAL_TARGETS: RegExp[] = [
  /\bföreslår\s+(?:jag|vi)?\s*(?:att\s+)?(\p{L}[\p{L} -]{0,60}?(?:nämnden|styrelsen|fullmäktige|utskottet))\s+(?:att\s+)?besluta/u,
  /(\p{Lu}[\p{L} -]{0,60}?(?:nämnden|styrelsen|fullmäktige|utskottet))\s+föreslås\s+besluta/u,
  /\p{Lu}[\p{L} -]{0,60}?(?:nämnden|styrelsen|fullmäktige|utskottet)\s+föreslår\s+(\p{L}[\p{L} -]{0,60}?(?:nämnden|styrelsen|fullmäktige))\s+(?:att|besluta)/u,
];
/** The meeting or body a kallelse or notice names: "Kallelse till sammanträde med …", "kallas till …s sammanträde", "Sammanträde i …", "Beslutat av …", "Information från …", "fattats av …", "För Norsjö kommun, kommunstyrelsen". */
const MEETING_NAMES: RegExp[] = [
  /[Ss]ammanträde (?:med|i) ((?:\p{Ll}+ )?[\p{L}-]{0,40}(?: och [\p{L}-]+)?(?:nämnden|styrelsen|fullmäktige))/u,
  /kallas till ([\p{L} -]{1,60}?(?:nämnden|styrelsen|fullmäktige))s sammanträde/u,
  /(?:Beslutat|fattats|[Bb]eslut(?:at)?) av (\p{L}{0,40}(?:nämnden|styrelsen|fullmäktige))/u,
  /(?:Information|Rapport|Sammanfattning) från (\p{L}{0,40}(?:nämnden|styrelsen|fullmäktige)(?:s)?)/u,
  /^För \p{Lu}\p{L}+ (?:kommun|stad), (\p{L}{0,40}(?:nämnden|styrelsen|fullmäktige))/mu,
  /(?<![\p{L}])(\p{L}{0,40}(?:nämnden|styrelsen|fullmäktige))\s+sammanträder\b/u,
  /(\p{Lu}[\p{L}-]{0,40}(?:nämndens|styrelsens|fullmäktiges))\s+sammanträde\b/u,
];

export function findNamnd(ctx: Context): string | null {
  const found = namnd(ctx) ?? (MEETING_OR_UNREAD.has(ctx.doctype) ? mostNamed(ctx.stream.text) : null);
  return found && withDistrict(found, ctx.stream.text);
}

/** Fewest times the body a meeting's document names most must be named, and how far ahead of the next. */
const MOST_NAMED = { times: 3, ahead: 2 } as const;

/**
 * Where OCR damaged every line that says whose meeting it is (the letterhead, the bevis, the
 * heading over the decisions), the body the document names most: a meeting's own body heads its
 * decisions and proposals paragraph by paragraph ("Barn- och utbildningsnämnden godkänner …",
 * "Barn- och utbildningsnämndens förslag till beslut"). Only a clear lead counts: a kallelse names
 * the fullmäktige it proposes to as well.
 */
function mostNamed(text: string): string | null {
  // Each body by its name in any case, with the name as first printed.
  const counts = new Map<string, { name: string; times: number }>();
  for (const body of findBodies(text)) {
    const name = bodyValue(fromGenitive(body.name));
    const seen = counts.get(name.toLowerCase());
    if (seen) seen.times++;
    else counts.set(name.toLowerCase(), { name, times: 1 });
  }
  const [top, next] = [...counts.values()].sort((a, b) => b.times - a.times);
  if (!top || top.times < MOST_NAMED.times || (next && top.times < MOST_NAMED.ahead * next.times)) return null;
  return top.name;
}

function namnd(ctx: Context): string | null {
  const { header, doctype, stream, lines } = ctx;
  const text = stream.text;
  const first = (value: string): string | null => {
    const body = findBodies(value)[0];
    return body ? bodyValue(body.name) : null;
  };
  if (doctype === 'protokoll' || doctype === 'protokollsutdrag') {
    for (const f of header.filter((h) => h.role === 'organ')) {
      const body = first(f.value.slice(0, 160));
      if (body) return body;
    }
    const bevis = BEVIS_OWNER.exec(text);
    if (bevis) return fromGenitive(bevis[1]!);
    // "Sammanträde ANSLAG Kommunstyrelsens arbetsutskott": the body the anslag is for.
    const anslag = /\b(?:ANSLAG|BEVIS|Anslag|Bevis)(?:\s*\/\s*(?:BEVIS|ANSLAG|Bevis|Anslag))?\s+(?=\p{Lu})/u.exec(text);
    if (anslag) {
      const body = findBodies(text.slice(anslag.index + anslag[0].length, anslag.index + anslag[0].length + 60))[0];
      if (body && body.index === 0) return bodyValue(body.name);
    }
    // The decision headings name the body ("Kultur- och fritidsnämndens beslut").
    const heading = /^(\p{Lu}[\p{L} -]{0,60}?(?:nämndens|styrelsens|fullmäktiges))\s+beslut\s*$/mu.exec(text);
    if (heading) return fromGenitive(heading[1]!);
    return decidingSubject(ctx) ?? headerBody(lines);
  }
  if (doctype === 'kallelse' || doctype === 'beslut' || doctype === 'anmälningslista') {
    const header = headerBody(lines.slice(0, 6)) ?? (lines[0] && lines[0].text.length >= 160 && findBodies(lines[0].text.slice(0, 60))[0]?.index === 0 ? bodyValue(findBodies(lines[0].text)[0]!.name) : null);
    if (header) return header;
    // A web page's breadcrumb ends with the body and its meeting ("Hem > Tyresö kommun > Barn- och utbildningsnämnden > Sammanträde …").
    const crumb = ctx.model.lines.find((l) => l.wrapper === 'breadcrumb');
    const crumbBodies = crumb ? findBodies(crumb.text) : [];
    if (crumbBodies.length) return bodyValue(crumbBodies[crumbBodies.length - 1]!.name);
    // The items' proposals are the body's ("Barn- och utbildningsnämndens förslag till beslut").
    const proposal = /^(\p{Lu}[\p{L} -]{0,60}?(?:nämndens|styrelsens|fullmäktiges|utskottets))\s+förslag\b/mu.exec(text);
    if (proposal) return fromGenitive(proposal[1]!);
    for (const source of [ctx.title ?? '', text]) {
      for (const pattern of MEETING_NAMES) {
        const m = pattern.exec(source);
        if (m) return bodyValue(fromGenitive(m[1]!.trim()));
      }
    }
    return headerBody(lines.slice(0, 15));
  }
  // Case documents: the addressee, the body the proposal asks to decide, the header's body.
  const till = findAddressee(lines);
  if (till) return till.namnd;
  if (doctype === 'utlåtande' || doctype === 'yttrande') {
    const target = proposalTarget(text);
    if (target) return target;
  }
  const inHeader = headerBody(lines.slice(0, 15)) ?? flattenedHeaderBody(lines);
  if (inHeader) return inHeader;
  // "Vård- och omsorgsnämndens handling": the body whose papers these are.
  // The name starts with its own capital: a page number before it ("1", OCR's "I") is not part of it.
  const handling = /(?<![\p{L}])(\p{Lu}(?:[\p{Ll}-]|\s(?:och|för|i)\s|\s\p{Ll})[\p{L} -]{0,60}?(?:nämndens|styrelsens|fullmäktiges))\s+handling\b/u.exec(text.slice(0, 400));
  if (handling) return fromGenitive(handling[1]!);
  const target = proposalTarget(text);
  if (target) return target;
  for (const pattern of MEETING_NAMES) {
    const m = pattern.exec(text);
    if (m) return bodyValue(fromGenitive(m[1]!.trim()));
  }
  return decidingSubject(ctx);
}

/** The body a proposal asks to decide, or whose decision it states ("Kommunstyrelsen beslutar att anta …" under "Förslag till beslut"). */
function proposalTarget(text: string): string | null {
  for (const pattern of [...PROPOSAL_TARGETS, PROPOSAL_SUBJECT]) {
    const m = pattern.exec(text);
    if (!m) continue;
    const bodies = findBodies(m[1]!);
    if (bodies.length) return bodyValue(bodies[bodies.length - 1]!.name);
  }
  return null;
}

/**
 * The subject of a proposal's first sentence: "Förslag till beslut / Kommunstyrelsen beslutar att
 * …", the heading also in capitals ("FÖRSLAG TILL BESLUT", as many layouts set their headings).
 */
const PROPOSAL_SUBJECT = /(?:^|\n)(?:[\p{L}-]+[sS]\s+)?(?:[Ff]örslag till beslut|FÖRSLAG TILL BESLUT)[:.]?\s+(\p{Lu}[\p{L} -]{0,60}?(?:nämnden|styrelsen|fullmäktige|utskottet))\s+(?:beslutar|föreslås|godkänner|antar|fastställer)\b/u;

/** In a header flattened onto one line, the first body it names ("… Handläggare: Ylva Brandt Kultur- och föreningsnämnden Riktlinjer …"). */
function flattenedHeaderBody(lines: Line[]): string | null {
  const first = lines[0];
  if (!first || first.text.length < 160) return null;
  const body = findBodies(first.text.slice(0, 300))[0];
  return body ? bodyValue(body.name) : null;
}

/** A page counter right after a body's name ("Kommunstyrelsen 4 (19)", "Socialnämnden Sida 2 (5)"). */
const COUNTER_AFTER = new RegExp(String.raw`^\s+(?:Sida\s+)?${PAGE_OF_TOTAL}`, 'u');

/** A header line that is a body's name, alone or with the type word, a date or a page counter beside it ("Tekniska nämnden   KALLELSE"). */
function headerBody(lines: Line[]): string | null {
  for (const l of lines) {
    const text = sentenceCase(l.text.replace(/^\d+\s+/, ''));
    const bodies = findBodies(text);
    if (bodies.length === 0) continue;
    const b = bodies[0]!;
    // A page's header: the body's name opening the line, then the page's counter ("Kommunstyrelsen
    // 4 (19) Ärendelista …"), whatever the line goes on with (a transcript's page, a scan's wrapped line).
    if (b.index === 0 && COUNTER_AFTER.test(text.slice(b.name.length))) return bodyValue(b.name);
    const rest = (text.slice(0, b.index) + text.slice(b.index + b.name.length)).replace(/\b(?:KALLELSE|Kallelse|KUNGÖRELSE|PROTOKOLL|SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll|Ärendelista|Datum|Sida|Sid|Sammanträdesdatum|Tid|Till|Organ)\b|[\d\s\-–/.,:()]+/g, '');
    if (rest.length <= 3) return bodyValue(b.name);
    // A letterhead in capitals with one word after the body: its district ("SOCIALNÄMNDEN CENTRUM",
    // Göteborg's district nämnder), whose capital the capitals hide; not a type word or a label.
    const district = /^\s+(\p{L}{3,})\s*$/u.exec(text.slice(b.index + b.name.length))?.[1];
    if (b.index === 0 && district && !/\p{Ll}/u.test(l.text) && !labelAt(district) && !TYPE_WORD.test(district)) return `${bodyValue(b.name)} ${capitalise(district)}`;
  }
  return null;
}
/** A document type's word alone ("kallelse", "protokoll"): no district's name. */
const TYPE_WORD = new RegExp(`^(?:${TYPE_WORDS.map((t) => t.forms).join('|')})$`, 'iu');

/** The body that is the subject of most of the items' decisions ("Kommunstyrelsen noterar …"). */
function decidingSubject(ctx: Context): string | null {
  const counts = new Map<string, number>();
  for (const b of [...ctx.items.flatMap((i) => i.beslut), ...ctx.items.flatMap((i) => i.forslagTillBeslut)]) {
    const m = /^(\p{Lu}[\p{L} -]{0,60}?(?:nämnden|styrelsen|fullmäktige|utskottet))\s+\p{Ll}+r\b/u.exec(b);
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > counts.get(best)!) best = name;
  return best;
}
