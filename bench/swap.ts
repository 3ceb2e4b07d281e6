/**
 * The world documents with other content in the same layouts: the names of their municipalities,
 * nämnder and förvaltningar, their handläggare and their years exchanged for others, in the text and
 * in the truth alike. A rule read off one document's string ("Kultur- och fritidsnämnden", "Höör",
 * "2016") then misses; a rule that follows the layout or the language does not. What the extractor
 * scores here beside what it scores on the documents as written is how much of it is the strings.
 *
 * Each swap is one kind of content, reported apart (and all together), so a drop names its kind:
 * - `municipality`: each municipality for another of Sweden's 290 that no world document is from,
 *   with its genitive, its capitals and its web domain ("Höörs kommun", "HÖÖR", "hoor.se");
 * - `bodies`: the nämnder and förvaltningar other than kommunstyrelse and fullmäktige for other
 *   real ones, in every form (the stem is exchanged: "Socialnämndens" → "Omsorgsnämndens");
 * - `people`: the handläggare for other names, as written and in an e-mail address;
 * - `years`: every year from 1980 to 2039 moved back 28 years (the calendar repeats every 28
 *   years, so a date keeps its weekday: "tisdagen den 10 oktober" stays true), in dates, case
 *   numbers and prose alike, as an archive's older documents print them;
 * - `codes`: the letters of the document's own case numbers ("BUN 2019/58", "KsUb 655/2010") for
 *   other letters, wherever the text prints them; the codes every municipality shares (KS, KF) and
 *   the state's designations (SOU, Ds, a ministry's "Ku", "S") stay;
 * - `dates`: every ISO date written out ("2023-09-05" → "5 september 2023"), the other form
 *   protokoll and letters print (protokoll/FACTS 2d); the truth's date fields stay ISO;
 * - `labels`: a label for another of its family in the grammar's table ("Dnr" ↔ "Diarienummer",
 *   "Handläggare" ↔ "Kontaktperson"), as municipalities label the same field;
 * - `capitals`: every section heading alone on its line ("Förslag till beslut", "Beslutsunderlag":
 *   the heading table's lines) set in capitals, as many layouts set them;
 * - `stacked` and `inline`: a labelled line of the first page ("Dnr: KFN 2009/061-80", "Till
 *   Göteborgs kommunfullmäktige") set as its label over its value, one cell per line as a table
 *   flattened by PDF extraction prints it (protokoll/FACTS 2c), and a label alone on its line
 *   joined to the value under it;
 * - `section-sign`: "§ 44" printed "§44" (protokoll/FACTS: "Paragrafer §54 -§64"), the truth's
 *   § fields kept in the schema's form;
 * - `bullets`: a dash opening a line's list item printed as a bullet ("•"), as a word processor's
 *   list comes out of a PDF;
 * - `indent`: every line set in from the margin, as a layout-keeping text extraction leaves it;
 * - `title-capitals`: a case document's or a protokoll's title and its § titles set in capitals,
 *   as a typewriter set them and some letterheads do (an index's titles in capitals: protokoll/FACTS
 *   D24); the truth's titles likewise. Not the kallelser, whose titles are web pages' headings;
 * - `body-capitals`: a line that is the document's nämnd alone set in capitals, as letterheads
 *   print it ("KOMMUNSTYRELSENS SOCIALA UTSKOTT", world p12); the truth keeps the name's own case.
 */
import { escapeRegExp } from '../pipeline/escape-regexp.ts';
import { fold } from '../pipeline/fold.ts';
import { MONTH_NAMES } from '../pipeline/lexicon/months.ts';
import { municipalDomain } from '../pipeline/lexicon/municipalities.ts';
import { headingRole, labelAt } from '../pipeline/grammar/labels.ts';
import type { WorldCase } from './world.ts';

export const SWAPS = ['municipality', 'bodies', 'people', 'years', 'codes', 'dates', 'labels', 'capitals', 'stacked', 'inline', 'section-sign', 'bullets', 'indent', 'title-capitals', 'body-capitals'] as const;
export type Swap = (typeof SWAPS)[number];

/**
 * Municipalities no world document is from, one word each and none ending in s (whose genitive
 * would be the name itself): given in turn to the world's municipalities, in the order they first
 * appear.
 */
const OTHER_MUNICIPALITIES = [
  'Sandviken', 'Motala', 'Ljungby', 'Kiruna', 'Ronneby', 'Laholm', 'Vetlanda', 'Nybro', 'Arvika', 'Boden',
  'Hudiksvall', 'Skövde', 'Kungsbacka', 'Ystad', 'Vimmerby', 'Mjölby', 'Sollefteå', 'Tranås', 'Eksjö', 'Värnamo',
  'Alvesta', 'Köping', 'Åmål', 'Lidköping', 'Ludvika', 'Piteå', 'Kalix', 'Ängelholm', 'Uddevalla', 'Varberg',
  'Falkenberg', 'Enköping', 'Nyköping', 'Borlänge', 'Gislaved', 'Oskarshamn', 'Vänersborg', 'Härnösand', 'Älmhult', 'Sunne',
  'Tierp', 'Flen', 'Arboga', 'Mora', 'Hallsberg', 'Bollnäs', 'Timrå',
];

/**
 * Nämnder and förvaltningar by their stems, as lower case, to others real municipalities have
 * (kommunstyrelse, kommunfullmäktige and their utskott are every municipality's and stay). Longest
 * first: "barn- och utbildningsnämnd" before "utbildningsnämnd".
 */
const BODIES: readonly [string, string][] = [
  ['barn- och utbildningsnämnd', 'barn- och ungdomsnämnd'],
  ['kultur- och fritidsnämnd', 'fritids- och kulturnämnd'],
  ['kultur- och föreningsnämnd', 'fritidsnämnd'],
  ['kultur- och tekniknämnd', 'kultur- och samhällsbyggnadsnämnd'],
  ['teknik- och fritidsnämnd', 'samhällsbyggnadsnämnd'],
  ['social- och äldrenämnd', 'individ- och familjenämnd'],
  ['vård- och omsorgsnämnd', 'äldrenämnd'],
  ['bygg- och miljönämnd', 'miljö- och byggnadsnämnd'],
  ['humanistiska nämnd', 'bildningsnämnd'],
  ['tekniska nämnd', 'servicenämnd'],
  ['utbildningsnämnd', 'skolnämnd'],
  ['socialnämnd', 'omsorgsnämnd'],
  ['socialförvaltning', 'omsorgsförvaltning'],
  ['kultur- och fritidsförvaltning', 'fritids- och kulturförvaltning'],
  ['vård- och omsorgsförvaltning', 'äldreförvaltning'],
  ['samhällsbyggnadsförvaltning', 'stadsbyggnadsförvaltning'],
  ['utbildningsförvaltning', 'skolförvaltning'],
  ['teknik- och servicekontor', 'service- och fastighetskontor'],
  ['utbildningskontor', 'skolkontor'],
];

/** First names and surnames the handläggare are given in turn. */
const OTHER_PEOPLE = ['Tove Lindqvist', 'Petter Håkansson', 'Annika Bergström', 'Oskar Nyberg', 'Camilla Öhman', 'Johan Wikström', 'Lena Forsberg', 'Viktor Åberg', 'Sara Holmgren', 'Erik Dahlberg'];

/** A substitution of letters for `codes`: each capital for another (and each small letter likewise). */
const CODE_FROM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ';
const CODE_TO = 'ELMTOGRPUVNBDHAWXFJSYZCQIKÖÅÄ';
/** Codes that name what every municipality has, or the state's series: not a document's own. */
const SHARED_CODES = new Set(['KS', 'KF', 'SOU', 'Ds', 'Dir', 'Prop', 'Ku', 'Ju', 'Fi', 'S', 'U', 'I', 'M', 'N', 'A', 'Fö', 'UD']);

/** `code` with its letters substituted (CODE_FROM → CODE_TO), in its case. */
function cipher(code: string): string {
  return [...code].map((ch) => {
    const upper = ch.toUpperCase();
    const at = CODE_FROM.indexOf(upper);
    if (at < 0) return ch;
    return ch === upper ? CODE_TO[at]! : CODE_TO[at]!.toLowerCase();
  }).join('');
}

/** The lines `stacked` and `inline` read as a first page's header. */
const FIRST_PAGE_LINES = 25;

/** How many years `years` moves a date back: the calendar's cycle, so weekdays stay true. */
const YEAR_SHIFT = 28;


/** The string in the case of `like`: all capitals, a capital first, or as given. */
function cased(replacement: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase()) return replacement.toUpperCase();
  if (like[0] === like[0]!.toUpperCase() && like[0] !== like[0]!.toLowerCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Replaces each of `pairs` (found in any case, as whole stems or words per `whole`) in `text`, in one pass. */
function replaceAll(text: string, pairs: readonly [string, string][], whole: 'stem' | 'word'): string {
  if (pairs.length === 0) return text;
  const byLower = new Map(pairs.map(([from, to]) => [from.toLowerCase(), to]));
  // A name's words may be set on two lines ("kultur- och\ntekniknämnden"): any white space between them.
  const alternatives = [...byLower.keys()].sort((a, b) => b.length - a.length).map((k) => escapeRegExp(k).replace(/ /g, '\\s+')).join('|');
  // A stem may take endings ("nämndens"); a word only a genitive s.
  const after = whole === 'word' ? '(?=s?(?![\\p{L}\\d]))' : '';
  const pattern = new RegExp(`(?<![\\p{L}\\d])(?:${alternatives})${after}`, 'giu');
  return text.replace(pattern, (found) => {
    const replacement = cased(byLower.get(found.toLowerCase().replace(/\s+/g, ' '))!, found);
    // A line break inside the name stays after as many words of the new name, or its last but one.
    const breakAt = found.indexOf('\n');
    if (breakAt < 0) return replacement;
    const words = replacement.split(' ');
    const before = Math.min(found.slice(0, breakAt).split(/\s+/).length, words.length - 1);
    return before < 1 ? replacement : `${words.slice(0, before).join(' ')}\n${words.slice(before).join(' ')}`;
  });
}

/** The replacements one swap makes in one document, worked out from its truth and text. */
function replacements(c: WorldCase, swap: Swap, index: number): (text: string) => string {
  switch (swap) {
    case 'municipality': {
      const own = typeof c.truth.municipality === 'string' ? c.truth.municipality : null;
      if (!own || own === 'Gotland') return (t) => t;
      const other = OTHER_MUNICIPALITIES[index % OTHER_MUNICIPALITIES.length]!;
      const domain: [string, string] = [municipalDomain(own), municipalDomain(other)];
      return (t) => replaceAll(replaceAll(t, [domain], 'stem'), [[own, other]], 'word');
    }
    case 'bodies':
      return (t) => replaceAll(t, BODIES, 'stem');
    case 'people': {
      const h = c.truth.handlaggare as { name?: string } | null | undefined;
      const name = h?.name;
      if (!name || !name.includes(' ')) return (t) => t;
      const other = OTHER_PEOPLE[index % OTHER_PEOPLE.length]!;
      // An address spells the name without å, ä and ö ("hanna.oberg@gavle.se").
      const dotted = (n: string): string => fold(n.toLowerCase()).replace(/ /g, '.');
      return (t) => replaceAll(replaceAll(t, [[dotted(name), dotted(other)]], 'stem'), [[name, other]], 'word');
    }
    case 'codes': {
      const own = [...new Set(((c.truth.dnr as string[] | null) ?? []).concat(((c.truth.items as { dnr?: string[] }[] | undefined) ?? []).flatMap((i) => i.dnr ?? [])).flatMap((n) => n.match(/\p{L}+/gu) ?? []))].filter((code) => !SHARED_CODES.has(code));
      if (own.length === 0) return (t) => t;
      const pattern = new RegExp(`(?<![\\p{L}\\d])(?:${own.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
      return (t) => t.replace(pattern, cipher);
    }
    case 'dates':
      return (t) => t.replace(/(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])/g, (iso: string, y: string, m: string, d: string) =>
        Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? `${Number(d)} ${MONTH_NAMES[Number(m) - 1]} ${y}` : iso,
      );
    case 'labels': {
      // Each case-number label for the next of its family (FACTS D2: Dnr in 17 municipalities,
      // Diarienummer, Diarienr, Ärendenummer), in its case; the handläggare's two labels for each other.
      const family = ['Dnr', 'Diarienummer', 'Diarienr', 'Ärendenummer'];
      const other = new Map<string, string>([['Handläggare', 'Kontaktperson'], ['Kontaktperson', 'Handläggare']]);
      family.forEach((label, k) => {
        other.set(label, family[(k + 1) % family.length]!);
        other.set(label.toUpperCase(), family[(k + 1) % family.length]!.toUpperCase());
      });
      const pattern = new RegExp(`(?<![\\p{L}])(?:${[...other.keys()].join('|')})(?=[.:]?[ \\t\\n])`, 'gu');
      return (t) => t.replace(pattern, (label) => other.get(label)!);
    }
    case 'capitals': {
      // Headings, not the lead-ins the table knows too ("Nämnden beslutar:", "Kommunstyrelsen föreslår kommunfullmäktige").
      const headings = new Set(c.text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0 && l !== l.toUpperCase() && headingRole(l) !== null && !/[.:]$|\b(?:beslutar|föreslår|föreslås)\b/u.test(l)));
      return (t) => (headings.has(t) ? t.toUpperCase() : t.split('\n').map((l) => (headings.has(l.trim()) ? l.toUpperCase() : l)).join('\n'));
    }
    case 'stacked':
    case 'inline': {
      // The labels of values, not of lists (attendance, signatures); not the title's own line ("Sammanträde 2019-11-27").
      const valueLabel = (line: string): number => {
        const label = labelAt(line);
        return label && label.role !== 'attendance' && label.role !== 'signature' && line !== c.truth.title ? label.length : 0;
      };
      return (t) => {
        if (!t.includes('\n')) return t;
        const lines = t.split('\n');
        const out: string[] = [];
        for (let i = 0; i < lines.length; i++) {
          const line = lines[i]!.trim();
          const length = i < FIRST_PAGE_LINES ? valueLabel(line) : 0;
          const value = line.slice(length).trim();
          const next = lines[i + 1]?.trim() ?? '';
          // Not a row of labels ("Handläggare  Till", "Handläggare  Datum  Diarienummer"): a table's head.
          if (swap === 'stacked' && length > 0 && value && value.length <= 60 && !labelAt(value)) out.push(line.slice(0, length), value);
          else if (swap === 'inline' && length > 0 && !value && next && !labelAt(next)) {
            out.push(`${line} ${next}`);
            i++;
          } else out.push(lines[i]!);
        }
        return out.join('\n');
      };
    }
    case 'title-capitals': {
      if (c.family === 'kallelse') return (t) => t;
      // The titles that stand alone on a line of the text (a flattened page's run into their text),
      // not only a hosting site's title line above it (docplayer's first line).
      const lines = new Set(c.text.split('\n').slice(1).map((l) => l.trim()));
      // A line that is the document's office or body too is the letterhead's, not a title.
      const letterhead = new Set([c.truth.namnd, c.truth.forvaltning]);
      const titles = new Set([c.truth.title, ...(c.truth.items ?? []).map((i) => i.title)].filter((t): t is string => typeof t === 'string' && /\p{Ll}/u.test(t) && lines.has(t) && !letterhead.has(t)));
      const upper = (line: string): string => (titles.has(line.trim()) ? line.toUpperCase() : line);
      return (t) => (titles.has(t) ? t.toUpperCase() : t.includes('\n') ? t.split('\n').map(upper).join('\n') : t);
    }
    case 'body-capitals': {
      const body = typeof c.truth.namnd === 'string' ? c.truth.namnd.toLowerCase() : null;
      return (t) => (body === null || !t.includes('\n') ? t : t.split('\n').map((l) => (l.trim().toLowerCase() === body ? l.toUpperCase() : l)).join('\n'));
    }
    case 'section-sign':
      return (t) => t.replace(/§ (?=\d)/g, '§');
    case 'bullets':
      return (t) => t.replace(/^([ \t]*)- /gm, '$1• ');
    case 'indent':
      return (t) => (t.includes('\n') ? t.replace(/^(?=[ \t]*\S)/gm, '    ') : t);
    case 'years':
      return (t) => t.replace(/(?<!\d)(19[89]\d|20[0-3]\d)(?!\d)/g, (y) => String(Number(y) - YEAR_SHIFT));
  }
}

/** The truth's fields whose values are ISO dates whatever the text prints. */
const DATE_FIELDS = new Set(['date', 'meetingDate', 'justerat']);

/** Every string inside `value` (objects and lists walked) passed through `f`, but the fields `keep` names. */
function mapStrings(value: unknown, f: (s: string) => string, keep: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f, keep));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keep.has(k) ? v : mapStrings(v, f, keep)]));
  return value;
}

const KEEP = new Set(['municipality', 'doctype']);
const KEEP_DATES = new Set([...KEEP, ...DATE_FIELDS]);
const KEEP_PARAGRAF = new Set([...KEEP, 'paragraf']);

/**
 * The world cases with `swaps` made in text and truth alike. The truth's municipality is set apart
 * (mapStrings leaves it) and given its new name here, for a municipality's name is a whole field.
 */
export function swapped(cases: readonly WorldCase[], swaps: readonly Swap[]): WorldCase[] {
  const municipalities = [...new Set(cases.map((c) => c.truth.municipality).filter((m): m is string => typeof m === 'string' && m !== 'Gotland'))];
  return cases.map((c, n) => {
    let text = c.text;
    let truth = c.truth;
    for (const swap of swaps) {
      const index = swap === 'municipality' ? municipalities.indexOf(c.truth.municipality as string) : n;
      const f = replacements(c, swap, index);
      text = f(text);
      truth = mapStrings(truth, f, swap === 'dates' ? KEEP_DATES : swap === 'section-sign' ? KEEP_PARAGRAF : KEEP) as WorldCase['truth'];
      if (swap === 'municipality' && index >= 0) truth = { ...truth, municipality: OTHER_MUNICIPALITIES[index % OTHER_MUNICIPALITIES.length]! };
      // The truth gives a one-word body a capital, a qualified one as printed ("humanistiska nämnden"):
      // a qualified name swapped for one word ("bildningsnämnden") takes the capital.
      if (swap === 'bodies' && typeof truth.namnd === 'string' && !truth.namnd.includes(' ')) truth = { ...truth, namnd: truth.namnd[0]!.toUpperCase() + truth.namnd.slice(1) };
    }
    return { ...c, text, truth };
  });
}
