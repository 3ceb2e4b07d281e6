/**
 * The text model: a document's text read once into lines that know their page and their role
 * (the document's own content, a hosting site's wrapper, a page counter, a running header or
 * footer), each an exact span of the text, so whatever reads a line can point back into the text.
 * Extraction reads the model instead of scanning characters; furniture stays in the text but never
 * becomes a title or a field.
 *
 * Two layouts reach us: line-preserving text (PDF text layers, OCR, web pages) and transcripts
 * that flatten each PDF page onto one long line (docplayer and its like, FACTS F0.1), whose page
 * number, running header and footer are split off the line here.
 */
import { DAMAGED_COUNTER, FOOTER, LINK_NOTE, NOTE_I, PAGE_COUNTER, PAGE_LINE, PAGE_OF_TOTAL, WRAPPER_LINES, wrapperLine, type LayoutPattern } from '../grammar/layout.ts';
import { headingRole } from '../grammar/labels.ts';
import { editDistance, withinEdits } from '../edit-distance.ts';
import { fold } from '../fold.ts';

export type LineRole = 'content' | 'wrapper' | 'page' | 'header' | 'footer';

export interface Line {
  /** Index in `TextModel.lines`. */
  n: number;
  /** Offsets of the line's text (trimmed) in the document's text. */
  start: number;
  end: number;
  /** The line's text, as printed (trimmed). */
  text: string;
  /** 1-based page. */
  page: number;
  role: LineRole;
  /** For a wrapper line, which pattern it is ("page dates", "breadcrumb", …). */
  wrapper?: string;
  /** An empty line (kept: a blank line ends a block in line-preserving text). */
  blank: boolean;
  /**
   * Columns of white space before the text (a tab four), as a layout-keeping extraction or a web
   * page's text prints a nested list: a point set in further than its neighbours is a sub-point.
   */
  indent: number;
}

export interface TextModel {
  text: string;
  lines: Line[];
  /** Number of pages seen (form feeds, page counters, transcript page prefixes). */
  pages: number;
  /** Pages were flattened onto one line each. */
  flattened: boolean;
  /** The hosting site's title of the document (docplayer, 5dok, doczz), which is not the document's own text. */
  wrapperTitle: string | null;
  /** A blank line after nearly every line (5dok's text): blank lines then mark no blocks. */
  doubleSpaced: boolean;
}

/**
 * The first word of a link note (`LINK_NOTE`), which a wrapped note leaves on its line; or its
 * next words, where OCR made another word of the first ("Tank till annan webbplats").
 */
const NOTE_START = /\bL[äai]nk\b|\btill annan webbplats\b/i;
/** The end of a link note (`LINK_NOTE`) as a line of its own where its line was wrapped. */
const NOTE_REST = new RegExp(String.raw`^(?:(?:till\s+)?annan\s+)?(?:webbplats[,.]?\s*)?(?:öppnas\s+)?${NOTE_I}(?:nytt\s+)?fönster[.,]?$|^(?:annan\s+)?webbplats[.,]?$`, 'iu');

/** How many lines 5dok's cover takes at most, blank ones included ("• No results found" … "Full text"). */
const COVER_LINES = 40;

/** Lines longer than this, several of them, mark a transcript whose pages were flattened. */
const FLAT_LINE = 300;
/** How many of a transcript's commonest page openings are tried as its running header. */
const HEADER_CANDIDATES = 16;
/** How far from a page boundary a repeated line counts as a running header or footer. */
const PAGE_EDGE = 5;

/** The lines of `text` (split at line breaks; a form feed starts a new page), trimmed, with offsets. */
function physicalLines(text: string): Line[] {
  const out: Line[] = [];
  let page = 1;
  let at = 0;
  for (const piece of text.split('\n')) {
    const lineStart = at;
    at += piece.length + 1;
    let body = piece;
    let offset = lineStart;
    if (body.includes('\f')) {
      page += body.split('\f').length - 1;
      const cut = body.lastIndexOf('\f') + 1;
      offset += cut;
      body = body.slice(cut);
    }
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    const indent = body.slice(0, lead).replace(/\t/g, '    ').length;
    // Every line has every property from the start (one object shape for the engine).
    out.push({ n: out.length, start: offset + lead, end: offset + lead + trimmed.length, text: trimmed, page, role: 'content', wrapper: undefined, blank: trimmed === '', indent });
  }
  return out;
}

/** The wrapper pattern a (trimmed) line is, exactly or as OCR damaged its fixed wording; undefined for any other line. */
export const wrapperPatternOf = (text: string): LayoutPattern | undefined => wrapperLine(text) ?? wrapperPhrase(text) ?? wrapperOpening(text);
const wrapperOf = (text: string): string | undefined => wrapperPatternOf(text)?.name;

/** A quoted title's closing quote, and the transcript marker a site may run into it. */
const CLOSING_QUOTE = /["”“„]\s*(?:Transkript|Transcription)?$/;

/** Wrapper patterns with a fixed wording, folded, for lines a scan's OCR damaged. */
const PHRASES = WRAPPER_LINES.filter((w) => w.phrase).map((w) => {
  const folded = [...fold(w.phrase!).replace(/[^\p{L}]/gu, '')];
  return { pattern: w, folded, first: folded.slice(0, 3).join(''), last: folded.slice(-3).join('') };
});

/**
 * The wrapper pattern a short line is, read as OCR damaged it: its letters (a leading bullet and
 * punctuation dropped, diacritics folded) within one edit per six letters of a fixed wording ("+ No
 * results tound", "Storiek: px"), opening or closing with the same three letters. Long phrases
 * only: a short one is too easily another line.
 */
function wrapperPhrase(text: string, site?: string): LayoutPattern | undefined {
  if (text.length > 50 || text.length < (site ? 5 : 8)) return undefined;
  const raw = text.replace(/[^\p{L}]/gu, '');
  // Cheap tests first: most short lines are no phrase's length, nor open or close as one does.
  if (!PHRASES.some(({ folded }) => Math.abs(raw.length - folded.length) <= 2)) return undefined;
  const letters = [...fold(raw)];
  const head = letters.slice(0, 3).join('');
  const tail = letters.slice(-3).join('');
  for (const { pattern, folded, first, last } of PHRASES) {
    // A short phrase only where the line before is its site's chrome (5dok's "Full text" after its "Loading …").
    if ((folded.length < 9 && pattern.seenIn !== site) || Math.abs(letters.length - folded.length) > 2 || (head !== first && tail !== last)) continue;
    if (editDistance(letters, folded) <= Math.floor(folded.length / 6)) return pattern;
  }
  return undefined;
}

/** Wrapper patterns whose line opens with a fixed word before the document's own words in quotes. */
const OPENINGS = WRAPPER_LINES.filter((w) => w.opening).map((w) => ({ pattern: w, folded: [...fold(w.opening!.toLowerCase())] }));

/**
 * The wrapper pattern a line is whose fixed opening word OCR damaged: a word within two edits of it
 * (of eight letters or more), then a quote mark ("Downlvad ”Riktlinjer för …”", docplayer pages of
 * worn scans).
 */
function wrapperOpening(text: string): LayoutPattern | undefined {
  const m = /^(\S{6,12})\s+["”“„]/u.exec(text);
  if (!m) return undefined;
  const word = [...fold(m[1]!.toLowerCase())];
  return OPENINGS.find(({ folded }) => folded.length >= 8 && editDistance(word, folded) <= 2)?.pattern;
}

/** Builds the text model of `text`. Pure; never throws. */
export function readText(text: string): TextModel {
  const lines = physicalLines(text);
  let wrapperTitle: string | null = null;

  // Wrapper lines, and the hosting site's title of the document before its chrome.
  for (const line of lines) {
    const name = line.blank ? undefined : wrapperOf(line.text);
    if (name) {
      line.role = 'wrapper';
      line.wrapper = name;
    }
  }
  // A site's chrome comes in a fixed order: a short line right after its other chrome is read as OCR damaged it.
  let before: Line | undefined;
  for (const line of lines) {
    if (line.blank) continue;
    if (line.role === 'content' && before?.role === 'wrapper') {
      const site = before.wrapper ? WRAPPER_LINES.find((w) => w.name === before!.wrapper)?.seenIn : undefined;
      const pattern = site ? wrapperPhrase(line.text, site) : undefined;
      if (pattern) {
        line.role = 'wrapper';
        line.wrapper = pattern.name;
      }
    }
    before = line;
  }
  markWrappedChrome(lines);
  const nonBlank = lines.filter((l) => !l.blank);
  const firstChrome = nonBlank.findIndex((l) => l.role === 'wrapper');
  if (firstChrome >= 0 && firstChrome <= 2) {
    const chrome = nonBlank[firstChrome]!;
    // docplayer: "<title>" then "Save this PDF as"/"Storlek: px"; doczz: "<title>" then "Transcription".
    if (firstChrome === 1 && /^(?:docplayer|transcript|related)/.test(chrome.wrapper ?? '')) {
      wrapperTitle = nonBlank[0]!.text;
      nonBlank[0]!.role = 'wrapper';
      nonBlank[0]!.wrapper = 'site title';
    }
    // 5dok: "• No results found", "<title>", "N/A".
    if (chrome.wrapper === '5dok no results' && nonBlank[firstChrome + 1] && nonBlank[firstChrome + 1]!.role === 'content') {
      const title = nonBlank[firstChrome + 1]!;
      wrapperTitle = title.text;
      title.role = 'wrapper';
      title.wrapper = 'site title';
    }
  }
  // docplayer's download line and 5dok's share line quote the title too.
  for (const line of lines) {
    if (wrapperTitle === null && (line.wrapper === 'docplayer download' || line.wrapper === '5dok share')) {
      // The title in quotes, or after the line's first word where OCR lost the opening quote.
      wrapperTitle = /["”“„](.*)/s.exec(line.text)?.[1]?.replace(CLOSING_QUOTE, '').trim() || line.text.replace(/^\S+\s+/, '').replace(CLOSING_QUOTE, '').trim() || null;
    }
  }
  markRelated(lines);
  markCounters(lines);
  markCover(lines);

  // Transcript pages: long lines, all or all but the first opening with the page's number; also
  // when a printout wrapped them at the page's width (a scan of a transcript).
  let flattened = flatTranscript(lines);
  let source = lines;
  // Only a text with a line that opens like a transcript's page can be one, wrapped.
  if (!flattened && lines.some((l) => l.role === 'content' && PAGE_PREFIX.test(l.text))) {
    const unwrapped = unwrap(lines, text);
    if (unwrapped !== lines && flatTranscript(unwrapped, true)) {
      source = unwrapped;
      flattened = true;
    }
  }
  const out = flattened ? splitFlattened(source) : source;
  renumber(out);
  markPageLines(out);
  markRunningHeaders(out);
  out.forEach((line, i) => {
    if (line.role !== 'content' || line.blank) return;
    // A web page's link note trails the link text: the line keeps its own text.
    if (LINK_NOTE.test(line.text)) {
      const cut = line.text.replace(LINK_NOTE, '');
      line.end = line.start + cut.length;
      line.text = cut;
      return;
    }
    // A printout or an OCR'd page wraps the note at the page's width ("… öppnas i nytt" and
    // "fönster." on the next line, or a blank line between): its rest is no content either. The
    // note's first word stays on the line; most lines have none.
    if (!NOTE_START.test(line.text)) return;
    const rest = out.slice(i + 1, i + 3).find((l) => !l.blank);
    // The rest comes back with every link, and may be read as a page's running header or footer for it.
    if (!rest || !['content', 'header', 'footer'].includes(rest.role) || !NOTE_REST.test(rest.text)) return;
    const note = LINK_NOTE.exec(`${line.text} ${rest.text}`);
    if (!note || note.index >= line.text.length || note.index + note[0].length - line.text.length < rest.text.length) return;
    line.text = line.text.slice(0, note.index);
    line.end = line.start + line.text.length;
    rest.role = 'wrapper';
    rest.wrapper = 'link note';
  });
  const pages = Math.max(1, ...out.map((l) => l.page));
  const content = out.filter((l) => l.role === 'content');
  const filled = content.filter((l) => !l.blank).length;
  const doubleSpaced = filled >= 8 && content.filter((l, i) => !l.blank && content[i + 1]?.blank).length >= filled * 0.8;
  return { text, lines: out, pages, flattened, wrapperTitle, doubleSpaced };
}

/**
 * Transcript pages: two long lines or more, all or all but the first opening with the page's
 * number. With `joined` (a scan's lines joined back, see `unwrap`) one is enough under a hosting
 * site's transcript marker ("Transkript"): the pages may have run into one (a page that opens with
 * its number run into an item's, "24. Försäljning …", opens none).
 */
function flatTranscript(lines: Line[], joined = false): boolean {
  const long = lines.filter((l) => l.role === 'content' && l.text.length > FLAT_LINE);
  const numbered = long.filter((l) => PAGE_PREFIX.test(l.text)).length;
  const marked = joined && lines.some((l) => l.wrapper === 'transcript marker');
  return long.length >= (marked ? 1 : 2) && numbered >= 1 && numbered >= long.length - 1;
}

/** How full a line must be, of the text's widest lines, to have been wrapped there. */
const FULL_LINE = 0.8;

/** Whether `text` fills a line of `width` (see `wrapWidth`) as a line a page's width wrapped does. */
export const fillsLine = (text: string, width: number | null): boolean => width !== null && text.length >= width * FULL_LINE;

/**
 * The width a printout or an OCR'd page wrapped the text's lines at, in characters: the length of
 * its widest lines (the 90th percentile of its content lines, so a stray long line does not set
 * it). Null for a text of few lines, or of lines too short or too long to be a page's (a
 * paragraph a line).
 */
export function wrapWidth(lines: readonly Line[]): number | null {
  const content = lines.filter((l) => l.role === 'content' && !l.blank);
  if (content.length < 8) return null;
  const lengths = content.map((l) => l.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  return width < 50 || width > FLAT_LINE ? null : width;
}

/**
 * The lines of text wrapped at a fixed width (a printout or an OCR'd page) joined back into the
 * lines they were: a line as wide as the widest lines, or one the next line's first word would not
 * have fitted after, goes on in the next one, also across one blank line (OCR sets paragraph breaks
 * where the print's lines stand further apart) and over a scan's page break that cut a sentence.
 * Used only where the joined lines turn out to be a transcript's flattened pages.
 * Each joined line spans its pieces in the text, its text the same length with the line breaks read
 * as spaces, so offsets stay exact. Returns `lines` itself when nothing was wrapped.
 */
function unwrap(lines: Line[], text: string): Line[] {
  const width = wrapWidth(lines);
  if (width === null) return lines;
  const content = (l: Line | undefined): boolean => l !== undefined && l.role === 'content' && !l.blank;
  // Wrapped: the line fills the width, or the next line's first word would not have fitted after it
  // (ragged lines end short by at most that word).
  const wrapped = (l: Line, next: Line): boolean => fillsLine(l.text, width) || l.text.length + 1 + (/^\S+/.exec(next.text)?.[0].length ?? 0) > width;
  // Not across a page break (a form feed), unless the sentence goes on over it in lower case (a
  // scan's page that cut a transcript's page); nor into a line that opens the next transcript page
  // ("2 Nuläge …" after a sentence's end): pages stay apart.
  // Where the pages print their counters ("4 (9) Nacka kommun …", "2 2 (8) …"), a counter opens a
  // page whatever stands before it, and a bare number opens none (an index's "4 Delegationsbeslut").
  const counted = lines.some((l) => l.role === 'content' && COUNTED_PAGE.test(l.text));
  const opensPage = (last: Line, next: Line): boolean => (counted ? COUNTED_PAGE.test(next.text) : /[.!?:)]$/.test(last.text) && PAGE_PREFIX.test(next.text));
  const goesOn = (last: Line, next: Line): boolean => (next.page === last.page || (/^\p{Ll}/u.test(next.text) && !/[.!?:;]$/.test(last.text))) && !opensPage(last, next);
  const out: Line[] = [];
  let joined = false;
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    let last = first;
    let k = i;
    while (content(last)) {
      const next = lines[k + 1];
      const afterBlank = lines[k + 2];
      // OCR sets paragraph breaks where the print's lines stand further apart: one blank line may stand between.
      const step = content(next) ? 1 : next?.blank && content(afterBlank) ? 2 : 0;
      const candidate = lines[k + step];
      if (step === 0 || !candidate || !wrapped(last, candidate) || !goesOn(last, candidate)) break;
      k += step;
      last = lines[k]!;
    }
    if (k === i) {
      out.push(first);
      continue;
    }
    joined = true;
    const span = text.slice(first.start, last.end).replace(/\s/g, ' ');
    out.push({ ...first, end: last.end, text: span });
    i = k;
  }
  if (!joined) return lines;
  out.forEach((l, n) => (l.n = n));
  return out;
}

/**
 * A web page's chrome that a printout or a scan wrapped at the page's width: a cookie banner's
 * sentence going on in lower case on the next line ("… en bättre upplevelse. Om du" / "fortsätter
 * att använda webbplatsen …"). The lines it runs on to, up to a blank line or the line that ends
 * its sentence, are the same chrome.
 */
function markWrappedChrome(lines: Line[]): void {
  // Measured only for a breadcrumb: most texts have none.
  let width: number | null | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.role !== 'wrapper' || /[.!?:]$/.test(line.text)) continue;
    const next = lines[i + 1]!;
    if (next.blank || next.role !== 'content') continue;
    if (!/^\p{Ll}/u.test(next.text) && !(line.wrapper === 'breadcrumb' && wrappedTrail(line, next, (width ??= wrapWidth(lines))))) continue;
    next.role = 'wrapper';
    next.wrapper = line.wrapper;
  }
}

/** A step of a breadcrumb's trail: the separator between two ("Startsida / Kommun och politik", "Hem > Tyresö kommun"). */
const TRAIL_STEP = /(?:^|\s)[/>»›](?:\s|$)/u;
/** Most words a breadcrumb's last step has ("Protokoll 2009", "Sammanträde 2019-11-27"). */
const STEP_WORDS = 3;

/**
 * Whether `next` is the rest of the breadcrumb `line` that a printout or a scan wrapped at the
 * page's width ("Du är här: Startsida / … / Kultur- och fritidsnämnden / Protokoll" over "2009"):
 * the trail fills its line, and the line under it, on the same page, goes on with the trail's
 * steps or is a step of a few words, no sentence. A line that repeats the trail's last step is
 * the page's own heading (the step names the page: "… > Sammanträde 2019-11-27" over
 * "Sammanträde 2019-11-27").
 */
function wrappedTrail(line: Line, next: Line, width: number | null): boolean {
  if (!fillsLine(line.text, width) || next.page !== line.page || /[.!?]$/.test(next.text)) return false;
  const lastStep = line.text.split(TRAIL_STEP).pop()!.trim();
  if (lastStep !== '' && next.text.startsWith(lastStep)) return false;
  return TRAIL_STEP.test(next.text) || next.text.split(/\s+/).length <= STEP_WORDS;
}

/**
 * docplayer /amp/ pages list other documents' titles under "Relevanta dokument", often other
 * municipalities' (FACTS F0.4): wrapper, up to the first line that opens a page ("1 (9) …").
 */
function markRelated(lines: Line[]): void {
  const at = lines.findIndex((l) => l.wrapper === 'related documents');
  if (at < 0) return;
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    // The document's first page opens with its counter ("1(9)"), also as OCR with Swedish data
    // damages it ("119)", the parenthesis read as a digit).
    if (/^\d{1,3}\s?\(\d{1,4}\)/.test(line.text) || DAMAGED_COUNTER.test(line.text) || line.text.length > FLAT_LINE) break;
    line.role = 'wrapper';
    line.wrapper = 'related documents';
  }
}

/** 5dok's view counters: lines of digits alone right after "Copied!" (OCR's damaged ones are in the cover, `markCover`). */
function markCounters(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.wrapper !== '5dok copied') continue;
    for (let k = i + 1; k < lines.length && (lines[k]!.blank || /^\d{1,6}$/.test(lines[k]!.text)); k++) {
      if (lines[k]!.blank) continue;
      lines[k]!.role = 'wrapper';
      lines[k]!.wrapper = '5dok counter';
    }
  }
}

/**
 * 5dok's cover: everything from "• No results found" to "Full text" (or "Loading") is the site's
 * (six documents). A line OCR made of a counter or a mark there ("[0]", "oO", "QQ", "1\"": four of
 * the six documents' scans) is no content, and would otherwise open the document, its page taken
 * for the first.
 */
function markCover(lines: Line[]): void {
  const start = lines.findIndex((l) => l.wrapper === '5dok no results');
  if (start < 0) return;
  let end = -1;
  for (let k = start + 1; k < Math.min(lines.length, start + COVER_LINES); k++) {
    if (lines[k]!.wrapper === '5dok full text' || lines[k]!.wrapper === '5dok loading') end = k;
  }
  for (let k = start + 1; k < end; k++) {
    if (lines[k]!.role !== 'content' || lines[k]!.blank) continue;
    lines[k]!.role = 'wrapper';
    lines[k]!.wrapper ??= '5dok cover';
  }
}

function renumber(lines: Line[]): void {
  lines.forEach((l, n) => (l.n = n));
}

/** A sub-line of `line` from `from` to `to` (offsets in the line's text), trimmed. */
function part(line: Line, from: number, to: number, role: LineRole): Line | null {
  const piece = line.text.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const text = piece.trim();
  if (text === '') return null;
  return { ...line, start: line.start + from + lead, end: line.start + from + lead + text.length, text, role, blank: false };
}

/** A transcript page's number at the start of its line: "1 (9) …", or the number alone ("2 …"). */
const PAGE_PREFIX = /^\d+\s?\(\d+\)\s*|^\d+\s+/;
/** A transcript page's number with its page count: "4 (9) …", "2 2 (8) …" (FACTS F0.1). */
const COUNTED_PAGE = /^(?:\d+\s)?\d+\s?\(\d+\)/;

/** A page counter opening what is left of a line. */
const LEADING_COUNTER = new RegExp(`^\\s*(?:${PAGE_COUNTER.source})`, 'u');
/** Every page counter of a line, for masking. */
const COUNTERS = new RegExp(PAGE_COUNTER.source, 'gu');

/** Words of a line with its page counters masked, for comparing running headers across pages. */
const masked = (text: string): string[] =>
  text
    .replace(COUNTERS, (c) => '#'.repeat(c.split(/\s+/).length).split('').join(' '))
    .split(/\s+/)
    .filter(Boolean);

/**
 * Whether two words are one as OCR printed it twice: the same, or long enough (five letters) to
 * tell apart from another word and within a slip per six letters once folded ("miljönämnden",
 * "miljörämnden", "miljöhrämnden"). Short words and numbers must be the same.
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || /\d/.test(a + b)) return false;
  const slips = Math.max(1, Math.floor(Math.min(a.length, b.length) / 6));
  return withinEdits(fold(a), fold(b), slips);
}

/** Whether two runs of words are the same words (`sameWord`), in order. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => sameWord(w, b[i]!));
}

/**
 * Whether a transcript's page line whose number OCR misread ("3 NORDANSTIGS KOMMUN
 * SAMMANTRÄDESPROTOKOLL 5 (12) …" for page 5) prints `page` in its own counter near its start: many
 * transcripts give a page both (FACTS: "1 1 (39)", "2 2 (8)", "4 … 4 (12)").
 */
const PAGE_OF_TOTAL_AT = new RegExp(PAGE_OF_TOTAL, 'u');
function countsPage(text: string, page: number): boolean {
  const counter = PAGE_OF_TOTAL_AT.exec(text.slice(0, 80));
  return counter !== null && Number(counter[1]) === page;
}

/**
 * A transcript's page lines: "2 NORDANSTIGS KOMMUN SAMMANTRÄDESPROTOKOLL 2 (12) 163 Godkännande …
 * Justerandes signatur Utdragsbestyrkande". The leading page number, the running header that the
 * pages share (the first page's letterhead excepted) and the footer at the end become lines of
 * their own; each page line is its own page.
 */
function splitFlattened(lines: Line[]): Line[] {
  const pageLines = lines.filter((l) => l.role === 'content' && !l.blank && /^\d{1,3}\s\S/.test(l.text));
  // Page numbers count up from where the transcript starts.
  // Each page line, with its page's number.
  const numbered = new Map<Line, number>();
  let expect = 0;
  for (const l of pageLines) {
    const n = Number(/^\d+/.exec(l.text)![0]);
    if (expect === 0 ? n <= 3 : n === expect || countsPage(l.text, expect)) {
      const page = expect === 0 ? n : expect;
      numbered.set(l, page);
      expect = page + 1;
    }
  }
  // The running header: the longest word prefix (page counters masked) that at least half the
  // later pages share, two pages at least (a page may open with something else, as the bevis page does).
  // The first page's letterhead counts too (a two-page extract repeats it once), but stays content.
  // A scan's OCR damages the header differently on each page ("Bygg- och miljörämnden", "Bygg- och
  // miljöhrämnden"), so its words are compared as `sameWord` does.
  const pagesWords = [...numbered.keys()].map((l) => masked(l.text.replace(PAGE_PREFIX, '')));
  let header: string[] = [];
  for (let k = 12; k >= 2 && header.length === 0; k--) {
    // Each distinct opening of k words with the pages it opens; the commonest few are compared with
    // every other (a long transcript's pages open in as many ways as it has pages past the header).
    const openings = new Map<string, { words: string[]; pages: number[] }>();
    pagesWords.forEach((words, p) => {
      if (words.length <= k) return;
      const key = words.slice(0, k).join(' ');
      const known = openings.get(key);
      if (known) known.pages.push(p);
      else openings.set(key, { words: words.slice(0, k), pages: [p] });
    });
    const all = [...openings.values()];
    let most = 0;
    for (const candidate of [...all].sort((a, b) => b.pages.length - a.pages.length).slice(0, HEADER_CANDIDATES)) {
      let count = 0;
      let later = false;
      for (const o of all) {
        if (o !== candidate && !sameWords(o.words, candidate.words)) continue;
        count += o.pages.length;
        later ||= o.pages.some((p) => p > 0);
      }
      if (count > most && count >= Math.max(2, Math.ceil(pagesWords.length / 2)) && later) {
        header = candidate.words;
        most = count;
      }
    }
  }
  const out: Line[] = [];
  let page = 0;
  for (const line of lines) {
    if (!numbered.has(line)) {
      out.push({ ...line, page: Math.max(1, page) });
      continue;
    }
    page = numbered.get(line)!;
    // "1 (9) …": the page number with its total; else the number alone.
    const prefix = PAGE_PREFIX.exec(line.text)![0];
    let at = prefix.length;
    const pieces: Line[] = [];
    const counter = part(line, 0, at, 'page');
    if (counter) pieces.push(counter);
    const rest = line.text.slice(at);
    if (header.length && page !== 1 && sameWords(masked(rest).slice(0, header.length), header)) {
      // The same number of words, as printed.
      const words = rest.match(/\S+\s*/g) ?? [];
      const length = words.slice(0, header.length).join('').length;
      const head = part(line, at, at + length, 'header');
      if (head) pieces.push(head);
      at += length;
    }
    // A page counter right after ("2 2 (8) Innehåll", "1 (9) Plats och tid").
    const counterAt = LEADING_COUNTER.exec(line.text.slice(at));
    if (counterAt) {
      const c = part(line, at, at + counterAt[0].length, 'page');
      if (c) pieces.push(c);
      at += counterAt[0].length;
    }
    let end = line.text.length;
    const footer = FOOTER.exec(line.text.slice(at));
    if (footer && footer[0].trim()) {
      end = at + footer.index;
    }
    const body = part(line, at, end, 'content');
    if (body) pieces.push(body);
    if (end < line.text.length) {
      const f = part(line, end, line.text.length, 'footer');
      if (f) pieces.push(f);
    }
    for (const p of pieces) out.push({ ...p, page });
  }
  return out;
}

/**
 * The header lines right above a page's counter line `i`, three at most: up to a blank line, and
 * across single blank lines (OCR sets each row of a letterhead's table as a block of its own) only
 * short lines that end no sentence ("KALLELSE OCH ÄRENDELISTA", "Datum Sid" over "2023-11-09 10
 * (21)"), never the page before's last line of text.
 */
function headerAbove(lines: Line[], i: number): number[] {
  const out: number[] = [];
  let crossed = false;
  for (let k = i - 1; k >= 0 && out.length < 3; k--) {
    const line = lines[k]!;
    if (line.blank) {
      if (k === 0 || lines[k - 1]!.blank) break;
      crossed = true;
      continue;
    }
    if (line.role !== 'content') break;
    if (crossed && (line.text.split(/\s+/).length > 6 || /[.!?,;]$/.test(line.text))) break;
    out.push(k);
  }
  return out;
}

/** Content lines a text's letterhead may print above its first page counter. */
const HEAD_OF_TEXT = 4;

/**
 * Page counters alone on a line start a page ("Sida 2 (4)", "(3)", "2 (2)"), and so does a line
 * that ends the one before ("Utdragsbestyrkande" then a bare page number, as abcdocz prints it).
 */
function markPageLines(lines: Line[]): void {
  let page = 1;
  let seenCounter = false;
  // Whether content comes before line i, and after it.
  const isContent = (l: Line): boolean => l.role === 'content' && !l.blank;
  const contentAfter = new Uint8Array(lines.length + 1);
  for (let i = lines.length - 1; i >= 0; i--) contentAfter[i] = contentAfter[i + 1]! || (isContent(lines[i]!) ? 1 : 0);
  let contentBefore = false;
  let contentSeen = 0;
  /** Whether a header line's trailing counter has been read (see `opening`). */
  let counterSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.role !== 'content' || line.blank) {
      if (line.role === 'page' || line.page > page) page = Math.max(page, line.page);
      line.page = Math.max(line.page, page);
      continue;
    }
    const before = contentBefore;
    // A short header line that ends in the page's counter ("2019-02-04     2 (4)"): the page begins.
    const counted = TRAILING_COUNTER.exec(line.text);
    if (counted && line.text.split(/\s+/).length <= 6 && Number(counted[1] ?? counted[2]) > page) {
      page = Number(counted[1] ?? counted[2]);
      // The header lines right above it, up to a blank line, open the same page; all of them when
      // it is the text's first counter among its first lines (an excerpt that begins on page 9:
      // "Datum Sid", a blank line a PDF's row gap left, "2023-11-09 9 (21)").
      const opening = !seenCounter && !counterSeen && contentSeen <= HEAD_OF_TEXT && lines.slice(0, i).every((l) => l.page === 1);
      if (opening) for (let k = 0; k < i; k++) lines[k]!.page = page;
      else for (const k of headerAbove(lines, i)) lines[k]!.page = page;
      counterSeen = true;
    }
    const closing = /^\d{1,3}$/.test(line.text) && i > 0 && FOOTER.test(prevText(lines, i));
    if (PAGE_LINE.test(line.text) || closing) {
      line.role = 'page';
      // The counter's own number places the page ("Sida 1 (3)" after the letterhead is still page 1);
      // a bare number after a footer closes its page.
      const printed = Number(/(\d{1,4})/.exec(line.text.replace(/^\(/, ''))?.[1] ?? NaN);
      if (closing) page = Math.max(page, (Number.isNaN(printed) ? page : printed) + 1);
      else if (!Number.isNaN(printed) && /\d\s?[([/]|\bSid|\bav\b/.test(line.text)) page = Math.max(page, printed);
      else if (seenCounter || before) page++;
      seenCounter = true;
    } else if (ADDRESS_FOOTER.test(line.text)) {
      line.role = 'footer';
      // Its rest that the page's width wrapped onto the next line ("… Telefon 0123-45 67" / "00 · www.stadby.se").
      for (let k = i + 1; k < lines.length && !lines[k]!.blank && lines[k]!.role === 'content' && FOOTER_REST.test(lines[k]!.text); k++) lines[k]!.role = 'footer';
    } else if (FOOTER.test(line.text) && line.text.split(/\s+/).length <= 4) {
      // A page's footer: what follows is the next page.
      line.role = 'footer';
      line.page = Math.max(line.page, page);
      if (contentAfter[i + 1]) page++;
      continue;
    }
    line.page = Math.max(line.page, page);
    if (line.role === 'content') {
      contentBefore = true;
      contentSeen++;
    }
  }
}

/**
 * A municipality's address footer: "Gotlands kommun, 621 81 Visby", "Postadress: … Besöksadress:
 * …", "Lysekils kommun, 453 81 Lysekil | Tel: … | registrator@…" (utlatande/FACTS A1, A6, A8, D59).
 */
const ADDRESS_FOOTER = /^\p{Lu}[\p{L}-]+(?: \p{L}+)? (?:kommun|stad|Stad|kommunfullmäktige)\s*,\s*\d{3} ?\d{2} \p{Lu}[\p{L}]+(?:\s*\|.*)?$|^(?:Postadress|Besöksadress|Org\.?\s?nr)\b.*(?:\d{3} ?\d{2}|@|Tel)/u;

/**
 * The rest of an address footer on the line under it: contact details, no sentence ("00 ·
 * www.stadby.se", "Telefon 0123-45 67 00 · registrator@stadby.se", "Org.nr 212000-0000").
 */
const FOOTER_REST = /^(?=.*(?:www\.|@|\.se\b|\b(?:Tel|Telefon|Tfn|Fax|E-post|Org\.?\s?nr|Bankgiro|Plusgiro)\b|\d{3} ?\d{2}\b))(?!.*[.!?]\s+\p{Lu})[^\n]{1,160}$/u;

/** Marks standing alone between words: a scan's specks as OCR reads them ("=", "—", "|", "~"). */
const SPECKS = /(?<=^|\s)[^\p{L}\p{N}\s#]{1,2}(?=\s|$)/gu;

/** A page counter that ends a line, with the page's number: "… 2 (4)", "… Sida 3". */
const TRAILING_COUNTER = /(?:^|\s)(?:Sida\s+)?(\d{1,3})\s?\(\d{1,4}\)$|(?:^|\s)Sida\s+(\d{1,3})$/;

function prevText(lines: Line[], i: number): string {
  for (let k = i - 1; k >= 0; k--) if (!lines[k]!.blank) return lines[k]!.text;
  return '';
}

/**
 * Lines repeated near page boundaries are running headers and footers ("LULEÅ KOMMUN",
 * "SAMMANTRÄDESPROTOKOLL", "Kommunstyrelsen", "Nacka kommun Sammanträdesprotokoll"); the first
 * occurrence, the first page's letterhead, stays content and holds the metadata.
 */
function markRunningHeaders(lines: Line[]): void {
  const boundaries: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.page !== lines[i - 1]!.page || lines[i]!.role === 'page') boundaries.push(i);
  }
  if (boundaries.length === 0) return;
  const nearBoundary = new Uint8Array(lines.length);
  for (const b of boundaries) for (let i = Math.max(0, b - PAGE_EDGE); i <= Math.min(lines.length - 1, b + PAGE_EDGE); i++) nearBoundary[i] = 1;
  const near = (i: number): boolean => nearBoundary[i] === 1;
  // Page counters differ from page to page; everything else of a running header is the same, but
  // for a scan's specks, which OCR reads as marks standing alone ("Sammanträdesdatum = Sida").
  const key = (text: string): string => text.replace(COUNTERS, '#').replace(SPECKS, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const pagesOf = new Map<string, Set<number>>();
  const times = new Map<string, number>();
  // Only short lines (ten words at most) can be running headers; their keys, once.
  const keys = lines.map((l) => (l.blank || l.role !== 'content' || l.text.split(/\s+/).length > 10 ? null : key(l.text)));
  lines.forEach((l, i) => {
    const k = keys[i];
    if (k === null || k === undefined) return;
    if (!pagesOf.has(k)) pagesOf.set(k, new Set());
    pagesOf.get(k)!.add(l.page);
    times.set(k, (times.get(k) ?? 0) + 1);
  });
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const k = keys[i];
    if (k === null || k === undefined) continue;
    // On two pages or more, once a page: a running header; a line repeated within a page is text.
    const repeated = (pagesOf.get(k)?.size ?? 0) >= 2 && times.get(k) === pagesOf.get(k)!.size;
    // A section heading repeats in every § ("Beslut", "UTSKOTTETS BESLUT"), near a page top or not;
    // a §'s title under its § line repeats the table of contents' (a page break may fall right after it).
    if (repeated && seen.has(k) && near(i) && !/^§/.test(l.text) && !/^§/.test(prevText(lines, i)) && headingRole(l.text) === null) l.role = FOOTER.test(l.text) ? 'footer' : 'header';
    seen.add(k);
  }
}

/** The non-blank lines that are the document's own content. */
export function contentLines(model: TextModel): Line[] {
  return model.lines.filter((l) => l.role === 'content' && !l.blank);
}
