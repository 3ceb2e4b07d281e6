/**
 * Metadata extraction: turns document text (clean, or repaired OCR) into the structured fields
 * researchers facet on. Pure and total: odd input (empty, English, a table of numbers) gives empty
 * fields, never an exception.
 */
import { emptyMetadata, type DocumentMetadata } from '../document.ts';
import { findDates, parseDate } from './dates.ts';
import { findDecisions } from './decisions.ts';
import { findDoctype } from './doctype.ts';
import { findCaseNumbers } from './dnr.ts';
import { restoreLabels } from './labels.ts';
import { contentLines, splitLines, type Line } from './lines.ts';
import { capitalise, findForvaltningar, findNamnder, forvaltningOf, fromGenitive } from './organs.ts';
import { findHandlaggare, findSignatories } from './people.ts';
import { findSections, isHeading } from './sections.ts';

/** How many content lines count as the letterhead and title block. */
const HEAD = 25;
const DATE_ONLY = /^(?:\d{4}-\d\d-\d\d|\d{1,2} \p{L}+ \d{4})$/u;
/** Lines of the header that are labels or letterhead, not a title. */
const NOT_TITLE = /^(?:handläggare|till\b|telefon|tfn|e-post|dnr|diarienummer|datum|vår |er |sida |ärendenummer|sammanträdesdatum|tid:|plats:|kallelse|protokoll|tjänste|yttrande$|skrivelse$|motion till|remissyttrande$|utlåtande$|\d|§)/i;

/** Joins words hyphenated across line ends ("kommunfullmäk-\ntige" -> "kommunfullmäktige"). */
export function dehyphenate(text: string): string {
  return text.replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2');
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
      return { namnd: findNamnder(inline[1]!)[0]!, meetingDate: null, start: i, end: i };
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

function findTitle(lines: Line[], doctype: string, tillEnd: number | null): string | null {
  const usable = (l: Line): boolean =>
    l.text.length >= 8 && !NOT_TITLE.test(l.text) && !isHeading(l.text) && !/@|\.se$/.test(l.text) && !DATE_ONLY.test(l.text);
  if (doctype === 'protokoll') return lines.find((l) => /^protokoll\b/i.test(l.text))?.text ?? null;
  // After the § of a protokollsutdrag, or after the Till block.
  const paragraph = lines.findIndex((l) => /^§ ?\d+$/.test(l.text));
  const from = paragraph >= 0 ? paragraph + 1 : tillEnd !== null ? tillEnd + 1 : -1;
  if (from >= 0) {
    const line = lines.slice(from, from + 3).find(usable);
    if (line) return line.text;
  }
  // Otherwise the first line of the header that is neither letterhead, label, organ name, nor a person.
  const head = lines.slice(0, HEAD);
  const firstHeading = head.findIndex((l) => isHeading(l.text));
  const candidates = head.slice(0, firstHeading >= 0 ? firstHeading : head.length).filter(
    (l) => usable(l) && findNamnder(l.text).join(' ') !== l.text && findForvaltningar(l.text).join(' ') !== l.text && !/kommun$|^\p{Lu}+(?: \p{Lu}+)*$|stad$/u.test(l.text),
  );
  return candidates[0]?.text ?? null;
}

function findNamnd(lines: Line[], text: string, till: TillBlock | null): string | null {
  if (till) return till.namnd;
  const decision = /^(\p{Lu}[\p{L} -]*(?:nämndens|styrelsens|fullmäktiges)) beslut\s*$/mu.exec(text);
  if (decision) return fromGenitive(decision[1]!);
  const motion = /^motion till (kommunfullmäktige|\p{L}*nämnden|kommunstyrelsen)\b/imu.exec(text);
  if (motion) return capitalise(motion[1]!.toLowerCase());
  const head = lines.slice(0, HEAD);
  for (const line of head) {
    const named = findNamnder(line.text);
    if (named.length) return named[0]!;
  }
  return null;
}

/** Extracts metadata from document text. */
export function extract(rawText: string): DocumentMetadata {
  const meta = emptyMetadata();
  const text = restoreLabels(dehyphenate(rawText.replace(/\r\n?/g, '\n')));
  const all = splitLines(text);
  const lines = contentLines(all);
  if (lines.length === 0) return meta;

  meta.doctype = findDoctype(all, text);
  const till = tillBlock(lines);
  meta.namnd = findNamnd(lines, text, till);
  meta.title = findTitle(lines, meta.doctype, till?.end ?? null);

  // The förvaltning is named in the letterhead, above the title (names may wrap onto a second line).
  const titleAt = lines.findIndex((l) => l.text === meta.title || isHeading(l.text));
  const letterhead = lines.slice(0, titleAt >= 0 ? titleAt : HEAD).map((l) => l.text).join('\n');
  meta.forvaltning = findForvaltningar(letterhead.replace(/\n(?=\p{Ll})/gu, ' '))[0] ?? null;
  if (!meta.forvaltning && meta.namnd && meta.doctype === 'tjänsteutlåtande') meta.forvaltning = forvaltningOf(meta.namnd);

  // Dates by role.
  const labelled = (label: RegExp): string | null => {
    for (const l of lines) {
      const date = label.test(l.text) ? parseDate(l.text.replace(label, '')) : null;
      if (date) return date;
    }
    return null;
  };
  meta.justerat = labelled(/^justerat\b|^justeringsdatum\b/i);
  meta.meetingDate = till?.meetingDate ?? labelled(/^(?:sammanträdesdatum|sammanträde|tid)\b:?/i);
  if (!meta.meetingDate && meta.justerat && /justeras omedelbart|omedelbar justering/i.test(text)) meta.meetingDate = meta.justerat;
  // The document's own date: labelled ("Datum", "Utfärdat"), or a date standing alone in the
  // header ("2018-10-25", "Västerås, den 4 september 2019") outside the Till block.
  const standalone = lines.slice(0, HEAD).find(
    (l, i) => (till === null || i < till.start || i > till.end) && (DATE_ONLY.test(l.text) || /^\p{Lu}\p{Ll}+, den /u.test(l.text)),
  );
  meta.date = labelled(/^(?:datum|utfärdat)\b:?/i) ?? labelled(/^.*\butfärdat\b/i) ?? (standalone ? parseDate(standalone.text) : null);
  const deadline = /\bsenast(?: den)? ([^.\n]{6,25})/i.exec(text);
  meta.deadline = deadline ? parseDate(deadline[1]!) : null;

  const numbers = findCaseNumbers(all);
  meta.dnr = numbers.own;
  meta.refDnr = numbers.ref;
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
