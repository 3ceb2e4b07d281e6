/**
 * A page's counter "N (M)" as OCR with Swedish data damages it: the opening parenthesis dropped or
 * read as a digit, the spaces lost ("219)", "39)", "49)" between "1 (9)" and "5 (9)"; "202)" after
 * "1(2)"; "448)" after "3 3 (8)"). Municipal documents number their pages so in the header (FACTS:
 * "Sida 1 (9)", "1 (12)"; docplayer transcripts open each page with it, "2 (9) …" or "2 2 (8) …"),
 * and a counter that stays unread leaves a transcript's pages unsplit: its running header then
 * opens every § (a world protokoll lost all four of its items so). Seven world documents of as many
 * municipalities have such counters in their scans' Swedish OCR.
 *
 * The document's own undamaged counters are the evidence: their total M, their spacing, and the
 * order of the pages. A damaged counter opens a block (a page's first line) or ends a short header
 * row ("2010-11-17 215)"), and reads, as exactly one page between its neighbours, as a page number,
 * a misread parenthesis and the total. Where a worn copy damaged every counter, the damaged ones are
 * evidence of each other: three or more that all read as pages of one total, counting up
 * ("105)", "345)", "405)": 1, 3 and 4 of 5).
 */

import { DAMAGED_COUNTER, PAGE_OF_TOTAL } from '../grammar/layout.ts';

/** What OCR with Swedish data prints for a counter's "(": nothing, or a digit of its shape (the scans' counts: 5, 4, 8, 4). */
export const PAREN_READINGS: readonly string[] = ['', '1', '4', '0'];

/** An undamaged counter: a page number, its total in parentheses ("2 (9)", "1(2)"). */
const INTACT = new RegExp(PAGE_OF_TOTAL, 'gu');
/** A block's first line opening with a transcript's page number run into the counter ("44 (8)" for "4 4 (8)"). */
const RUN_INTO = /^(\d{2,6})( ?)\((\d{1,3})\)(?=[ \t]|$)/;

/** A header row's damaged counter at the end of its line, after a space ("2010-11-17 215)"). */
const LINE_END_RUN = /(?<=\s)(\d{2,8})\)$/;
/** A digit before a closing parenthesis: where a counter, whole or damaged, may stand. */
const DIGIT_PAREN = /\d\)/;
/** How many words a header row with its page counter has at most ("Kommunstyrelsen 2010-11-17 2 (5)"). */
const HEADER_ROW_WORDS = 6;

export interface PageCounterFix {
  index: number;
  original: string;
  replacement: string;
}

interface Counter {
  at: number;
  page: number;
  total: number;
}

interface Reading {
  page: number;
  total: number;
  /** The counter follows the transcript's own page number ("4 4 (8)"). */
  prefixed: boolean;
}

/**
 * The readings of `digits` (what stands before ")" with the "(" lost) as a counter of one of
 * `totals`: a page number (or a transcript's page number and the counter's, the same), a misread
 * parenthesis, the total.
 */
function readingsOf(digits: string, totals: ReadonlySet<number>, parenRead: boolean): Reading[] {
  const out: Reading[] = [];
  for (const total of totals) {
    const tail = String(total);
    if (!digits.endsWith(tail) || digits.length <= tail.length) continue;
    const head = digits.slice(0, -tail.length);
    for (const paren of parenRead ? PAREN_READINGS : ['']) {
      if (!head.endsWith(paren)) continue;
      const number = head.slice(0, head.length - paren.length);
      for (const prefixed of [false, true]) {
        const half = number.length / 2;
        const printed = prefixed ? (Number.isInteger(half) && number.slice(0, half) === number.slice(half) ? number.slice(half) : '') : number;
        if (printed === '' || printed.startsWith('0')) continue;
        const page = Number(printed);
        if (page >= 1 && page <= total) out.push({ page, total, prefixed });
      }
    }
  }
  return out;
}

/**
 * The damaged page counters of `text`, each with the counter as the document prints its undamaged
 * ones; with `worn` (damaged text: a worn copy, or text read without Swedish data), also where every counter is
 * damaged and they agree on their total.
 */
export function pageCounters(text: string, worn = false): PageCounterFix[] {
  // Cheap test first: most documents print no counter at all, damaged or not.
  if (!DIGIT_PAREN.test(text)) return [];
  const intact: Counter[] = [];
  let spaced = 0;
  for (const m of text.matchAll(INTACT)) {
    const page = Number(m[1]);
    const total = Number(m[3]);
    if (total < 2 || page < 1 || page > total) continue;
    intact.push({ at: m.index, page, total });
    spaced += m[2] === ' ' ? 1 : -1;
  }
  if (intact.length === 0) return worn ? agreedCounters(text) : [];
  const totals = new Set(intact.map((c) => c.total));
  // The transcript's own page number before the counter ("2 2 (8)"), where the document prints one.
  const doubled = intact.some((c) => {
    const before = /^[ \t\f]*(\d{1,3}) $/.exec(text.slice(text.lastIndexOf('\n', c.at - 1) + 1, c.at));
    return before !== null && Number(before[1]) === c.page;
  });
  const gap = spaced >= 0 ? ' ' : '';
  const damaged = damagedCounters(text, totals, doubled);
  if (damaged.length === 0) return [];

  // A counter inside a block may fit only once the damaged counters after it are read ("149)"
  // before "249)" before "3 (9)"): those read, it is read again against them.
  const read = assign(damaged, intact, doubled);
  const settled = new Set(read.map((r) => r.at));
  const waiting = damaged.filter((d) => d.inBlock && !settled.has(d.at));
  const byPlace = (a: Counter, b: Counter): number => a.at - b.at;
  const all = waiting.length === 0 ? read : [...read, ...assign(waiting, [...intact, ...read].sort(byPlace), doubled)].sort(byPlace);
  return all
    .map((c) => ({ index: c.at, original: c.original, replacement: `${c.prefixed ? `${c.page} ` : ''}${c.page}${gap}(${c.total})` }))
    .filter((f) => f.replacement !== f.original);
}

/** A damaged counter read as a page (see `assign`). */
interface Assigned extends Counter {
  original: string;
  prefixed: boolean;
}

/**
 * In the order of the text, each total's pages count up: a damaged counter is the one page that
 * fits between the counters before and after it (`intact`, in the order of the text).
 */
function assign(damaged: readonly Damaged[], intact: readonly Counter[], doubled: boolean): Assigned[] {
  const out: Assigned[] = [];
  const last = new Map<number, number>();
  let k = 0;
  for (const [i, d] of damaged.entries()) {
    for (; k < intact.length && intact[k]!.at < d.at; k++) last.set(intact[k]!.total, intact[k]!.page);
    const next = (total: number): Counter | undefined => intact.find((c) => c.at > d.at && c.total === total);
    let fits = d.readings.filter((r) => {
      const after = next(r.total);
      const before = last.get(r.total) ?? 0;
      // Inside a block only the one page between two counters a page apart ("149)" before "2 (9)").
      if (d.inBlock) return r.page === before + 1 && after !== undefined && after.page === r.page + 1;
      return r.page > before && (!after || r.page < after.page);
    });
    // A worn copy damages a page's digit too ("39)", "349)" for "4 (9)", "5 (9)" between "3 (9)"
    // and "6 (9)"): where the damaged counters between two undamaged ones are exactly as many as
    // the pages missing between them, the pages count up through them in order.
    if (fits.length === 0 && !d.inBlock) {
      fits = [...new Set(d.readings.map((r) => r.total))].flatMap((total) => {
        const after = next(total);
        const before = last.get(total) ?? 0;
        if (!after) return [];
        const between = damaged.slice(i).filter((o) => !o.inBlock && o.at < after.at && o.readings.some((r) => r.total === total)).length;
        return between === after.page - before - 1 ? [{ page: before + 1, total, prefixed: doubled }] : [];
      });
    }
    const distinct = new Set(fits.map((r) => `${r.page} ${r.total} ${r.prefixed}`));
    if (distinct.size !== 1) continue;
    const { page, total, prefixed } = fits[0]!;
    last.set(total, page);
    out.push({ at: d.at, original: d.original, page, total, prefixed });
  }
  return out;
}

/** A damaged counter's place, as printed, and what it may read as. */
interface Damaged {
  at: number;
  original: string;
  readings: Reading[];
  /** Opening a line inside a block (no blank line before it): a page's counter only where exactly one page fits. */
  inBlock?: boolean;
}

/** The damaged counters of `text` that read as pages of one of `totals` (see `pageCounters`). */
function damagedCounters(text: string, totals: ReadonlySet<number>, doubled: boolean): Damaged[] {
  // Damaged counters open a block: the text's first line, or one after a blank line or a page break.
  const damaged: Damaged[] = [];
  let at = 0;
  let blockStart = true;
  for (const raw of text.split('\n')) {
    const lead = raw.lastIndexOf('\f') + 1;
    const line = raw.slice(lead);
    const indent = line.length - line.trimStart().length;
    const body = line.slice(indent);
    if (blockStart && body !== '') {
      // A block's first line opening with digits and a parenthesis that closes nothing ("219)", "1441) Tid och plats").
      const run = DAMAGED_COUNTER.exec(body);
      const into = run ? null : RUN_INTO.exec(body);
      // "44 (8)": a page number above its total is the transcript's and the counter's run together.
      const readings = run
        ? readingsOf(run[1]!, totals, true)
        : into && Number(into[1]) > Number(into[3])
          ? readingsOf(into[1]! + into[3]!, new Set([Number(into[3])]), false).filter((r) => r.prefixed)
          : [];
      const original = (run ?? into)?.[0];
      // A document that prints the transcript's page number before its counters does so on every page.
      const styled = readings.filter((r) => r.prefixed === doubled);
      const kept = doubled && styled.length === 0 ? readings : styled;
      if (original && kept.length > 0) damaged.push({ at: at + lead + indent, original, readings: kept });
    } else if (body !== '') {
      // A line inside a block opening with one ("149)" run on from the site's chrome above it): read
      // only where exactly one page fits (see `assign`).
      const inside = DAMAGED_COUNTER.exec(body);
      const insideReadings = inside ? readingsOf(inside[1]!, totals, true).filter((r) => r.prefixed === doubled) : [];
      if (inside && insideReadings.length > 0) damaged.push({ at: at + lead + indent, original: inside[0], readings: insideReadings, inBlock: true });
      // A header row's counter at the end of a short line ("2010-11-17 215)" under "Sammanträdesdatum
      // Sida"), on a line that opened no parenthesis of its own ("(se bilaga 12)").
      const end = inside ? null : LINE_END_RUN.exec(body);
      if (end && !body.slice(0, end.index).includes('(') && body.split(/\s+/).length <= HEADER_ROW_WORDS) {
        const readings = readingsOf(end[1]!, totals, true).filter((r) => !r.prefixed);
        if (readings.length > 0) damaged.push({ at: at + lead + indent + end.index + end[0].length - end[1]!.length - 1, original: `${end[1]})`, readings });
      }
    }
    blockStart = body.trim() === '' || raw.includes('\f');
    at += raw.length + 1;
  }
  return damaged;
}

/** Fewest damaged counters that, with no undamaged one, tell the total by agreeing on it. */
const AGREEING = 3;
/** Totals tried where no counter shows one: a document of up to 99 pages. */
const ANY_TOTAL: ReadonlySet<number> = new Set(Array.from({ length: 98 }, (_, i) => i + 2));

/**
 * Counters where none is undamaged: every damaged one must read, by exactly one reading, as a page
 * of the same total, and the pages count up; one total only may do so. Spaced as most registries
 * print them ("3 (5)").
 */
function agreedCounters(text: string): PageCounterFix[] {
  const damaged = damagedCounters(text, ANY_TOTAL, false).filter((d) => !d.inBlock);
  if (damaged.length < AGREEING) return [];
  const agreed: PageCounterFix[][] = [];
  for (const total of new Set(damaged.flatMap((d) => d.readings.map((r) => r.total)))) {
    const pages = damaged.map((d) => new Set(d.readings.filter((r) => r.total === total && !r.prefixed).map((r) => r.page)));
    if (pages.some((p) => p.size !== 1)) continue;
    const order = pages.map((p) => [...p][0]!);
    if (order.some((page, i) => i > 0 && page <= order[i - 1]!)) continue;
    agreed.push(damaged.map((d, i) => ({ index: d.at, original: d.original, replacement: `${order[i]} (${total})` })));
  }
  return agreed.length === 1 ? agreed[0]!.filter((f) => f.replacement !== f.original) : [];
}
