/**
 * The document's own title: for a protokoll its title word as printed ("SAMMANTRÄDESPROTOKOLL"),
 * for an extract the § title, for a kallelse the line naming the meeting, for a case document its
 * subject line. Never a wrapper's or a web page's navigation text, a running header, a label, a
 * letterhead, an address or a person.
 */
import { findCaseNumbers } from '../grammar/case-numbers.ts';
import { TYPE_WORDS, type Doctype } from '../grammar/doctypes.ts';
import { ANY_HEADING, CASE_NUMBER_LABEL, casedForms, headingRole, labelAt, REFERENCE_LABEL } from '../grammar/labels.ts';
import { PAGE_COUNTER } from '../grammar/layout.ts';
import { fillsLine, wrapWidth, type Line } from '../text/model.ts';
import { findBodies } from './bodies.ts';
import { looksLikeOrgan } from './organs.ts';
import { findAddressee } from './addressee.ts';
import { continuesHeading } from './wrapped-heading.ts';
import { datesAsIso, findDates } from './dates.ts';
import { PHONE_NUMBER as PHONE } from './handlaggare.ts';
import type { Reading } from './context.ts';
import { flat } from '../text/hyphens.ts';

interface Context extends Pick<Reading, 'model' | 'lines' | 'header' | 'items' | 'doctype'> {
  words: { doctype: Doctype }[];
}

const TYPE_FORMS = (types: Doctype[]): RegExp => new RegExp(`(?<![\\p{L}])(?:${TYPE_WORDS.filter((t) => types.includes(t.doctype) && !t.weak).map((t) => t.forms).join('|')})(?![\\p{L}])`, 'iu');
const PROTOKOLL_WORD = TYPE_FORMS(['protokoll']);
const PROTOKOLL_WORDS = new RegExp(PROTOKOLL_WORD.source, 'giu');
const LIST_WORD = TYPE_FORMS(['anmälningslista']);
const NOTICE_WORD = TYPE_FORMS(['beslut']);
/**
 * A kallelse's line naming its meeting: "Kallelse till sammanträde med …", "Sammanträde i …", "Möte
 * 2019-03-20", "Kommunfullmäktiges sammanträde 18 juni", a kungörelse with a word before it or none
 * ("Aktuell kungörelse för …", however OCR and repair read that word: kallelse/FACTS A5, A12, C4).
 */
const MEETING_LINE = /^(?:KALLELSE|Kallelse)\b.*|^(?:Sammanträde|Möte)\b.*|^\p{Lu}[\p{L}-]{0,40}(?:s) sammanträde\b.*|^(?:\p{Lu}\p{Ll}+ )?[Kk]ungörelse\b.*/u;
/** A speck a worn copy's OCR set before a line's first capital ("'Sammanträde i …"): no title opens so. */
const SPECK_START = /^['‘`´,.]\s?(?=\p{Lu})/u;
/** A kallelse's own type word line: "KALLELSE", "KALLELSE/UNDERRÄTTELSE", "Kallelse till …". */
const KALLELSE_WORD = /^(?:KALLELSE(?:\s*\/\s*UNDERRÄTTELSE)?(?:\s+TILL(?:\s+[\p{Lu}-]+(?![\p{Ll}]))+)?|Kallelse(?:\s+till\s+[^\n.]{3,80}$)?)/u;
/** Words a title does not consist of: an address, a phone, a web address, a postal code. */
const ADDRESS = /@|\bwww\.|\.se\b|\b\d{3} ?\d{2} \p{Lu}|\bBox \d|telefon|tfn\b|\bTel\b|växel|Postadress|Besöksadress|Org\.? ?nr/iu;
/** A person's name alone, or with a role before or after it. */
const PERSON_LINE = /^(?:\p{L}[\p{Ll}-]{0,40}(?:chef|strateg|utredare|handläggare|direktör|sekreterare|ordförande|inspektör|ekonom|jurist|controller|samordnare|arkitekt)\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?:,?\s+[\p{Ll}-]{0,40}(?:chef|strateg|utredare|handläggare|direktör|sekreterare|ordförande|inspektör))?$/u;
/** A letterhead: "Malmö stad", "SALA KOMMUN", "Östersunds kommun, 831 83 …", a departement alone. */
const LETTERHEAD = /^(?:\S+ ){0,2}\S+ (?:kommun|stad|Stad|KOMMUN|STAD)\b|^\p{Lu}\p{Ll}+departementet$|^Region \p{Lu}/u;

/** A heading glued to a hosting site's title ("…från 2024Förslag till beslut"), cut off. */
const GLUED_HEADING = new RegExp(`(?<=[\\p{Ll}\\d)])(?:${ANY_HEADING})$`, 'u');

export function findTitle(ctx: Context): string | null {
  const { lines, items, doctype, model } = ctx;
  const head = lines.slice(0, 30);
  if (doctype === 'protokollsutdrag' && items[0]?.title) return items[0].title;
  if (doctype === 'protokoll') {
    for (const l of [...head, ...model.lines.filter((x) => x.role === 'header')]) {
      for (const found of l.text.matchAll(PROTOKOLL_WORDS)) if (/^\p{Lu}/u.test(found[0])) return found[0];
    }
    return null;
  }
  if (doctype === 'anmälningslista') {
    for (const l of lines) {
      const m = LIST_WORD.exec(l.text);
      if (m) return m[0];
    }
  }
  if (doctype === 'kallelse') {
    const unspecked = (l: Line): string => l.text.replace(SPECK_START, '');
    const at = head.findIndex((l) => MEETING_LINE.test(unspecked(l)) && !/^(?:KALLELSE|Kallelse)\s*$/.test(l.text) && l.text.length < 120 && !/\bKALLELSE\s+KUNGÖRELSE\b/.test(l.text));
    const meeting = at < 0 ? undefined : head[at];
    const phrase = meeting && !/^KALLELSE\b/.test(unspecked(meeting)) ? wrapped(head, at, unspecked(meeting)) : null;
    if (phrase && !/^(?:KALLELSE|Kallelse)[\s(]/.test(phrase)) return cut(phrase);
    // Not a running header ("KALLELSE OCH ÄRENDELISTA" over every page of a bundle): its single item names it.
    // A letterhead repeated over every page ("Tekniska nämnden KALLELSE") still names a document of
    // several items.
    const running = new Set(model.lines.filter((x) => x.role === 'header').map((x) => x.text));
    const typeWord = (l: Line): string | undefined => KALLELSE_WORD.exec(l.text.replace(/^\d+\s+/, ''))?.[0] ?? /(?<=\s)KALLELSE(?:\s*\/\s*UNDERRÄTTELSE)?(?=\s|$)/.exec(l.text)?.[0];
    const wordAt = head.findIndex((l) => !running.has(l.text) && typeWord(l));
    const word = wordAt >= 0 ? typeWord(head[wordAt]!) : items.length === 1 ? undefined : head.map(typeWord).find(Boolean);
    if (!word && items.length === 1 && items[0]!.title) return items[0]!.title;
    // "Kallelse till sammanträde med humanistiska" / "nämnden": the whole line, with what it wraps onto.
    if (word && /\s(?:TILL|till)\s/.test(word)) return cut(wordAt >= 0 && head[wordAt]!.text.endsWith(word) ? wrapped(head, wordAt, word) : word);
    // The hosting site kept the title the text lost ("Kallelse till sammanträde med humanistiska nämnden").
    if (model.wrapperTitle && /^Kallelse\b/i.test(model.wrapperTitle) && model.wrapperTitle.length < 120) return model.wrapperTitle;
    if (word) return cut(word.replace(/\s*\(\d+\)$/, ''));
    if (meeting) return cut(meeting.text);
    if (items.length === 1 && items[0]!.title) return items[0]!.title;
  }
  if (doctype === 'beslut') {
    const at = lines.findIndex((l) => NOTICE_WORD.test(l.text) && l.text.length < 140 && !/^PRESSMEDDELANDE$/.test(l.text));
    const line = at < 0 ? undefined : wrapped(lines, at);
    if (line && NOTICE_WORD.exec(line)!.index === 0) return line;
    if (model.wrapperTitle) return model.wrapperTitle;
    if (line) return line;
  }
  return subjectLine(ctx);
}

/** A title line without what a layout put after it on the line: a page counter, a date, a case number. */
function cut(text: string): string {
  return text.replace(TRAILING_COUNTER, '').trim();
}
const TRAILING_COUNTER = new RegExp(`\\s*(?:${PAGE_COUNTER.source})\\s*$`, 'u');

/**
 * A case document's subject: the first line of the header that is none of label, letterhead,
 * address, date, person, body or type word; in a header flattened onto one line, the words after
 * the last such value and before the first section heading or the document's own case number.
 */
function subjectLine(ctx: Context): string | null {
  const { lines, model } = ctx;
  const glued = model.wrapperTitle?.replace(GLUED_HEADING, '') ?? null;
  // After an addressee block ("Till / Socialnämnden / 2018-11-13") comes the title (Stockholm); in
  // some layouts it stands above it (Göteborg). After the addressee, a section heading ends what may
  // be the title: the lines under it are the section's text, whose first line a scan's wrapping
  // makes title-sized.
  const till = findAddressee(lines);
  const head = Math.min(lines.length, 30);
  const section = till ? lines.findIndex((l, i) => i > till.last && i < head && headingRole(l.text) !== null) : -1;
  const order = till ? [...range(till.last + 1, section < 0 ? head : section), ...range(0, till.first)] : range(0, head);
  for (const i of order) {
    const l = lines[i]!;
    if (headingRole(l.text) !== null) break;
    if (l.text.length > 200) {
      const inside = flattenedSubject(l.text, glued);
      if (inside) return inside;
      continue;
    }
    if (!usable(l.text) || inAddress(lines, i) || (i > 0 && labelsOnly(lines[i - 1]!.text))) continue;
    return clean(wrapped(lines, i));
  }
  return glued && glued.length < 200 ? clean(glued) : null;
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/**
 * Line `i`'s text (or `text`, a line's start), with the lines the heading wraps onto (three at
 * most). A line that fills the page's width goes on in the line right under it when that line
 * ends the heading's block (no line right under it in turn): see `continuesHeading`.
 */
function wrapped(lines: readonly Line[], i: number, text = lines[i]!.text): string {
  let title = text;
  // The page's width, measured only where a heading's block ends right under its line.
  let width: number | null | undefined;
  const under = (a: Line | undefined, b: Line | undefined): boolean => a !== undefined && b !== undefined && b.n === a.n + 1;
  for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
    const filled = under(lines[k - 1], lines[k]) && !under(lines[k], lines[k + 1]) && fillsLine(lines[k - 1]!.text, (width ??= wrapWidth(lines)));
    if (!continuesHeading(title, lines[k]!.text, filled)) break;
    title += `\n${lines[k]!.text}`;
  }
  // One line, a word the wrapping hyphenated joined ("höst-" / "terminen").
  return flat(title);
}

/**
 * A row of labels and nothing else ("Handläggare  Datum  Diarienummer"): a table's head, whose
 * values the next line holds ("Sara Berglund  2021-05-10  KSN-2021-00456"); flattened two-column
 * headers set all labels first and the values after (utlatande/FACTS C: Lysekil, Uppsala, Malmö,
 * Upplands-Bro, Östhammar, Region Halland).
 */
function labelsOnly(text: string): boolean {
  let rest = text.trim();
  let labels = 0;
  while (rest) {
    const label = labelAt(rest);
    if (!label) return false;
    rest = rest.slice(label.length).trim();
    labels++;
  }
  return labels >= 2;
}

/** A street line above a postal code ("Storforsplan 36" over "106 64 Stockholm"): part of an address. */
function inAddress(lines: Line[], i: number): boolean {
  if (!/^\p{Lu}[\p{L} -]+\s\d+\s?[A-Z]?$/u.test(lines[i]!.text)) return false;
  return lines.slice(i + 1, i + 4).some((l) => /^\d{3} ?\d{2} \p{Lu}/u.test(l.text));
}

/** Type words opening a line, as its first word or its second ("Kommunfullmäktige Handling"). */
const TYPED_LINE = TYPE_WORDS.map((t) => ({
  doctype: t.doctype,
  first: new RegExp(`^(?:${t.forms})`, 'iu'),
  second: new RegExp(`^(?:\\S+\\s+)?(?:${t.forms})(?![\\p{L}])`, 'iu'),
  inside: new RegExp(`(?<![\\p{L}])(?:${t.forms})(?![\\p{L}])`, 'giu'),
}));
/**
 * A section heading inside a flattened line, a capitalised word after it; or a table of contents'
 * entry, its page number after it ("… 2023–2027 Sammanfattning 3 Uppdrag 3 …").
 */
const HEADING_INSIDE = new RegExp(`\\s(?:${ANY_HEADING})\\s+(?:\\p{Lu}|\\d{1,3}(?=\\s|$))`, 'u');
/** A table of contents' label opening a flattened page: its first entry is the document's title. */
const CONTENTS_LABEL = /^(?:Innehåll|Innehållsförteckning|INNEHÅLL|INNEHÅLLSFÖRTECKNING)\s+/u;

/** What follows a type word that is only its addressee: " till socialnämnden", " till kommunfullmäktige i Lund". */
const TILL_ADDRESSEE = /^\s+till\s+\p{L}+(?:\s+i\s+\p{Lu}\p{L}+)?$/u;
/** The same after a type word whose own form ends in "till" ("Motion till"). */
const ADDRESSEE = /^\s+\p{L}+(?:\s+i\s+\p{Lu}\p{L}+)?$/u;

/** A word, a number, and a page counter's number with its parenthesis ("(3)", or "3)" where OCR lost the first). */
const ONE_WORD_NUMBERS = /^\s*\p{L}+(?:\s+\d+)+\s*\(?\d+\)\s*$/u;

/** What follows a type word on a line that is no title: numbers, and one word of two letters at most ("nr"). */
const TYPE_NUMBERS = /^[\s\d\-–/.,:()]*(?:\p{L}{1,2}(?![\p{L}])[\s\d\-–/.,:()]*)?$/u;

/** A line set in capitals, of two words or more (digits and marks between them). */
const CAPITALS_PHRASE = /^[”“"]?\p{Lu}{2,}(?:[\s,.:;()/&§'–”“"-]+[\p{Lu}\d]+)+[.:)”"]*$/u;

/** Whether a header line may be the title. */
function usable(text: string): boolean {
  // A title set in capitals (a typewriter's or a letterhead's; an index's § titles, protokoll/FACTS
  // D24) may be the title as its words in small letters may: a letterhead ("NORDANSTIGS KOMMUN"),
  // a type word or an office ("AVDELNINGEN FÖR …") in capitals is none.
  if (!/\p{Ll}/u.test(text) && CAPITALS_PHRASE.test(text)) return usable(text[0] + text.slice(1).toLowerCase());
  if (text.length < 8 || !/\p{Ll}{2}/u.test(text)) return false;
  // A title is words: a label whose value OCR read as marks only is a stamp's field filled in by
  // hand ("Dpb: _ ~ ,'" under a registry's receipt stamp), not one.
  if (/^[^\s:]{1,12}:/.test(text) && !/\p{L}{2}/u.test(text.replace(/^[^\s:]{1,12}:/, ''))) return false;
  if (labelAt(text) && !/^Till\s+\p{Lu}/u.test(text)) return false;
  if (/^Till\s/u.test(text)) return false;
  if (ADDRESS.test(text) || PHONE.test(text) || LETTERHEAD.test(text)) return false;
  if (PERSON_LINE.test(text)) return false;
  if (findDates(text).length && text.replace(/[\d\s\-.,:()/]+|\p{L}+dagen|\b(?:den|kl|klockan)\b/gu, '').length < 12) return false;
  // A type word with only numbers after it ("YTTRANDE 1", "TJÄNSTESKRIVELSE 2023-05-16", "Kommunfullmäktige Handling 2022 nr 211").
  const typed = TYPED_LINE.map((t) => t.second.exec(text)).find(Boolean);
  // One short word among the numbers however OCR read it: a worn "nr" is "ar", which repair makes
  // "år"; a date written out counts as its numbers ("TJÄNSTESKRIVELSE 16 maj 2023").
  if (typed && TYPE_NUMBERS.test(datesAsIso(text.slice(typed[0].length)))) return false;
  if (/^Ärende \d+/.test(text)) return false;
  // One word, a number and a page counter: an item's number and its page ("Ärende 7 1 (3)" as a
  // worn copy reads it, "Arrende 7 113)"), a page ("Sida 2 (5)"). A title of one word has a year
  // or a span after it at most ("Budget 2023", "Verksamhetsplan 2023–2025").
  if (ONE_WORD_NUMBERS.test(text)) return false;
  // A line that carries a labelled case number ("Socialdepartementet Ref: S2021/05522") or a receipt stamp ("Ink. 2023 -10- 0 5").
  if (LABELLED_NUMBER.test(text) && findCaseNumbers(text).length) return false;
  if (/^(?:Ink(?:om|ommen)?\.?|Inkom)\s/i.test(text)) return false;
  // "Utdrag ur protokoll fört vid sammanträde med …": the extract's own type line.
  if (typed && TYPED_LINE.some((t) => (t.doctype === 'protokoll' || t.doctype === 'protokollsutdrag') && t.first.test(text))) return false;
  // A body's name a worn copy damaged ("Söciallorvaltningen", "Stadsomradestorvaltning Nort").
  if (looksLikeOrgan(text)) return false;
  // "Motion till kommunfullmäktige i Västerås", "Skrivelse till socialnämnden": the type and its
  // addressee (the type's own forms may end in the "till": "motion till").
  if (typed && (/\btill$/i.test(typed[0]) ? ADDRESSEE : TILL_ADDRESSEE).test(text.slice(typed[0].length))) return false;
  const bodies = findBodies(text);
  if (bodies.length && bodies.map((b) => b.name).join(' ').length >= text.replace(/\s*\d.*$/, '').length - 2) return false;
  if (/^(?:\p{Lu}[\p{Ll}-]{0,40}(?:förvaltning(?:en)?|kontoret|avdelningen|enheten)(?:\s*\/\s*[\p{L}-]+)*|Avdelningen för .*|\p{Lu}[\p{Ll}-]*s (?:förvaltning|kansli|kontor))$/u.test(text)) return false;
  if (findCaseNumbers(text).length && text.replace(/\S*\d\S*/g, '').trim().length < 6) return false;
  return true;
}

/** A title without a labelled case number in parentheses after it ("(Dnr hos Utbildningsdepartementet U2023/01207)"). */
function clean(title: string): string {
  return flat(title.replace(PARENTHESISED_NUMBER, '')).trim();
}
/** A case number's label, own or a reference's (the grammar's table), and a number after it on the line. */
const LABELLED_NUMBER = new RegExp(String.raw`(?:^|\s)(?:${casedForms(CASE_NUMBER_LABEL)}|${casedForms(REFERENCE_LABEL)})[.:]?\s+\S*\d`, 'u');
/** A labelled case number in parentheses ending a title. */
const PARENTHESISED_NUMBER = new RegExp(String.raw`\s*\((?:${CASE_NUMBER_LABEL})(?![\p{L}])[^()]*\)\s*$`, 'iu');

/**
 * The subject inside a header flattened onto one line: after the type word or the last value of
 * the header (the addressee, the handläggare), before the first section heading or own case
 * number. The hosting site's title, when the line holds it, is the surest.
 */
function flattenedSubject(text: string, wrapperTitle: string | null): string | null {
  if (wrapperTitle && wrapperTitle.length > 12 && text.includes(wrapperTitle)) return clean(wrapperTitle);
  const heading = HEADING_INSIDE.exec(text);
  const end = heading ? heading.index : Math.min(text.length, 300);
  let region = text.slice(0, end);
  // Up to the last value of the header: a type word, a body's name, a person after "Handläggare:", a role.
  const cuts: number[] = [];
  for (const t of TYPED_LINE) for (const m of region.matchAll(t.inside)) if (/^\p{Lu}/u.test(m[0]) && !/^PM$/.test(m[0])) cuts.push(m.index + m[0].length);
  for (const b of findBodies(region)) cuts.push(b.index + b.name.length);
  const start = cuts.length ? Math.max(...cuts.filter((c) => c < region.length - 10)) : 0;
  region = region.slice(start);
  // Before the own case number, a förvaltning's name or a date that ends the header run.
  const stop = /\s(?:\p{Lu}{1,6}[-/ ]?(?:19|20)\d\d[-/:]\d+|\p{Lu}[\p{L}-]{0,40}(?:förvaltningen|kontoret)(?:\/|\s|$)|(?<!\d\s)(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) (?:19|20)\d\d)/u.exec(region);
  if (stop) region = region.slice(0, stop.index);
  const title = region.replace(/^[\s:,.-]+/, '').replace(CONTENTS_LABEL, '').trim();
  return title.length >= 8 ? clean(title) : null;
}
