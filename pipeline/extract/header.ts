/**
 * Header blocks read as label/value pairs, in the orders and flattenings the corpus shows (FACTS
 * F0.1, C "Header layout"): "Label value" on a line, a label over its value, a two-column table
 * flattened into one line, and "all labels first, all values after". A value is recognised by its
 * type (a date, a case number, a body's name, a paragraph range), so a value the flattening moved
 * away from its label is given back to the first label that waits for a value of that type.
 */
import { findCaseNumbers } from '../grammar/case-numbers.ts';
import { ANY_LABEL, HEADER_LABELS, headingRole, strippedToo, type LabelRole } from '../grammar/labels.ts';
import type { Line } from '../text/model.ts';
import { memoize } from '../memo.ts';
import { findBodies } from './bodies.ts';
import { findDates, type FoundDate } from './dates.ts';
import { flat } from '../text/hyphens.ts';

export interface HeaderField {
  role: LabelRole;
  /** The label as printed. */
  label: string;
  /** The text between this label and the next, as printed, whitespace collapsed. */
  value: string;
  /** Offset of the label in the document's text. */
  start: number;
  /** A date for this label: printed in its value, or moved there from where the flattening put it. */
  date: FoundDate | null;
  /** The line the label stands on (index in the model). */
  line: number;
}

/** Labels whose value is a date. */
const DATE_ROLES: ReadonlySet<LabelRole> = new Set(['date', 'meetingDate', 'placeTime', 'justering']);
/** Labels whose value may hold a date that belongs to another label (a flattened attendance list). */
const FLOATING: ReadonlySet<LabelRole> = new Set(['attendance', 'signature', 'organ', 'handlaggare', 'paragraphs', 'dnr', 'anslag', 'page']);
/** Generic words that are labels only at the start of a line or before a colon ("Tid: 9:00", "Plats: Kajutan"). */
const WEAK = new RegExp(strippedToo('^(?:Tid|Plats|Dag|Till|Kontor|Enhet|Avdelning|Förvaltning|Referens|Beteckning|Ref|Tel|Mobil|Forum|Instans|Klockan|Omfattning|Justerare|Ordförande|Sekreterare|Justerande|Ledamöter|Ersättare|Närvarande|Datum|Organ|Underskrift|Sida|Sid|Blad)$'), 'i');

interface Hit {
  role: LabelRole;
  start: number;
  end: number;
}

const FAMILIES = HEADER_LABELS.map((l) => ({ role: l.role, regex: new RegExp(`(?:${strippedToo(l.forms)})(?![\\p{L}])`, 'iuy') }));
/** Any label at all, tried first at each capital: most capitals open no label, and then one test settles it. */
const SOME_LABEL = new RegExp(`(?:${ANY_LABEL})(?![\\p{L}])`, 'iuy');
/**
 * Where a label can start: a capital letter (labels are Swedish words) opening a word. The label
 * table is tried only there (a sticky match per family), not at every character of the block; the
 * letter is matched before the check of what precedes it, which keeps the scan itself cheap.
 */
const CAPITAL_WORD = /[A-ZÅÄÖ](?<![\p{L}\p{N}-].)/gu;

/**
 * Whether what follows a generic label inside a flattened header is a value of its kind ("Organ
 * Kommunstyrelsen", "Datum 2022-11-08", "Tid: Onsdag 17 juni …"): then the word is the label.
 */
function typedValue(role: LabelRole, after: string): boolean {
  const text = after.replace(/^[\s:]+/, '');
  switch (role) {
    case 'organ':
    case 'till':
      return findBodies(text).some((b) => b.index === 0);
    case 'date':
    case 'meetingDate':
    case 'placeTime':
    case 'justering':
      return /^(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2} \p{L}+|\p{L}+dag(?:en)?\b|kl\b|klockan\b)/iu.test(text);
    case 'dnr':
    case 'refDnr':
      return findCaseNumbers(`Dnr ${text}`).some((c) => c.start === 4);
    case 'forvaltning':
      return /^\p{Lu}[\p{L}-]{0,40}(?:förvaltningen|kontoret|avdelningen|enheten)\b/u.test(text);
    case 'page':
      return /^\d{1,3}\s?(?:\(\d{1,3}\)|\/\s?\d{1,3})?(?!\S)/u.test(text);
    default:
      return false;
  }
}

/** A line that opens a block of its own: a heading in capitals ("BEVIS", "ANSLAG/BEVIS"), an agenda's numbered item. */
const OWN_BLOCK = /^(?:[\p{Lu}/ -]{4,}|\d{1,3}\.\s.*)$/u;

/**
 * The header fields of `lines` (the header block: the first page, or what comes before the first
 * § or section). `year` completes dates printed without one (a justering "Torsdagen den 23 mars").
 */
export function readHeader(lines: Line[], year?: number, doubleSpacedText = false): HeaderField[] {
  // A block with a blank line after most of its lines (5dok's text; OCR of a header table whose rows
  // stand apart) marks no ends of values with them.
  const doubleSpaced = doubleSpacedText || spacedBlock(lines);
  // One string of the block, each line on its own, with its start in the document.
  // A blank line ends a label's value in line-preserving text (a header block is a block).
  let zone = '';
  const starts: { at: number; line: Line }[] = [];
  for (const line of lines) {
    if (line.role !== 'content') continue;
    if (line.blank) {
      if (zone && !zone.endsWith('\n\n') && !doubleSpaced) zone += '\n';
      continue;
    }
    starts.push({ at: zone.length, line });
    zone += `${line.text}\n`;
  }
  if (starts.length === 0) return [];
  const toSource = (at: number): { offset: number; line: number } => {
    let k = starts.length - 1;
    while (k > 0 && starts[k]!.at > at) k--;
    return { offset: starts[k]!.line.start + (at - starts[k]!.at), line: starts[k]!.line.n };
  };

  const kept = labelsIn(zone);
  // Each field's value as the block prints it, its lines apart (see `stackedRows`).
  const raw: string[] = [];

  const fields: HeaderField[] = kept.map((h, i) => {
    const next = kept[i + 1]?.start ?? zone.length;
    const blank = zone.indexOf('\n\n', h.end);
    let valueEnd = Math.min(next, blank >= 0 ? blank : zone.length);
    // A label with nothing after it before a blank line: a scan's OCR set its value apart, where the
    // print leaves more room between a label and its value than between lines ("Plats och tid", a
    // blank line, "Kommunstyrelsens sammanträdesrum, kl. 13:15-15:05", "Beslutande").
    // A heading in capitals ("BEVIS") or an agenda's first item opens a block of its own instead.
    if (blank >= 0 && valueEnd === blank && zone.slice(h.end, blank).replace(/[\s:.]+/g, '') === '') {
      const lineEnd = zone.indexOf('\n', blank + 2);
      const firstLine = zone.slice(blank + 2, lineEnd >= 0 ? lineEnd : zone.length);
      const after = zone.indexOf('\n\n', blank + 2);
      if (!OWN_BLOCK.test(firstLine.trim())) valueEnd = Math.min(next, after >= 0 ? after : zone.length);
    }
    raw.push(zone.slice(h.end, valueEnd).replace(/^[\s:.]+/, ''));
    const value = flat(raw[i]!).trim();
    const source = toSource(h.start);
    return { role: h.role, label: zone.slice(h.start, h.end), value, start: source.offset, date: null, line: source.line };
  });

  stackedRows(fields, raw);

  // Dates: a date label's own date, else one that a flattening moved into a later attendance,
  // signature or organ value, given to the first date label still waiting.
  const waiting: HeaderField[] = [];
  for (const field of fields) {
    const dates = findDates(field.value, year);
    // "Organ och sammanträdesdatum Barn- och utbildningsnämnden 2017-03-16": the organ's label names a date too.
    if (DATE_ROLES.has(field.role) || /sammanträdesdatum/i.test(field.label)) {
      if (dates[0]) field.date = dates[0];
      else waiting.push(field);
    } else if (FLOATING.has(field.role)) {
      // An anslag's own dates follow it; only a table's first value row may belong to a label before.
      for (const d of field.role === 'anslag' ? dates.slice(0, 1) : dates) {
        const taker = waiting.shift();
        if (!taker) break;
        taker.date = d;
      }
    }
  }
  return fields;
}

/**
 * The labels of a header block's text, in order, the longest where two overlap ("Tid och plats för
 * justering" over "Tid och plats"). Remembered per document: extraction reads the same block again
 * once it knows the year or where the header ends.
 */
const labelsIn = memoize((zone: string): readonly Hit[] => {
  const hits: Hit[] = [];
  // A label is capitalised (or in capitals); a generic word is one only where a label stands.
  for (const start of zone.matchAll(CAPITAL_WORD)) {
    SOME_LABEL.lastIndex = start.index;
    if (!SOME_LABEL.test(zone)) continue;
    for (const { role, regex } of FAMILIES) {
      regex.lastIndex = start.index;
      const m = regex.exec(zone);
      if (!m) continue;
      const text = m[0];
      const lineStart = m.index === 0 || zone[m.index - 1] === '\n' || /\s{2,}$/.test(zone.slice(Math.max(0, m.index - 3), m.index));
      const colon = zone[m.index + text.length] === ':';
      // A row of labels over a row of values ("Datum Sid" / "2023-11-09 9 (21)"): a generic word
      // right after another label on its line is the next column's label.
      const previous = hits[hits.length - 1];
      const inRow = previous !== undefined && previous.end < m.index && /^[ \t]+$/.test(zone.slice(previous.end, m.index));
      if (WEAK.test(text) && !lineStart && !colon && !inRow && !typedValue(role, zone.slice(m.index + text.length, m.index + text.length + 80))) continue;
      hits.push({ role, start: m.index, end: m.index + text.length });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && h.end > k.start)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}, 16);

/** Labels whose value is one line: a table's cells, which a flattening may stack label over label. */
const CELL_ROLES: ReadonlySet<LabelRole> = new Set(['date', 'meetingDate', 'dnr', 'refDnr', 'handlaggare', 'phone', 'email', 'page', 'paragraphs', 'forvaltning', 'till', 'organ']);

/**
 * A table flattened one cell per line, its labels first and its values after ("Datum" /
 * "Diarienummer" / "2021-02-03" / "SV 2021/123"; "Kontaktperson" / "Telefon" / "Lina Ek" /
 * "019-21 45 67": Örebro's letterhead, protokoll/FACTS 2c "one cell per line"): every label of the
 * run but the last stands alone, the last holds the values. Each label takes the value line of its
 * place; the last keeps the rest. Dates find their labels this way too (see `readHeader`).
 */
function stackedRows(fields: HeaderField[], raw: string[]): void {
  for (let i = 0; i < fields.length; i++) {
    let k = i;
    while (k < fields.length - 1 && CELL_ROLES.has(fields[k]!.role) && raw[k]!.trim() === '' && fields[k + 1]!.line === fields[k]!.line + 1) k++;
    if (k === i || !CELL_ROLES.has(fields[k]!.role)) continue;
    const rows = raw[k]!.split('\n').map((r) => r.trim()).filter(Boolean);
    if (rows.length < k - i + 1) continue;
    for (let j = i; j < k; j++) fields[j]!.value = rows[j - i]!;
    fields[k]!.value = flat(rows.slice(k - i).join('\n')).trim();
    i = k;
  }
}

/** Most of a block's lines (three in four, six lines at least) have a blank line after them. */
function spacedBlock(lines: Line[]): boolean {
  const filled = lines.filter((l) => l.role === 'content' && !l.blank);
  if (filled.length < 6) return false;
  let spaced = 0;
  for (let i = 0; i < lines.length - 1; i++) if (!lines[i]!.blank && lines[i]!.role === 'content' && lines[i + 1]!.blank) spaced++;
  return spaced >= filled.length * 0.75;
}

/** The first field of a role with a value, or a date. */
export function field(fields: HeaderField[], role: LabelRole): HeaderField | undefined {
  return fields.find((f) => f.role === role && (f.value !== '' || f.date !== null));
}

/** Case numbers printed in a field's value. */
export function caseNumbersIn(f: HeaderField): string[] {
  return findCaseNumbers(`Dnr ${f.value}`).map((c) => c.canonical);
}

/**
 * A paragraph range ("201-204", "§21 -§23", "§§ 55-65", "84-97"): first and last number, or null.
 */
export function paragraphRange(value: string): { from: number; to: number } | null {
  const m = /^(?:§§?\s?)?(\d{1,4})\s*(?:-{1,2}|–)\s*(?:§\s?)?(\d{1,4})\b/.exec(value.trim());
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return to >= from && to - from < 400 ? { from, to } : null;
}

/**
 * A document's first lines up to its first section heading, `max` at most: the letterhead's, where
 * its handläggare and förvaltning stand; under a heading the body names other people and offices.
 */
export function beforeFirstHeading(headLines: readonly Line[], max: number): Line[] {
  const firstHeading = headLines.findIndex((l) => headingRole(l.text) !== null);
  return headLines.slice(0, firstHeading >= 0 ? Math.min(max, firstHeading) : max);
}
