/**
 * A document's dates by role: its own date, the meeting's, the justering's. Labels decide where
 * the header has them; formulas decide where the text says them ("kallas till sammanträde
 * tisdagen den 12 februari 2019", "Göteborg den 31 augusti 2022"), and a web page's dates of
 * publication stand for a notice's own date. Anslag dates and a receipt stamp are none of these.
 */
import type { Doctype } from '../grammar/doctypes.ts';
import type { Line, TextModel } from '../text/model.ts';
import { findAddressee } from './addressee.ts';
import { datesAsIso, findDates, parseDate } from './dates.ts';
import type { HeaderField } from './header.ts';
import type { Reading } from './context.ts';
import { MONTH_NAME_PATTERN } from '../lexicon/months.ts';
import { WEEKDAYS } from '../repair/weekdays.ts';

interface Context extends Pick<Reading, 'model' | 'lines' | 'header' | 'headLines' | 'doctype' | 'stream'> {
  year: number | undefined;
}

export interface DocumentDates {
  date: string | null;
  meetingDate: string | null;
  justerat: string | null;
}

/** The meeting in a sentence: "kallas till sammanträde tisdagen den 12 februari 2019", "sammanträder i Stora salen, … den 19 juni 2019", "vid sammanträdet torsdagen den 15 juni 2023", "möte i Örnsköldsvik 9 april 2019". */
const MEETING_SENTENCE = /\b(?:sammanträde[nt]?|sammanträdets|sammanträder|möte[nt]?)\b[^.\n]{0,90}?(?=\b(?:\p{L}+dag(?:en)?\s+)?(?:den\s+)?\d{1,2}\s+\p{L}+|\b(?:19|20)\d\d-\d\d-\d\d)/iu;
/** The signing line under a letter: "Göteborg den 31 augusti 2022", "Norsjö 2022-02-14", "Sala den 4 oktober 2023". */
const PLACE_DATE = /^\p{Lu}\p{Ll}+(?:,)?(?: den)? (?:\d{1,2} \p{Ll}+ (?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\.?$/u;
/** A date standing alone, or with the page counter or the type word beside it (tested on `datesAsIso`: written out too). */
const DATE_LINE = /^(?:\p{Lu}{4,}\s+)?(?:(?:19|20)\d\d-\d\d-\d\d)[.,]?(?:\s+\S+){0,2}$/u;
/** A receipt stamp ("Ink. 2023 -10- 0 5"): the date the registry received a paper, not the document's. */
const RECEIVED = /^(?:Ink(?:om|ommen)?\.?|Inkom)\b/i;
/** A value that is a time of day and nothing more ("15.00", "kl. 18:30", "13.00–16.00"). */
const CLOCK_ONLY = /^(?:kl(?:ockan|\.)?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?$/i;

/** Types whose header dates are the meeting's. */
const MEETING_TYPES: ReadonlySet<Doctype> = new Set(['protokoll', 'protokollsutdrag', 'kallelse', 'anmälningslista', 'beslut']);

export function documentDates(ctx: Context): DocumentDates {
  const { header, doctype, year, lines, model, stream } = ctx;
  const labelled = (role: HeaderField['role']): string | null => header.find((f) => f.role === role && f.date)?.date?.iso ?? null;
  // The justering: in the header, or in the signature block a protokollsutdrag ends with ("Justerat 2018-11-13").
  const justerat = labelled('justering') ?? justeringLine(lines, year);
  let meetingDate = labelled('meetingDate') ?? labelled('placeTime');
  let date: string | null = null;

  // Web pages and notices: "Publicerad", else "Senast uppdaterad".
  const pageDate = (name: RegExp): string | null => {
    for (const l of model.lines) {
      if (l.wrapper !== 'page dates' || !name.test(l.text)) continue;
      const found = parseDate(l.text) ?? parseDate(nextText(model, l));
      if (found) return found;
    }
    return null;
  };
  const published = pageDate(/^Publicerad/i) ?? pageDate(/^(?:Senast|Sidan|Uppdaterad)/i);

  if (MEETING_TYPES.has(doctype)) {
    // "Organ och sammanträdesdatum Barn- och utbildningsnämnden 2017-03-16".
    if (!meetingDate) meetingDate = header.find((f) => f.role === 'organ' && /sammanträde/i.test(f.label) && f.date)?.date?.iso ?? null;
    // A protokoll's letterhead: the body and the date it met ("Kommunfullmäktige 2003-11-24 1(24)", "SAMMANTRÄDESPROTOKOLL / Kultur- och fritidsnämnden / 2009-05-19").
    if (!meetingDate && (doctype === 'protokoll' || doctype === 'protokollsutdrag')) meetingDate = letterheadDate(ctx.headLines);
    // A web page's year is its publication's; the text may speak of other years.
    const pageYear = yearOf(published) ?? year;
    // A heading with the meeting ("Möte 2019-03-20", "Ärendelista 14 mars 2022", "ANMÄLNINGSLISTA / 16 oktober 2017").
    if (!meetingDate) meetingDate = headingDate(lines, pageYear);
    if (!meetingDate) meetingDate = sentenceDate(stream.text, pageYear);
    // A protokoll or kallelse whose "Plats och tid" label OCR damaged ("Plats och ud") still prints
    // the meeting's day with its weekday (a document's own date never has one).
    if (!meetingDate && (doctype === 'protokoll' || doctype === 'protokollsutdrag' || doctype === 'kallelse')) meetingDate = weekdayDate(ctx.headLines);
    // "Datum: 2021-04-07 / Tid: 15.00 / Plats: …": a meeting's time printed without its day has it
    // in the Datum beside it (where the time carries the day, "Tid: Onsdag 17 juni 2020 kl. 09:00",
    // the Datum is the kallelse's own, a week before: Ockelbo, kallelse/FACTS).
    if (!meetingDate && doctype === 'kallelse') {
      const time = header.find((f) => f.role === 'placeTime' && /^Tid\b/i.test(f.label) && !f.date && CLOCK_ONLY.test(f.value));
      if (time) meetingDate = labelled('date');
    }
    if (doctype === 'kallelse' || doctype === 'beslut' || doctype === 'anmälningslista') date = labelled('date') ?? published;
    if (doctype === 'protokoll' || doctype === 'protokollsutdrag') date = null;
    if (doctype === 'kallelse' && date && date === meetingDate && !published) date = null;
    // A decision justerad at once was justerad at the meeting ("Beslutet justeras omedelbart").
    if (!meetingDate && justerat && /justeras omedelbart|omedelbar justering|omedelbart justerat/i.test(stream.text) && doctype === 'protokollsutdrag') meetingDate = justerat;
    // A kallelse's justering is the one planned for the meeting's protokoll, not a fact of its own.
    return { date, meetingDate, justerat: doctype === 'kallelse' ? null : justerat };
  }

  // A case document: the meeting its addressee block names; its own date from "Datum", a date alone
  // in the header (not the addressee's), the signing line, the page's publication.
  const till = findAddressee(lines);
  if (till?.meetingDate) meetingDate = till.meetingDate;
  date = labelled('date');
  if (!date) {
    const alone = ctx.headLines.find((l, i) => DATE_LINE.test(datesAsIso(l.text)) && !RECEIVED.test(l.text) && !(till && i >= till.first && i <= till.last));
    date = alone ? parseDate(alone.text) : null;
    if (date && date === till?.meetingDate) date = null;
  }
  if (!date) {
    const signed = lines.find((l) => PLACE_DATE.test(l.text));
    date = signed ? parseDate(signed.text) : null;
  }
  if (!date) date = published;
  // The document cited by its own type and date in its underlag ("Tjänsteutlåtande 2023-10-16", "… tjänsteskrivelse den 4 mars 2019").
  if (!date) date = ownCitation(stream.text);
  // "Kommunfullmäktige 24 november 2022": the meeting a web page presents the matter to.
  if (!meetingDate) {
    const meeting = lines.slice(0, 8).find((l) => /^(?:Kommunfullmäktige|Kommunstyrelsen|\p{Lu}[\p{L}-]*nämnden)\s+\d{1,2}\s+\p{L}+\s+(?:19|20)\d\d$/u.test(l.text));
    if (meeting) meetingDate = parseDate(meeting.text);
  }
  return { date, meetingDate, justerat };
}

const yearOf = (iso: string | null): number | undefined => (iso ? Number(iso.slice(0, 4)) : undefined);

function nextText(model: TextModel, line: Line): string {
  for (let k = line.n + 1; k < model.lines.length; k++) if (!model.lines[k]!.blank) return model.lines[k]!.text;
  return '';
}

/** "Justerat 2018-11-13" or "Justeringsdatum …" opening a line anywhere (a signature block after the §). */
function justeringLine(lines: Line[], year: number | undefined): string | null {
  for (let i = 0; i < lines.length; i++) {
    if (!/^(?:Justerat|Justeringsdatum|Justeringsdag|Dag för justering)\b/.test(lines[i]!.text)) continue;
    // The date on the label's line, or on the next one (a label alone, OCR's stray comma after it).
    const found = findDates(lines[i]!.text, year)[0] ?? (/^[^\d]*[,.:;]?$/.test(lines[i]!.text) ? findDates(lines[i + 1]?.text ?? '', year)[0] : undefined);
    if (found) return found.iso;
  }
  return null;
}

/** A date alone on a line, or after a body's name or a type word, among a protokoll's first lines. */
function letterheadDate(head: Line[]): string | null {
  for (const l of head.slice(0, 8)) {
    if (/^(?:\p{L}[\p{L}\s-]*\s)?(?:19|20)\d\d-\d\d-\d\d(?:\s+\d{1,3}\s?\(\d+\))?$/u.test(datesAsIso(l.text)) && !/anslag|justering|datum för/i.test(l.text)) return parseDate(l.text);
  }
  return null;
}

/** A long-form date with its weekday ("måndagen den 16 maj 2011", "Måndag den 22 april 2013"). */
const WEEKDAY_DATE = new RegExp(String.raw`(?<![\p{L}])(?:${WEEKDAYS.join('|')})(?:en)?\s+(?:den\s+)?(\d{1,2}\s+(?:${MONTH_NAME_PATTERN})\s+(?:19|20)\d\d)`, 'iu');
/** What makes a date the justering's or the anslag's rather than the meeting's. */
const NOT_THE_MEETING = /justering|anslag/i;

/**
 * A protokoll's meeting as its header prints it with the weekday, which a meeting's day has and
 * the header's other dates (justering, anslag) mostly lack (FACTS protokoll: "Plats och tid …,
 * måndagen den 16 maj 2011, kl 18.00"): the first such date in the header whose line and the line
 * before speak of no justering or anslag.
 */
function weekdayDate(head: Line[]): string | null {
  for (let i = 0; i < head.length; i++) {
    const m = WEEKDAY_DATE.exec(head[i]!.text);
    if (!m) continue;
    if (NOT_THE_MEETING.test(head[i]!.text.slice(0, m.index)) || NOT_THE_MEETING.test(head[i - 1]?.text ?? '')) continue;
    return parseDate(m[1]!);
  }
  return null;
}

/**
 * The meeting's date in a sentence of the text, read with the sentence's lines joined: a page's
 * width breaks it anywhere ("… onsdagen den 19" / "juni 2019, kl. 9").
 */
function sentenceDate(text: string, year: number | undefined): string | null {
  const joined = text.replace(LINE_BREAK_IN_PARAGRAPH, ' ');
  const m = MEETING_SENTENCE.exec(joined);
  if (!m) return null;
  const after = joined.slice(m.index + m[0].length, m.index + m[0].length + 60);
  return findDates(after, year)[0]?.iso ?? null;
}
/** A line break inside a paragraph (not a blank line), with the spaces around it. */
const LINE_BREAK_IN_PARAGRAPH = /(?<!\n)[ \t]*\n[ \t]*(?!\n)/g;

/** A date in a heading line near the top: "Möte 2019-03-20", "Sammanträde 2019-11-27", "Ärendelista 14 mars 2022", a date under the list's title. */
function headingDate(lines: Line[], year: number | undefined): string | null {
  for (const l of lines.slice(0, 6)) {
    if (/^(?:Möte|Sammanträde|Ärendelista|Kommunfullmäktiges sammanträde|[\p{L}-]+s sammanträde)\b/iu.test(l.text) || /Ärendelista \d/.test(l.text)) {
      const found = findDates(l.text, year)[0];
      if (found) return found.iso;
    }
    if (/^\d{1,2} \p{L}+ (?:19|20)\d\d$/u.test(l.text)) return parseDate(l.text);
  }
  return null;
}

/**
 * The document's own date where it cites itself in its underlag: "Tjänsteutlåtande 2023-10-16", "…
 * tjänsteskrivelse den 4 mars 2019". The heading in any case ("BESLUTSUNDERLAG", as headings are
 * set in capitals by many layouts).
 */
function ownCitation(text: string): string | null {
  const underlag = /Beslutsunderlag[\s\S]{0,400}/i.exec(text);
  if (!underlag) return null;
  const m = /(?:^|\n|[-•]\s|\s)(?:\p{Lu}[\p{L}-]*s\s+)?(?:tjänsteutlåtande|tjänsteskrivelse)(?:,)?\s+(?:den\s+)?(\d{1,2}\s+\p{L}+\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)/iu.exec(underlag[0]);
  return m ? parseDate(m[1]!) : null;
}
