/**
 * Metadata extraction: turns document text (clean, or repaired OCR) into the structured fields
 * researchers facet on. Pure and total: odd input (empty, English, a table of numbers) gives empty
 * fields, never an exception.
 */
import { emptyMetadata, type Doctype, type DocumentMetadata } from '../document.ts';
import { escapeRegExp } from '../escape-regexp.ts';
import { findDates, parseDate, PLACE_DATE } from './dates.ts';
import { findDecisions } from './decisions.ts';
import { findDoctype } from './doctype.ts';
import { findCaseNumbers } from './dnr.ts';
import { restoreLabels } from './labels.ts';
import { unfoldTables } from './tables.ts';
import { contentLines, splitLines, wrappedLines, type Line } from './lines.ts';
import { capitalise, findForvaltningar, findNamnder, forvaltningInLetterhead, forvaltningOf, fromGenitive, looksLikeOrgan, withDistrict } from './organs.ts';
import { findHandlaggare, findSignatories, NAME, PHONE } from './people.ts';
import { findSections, isHeading } from './sections.ts';

/** How many content lines count as the letterhead and title block. */
const HEAD = 25;
/** A line that is only a date; OCR may leave a stray comma or full stop after it. */
const DATE_ONLY = /^(?:\d{4}-\d\d-\d\d|\d{1,2} \p{L}+ \d{4})[.,]?$/u;
/** Lines of the header that are labels or letterhead, not a title. */
const NOT_TITLE = /^(?:handläggare|till\b|utdrag ur\b|telefon|tfn|e-post|dnr|diarienummer|diarienr|datum|vår |er |ert |sida |ärendenummer|mottagare|sammanträdesdatum|tid:|plats:|kallelse|protokoll|tjänste|\d|§)/i;
/** A type line: the type word alone, or with a number or an addressee ("Utlåtande 2019:45 RI", "Skrivelse till socialnämnden"). */
const TYPE_LINE = /^(?:motion till\b|(?:remissyttrande|yttrande|remissvar|skrivelse|utlåtande|motion)(?:$| till(?: \S+){1,2}$| \d| \())/i;
/** The city in a letterhead: "Malmö stad", "Upplands Väsby kommun" (not a title ending "... för en jämlik stad"). */
const LETTERHEAD_CITY = /^(?:\S+ )?\S+ (?:kommun|stad)$/i;
/** A postal address line ("581 91 Linköping"): the lines right above it are an address, not a title. */
const POSTAL = /^\d{3} ?\d{2} \p{Lu}/u;
/** Labels whose date is the meeting's: "Sammanträdesdatum", "Tid:", "... vid sammanträde med Socialnämnden Centrum 2020-09-15". */
const MEETING_LABEL = /^(?:sammanträdesdatum|sammanträde|tid)\b:?|^.*\bsammanträde (?:med|den)\b/i;
const JUSTERAT_LABEL = /^(?:justerat|justeringsdatum|dag för justering|justeringens plats och tid)\b:?/i;
const DATE_LABEL = /^(?:datum|utfärdat)\b:?/i;

/**
 * Joins words hyphenated across line ends ("kommunfullmäk-\ntige" -> "kommunfullmäktige"), and the
 * parts of a double name that OCR set a space after the hyphen in ("Hässelby- Vällingby"; a
 * suspended hyphen, "Vård- och omsorgsnämnden", is followed by a lower-case word).
 */
export function dehyphenate(text: string): string {
  return text.replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2').replace(/(\p{Lu}\p{Ll}+)- (\p{Lu}\p{Ll}+)/gu, '$1-$2');
}

/** The "Till" block of a Stockholm-style header: the nämnd addressed and its meeting date. */
interface TillBlock {
  namnd: string;
  meetingDate: string | null;
  /** First and last index (in content lines) of the block. */
  start: number;
  end: number;
}

function tillBlock(lines: Line[]): TillBlock | null {
  for (let i = 0; i < Math.min(lines.length, HEAD); i++) {
    const text = lines[i]!.text;
    const inline = /^Till\s+(\p{Lu}.*)$/u.exec(text);
    if (inline && findNamnder(inline[1]!).length) {
      return { namnd: findNamnder(inline[1]!)[0]!, meetingDate: findDates(inline[1]!)[0]?.iso ?? null, start: i, end: i };
    }
    if (!/^(?:Handläggare\s+)?Till$/.test(text)) continue;
    // The nämnd is the first name of a nämnd after the label (the handläggare's lines may come
    // first, flattened from the left column), its date the first date after that.
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
      const namnd = findNamnder(lines[j]!.text)[0];
      if (!namnd) continue;
      const sameLine = lines[j]!.text.slice(lines[j]!.text.indexOf(namnd) + namnd.length);
      for (let k = j; k < Math.min(lines.length, j + 3); k++) {
        const date = findDates(k === j ? sameLine : lines[k]!.text)[0];
        const onOtherLine = k > j ? findDates(lines[k]!.text).find((d) => !/telefon|tfn/i.test(lines[k]!.text)) : undefined;
        const found = date ?? onOtherLine;
        if (found) return { namnd, meetingDate: found.iso, start: i, end: k };
      }
      return { namnd, meetingDate: null, start: i, end: j };
    }
  }
  return null;
}

/** Whether a postal address line follows `line` within its block (no blank line between). */
function inAddress(all: Line[], line: Line): boolean {
  for (let k = line.n + 1; k < Math.min(all.length, line.n + 4) && all[k]!.text !== ''; k++) if (POSTAL.test(all[k]!.text)) return true;
  return false;
}

/** The title line with the lines it wraps onto. */
function unwrap(all: Line[], line: Line): string {
  return [line.text, ...wrappedLines(all, line.n, 2)].join(' ');
}

function findTitle(all: Line[], lines: Line[], doctype: string, tillEnd: number | null): string | null {
  // A title is a phrase in words: not a label, type line, heading, address, date, or a row of a
  // flattened table; nor a line with a phone number, whose label OCR may have damaged ("Yelefon;").
  const usable = (l: Line): boolean =>
    l.text.length >= 8 &&
    /\p{Ll}{2}/u.test(l.text) &&
    !NOT_TITLE.test(l.text) &&
    !TYPE_LINE.test(l.text) &&
    !isHeading(l.text) &&
    !/@|\.se$|\S {3,}\S/.test(l.text) &&
    !DATE_ONLY.test(l.text) &&
    !PHONE.test(l.text) &&
    !NAME.test(l.text) &&
    !inAddress(all, l);
  if (doctype === 'protokoll') return lines.find((l) => /^protokoll\b/i.test(l.text))?.text ?? null;
  // A kallelse is titled by the meeting it calls to.
  if (doctype === 'kallelse') {
    const meeting = lines.slice(0, HEAD).find((l) => /\bsammanträde\b/i.test(l.text) && !/\d/.test(l.text));
    if (meeting) return meeting.text;
  }
  // After the § of a protokollsutdrag, or after the Till block.
  const paragraph = lines.findIndex((l) => /^§ ?\d+$/.test(l.text));
  const from = paragraph >= 0 ? paragraph + 1 : tillEnd !== null ? tillEnd + 1 : -1;
  if (from >= 0) {
    const line = lines.slice(from, from + 3).find(usable);
    if (line) return unwrap(all, line);
  }
  // Otherwise the first line of the header that is neither letterhead, label, organ name, nor a person.
  const head = lines.slice(0, HEAD);
  const firstHeading = head.findIndex((l) => isHeading(l.text));
  const candidates = head.slice(0, firstHeading >= 0 ? firstHeading : head.length).filter(
    (l) => usable(l) && findNamnder(l.text).join(' ') !== l.text && findForvaltningar(l.text).join(' ') !== l.text && !looksLikeOrgan(l.text) && !LETTERHEAD_CITY.test(l.text) && !/^\p{Lu}+(?: \p{Lu}+)*$/u.test(l.text),
  );
  return candidates[0] ? unwrap(all, candidates[0]) : null;
}

/** "Stadsområdesnämnd Norr har beretts möjlighet att yttra sig": the nämnd giving a yttrande. */
const ANSWERING = /(\p{Lu}[\p{L} -]*?) har (?:beretts|fått|getts) (?:möjlighet|tillfälle) att yttra sig/u;

/**
 * The nämnd that decides or answers. A tjänsteutlåtande names it in its Till block; a yttrande is
 * addressed to another body, so its own nämnd is the one that was asked to answer, or the one in
 * its header.
 */
function findNamnd(lines: Line[], text: string, till: TillBlock | null, doctype: Doctype): string | null {
  const found = namndNamed(lines, text, till, doctype);
  return found && withDistrict(found, text);
}

function namndNamed(lines: Line[], text: string, till: TillBlock | null, doctype: Doctype): string | null {
  if (doctype === 'yttrande') {
    const answering = ANSWERING.exec(text);
    const named = answering ? findNamnder(answering[1]!)[0] : undefined;
    if (named) return named;
  } else if (till) {
    return till.namnd;
  }
  const decision = /^(\p{Lu}[\p{L} -]*(?:nämndens|styrelsens|fullmäktiges)) beslut\s*$/mu.exec(text);
  if (decision) return fromGenitive(decision[1]!);
  const motion = /^motion till (kommunfullmäktige|\p{L}*nämnden|kommunstyrelsen)\b/imu.exec(text);
  if (motion) return capitalise(motion[1]!.toLowerCase());
  const head = lines.slice(0, HEAD).filter((_, i) => till === null || i < till.start || i > till.end);
  for (const line of head) {
    const named = findNamnder(line.text);
    if (named.length) return named[0]!;
  }
  return till?.namnd ?? null;
}

/**
 * A case is registered before any document in it is written, so a number whose year is later than
 * the document's dates is an OCR misreading ("1.2.4-123/2049" in a page header of a 2019 document).
 * A year of slack allows for a date the OCR misread instead.
 */
function plausibleCase(dates: (string | null)[]): (dnr: string) => boolean {
  const years = dates.filter((d): d is string => d !== null).map((d) => Number(d.slice(0, 4)));
  if (years.length === 0) return () => true;
  const latest = Math.max(...years) + 1;
  return (dnr) => {
    // The serial may look like a year too ("KS 2019/2045"): one year in range is enough.
    const found = [...dnr.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]));
    return found.length === 0 || found.some((y) => y <= latest);
  };
}

/**
 * A title whose closing reference a worn copy lost at the end of its line ("…, motion (2017"), as
 * the document prints it whole elsewhere ("motion (2017:54)").
 */
function closeReference(title: string, text: string): string {
  const open = /(\S+ \([^()]*)$/u.exec(title);
  if (!open) return title;
  const whole = new RegExp(`${escapeRegExp(open[1]!)}[^()\\n]{1,12}\\)`, 'u').exec(text);
  return whole ? title.slice(0, open.index) + whole[0] : title;
}

/** Extracts metadata from document text. */
export function extract(rawText: string): DocumentMetadata {
  const meta = emptyMetadata();
  const text = unfoldTables(restoreLabels(dehyphenate(rawText.replace(/\r\n?/g, '\n'))));
  const all = splitLines(text);
  const lines = contentLines(all);
  if (lines.length === 0) return meta;

  meta.doctype = findDoctype(all, text);
  const till = tillBlock(lines);
  meta.namnd = findNamnd(lines, text, till, meta.doctype);
  const title = findTitle(all, lines, meta.doctype, till?.end ?? null);
  meta.title = title && closeReference(title, text);

  // The förvaltning is named in the letterhead, above the title (names may wrap onto a second line).
  const titleAt = lines.findIndex((l) => (meta.title !== null && meta.title.startsWith(l.text)) || isHeading(l.text));
  const letterhead = lines
    .slice(0, titleAt >= 0 ? titleAt : HEAD)
    .filter((l) => !inAddress(all, l))
    .map((l) => l.text)
    .join('\n');
  meta.forvaltning = findForvaltningar(letterhead.replace(/\n(?=\p{Ll})/gu, ' '))[0] ?? null;
  if (!meta.forvaltning && meta.namnd) meta.forvaltning = forvaltningInLetterhead(meta.namnd, letterhead);
  if (!meta.forvaltning && meta.namnd && meta.doctype === 'tjänsteutlåtande') meta.forvaltning = forvaltningOf(meta.namnd);

  // Dates by role. A label's date stands after it, or on the next line when the label stands
  // alone (headers flattened from tables: "Sammanträdesdatum" / "2019-05-27").
  const labelledAt = (label: RegExp): { date: string; line: number } | null => {
    for (let i = 0; i < lines.length; i++) {
      if (!label.test(lines[i]!.text)) continue;
      const rest = lines[i]!.text.replace(label, '');
      const date = parseDate(rest);
      if (date) return { date, line: i };
      const next = lines[i + 1];
      // Alone on its line, or with the stray punctuation OCR leaves ("Dag för justering,").
      if (/^[\s,.;:]*$/.test(rest) && next && DATE_ONLY.test(next.text)) return { date: parseDate(next.text)!, line: i + 1 };
    }
    return null;
  };
  const labelled = (label: RegExp): string | null => labelledAt(label)?.date ?? null;
  const justerat = labelledAt(JUSTERAT_LABEL);
  const meeting = labelledAt(MEETING_LABEL);
  meta.justerat = justerat?.date ?? null;
  // A kallelse's "Datum", beside "Tid" and "Plats", is the meeting's.
  meta.meetingDate = till?.meetingDate ?? meeting?.date ?? (meta.doctype === 'kallelse' ? labelled(/^datum\b:?/i) : null);
  if (!meta.meetingDate && meta.justerat && /justeras omedelbart|omedelbar justering|omedelbart justerad/i.test(text)) meta.meetingDate = meta.justerat;
  // The document's own date: labelled ("Datum", "Utfärdat"), a date standing alone in the header
  // ("2018-10-25") outside the Till block and not a label's value, or the signing line
  // ("Helsingborg den 12 mars 2020").
  const taken = new Set([justerat?.line, meeting?.line]);
  const standalone = lines.slice(0, HEAD).find((l, i) => (till === null || i < till.start || i > till.end) && !taken.has(i) && (DATE_ONLY.test(l.text) || PLACE_DATE.test(l.text)));
  const signed = lines.find((l) => PLACE_DATE.test(l.text));
  const own = meta.doctype === 'kallelse' ? labelled(/^utfärdat\b:?/i) : labelled(DATE_LABEL);
  meta.date = own ?? labelled(/^.*\butfärdat\b/i) ?? parseDate((standalone ?? signed)?.text ?? '');
  const deadline = /\bsenast(?: den)? ([^.\n]{6,25})/i.exec(text);
  meta.deadline = deadline ? parseDate(deadline[1]!) : null;

  const numbers = findCaseNumbers(all);
  const registered = plausibleCase([meta.date, meta.meetingDate, meta.justerat]);
  meta.dnr = numbers.own.filter(registered);
  meta.refDnr = numbers.ref.filter(registered);
  // Phone lines in a header look like letterhead; the handläggare block needs them.
  meta.handlaggare = findHandlaggare(all.filter((l) => l.text !== ''), text);
  const decisions = findDecisions(all);
  meta.forslagTillBeslut = decisions.forslagTillBeslut;
  meta.beslut = decisions.beslut;

  const paragraphs = lines.filter((l) => /^§ ?\d+$/.test(l.text)).map((l) => l.text.replace(/§ ?/, ''));
  if (paragraphs.length === 1) meta.paragraf = `§ ${paragraphs[0]}`;
  else if (paragraphs.length > 1) meta.paragraf = `§§ ${paragraphs[0]}-${paragraphs[paragraphs.length - 1]}`;

  meta.sections = findSections(all);
  meta.signatories = findSignatories(lines);
  return meta;
}
