/**
 * Items: the § of a protokoll, the numbered ärenden of a kallelse or föredragningslista, the
 * entries of an anmälningslista, the decisions of a beslutsnotis. Each item has its number, its
 * title, its case numbers and its decisions, and where it stands in the text.
 *
 * Numbers are read as sequences: a protokoll's § and an agenda's items count up, so a number
 * counts as an item's only in its place in the sequence (and within the header's "Paragrafer
 * 201-204" when the header prints one). That is what makes a bare "163" at the start of a page (a
 * transcript that dropped the § sign, FACTS F0.2) a paragraph and "6 maj" or "Tertialbokslut 2"
 * none.
 */
import { findCaseNumbers, type CaseNumberSpan } from '../grammar/case-numbers.ts';
import { CASE_NUMBER_LABEL, casedForms, labelAt } from '../grammar/labels.ts';
import type { Stream } from '../text/stream.ts';
import { lineAt, sourceOffset } from '../text/stream.ts';
import { inlineHeadings, readDecisions } from './decisions.ts';
import { continuesHeading } from './wrapped-heading.ts';
import type { DocumentItem } from '../document.ts';
import { flat } from '../text/hyphens.ts';

export type Item = DocumentItem;

/** A candidate item head found in the stream. */
interface Head {
  at: number;
  /** Where the head's number (and prefix) ends. */
  after: number;
  n: number;
  /** A § printed with its sign or its body's prefix: strong evidence. */
  signed: boolean;
  /** The head opens a line of the stream. */
  lineStart: boolean;
}

/** Words that open an index (innehållsförteckning) rather than the §§ themselves. */
const INDEX = /(?:^|\n|\s)(?:Innehållsförteckning|INNEHÅLLSFÖRTECKNING|ÄRENDELISTA|Ärendelista|Ärenden vid dagens sammanträde|Register|Förteckning över [\p{L} ]*ärenden)(?=\s|$)/u;

/**
 * § heads: "§ 118", "KF § 131", "§21"; a body's prefix and the number ("BMN 41", "KSAU 88/2016",
 * "KS 236"); a bare number opening a line or a page ("163 Godkännande", "201 KFKS 2016/22-002").
 */
const SIGNED = /(?:[A-ZÅÄÖ](?<=(?:^|[\s.:;)])[A-ZÅÄÖ])\p{L}{0,5}\s§|§(?<=(?:^|[\s.:;)])§))\s?(\d{1,4})(?![\d/:.,]|\s?[-–]\s?§?\s?\d|\s?,\s?(?:19|20)\d\d)/gu;
const PREFIXED = /^(?:\p{Lu}{2,5}|Ks|Kf|Kfn|Bun)\s(\d{1,4})(?:\/(?:19|20)\d\d)?(?=\s|$)/gmu;
const BARE = /^(\d{1,4})\s+(?=\p{Lu}|Dnr\b|DNR\b)/gmu;

/**
 * The § items of a protokoll in `stream`. `range` is the header's "Paragrafer" range when printed.
 */
export function paragraphItems(stream: Stream, range: { from: number; to: number } | null, protokoll: boolean): Item[] {
  const text = stream.text;
  const heads: Head[] = [];
  const push = (m: RegExpMatchArray, signed: boolean): void => {
    const at = m.index ?? 0;
    const lineStart = at === 0 || text[at - 1] === '\n';
    heads.push({ at, after: at + m[0].length, n: Number(m[1]), signed, lineStart });
  };
  for (const m of text.matchAll(SIGNED)) {
    // A § cited in a sentence ("enligt KS § 203") is a reference: a head opens its line or follows a sentence.
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (m.index > 0 && !/(?:^|\n)[ \t]*$|[.:)]\s*$/u.test(before)) continue;
    push(m, true);
  }
  for (const m of text.matchAll(PREFIXED)) if (!/forts\.?/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) push(m, true);
  for (const m of text.matchAll(BARE)) push(m, false);

  const index = indexRegion(stream);
  const inIndex = (h: Head): boolean => index !== null && h.at >= index.start && h.at < index.end;
  const inRange = (h: Head): boolean => range === null || (h.n >= range.from && h.n <= range.to);
  let candidates = heads.filter((h) => !inIndex(h) && inRange(h)).sort((a, b) => a.at - b.at);
  // A number that heads twice (a web page's title over its §): the later one opens the §.
  candidates = candidates.filter((h) => !candidates.some((o) => o.n === h.n && o.at > h.at && o.signed === h.signed && !candidates.some((x) => x.at > h.at && x.at < o.at && x.n !== h.n)));
  // Bare numbers need the range or a run of consecutive numbers.
  if (range === null) candidates = candidates.filter((h) => h.signed || candidates.some((o) => o !== h && !o.signed && Math.abs(o.n - h.n) === 1));
  const chosen = sequence(candidates);
  // Numbers without a § sign or a body's prefix are §§ only in a document that shows it is a
  // protokoll (its type word, justering, a paragraph range); elsewhere they number an agenda.
  if (chosen.length === 0 || (!protokoll && range === null && chosen.every((h) => !h.signed))) return [];

  const titles = index ? indexTitles(text.slice(index.start, index.end), chosen.map((h) => h.n)) : new Map<number, string>();
  const items: Item[] = [];
  chosen.forEach((head, i) => {
    // A case number alone on the line above the head is this item's ("BUN/2017:34" over "§ 21").
    const start = numberLineAbove(text, head.at) ?? head.at;
    const next = chosen[i + 1];
    const end = next ? (numberLineAbove(text, next.at) ?? next.at) : text.length;
    const item = paragraphItem(stream, head, start, end);
    // Where the § runs its title into its text (a transcript), the index's entry shows where the title ends.
    const listed = titles.get(head.n);
    if (listed && item.title && item.title.length > listed.length && fold(item.title).startsWith(`${fold(listed)} `)) item.title = item.title.slice(0, listed.length);
    items.push(item);
  });
  return items;
}

const fold = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ');

/**
 * The titles an index lists for its §§: the text after each number up to the next, without case
 * numbers, dot leaders and page numbers ("201 KFKS 2016/22-002... 4 Delegationsbeslut... 4",
 * "112 Information 3 113 Internremiss …").
 */
function indexTitles(index: string, numbers: number[]): Map<number, string> {
  const out = new Map<number, string>();
  const at = numbers.map((n) => ({ n, m: new RegExp(`(?<=^|\\s)(?:§\\s?)?${n}(?=\\s)`).exec(index) }));
  at.forEach(({ n, m }, i) => {
    if (!m) return;
    const following = at.slice(i + 1).find((x) => x.m && x.m.index > m.index)?.m?.index ?? index.length;
    let entry = index.slice(m.index + m[0].length, following);
    for (const c of findCaseNumbers(entry)) entry = entry.replace(c.printed, ' ');
    entry = entry.replace(/\.{2,}|…/g, ' ').replace(/(?<=^|\s)\d{1,3}(?:\s*-\s*\d{1,3})?(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
    if (entry) out.set(n, entry);
  });
  return out;
}

/** The longest chain of heads whose numbers count up one by one (a § may be skipped, not repeated). */
function sequence(heads: Head[]): Head[] {
  let best: Head[] = [];
  for (let i = 0; i < heads.length; i++) {
    const chain = [heads[i]!];
    for (let k = i + 1; k < heads.length; k++) {
      const last = chain[chain.length - 1]!;
      const h = heads[k]!;
      if (h.n === last.n + 1 || (h.n > last.n + 1 && h.n <= last.n + 3 && h.signed)) chain.push(h);
    }
    const score = (c: Head[]): number => c.length * 2 + c.filter((h) => h.signed).length;
    if (score(chain) > score(best)) best = chain;
  }
  return best;
}

/** Where the index (innehållsförteckning, ärendelista) stands: from its heading to the end of its page. */
function indexRegion(stream: Stream): { start: number; end: number } | null {
  const m = INDEX.exec(stream.text);
  if (!m) return null;
  const start = m.index + m[0].search(/\S/);
  const page = lineAt(stream, start)?.line.page;
  const next = stream.lines.find((l) => l.at > start && l.line.page !== page);
  return { start, end: next ? next.at : stream.text.length };
}

/** The start of a line above `at` (skipping blank lines) that holds only a case number, if any. */
function numberLineAbove(text: string, at: number): number | null {
  const before = text.slice(0, at).replace(/\n+$/, '');
  const lineStart = before.lastIndexOf('\n') + 1;
  return caseNumberLine(before.slice(lineStart).trim()) ? lineStart : null;
}

/** Whether `line` holds one case number and nothing else but its label (as the grammar reads it after one). */
function caseNumberLine(line: string): boolean {
  if (!line || line.length > 40) return false;
  const found = findCaseNumbers(`Dnr ${line}`);
  return found.length === 1 && found[0]!.printed.length >= line.slice(dnrLabel(line).length).length - 1;
}

/**
 * The case-number label `line` opens with, in any case, with its stop or colon and the space after
 * ("Dnr ", "DNR: ", "Diarienummer ", "Ärendenr. "): the grammar's table of the label's forms, the
 * one list every stage reads; '' where there is none.
 */
function dnrLabel(line: string): string {
  const label = labelAt(line);
  if (!label || label.role !== 'dnr') return '';
  return line.slice(0, label.length) + /^\.?\s*/.exec(line.slice(label.length))![0];
}
/** A line that is a case number with its label ("Diarienr KLF 2018/902", "Dnr: KFN 2009/061-80", "DIARIENUMMER: KU.2019.4"). */
const isDnrLine = (line: string): boolean => {
  const label = dnrLabel(line);
  return label !== '' && label.length < line.length;
};
/** A line that is a case-number label alone, its number on the next line ("Dnr:" / "KFN 2009/061-80"). */
const isLabelOnly = (line: string): boolean => line !== '' && dnrLabel(line).trim() === line;
/** A case-number label ending an agenda row's title, its number in the next column or lost ("Taxor 2020 Dnr"). */
const TRAILING_DNR_LABEL = new RegExp(String.raw`\s*(?<![\p{L}])(?:${casedForms(CASE_NUMBER_LABEL)})[.:]?\s*$`, 'u');
/** A case-number label inside a line, found in any case and kept where it is capitalised ("… i Karlsbo Dnr KK16/214"). */
const DNR_LABEL_INSIDE = new RegExp(String.raw`(?<![\p{L}])(?:${CASE_NUMBER_LABEL})(?![\p{L}])`, 'giu');
function labelInside(text: string): RegExpMatchArray | null {
  for (const m of text.matchAll(DNR_LABEL_INSIDE)) if (/^\p{Lu}/u.test(m[0])) return m;
  return null;
}
/** One word (a label, as OCR left it) and what follows it on the line. */
const DAMAGED_LABEL_LINE = /^\p{L}{3,14}[.:]?\s+(\S.*)$/u;
/** Verbs a protokoll's narrative opens with after the one who speaks: reporting, proposing, moving. */
const REPORTING_VERBS = ['går igenom', 'redovisar', 'informerar', 'föredrar', 'presenterar', 'berättar', 'föreslår', 'yrkar', 'anmäler', 'besvarar', 'svarar', 'beskriver', 'har ansökt', 'har inkommit', 'har begärt'];
/**
 * A person's name (with a party's letters), or the mask a published protokoll prints for one
 * ("XXXX XXXX", protokoll/FACTS F0.11), before such a verb: where a flattened §'s text begins.
 */
const NARRATIVE_START = new RegExp(String.raw`\s(?=(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|X{2,} X{2,})(?: \(\p{Lu}{1,3}\))? (?:${REPORTING_VERBS.join('|')})\b)`, 'u');

/** One § item: number, case numbers on the head line or under the title, title, decisions. */
function paragraphItem(stream: Stream, head: Head, start: number, end: number): Item {
  const text = stream.text;
  const block = text.slice(head.after, end);
  const dnr: string[] = [];
  const add = (spans: CaseNumberSpan[]): void => {
    for (const s of spans) if (s.kind === 'case' && !dnr.includes(s.canonical)) dnr.push(s.canonical);
  };
  // The number line above the head.
  if (start < head.at) add(findCaseNumbers(`Dnr ${text.slice(start, head.at).trim()}`));

  // The rest of the head line: case numbers first (with or without their label), then the title.
  const lines = block.split('\n');
  let first = lines[0]!.replace(/^\s*forts\.?/, '');
  let k = 0;
  for (;;) {
    const trimmed = first.trimStart();
    const label = dnrLabel(trimmed);
    const spans = findCaseNumbers(`Dnr ${trimmed.slice(label.length)}`);
    const lead = spans[0];
    if (lead && lead.start === 4) {
      add([lead]);
      first = trimmed.slice(label.length + lead.end - 4);
      continue;
    }
    break;
  }
  // "§ 58    Diarienummer 0512/12" / "Dnr 2015/611": a labelled number anywhere on the head line.
  if (first.length < 80) {
    const labelled = labelInside(first);
    if (labelled) {
      const rest = first.slice(labelled.index);
      add(findCaseNumbers(`Dnr ${rest.slice(dnrLabel(rest).length)}`));
      first = first.slice(0, labelled.index);
    }
  }
  // The title: the rest of the head line, else the next non-empty line that is no case-number line.
  // A title is words: marks alone between the head and its case number are OCR's reading of the
  // gap or its leader ("KSAU 88/2016 — Dn 2016/187", "§ 54 ] Dnr 2019/3").
  let titleText = /[\p{L}\p{N}]/u.test(first) ? first.trim() : '';
  let titleLine = 0;
  if (!titleText) {
    let labelled = false;
    for (k = 1; k < lines.length; k++) {
      const l = lines[k]!.trim();
      if (!l) continue;
      if (isDnrLine(l) || (labelled && caseNumberLine(l))) {
        add(findCaseNumbers(`Dnr ${l.slice(dnrLabel(l).length)}`));
        labelled = false;
        continue;
      }
      // A label alone on its line, its number on the next (see below).
      if (isLabelOnly(l)) {
        labelled = true;
        continue;
      }
      titleText = l;
      titleLine = k;
      break;
    }
  }
  // A title wraps onto the lines it goes on in (see wrapped-heading.ts), up to its case-number lines.
  for (let w = titleLine + 1; w < lines.length && titleText.length < 200 && !/[.:]$/.test(titleText); w++) {
    const l = lines[w]!.trim();
    if (!continuesHeading(titleText, l) || isDnrLine(l) || caseNumberLine(l)) break;
    titleText += `\n${l}`;
  }
  // Case-number lines right under the title ("Diarienr KLF 2018/902", "Dnr: KFN 2009/061-80"),
  // and the first line under it when that is a case number alone ("KSN-2020-01234"): as the line
  // above the head may be (protokoll/FACTS F0.9 (b), "BUN/2016:360" over "§ 54"); a label alone
  // on its line has its number on the next, as a header set one cell per line prints it ("Dnr:" /
  // "KFN 2009/061-80", protokoll/FACTS 2c).
  for (let w = titleLine + 1, seen = 0, labelAbove = false; w < lines.length && seen < 3; w++) {
    const l = lines[w]!.trim();
    if (!l) continue;
    seen++;
    const labelAlone = isLabelOnly(l);
    if (isDnrLine(l)) add(findCaseNumbers(l));
    else if ((seen === 1 || labelAbove) && caseNumberLine(l)) add(findCaseNumbers(`Dnr ${l}`));
    else {
      // A label OCR damaged past reading ("Diarientr KLF 2018/902", "Diariet KLF 2018/1177"): one
      // word before a number whose shape says it is a case number without a label ("2015/611" needs one).
      const rest = DAMAGED_LABEL_LINE.exec(l)?.[1];
      const found = rest ? findCaseNumbers(rest) : [];
      if (found.length === 1 && found[0]!.kind === 'case' && found[0]!.printed.length >= rest!.length - 1) add(found);
    }
    labelAbove = labelAlone;
  }
  const title = cleanTitle(titleText, add);

  const decisions = readDecisions(block, { unlabelled: true });
  return {
    paragraf: `§ ${head.n}`,
    number: null,
    title,
    dnr,
    beslut: decisions.beslut,
    forslagTillBeslut: decisions.forslagTillBeslut,
    start: sourceOffset(stream, start),
    end: sourceOffset(stream, end),
  };
}

/**
 * A title as printed, cut where flattened text runs on (a heading, a case-number label, the end of
 * its first sentence), without a final full stop and without a case number in parentheses after it
 * ("Budgetuppföljning per den 31 oktober 2010 (KsUb 589/2010)"), which becomes the item's.
 */
function cleanTitle(raw: string, add: (spans: CaseNumberSpan[]) => void): string | null {
  let title = flat(raw).trim();
  // A section heading run into the title ("Delegationsbeslut Beslut Kommunstyrelsen noterar …"),
  // told by its capital: in a title set wholly in capitals no word stands out ("EKONOMISK
  // UPPFÖLJNING T O M AUGUSTI 2012").
  const heading = /\p{Ll}/u.test(title) ? inlineHeadings(title)[0] : undefined;
  if (heading && heading.at > 0) title = title.slice(0, heading.at).trim();
  // Where a title printed inside flattened text ends: a case-number label.
  const stop = labelInside(title);
  if (stop && stop.index! > 0) {
    // "… i Karlsbo Dnr KK16/214 Bo Nygren föreslår …": the case number after the title is the item's.
    const labelled = title.slice(stop.index);
    const lead = findCaseNumbers(`Dnr ${labelled.slice(dnrLabel(labelled).length)}`)[0];
    if (lead && lead.start === 4) add([lead]);
    title = title.slice(0, stop.index).trimEnd();
  }
  // The minutes' first sentence after a title printed without its full stop: a person who reports,
  // then the verb ("Ekonomirapport Nils Fjällström går igenom utfallet …", "… Dnr KK16/214 Bo Nygren
  // föreslår …", "Lars Engqvist (M) yrkar …": flattened protokoll of three municipalities).
  const narrative = NARRATIVE_START.exec(title);
  if (narrative && narrative.index > 0) title = title.slice(0, narrative.index);
  // The first sentence: a full stop before a capital ("Godkännande av dagordning. Dagordningen …").
  const sentence = /(?<!\b(?:m\.fl|t\.ex|bl\.a|nr|kl|ca|\p{Lu}))\.\s+(?=\p{Lu})/u.exec(title);
  if (sentence) title = title.slice(0, sentence.index);
  const paren = /\s*\(([^()]*)\)\s*\.?$/u.exec(title);
  if (paren) {
    const spans = findCaseNumbers(`Dnr ${paren[1]!.replace(/^(?:Dnr|dnr)[.:]?\s*/, '')}`);
    if (spans.length) {
      add(spans);
      title = title.slice(0, paren.index);
    }
  }
  title = title.replace(/[.\s]+$/, '').trim();
  return title || null;
}

/**
 * An agenda item's number: "1.", "2.1", "12" (bare in transcripts and tables), before a capitalised
 * title or a case number; with its stop, also at the end of a line wrapped at the page's width
 * ("… HN 2017/2 12." then "Övriga frågor"). A table's gap or rule that OCR read as a dash or a
 * bar may stand between ("4 - KOT 2016/80", "5 -KOT 2016/3").
 */
const AGENDA_NUMBER = /(\d(?<=^\d|[\n \t]\d)\d{0,2}(?:\.\d{1,2})?)(\.?)(?:[ \t]+|(?<=\.)[ \t]*\n[ \t]*)(?=(?:[-–—|][ \t]*)?(?:[•]?\s*\p{Lu}|(?:\p{Lu}{1,6}[ /]?)?(?:19|20)\d\d[/:-]))/gu;
/**
 * A number opening a line before a title OCR set in lower case: a capital read as its small form
 * ("2.4 interpellation från …", the capital I as a small i; c, o, s, v, w, x, z have one shape in
 * both cases). Such a head counts only between two heads the sequence vouches for (see `agendaItems`),
 * and its title is given its capital back: every agenda item's title opens with one.
 */
const SMALL_TITLE_NUMBER = /(?<=^|\n)[ \t]*(\d{1,2}(?:\.\d{1,2})?)(\.?)[ \t]+(?=\p{Ll}{3,}[ \t])/gu;
/** Column headings of an agenda's table that say its rows end with the presenter's name. */
const PRESENTER_COLUMN = /\bFöredragande\b/;
/** Words that open a place's name, not a person's ("Norra Fäladen"). */
const PLACE_WORD = /^(?:Norra|Södra|Östra|Västra|Stora|Lilla|Nya|Gamla|Övre|Nedre|Inre|Yttre)$/;
/** A person's name: two or three capitalised words. */
const PERSON = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u;

interface AgendaHead {
  at: number;
  after: number;
  number: string;
  dotted: boolean;
  lineStart: boolean;
  /** A title in lower case (SMALL_TITLE_NUMBER): taken only where the heads on both sides vouch for it. */
  small?: boolean;
}

/** Whether `b` comes right after `a` in an agenda: 3 → 4, 2 → 2.1, 2.1 → 2.2, 2.4 → 3. */
function follows(a: string, b: string): boolean {
  const [aMain, aSub] = a.split('.').map(Number) as [number, number | undefined];
  const [bMain, bSub] = b.split('.').map(Number) as [number, number | undefined];
  if (bSub === undefined) return bMain === aMain + 1;
  if (bMain === aMain) return bSub === (aSub ?? 0) + 1;
  return bMain === aMain + 1 && bSub === 1;
}

/**
 * The next number of the sequence after `last` with a digit run into it ("24." for 4: a
 * transcript's page number "2" before the item "4." with the space OCR lost), as the head at `k`
 * prints it: taken only where a later head goes on from it (5 after the 4), so the sequence on
 * both sides vouches for it.
 */
function runInNumber(last: string, heads: readonly AgendaHead[], k: number): AgendaHead | null {
  if (last.includes('.')) return null;
  const next = String(Number(last) + 1);
  const head = heads[k]!;
  if (head.number.length !== next.length + 1 || !head.number.endsWith(next) || head.number.includes('.')) return null;
  if (!heads.slice(k + 1).some((h) => follows(next, h.number))) return null;
  return { ...head, at: head.at + 1, number: next };
}

/**
 * Whether the head at `k` goes on from `last` past one number no head prints: OCR lost it (a
 * marker read as a letter or a blot, "A Förhyrning" for "4. Förhyrning"), or the agenda left it
 * out (an item withdrawn). The count then runs on: 1 2 3 5 6 is one agenda whose fourth item is
 * read with the third, rather than 5 6 alone. Only between heads that open their lines and print
 * their numbers alike (both with a stop or both without: "1 Budget" then "3." are two styles, not
 * one count), and only where no later head prints the number skipped (else the head at `k` is
 * another list's).
 */
function lostNumber(last: AgendaHead, heads: readonly AgendaHead[], k: number, flattened: boolean): boolean {
  const head = heads[k]!;
  // In a transcript a head stands anywhere in its page's line: there both must print their stop.
  const placed = flattened ? last.dotted && head.dotted : last.lineStart && head.lineStart;
  if (!placed || last.dotted !== head.dotted || last.number.includes('.') || head.number.includes('.')) return false;
  const skipped = Number(last.number) + 1;
  if (Number(head.number) !== skipped + 1) return false;
  return !heads.slice(k + 1).some((h) => h.number === String(skipped));
}

/**
 * The heads a sequence went on past (see `lostNumber`), found where OCR printed them damaged
 * between the two it has: the number with a speck run into it or its stop read as a comma ("5S.
 * Svar på …", "8, Yttrande …") before a capitalised title. Taken only where it stands once there.
 */
function withLostHeads(chain: AgendaHead[], text: string): AgendaHead[] {
  const out: AgendaHead[] = [];
  for (const head of chain) {
    const last = out[out.length - 1];
    if (last && !head.number.includes('.') && !last.number.includes('.') && Number(head.number) === Number(last.number) + 2) {
      const lost = String(Number(last.number) + 1);
      const between = text.slice(last.after, head.at);
      const found = [...between.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${lost}[^\s\d]?[.,][ \t]+(?=\p{Lu})`, 'gu'))];
      if (found.length === 1) {
        const at = last.after + found[0]!.index;
        out.push({ at, after: at + found[0]![0].length, number: lost, dotted: true, lineStart: at === 0 || text[at - 1] === '\n' });
      }
    }
    out.push(head);
  }
  return out;
}

/**
 * An agenda whose count starts at 2 where OCR read the 1 as a bar or a narrow letter, as it reads a
 * page's 1 (repair's PAGE_ONE_MISREAD): "Ärende Föredragande I" / "Upprop Dnr 2 Godkännande …" (a
 * worn transcript). The last such mark before item 2, after the header, with a title between it
 * and item 2 (no sentence's end) opens item 1.
 */
function withLostFirst(chain: AgendaHead[], text: string, from: number): AgendaHead[] {
  const first = chain[0];
  if (!first || first.number !== '2' || chain.length < 2) return chain;
  const before = text.slice(from, first.at);
  const mark = [...before.matchAll(LOST_ONE)].pop();
  if (!mark) return chain;
  const title = before.slice(mark.index + mark[0].length);
  if (title.length > MAX_LOST_TITLE || /[.!?]\s/.test(title)) return chain;
  const at = from + mark.index;
  return [{ at, after: at + mark[0].length, number: '1', dotted: first.dotted, lineStart: at === 0 || text[at - 1] === '\n' }, ...chain];
}
/**
 * A 1 read as a bar, a narrow letter or a serif face's footed L ("L Information från
 * förvaltningschefen" over "2. Information om …"), alone, before a capitalised word.
 */
const LOST_ONE = /(?<![\p{L}\p{N}])[IlL|][.,]?[ \t\n]+(?=\p{Lu}\p{Ll})/gu;
/** Longest title a lost first item may have before item 2 (its title and its case number or presenter). */
const MAX_LOST_TITLE = 120;

/**
 * The numbered items of an agenda (kallelse, föredragningslista, ärendelista) in `stream`, from
 * `from` (a stream offset: the header ends there). A number counts only as the next of the
 * sequence; in line-preserving text it opens a line or, with its dot, follows a case number or a
 * column's text ("HN 2017/21 6. Aktuellt …"); in a transcript it may stand anywhere.
 */
export function agendaItems(stream: Stream, from: number, flattened: boolean): Item[] {
  const text = stream.text;
  const heads: AgendaHead[] = [];
  for (const m of text.matchAll(AGENDA_NUMBER)) {
    if (m.index < from) continue;
    const lineStart = m.index === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, m.index - 8), m.index));
    const dotted = m[2] === '.';
    if (!lineStart && !flattened && !dotted) continue;
    // A date's day ("6 maj"), an amount, a year are not followed by a capital; a list inside an item ("1. Riksnormen") is handled by the sequence.
    heads.push({ at: m.index, after: m.index + m[0].length, number: m[1]!, dotted, lineStart });
  }
  if (!flattened) {
    for (const m of text.matchAll(SMALL_TITLE_NUMBER)) {
      const at = m.index + m[0].length - m[0].trimStart().length;
      if (at >= from) heads.push({ at, after: m.index + m[0].length, number: m[1]!, dotted: m[2] === '.', lineStart: true, small: true });
    }
    heads.sort((a, b) => a.at - b.at);
  }
  // The longest run that counts up; line starts weigh more in line-preserving text.
  let best: AgendaHead[] = [];
  let bestScore = 0;
  for (let i = 0; i < heads.length; i++) {
    if ((heads[i]!.number.includes('.') && !heads[i]!.number.endsWith('.1')) || heads[i]!.small) continue;
    const chain = [heads[i]!];
    for (let k = i + 1; k < heads.length; k++) {
      const last = chain[chain.length - 1]!.number;
      const head = heads[k]!;
      if (head.small) {
        // Between two heads of the count that open their lines: 2.3, then 2.4 in lower case, then 3.
        if (follows(last, head.number) && chain[chain.length - 1]!.lineStart && heads.slice(k + 1).some((h) => !h.small && h.lineStart && follows(head.number, h.number))) chain.push(head);
        continue;
      }
      if (follows(last, head.number)) chain.push(head);
      else if (lostNumber(chain[chain.length - 1]!, heads, k, flattened)) chain.push(head);
      else {
        const runIn = runInNumber(last, heads, k);
        if (runIn) chain.push(runIn);
      }
    }
    const score = chain.length * 2 + chain.filter((h) => h.lineStart).length + (chain[0]!.number === '1' ? 1 : 0);
    if (chain.length >= 2 ? score > bestScore : bestScore === 0 && chain[0]!.lineStart && chain[0]!.dotted && score > bestScore) {
      best = chain;
      bestScore = score;
    }
  }
  best = withLostFirst(withLostHeads(best, text), text, from);
  const presenters = PRESENTER_COLUMN.test(text);
  const numbered = best.map((head, i) => {
    const end = best[i + 1]?.at ?? agendaEnd(text, head.after, flattened);
    const item = agendaItem(stream, head, end, presenters, flattened, i === 0);
    if (head.small && item.title) item.title = item.title[0]!.toUpperCase() + item.title.slice(1);
    return item;
  });
  spreadColumn(numbered);
  if (flattened) return numbered;
  const unnumbered = unnumberedItems(stream, from, best[0]?.at ?? text.length);
  return [...unnumbered, ...numbered].sort((a, b) => a.start - b.start);
}

/**
 * A case-number column flattened row by row can put two rows' numbers after the later row's title
 * ("2. Förstudie … 3. Omfördelning … 2016/131 AKK 2016/135 AKK"): an item with more numbers than
 * one, after items with none, gives them one each, in order.
 */
function spreadColumn(items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let k = i - 1;
    while (item.dnr.length > 1 && k >= 0 && items[k]!.dnr.length === 0 && i - k < item.dnr.length) k--;
    const empty = i - 1 - k;
    if (empty === 0 || item.dnr.length !== empty + 1) continue;
    for (let e = 0; e < empty; e++) items[k + 1 + e]!.dnr = [item.dnr[e]!];
    item.dnr = [item.dnr[empty]!];
  }
}

/** A bulleted line: "• Val av justerare". */
const BULLET = /^[ \t]*•[ \t]*(\S[^\n]*)/gmu;
/** A title after a mark or none ("+» Information från förvaltningen"): the mark, then the title. */
const MARKED_TITLE = /^(?:[^\p{L}\p{N}\s]{1,3}[ \t]*)?(\p{Lu}.{3,})$/u;

/**
 * The lines of `text` whose title (after a mark or none) the next line prints again: where each
 * line starts, and the title. Compared line by line: a back-reference in one pattern over the text
 * tries every length of every line.
 */
function repeatedTitles(text: string): { index: number; title: string }[] {
  const out: { index: number; title: string }[] = [];
  let at = 0;
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; at += lines[i]!.length + 1, i++) {
    const next = lines[i + 1]!.trim();
    if (next.length < 4 || next.length > 200) continue;
    const title = MARKED_TITLE.exec(lines[i]!.trim());
    if (title && title[1]!.trimEnd() === next) out.push({ index: at, title: title[1]!.trimEnd() });
  }
  return out;
}

/** "Dagordning" and the lines under it, up to a blank line. */
const AGENDA_LINES = /(?<=^|\n)Dagordning\n((?:[^\n]+\n)+)/u;
/** The heading alone, a blank line (a page break) under it. */
const AGENDA_HEADING = /(?<=^|\n)Dagordning\n(?=\n)/u;
/** A line that ends as a sentence or a label does, after a word of three letters or more. */
const SENTENCE_END = /\p{L}{3}[.:]$/u;
/** A numbered agenda's first row or its table's head ("Nr. Ärende Ärendemening": kallelse/FACTS A2, A5). */
const NUMBERED_START = /^(?:\d|Nr\.?\s)/u;
/** The same with a blank line after each (OCR's), lines of a title's length that end in no full stop. */
const AGENDA_LINES_SET_APART = /(?<=^|\n)Dagordning\n\n((?:[^\n]{3,119}(?<![.:])\n\n)+)/u;

/** The lines of `block`, stream text from offset `at`, each with where it starts. */
function linesAt(at: number, block: string): { at: number; text: string }[] {
  let next = at;
  return block.split('\n').map((text) => {
    const line = { at: next, text };
    next += text.length + 1;
    return line;
  });
}

/** A run of lines with no blank line among them, from a given offset. */
const LINE_RUN = /(?:[^\n]+\n)+/y;

/**
 * The runs of lines that carry on a run ending at stream offset `end` over page breaks: the blank
 * line where a page ends (a PDF's or a scan's page break) ends the page, not the run, so a list
 * a page break cuts goes on with the next page's first lines (its running header is no content
 * line). None where the line after the blank is on the same page. Each run with where it ends.
 */
function nextPageRuns(stream: Stream, end: number): { lines: { at: number; text: string }[]; end: number }[] {
  const out: { lines: { at: number; text: string }[]; end: number }[] = [];
  for (;;) {
    const last = lineAt(stream, end - 1);
    const next = last ? lineAfter(stream, end) : undefined;
    if (!last || !next || next.line.page <= last.line.page) return out;
    LINE_RUN.lastIndex = next.at;
    const run = LINE_RUN.exec(stream.text);
    if (!run) return out;
    end = next.at + run[0].length;
    out.push({ lines: linesAt(next.at, run[0]), end });
  }
}

/**
 * An agenda's points that go on over the page breaks after stream offset `end` (`nextPageRuns`),
 * up to the numbered items: a line set right above them, a blank line between or none, is their
 * caption ("Offentliga 1-6, Ej offentliga 7" over "Nr. Ärende Ärendemening"), no point.
 */
function pointsOverPages(stream: Stream, end: number, firstNumbered: number): { at: number; text: string }[] {
  const numberedAt = (at: number, text: string): boolean => at >= firstNumbered || NUMBERED_START.test(text.trim());
  const out: { at: number; text: string }[] = [];
  for (const run of nextPageRuns(stream, end)) {
    const points = run.lines.filter((l) => l.text !== '');
    const head = points.findIndex((l) => numberedAt(l.at, l.text));
    const after = lineAfter(stream, run.end);
    const caption = head >= 0 ? head - 1 : after && numberedAt(after.at, after.line.text) ? points.length - 1 : points.length;
    out.push(...points.slice(0, Math.max(0, caption)));
    if (caption < points.length) break;
  }
  return out;
}

/** The first stream line at or after offset `at`. */
function lineAfter(stream: Stream, at: number): Stream['lines'][number] | undefined {
  return stream.lines.find((l) => l.at >= at);
}

/** A presenter after an information item's title: "… Kalmarsundskusten – Sara Lindh, kommunledningskontoret". */
const PRESENTED = /^(.{8,140}?)\s+[–—-]\s+\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2},\s+\p{Ll}[\p{L} -]*$/u;

/**
 * Agenda items printed without a number (FACTS kallelse G2): the lines under a "Dagordning"
 * heading (procedural points, their "~" sub-points left out), bulleted items of a meeting portal
 * ("• Val av justerare"), and information points with their presenter before the numbered items.
 */
function unnumberedItems(stream: Stream, from: number, firstNumbered: number): Item[] {
  const text = stream.text;
  const out: Item[] = [];
  const push = (at: number, title: string, end: number): void => {
    out.push({ paragraf: null, number: null, title, dnr: [], beslut: [], forslagTillBeslut: [], start: sourceOffset(stream, at), end: sourceOffset(stream, end) });
  };
  // Bullets that open lines; or, where OCR read the bullet as another mark ("«", "»", "+") or
  // lost it, a meeting portal's item title printed twice in a row (FACTS kallelse: the portal of
  // two municipalities repeats each item's heading under its bullet). Before the numbered items:
  // bullets under a numbered item are its proposal's or its text's list ("• Nämnden noterar informationen.").
  // Bullets set in further than the outermost are a point's own list (a portal's nested list: "  •
  // Information från förvaltningen" over "    • Ny rutin för bokning …").
  const byLine = new Map<number, string>();
  const indents = new Map(stream.lines.map(({ at, line }) => [at, line.indent]));
  const marks = [...text.matchAll(BULLET)].filter((m) => m.index >= from && m.index < firstNumbered);
  const indent = (m: RegExpMatchArray): number => (indents.get(m.index!) ?? 0) + m[0].indexOf('•');
  const outermost = Math.min(...marks.map(indent));
  for (const m of marks) if (indent(m) === outermost) byLine.set(m.index, m[1]!);
  for (const t of repeatedTitles(text)) if (!byLine.has(t.index)) byLine.set(t.index, t.title);
  const bullets = [...byLine].filter(([at]) => at >= from && at < firstNumbered).sort((a, b) => a[0] - b[0]);
  if (bullets.length >= 2) {
    bullets.forEach(([at, title], i) => push(at, title.trim(), bullets[i + 1]?.[0] ?? text.length));
    return out;
  }
  // "Dagordning" and its lines, up to a blank line, the next page's letterhead (a running header
  // repeats the text's first lines), the numbered items or a sentence. Where OCR set a blank line
  // after every line, the lines stand one blank line apart. A sub-point opens with a mark ("~",
  // "–", or as OCR read the tilde, ">").
  // A page break inside the list, or right under its heading, is the page's end, not the list's.
  const together = AGENDA_LINES.exec(text);
  const agenda = together ?? AGENDA_LINES_SET_APART.exec(text);
  const alone = agenda ? null : AGENDA_HEADING.exec(text);
  const headingAt = agenda?.index ?? alone?.index;
  if (headingAt !== undefined && headingAt < firstNumbered) {
    const letterhead = new Set(stream.lines.slice(0, 3).map((l) => l.line.text));
    const start = agenda ? agenda.index + agenda[0].length - agenda[1]!.length : headingAt + alone![0].length;
    const lines = agenda ? linesAt(start, agenda[1]!) : [];
    if (!agenda || together) lines.push(...pointsOverPages(stream, start + (agenda?.[1]!.length ?? 0), firstNumbered));
    for (const { at, text: line } of lines) {
      if (letterhead.has(line.trim())) break;
      const t = line.trim();
      // No blank line may come before the numbered items' head ("Nr Ärende") or first row (a text
      // OCR set apart is read as double-spaced); and a point is a title, no sentence.
      if (at >= firstNumbered || NUMBERED_START.test(t) || SENTENCE_END.test(t)) break;
      if (t && !/^[^\p{L}\p{N}(]/u.test(t) && t.length < 120) push(at, t.replace(/\s*\(.*\)$/, ''), at + line.length);
    }
  }
  // Information points with their presenter, before the numbered list; a point a printout or an
  // OCR'd page wrapped at its width is read with its next line ("… – Sara Lindh,\nkommunledningskontoret").
  let at = from;
  const lines = text.slice(from, firstNumbered).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]?.trim() ?? '';
    const alone = PRESENTED.exec(line.trim());
    const wrapped = alone || !next || PRESENTED.test(next) ? null : PRESENTED.exec(flat(`${line.trim()}\n${next}`));
    const m = alone ?? wrapped;
    const end = at + line.length + (wrapped ? lines[i + 1]!.length + 1 : 0);
    if (m && !out.some((o) => o.title === m[1])) push(at, m[1]!.trim(), end);
    at += line.length + 1;
    if (wrapped) {
      at += lines[i + 1]!.length + 1;
      i++;
    }
  }
  return out;
}

/** Where the last item of an agenda ends: the signatures, the next page's other document, or the text's end. */
function agendaEnd(text: string, from: number, flattened: boolean): number {
  if (flattened) {
    const stop = /\s(?:\(Inga handlingar\)|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\s+(?:ordförande|sekreterare|Ordförande))/u.exec(text.slice(from));
    return stop ? from + stop.index : text.length;
  }
  // Line-preserving: the last item's lines run to the agenda's signature or closing line.
  const rest = text.slice(from);
  const stop = /\n(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+[^\n]*\n?\s*)?(?:ordförande|sekreterare|nämndsekreterare|Ordförande)\b|\n(?:Handlingar (?:till|finns)|Enligt uppdrag|Välkomna)\b|\n\([^)\n]{3,40}\)\n/u.exec(rest);
  return stop ? from + stop.index : text.length;
}

/** A table's gap or rule that OCR read as a dash or a bar, before a column ("4 - KOT 2016/80", "KOT 2016/3 — Delegationsbeslut"). */
const GAP_MARK = /^\s*[-–—|]\s*/u;

/** A gap mark at a block's start run into the capital after it. */
const GLUED_GAP_MARK = /^[-–—|](?=\p{Lu})/u;

/** One agenda item: its number, title (the dnr column and presenters cut off) and case numbers. */
function agendaItem(stream: Stream, head: AgendaHead, end: number, presenters: boolean, flattened: boolean, first: boolean): Item {
  const block = stream.text.slice(head.after, end);
  const dnr: string[] = [];
  // A case number on its own line above the first item ("Dnr KS-2023-388" over "6. Avgift …"); above a
  // later one it closes the item before.
  const above = first ? numberLineAbove(stream.text, head.at) : null;
  const line = above === null ? '' : stream.text.slice(above, head.at).trim();
  if (above !== null) for (const s of findCaseNumbers(`Dnr ${line.slice(dnrLabel(line).length)}`)) dnr.push(s.canonical);
  // A gap mark run into the number ("5 -KOT 2016/3") is no part of it: a space in its place.
  const spans = findCaseNumbers(block.replace(GLUED_GAP_MARK, ' ')).filter((s) => s.kind === 'case');
  for (const s of spans) if (!dnr.includes(s.canonical)) dnr.push(s.canonical);
  // The title: the first line (with lines that go on in lower case), or in a transcript the text up
  // to the first case number or the next item.
  const lines = block.split('\n');
  // A case number the row's line break cut after its registry's letters ("11. Anmälningsärenden
  // HN" / "2017/2 12. Övriga frågor"): the title ends where it begins.
  const cut = spans.find((s) => s.start > 0 && s.start < lines[0]!.length && s.end > lines[0]!.length);
  let title = (cut ? lines[0]!.slice(0, cut.start) : lines[0]!).replace(/^•\s*/, '');
  for (let k = 1; !cut && k < lines.length && /^\s*\p{Ll}/u.test(lines[k]!) && !/^\s*(?:att|och)\s/.test(lines[k]!); k++) title += `\n${lines[k]!.trim()}`;
  title = title.replace(GAP_MARK, '');
  const firstNumber = findCaseNumbers(title).find((s) => s.kind === 'case');
  const label = TRAILING_DNR_LABEL;
  if (firstNumber && firstNumber.start === 0) {
    // A table whose case-number column comes first ("1    KOT 2016/61    Gång- och cykelväg …").
    title = title.slice(firstNumber.end).replace(GAP_MARK, '');
  } else if (firstNumber) {
    title = title.slice(0, firstNumber.start).replace(label, '');
  }
  title = flat(title.replace(TRAILING_DNR_LABEL, '')).trim();
  if (presenters) title = withoutPresenters(title);
  title = title.replace(/\s*\((?:Inga handlingar|skickas ut senare)\)\s*$/i, '').replace(/[.\s]+$/, '').trim();
  if (flattened) title = title.replace(/\s+(?:\(Inga handlingar\)).*$/, '');
  const decisions = readDecisions(block);
  return {
    paragraf: null,
    number: head.number,
    title: title || null,
    dnr,
    beslut: decisions.beslut,
    forslagTillBeslut: decisions.forslagTillBeslut,
    start: sourceOffset(stream, head.at),
    end: sourceOffset(stream, end),
  };
}

/** A title without the presenters' names a "Föredragande" column put after it ("… skolfrånvaro Sofia Blom, Daniel Ek"). */
function withoutPresenters(title: string): string {
  let out = title;
  for (let guard = 0; guard < 4; guard++) {
    // The shortest name first: "… förskolan Solrosen Camilla Hedin" ends with "Camilla Hedin".
    const m = /(?:^|[\s,/]+)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[\s,/]*$/u.exec(out);
    if (!m || !PERSON.test(m[1]!) || PLACE_WORD.test(m[1]!.split(' ')[0]!)) break;
    const rest = out.slice(0, m.index).trim();
    // A title is never only a name; a name after a preposition is part of the title ("… från Anna Berg").
    if (rest === '' || /\b(?:av|för|om|från|med|till|i|vid|på|hos)$/.test(rest)) break;
    out = rest.replace(/[,/]\s*$/, '');
  }
  return out;
}
