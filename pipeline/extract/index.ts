/**
 * Metadata extraction: document text (clean, or repaired OCR) → the fields researchers facet on,
 * and the document's items. It reads the text model (pipeline/text), the case-number grammar and
 * the label tables (pipeline/grammar); it repairs nothing. Pure and total: odd input (empty,
 * English, a table of numbers) gives empty fields, never an exception.
 */
import { remissOf } from './remiss.ts';
import { swedishLexicon } from '../lexicon/lexicon.ts';
import { attendanceRoles } from './attendance.ts';
import { organisations, places } from './entities.ts';
import { acts, movers, partyMentions, personName, type PersonRole } from './politicians.ts';
import { findCaseNumbers, type CaseNumberSpan } from '../grammar/case-numbers.ts';
import { AGENDA_ONLY, MEETING_OR_UNREAD } from '../grammar/doctypes.ts';
import { CASE_NUMBER_LABEL, casedForms, headingRole } from '../grammar/labels.ts';
import { emptyMetadata, type DocumentMetadata } from '../document.ts';
import { forgetAll } from '../memo.ts';
import { contentLines, readText, type Line, type TextModel } from '../text/model.ts';
import { contentStream, type Stream } from '../text/stream.ts';
import { readDecisions } from './decisions.ts';
import { findDoctype, typeWords, type Structure } from './doctype.ts';
import { documentDates } from './document-dates.ts';
import { field, paragraphRange, readHeader, type HeaderField } from './header.ts';
import { agendaItems, paragraphItems, type Item } from './items.ts';
import { listEntries, noticeItems } from './entries.ts';
import { findMunicipality } from './municipality.ts';
import { findNamnd } from './namnd.ts';
import { findForvaltning } from './forvaltning.ts';
import { findHandlaggare } from './handlaggare.ts';
import { findAddressee } from './addressee.ts';
import { findTitle } from './title.ts';
import { findSections } from './sections.ts';
import { findSignatories } from './people.ts';

/** What extraction knows of a document's layout once it has read it, for the stages after it. */
export interface Reading {
  model: TextModel;
  stream: Stream;
  header: HeaderField[];
  /** Content lines of the header block (before the first item or section). */
  head: Line[];
  items: Item[];
  /** Where the header block ends in the text: at the first item or section heading (the text's end when it has neither). */
  bodyStart: number;
}

/** Extracts metadata from document text. */
export function extract(rawText: string): DocumentMetadata {
  return read(rawText).meta;
}

/** Extraction with the reading it was made from. */
export function read(rawText: string): { meta: DocumentMetadata; reading: Reading | null } {
  forgetAll();
  const meta = emptyMetadata();
  const model = readText(rawText.replace(/\r\n?/g, '\n'));
  const lines = contentLines(model);
  if (lines.length === 0) return { meta, reading: null };
  const stream = contentStream(model);

  // The header block: the first page, and for a protokoll everything before its first §.
  const firstPage = lines.filter((l) => l.page === lines[0]!.page);
  /** The model's lines (blank ones too, which end a block) from the first content line up to `end`. */
  const block = (end: number, pageOnly = false): Line[] => model.lines.filter((l) => l.start >= lines[0]!.start && l.start < end && (!pageOnly || l.page === lines[0]!.page));
  let header = readHeader(block(Infinity, true), undefined, model.doubleSpaced);
  const range = paragraphRange(field(header, 'paragraphs')?.value ?? '');
  const words = typeWords(lines, model.wrapperTitle);
  // A protokoll shows itself by its type word, its bevis (anslag) block or its paragraph range; a
  // kallelse may print a justering too.
  const protokollMarks = (words.some((w) => w.doctype === 'protokoll' || w.doctype === 'protokollsutdrag') || header.some((f) => f.role === 'anslag') || range !== null) && words[0]?.doctype !== 'kallelse';
  let items = paragraphItems(stream, range, protokollMarks);
  const paragraphs = items.length;
  const headEnd = items[0]?.start ?? (lines[Math.min(lines.length - 1, firstPage.length + 20)]?.start ?? rawText.length);
  const headBlock = paragraphs > 0 ? block(headEnd) : block(Infinity, true);
  if (paragraphs > 0) header = readHeader(headBlock, undefined, model.doubleSpaced);
  const headLines = paragraphs > 0 ? lines.filter((l) => l.start < headEnd) : firstPage;
  const year = yearOf(header, headLines);
  if (year !== undefined) header = readHeader(headBlock, year, model.doubleSpaced);

  const flat = model.flattened || lines.some((l) => l.text.length > 400);
  let agenda: Item[] = [];
  let entries: Item[] = [];
  if (paragraphs === 0) {
    entries = listEntries(stream);
    agenda = agendaItems(stream, agendaStart(stream), flat);
  }
  const notice = model.lines.some((l) => l.role === 'wrapper' && ['skip link', 'page dates', 'share', 'old news warning'].includes(l.wrapper ?? '')) || /\bPRESSMEDDELANDE\b/.test(stream.text.slice(0, 400));
  const provisionalTitle = findTitle({ model, lines, header, items, doctype: 'okänd', words });
  const caseHeader = (header.some((f) => f.role === 'handlaggare') || findAddressee(lines) !== null) && lines.some((l) => headingRole(l.text) === 'proposal');
  const decisionHeading = lines.some((l) => headingRole(l.text) === 'decision' && /s\s+beslut$/i.test(l.text));
  const justering = header.some((f) => f.role === 'justering' || f.role === 'anslag') || lines.some((l) => /^(?:Justerat|Vid protokollet|Justerandes sign|Dag för justering)\b/.test(l.text));
  const structure: Structure = { paragraphs, agendaItems: agenda.length, entries: entries.length, justering, notice, title: provisionalTitle, caseHeader, decisionHeading };
  meta.doctype = findDoctype(words, structure);
  if (meta.doctype === 'anmälningslista' && entries.length) items = entries;
  else if (meta.doctype === 'beslut') items = noticeItems(stream, flat);
  else if (paragraphs === 0 && (meta.doctype === 'kallelse' || (meta.doctype === 'okänd' && agenda.filter((a) => a.number !== null).length >= 3))) items = agenda;
  meta.items = items;
  // A case document's or agenda's header ends where its items or its first section begin.
  let bodyStart = paragraphs > 0 ? headEnd : rawText.length;
  if (paragraphs === 0) {
    const firstHeading = lines.findIndex((l) => headingRole(l.text) !== null);
    const end = Math.min(items[0]?.start ?? Infinity, firstHeading >= 0 ? lines[firstHeading]!.start : Infinity);
    if (end < Infinity) header = readHeader(block(end, true), year, model.doubleSpaced);
    bodyStart = Math.min(bodyStart, end);
  }

  meta.title = findTitle({ model, lines, header, items, doctype: meta.doctype, words });
  const dates = documentDates({ model, lines, header, headLines, doctype: meta.doctype, year, stream });
  meta.date = dates.date;
  meta.meetingDate = dates.meetingDate;
  meta.justerat = dates.justerat;

  // Case numbers: an itemised document's are its items'; others' by label and context.
  const headZoneEnd = headLines[headLines.length - 1]?.end ?? 0;
  const numbers = findCaseNumbers(rawText.replace(/\r\n?/g, '\n'), { headEnd: Math.min(headZoneEnd, 400) }).filter((s) => onContent(model, s));
  const itemised = items.length > 0 && ['protokoll', 'protokollsutdrag', 'kallelse', 'anmälningslista', 'beslut'].includes(meta.doctype);
  // A case is registered before any document in it is written: a number whose years are all later
  // than the document's dates (a year of slack for a misread date) is an OCR misreading ("…/2049").
  const latest = Math.max(...[meta.date, meta.meetingDate, meta.justerat].filter((d): d is string => d !== null).map((d) => Number(d.slice(0, 4))));
  const plausible = (c: string): boolean => {
    const years = [...c.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => Number(m[0]));
    return !Number.isFinite(latest) || years.length === 0 || years.some((y) => y <= latest + 1);
  };
  if (itemised) {
    // In the order the text first prints them (a § may cite a later §'s case before it).
    const own = new Set(items.flatMap((i) => i.dnr));
    // A number alone on its line (or after its label) heads an item as printed above or under a
    // § (FACTS protokoll F0.9) or in an agenda's flattened column: the document's own, also where
    // OCR damaged the item's head so no item holds it. A reference is cited in a sentence.
    for (const s of numbers) if (s.kind === 'case' && aloneOnLine(rawText, s)) own.add(s.canonical);
    // An agenda's rows whose item OCR damaged past reading keep their numbers (see AGENDA_ONLY).
    if (AGENDA_ONLY.has(meta.doctype)) for (const n of ownAndReferenced(numbers, rawText, header, headZoneEnd, true, true).own) own.add(n);
    meta.dnr = unique([...numbers.filter((s) => own.has(s.canonical)).map((s) => s.canonical), ...own]);
    meta.refDnr = unique(numbers.map((s) => s.canonical).filter((c) => !meta.dnr.includes(c)));
  } else {
    // A document of an itemised kind whose items OCR lost keeps the numbers that headed them; so
    // does one whose type OCR left unread (what a worn protokoll becomes). A case document's
    // numbers keep their labels and head zone.
    const itemKind = MEETING_OR_UNREAD.has(meta.doctype);
    const { own, ref } = ownAndReferenced(numbers, rawText, header, headZoneEnd, itemKind, AGENDA_ONLY.has(meta.doctype));
    meta.dnr = own.filter(plausible);
    meta.refDnr = ref.filter(plausible);
  }
  Object.assign(meta, remissOf(numbers, rawText));

  meta.namnd = findNamnd({ model, lines, header, items, doctype: meta.doctype, title: meta.title, stream });
  meta.forvaltning = findForvaltning({ lines, header, headLines, doctype: meta.doctype, namnd: meta.namnd, stream, items });
  meta.municipality = findMunicipality(model);
  meta.handlaggare = ['protokoll', 'protokollsutdrag', 'kallelse', 'anmälningslista', 'beslut'].includes(meta.doctype) ? null : findHandlaggare(model, lines, header, headLines, stream.text);

  if (itemised) {
    meta.beslut = items.flatMap((i) => i.beslut);
    meta.forslagTillBeslut = items.flatMap((i) => i.forslagTillBeslut);
    // A list's proposals stand outside its entries ("Förslag / Kommunfullmäktige godkänner avsägelserna …").
    if (meta.doctype === 'anmälningslista' && meta.forslagTillBeslut.length === 0) meta.forslagTillBeslut = readDecisions(stream.text).forslagTillBeslut;
  } else {
    const decisions = readDecisions(stream.text);
    meta.beslut = decisions.beslut;
    meta.forslagTillBeslut = decisions.forslagTillBeslut;
  }
  if (meta.doctype === 'protokollsutdrag' && items.length === 1) meta.paragraf = items[0]!.paragraf;
  const deadline = /\bsenast(?: den)? ([^.\n]{6,25})/i.exec(stream.text);
  meta.deadline = deadline ? (findDatesIn(deadline[1]!) ?? null) : null;
  meta.sections = findSections(stream.text);
  meta.signatories = findSignatories(lines);
  // People: politicians named with their party, those who signed, the handläggare.
  const mentions = partyMentions(rawText, swedishLexicon());
  // Ledamöter, ersättare, justerare and officials, from the attendance lists of protokoll and kallelser.
  const attendance = attendanceRoles(header.filter((f) => f.role === 'attendance'), swedishLexicon());
  // Their parts, where the document says them: signed as, handläggare, motionär.
  const parts = [...meta.signatories.map((s) => ({ name: s.name, role: s.role.toLowerCase() })), ...(meta.handlaggare?.name ? [{ name: meta.handlaggare.name, role: 'handläggare' }] : [])];
  const roles: PersonRole[] = [
    ...parts.flatMap((p) => {
      const name = personName(p.name, swedishLexicon());
      return name ? [{ name, role: p.role }] : [];
    }),
    ...movers(rawText, swedishLexicon()).map((name) => ({ name, role: 'motionär' })),
    ...acts(rawText, swedishLexicon()),
    ...attendance.roles,
  ];
  meta.people = unique([...mentions.map((m) => m.name), ...roles.map((r) => r.name), ...attendance.people]);
  const memberships = [...mentions, ...attendance.parties];
  meta.personParties = memberships.filter((m, i) => memberships.findIndex((x) => x.name === m.name) === i);
  meta.parties = unique(meta.personParties.map((m) => m.party));
  meta.personRoles = roles.filter((r, i) => roles.findIndex((x) => x.name === r.name && x.role === r.role) === i);
  meta.organisations = organisations(rawText, swedishLexicon());
  meta.places = places(rawText, swedishLexicon(), meta.people);
  return { meta, reading: { model, stream, header, head: headLines, items, bodyStart } };
}

function findDatesIn(text: string): string | null {
  return /\b(?:19|20)\d\d\b/.test(text) ? (readDate(text) ?? null) : null;
}

import { parseDate as readDate } from './dates.ts';

const unique = (list: string[]): string[] => [...new Set(list)];

/** The year of the meeting or document, for dates printed without one. */
function yearOf(header: HeaderField[], head: Line[]): number | undefined {
  const dated = header.find((f) => f.date && !f.date.yearless && f.role !== 'justering')?.date ?? header.find((f) => f.date && !f.date.yearless)?.date;
  if (dated) return Number(dated.iso.slice(0, 4));
  for (const l of head) {
    const y = /\b((?:19|20)\d\d)-\d\d-\d\d\b|\b\d{1,2} \p{L}+ ((?:19|20)\d\d)\b/u.exec(l.text);
    if (y) return Number(y[1] ?? y[2]);
  }
  return undefined;
}

/** Where an agenda's list starts: after its heading ("Föredragningslista", "Ärenden", "Dagordning") or after the header. */
function agendaStart(stream: Stream): number {
  const heading = /(?:^|\n|\s)(?:Föredragningslista|Ärendelista|Ärenden:|Ärende\s*\/\s*Föredragande|Dagordning|Följande ärenden|Nr\.?\s+Ärende)/.exec(stream.text);
  return heading ? heading.index : 0;
}

/** A span that is on a content line (not in a hosting site's wrapper or a running header). */
function onContent(model: TextModel, span: CaseNumberSpan): boolean {
  const line = model.lines.find((l) => span.start >= l.start && span.start < Math.max(l.end, l.start + 1));
  return !line || line.role === 'content';
}

/**
 * Whether a case number stands alone on its line, or after an own label ("Dnr KS 2019/58"), also
 * where the label follows a §'s head that OCR damaged past reading ("KSAU BB 2016 Dnr 2016/187"
 * for "KSAU 88/2016 Dnr 2016/187": capitals, digits and marks, no word of a sentence).
 */
function aloneOnLine(text: string, span: CaseNumberSpan): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', span.end);
  const before = text.slice(lineStart, span.start);
  return (OWN_LABEL_ONLY.test(before) || HEAD_THEN_LABEL.test(before)) && text.slice(span.end, lineEnd < 0 ? text.length : lineEnd).trim() === '';
}
/**
 * Labels of a document's own case number ("Dnr", "Vår beteckning"; the grammar's table), as
 * `ownAndReferenced` reads them too; each also in capitals ("DNR", "DIARIENR:", "VÅR BETECKNING").
 */
const OWN_LABEL = `(?:${casedForms(CASE_NUMBER_LABEL)})(?![\\p{L}])`;
const OWN_LABEL_ONLY = new RegExp(String.raw`^\s*(?:${OWN_LABEL}[.:]?\s*)?$`, 'u');
const OWN_LABEL_BEFORE = new RegExp(String.raw`${OWN_LABEL}[.:]?\s*$`, 'u');
/** An own label alone on the line above the number ("Diarienummer" / "KS 2019/58"). */
const OWN_LABEL_ALONE = new RegExp(String.raw`(?:^|\n)${OWN_LABEL}\s*\n\s*$`, 'u');
/** A §'s head as OCR left it (capitals, digits, marks), then an own label: see `aloneOnLine`. */
const HEAD_THEN_LABEL = new RegExp(String.raw`^\s*(?:§\s*)?[\p{Lu}\d][\p{Lu}\d§/.:\s-]{0,24}\s(?:${OWN_LABEL})[.:]?\s*$`, 'u');

/** Words on a line that make a number there a reference to another case. */
const REFERENCE_CUE = /remi(?:ss|tter)|svar på|svar till|\bmotion|skrivelse från|hänvisa|yttrande över|betänkande|promemoria|beslut i|tidigare|\b(?:er|ert) (?:referens|beteckning|diarienummer|dnr)\b|\bhos\s+\p{L}+/iu;

/**
 * Own and referenced case numbers of a document that is not itemised. Government designations are
 * references; a number under an own label (Dnr, Diarienummer, Vår beteckning) or alone in the
 * header is the document's own; one under a reference label (Er referens, Ert diarienummer, Ref)
 * or in a sentence that speaks of a remiss, a reply or a motion is a reference. With `itemKind`
 * (a protokoll or agenda whose items OCR lost), a number alone on its line is its own too; with
 * `agenda` (AGENDA_ONLY) every number not in parentheses or under a reference's label.
 */
function ownAndReferenced(numbers: CaseNumberSpan[], text: string, header: HeaderField[], headEnd: number, itemKind: boolean, agenda = false): { own: string[]; ref: string[] } {
  const own: string[] = [];
  const ref: string[] = [];
  const refFields = header.filter((f) => f.role === 'refDnr');
  for (const s of numbers) {
    if (s.kind !== 'case') {
      if (!ref.includes(s.canonical)) ref.push(s.canonical);
      continue;
    }
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    const before = text.slice(Math.max(lineStart - 120, 0), s.start);
    const labelBefore = OWN_LABEL_BEFORE.test(text.slice(Math.max(lineStart, s.start - 40), s.start)) || OWN_LABEL_ALONE.test(before);
    const underRef = refFields.some((f) => s.start >= f.start && s.start < f.start + f.label.length + f.value.length + 4);
    // A cue in the same sentence before the number ("Svar på remiss från kommunstyrelsen Dnr: …"),
    // on its line or on the line before when the sentence wraps onto this one in lower case.
    const lineText = text.slice(Math.max(lineStart, s.start - 160), s.start);
    const previousLine = /^\p{Ll}/u.test(text.slice(lineStart, lineStart + 2)) ? text.slice(Math.max(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 160), lineStart) : '';
    const cue = REFERENCE_CUE.test(`${previousLine}${lineText}`.split(/[.!?]\s/).pop() ?? '');
    const inParens = text[s.start - 1] === '(' || /\((?:dnr|Dnr|Dnr\.)[.:]?\s*$/.test(text.slice(Math.max(0, s.start - 8), s.start));
    let target: string[];
    // An agenda's row names its case's subject ("Svar på remiss om …", "Yttrande över motion"):
    // there the words are the item's title, and only parentheses mark a number it cites.
    if (underRef || (cue && !agenda) || (inParens && (agenda || s.start > headEnd))) target = ref;
    else if (labelBefore || s.start <= headEnd || agenda || (itemKind && aloneOnLine(text, s))) target = own;
    else target = ref;
    if (!target.includes(s.canonical)) target.push(s.canonical);
  }
  return { own, ref: ref.filter((r) => !own.includes(r)) };
}
