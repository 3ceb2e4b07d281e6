/**
 * Diarienummer: the case numbers registries give documents, in the forms they take across
 * municipalities, normalised to one canonical string each.
 */
import type { Line } from './lines.ts';

export interface CaseNumbers {
  /** The document's own numbers. */
  own: string[];
  /** Numbers of the cases it answers or refers to (the remiss, the motion). */
  ref: string[];
}

const PATTERNS: RegExp[] = [
  // Government offices (Regeringskansliet): department, year and serial, written without a space:
  // "Ju2019/04512", "S2019/04567/FST". Always the number of a remiss a municipality answers. A worn
  // copy may lose the slash ("Ju2019 04512"); the department glued to a year is no other number.
  /\b(?<gov>(?:A|Fi|Fö|I|Ju|Ku|M|N|S|SB|U|UD)\d{4}[/ ]\d{4,5})(?:\/[A-ZÅÄÖ]+)?\b/gu,
  // Registry prefix, year and serial: "KS 2018/906", "SN 2020/123", "Vo 45/2020" (serial first).
  /\b(?<prefix>[A-ZÅÄÖ][A-Za-zåäö]{0,4}) ?(?<a>\d{4}\/\d{1,6}|\d{1,6}\/\d{4})\b/gu,
  // Hyphenated: "KS-2019-00123", "SOF-2019-1234", "KSN-2020-01234", "IFN-2020/00233"; glued:
  // "T2020-01234" (Stockholm's trafikkontoret); spaced: "KS 2019-0876" (Linköping).
  // OCR may set a space after a hyphen ("SOFN-2017- 123").
  /\b(?<h>[A-ZÅÄÖ]{2,6}- ?\d{4}(?:- ?|\/)\d{2,6}|[A-ZÅÄÖ]{1,4}\d{4}-\d{3,6}|[A-ZÅÄÖ]{2,6} \d{4}-\d{3,6})\b/gu,
  // Göteborg: "N131-0234/20".
  /\b(?<g>[A-Z]\d{2,4}-\d{3,5}\/\d{2})\b/gu,
  // Stockholm's classification-based: "1.7.1-310/2018", "12.1-2019-1234".
  /(?<![\d.])(?<c>\d{1,2}(?:\.\d{1,2}){1,3}-\d{1,6}\/\d{4}|\d{1,2}(?:\.\d{1,2}){1,3}-\d{4}-\d{1,6})\b/gu,
  // After a Dnr label, OCR sometimes reads the slash as a space: "Dnr 1.7.1-310 2018".
  /\bDnr:? (?<cs>\d{1,2}(?:\.\d{1,2}){1,3}-\d{1,6}) (?<csy>(?:19|20)\d{2})\b/gu,
  // Or sets a speck beside a dot of the class, or loses the dot between two digits:
  // "Dnr 12.:1-2019-1234", "Dnr 11-2019-2345" (kept as printed unless the document prints dotted classes).
  /(?<=\bDnr:? )(?:(?<cw>\d{1,2}(?:(?:\.:|:\.?)\d{1,2})(?:[.:]{1,2}\d{1,2}){0,2}-(?:19|20)\d{2}-\d{1,6})|(?<cu>\d{2}-(?:19|20)\d{2}-\d{1,6}))\b/gu,
  // Bare year and serial after "Dnr"/"dnr": "Dnr: 2018:906", "(dnr 0456/19)", "2019.1234.012".
  /\b[Dd]nr:? ?(?<y>\d{4}[:/]\d{1,6}|\d{3,5}\/\d{2})\b/gu,
  /\b(?<dot>(?:19|20)\d{2}\.\d{3,5}\.\d{3})\b/gu,
  // In parentheses or after a Dnr label, worn copies lose the slash: "(KS 2018 906)", "Dnr KS 2020 0412",
  // "Ärendenummer: Vo 45 2020" (serial first), "Diarienr: IFN-2020 00233", "Dnr N137-0456 20"
  // (Göteborg), "(dnr 0456 19)". After a label the year may have lost its decade digit ("Dnr KS 20f1 0101").
  /\((?<sp>[A-ZÅÄÖ]{2,4}) (?<sy>(?:19|20)\d{2}) (?<ss>\d{1,6})\)|(?<=(?<!\p{L})(?:[Dd]nr|Diarienr|Diarienummer|Ärendenummer|Ärendenr):? )(?:(?<lp>[A-ZÅÄÖ][A-Za-zåäö]{0,4}) (?:(?<ly>(?:19|20)[^\s/]\d) (?<ls>\d{1,6})|(?<lsf>\d{1,6}) (?<lyf>(?:19|20)\d{2}))|(?<hs>[A-ZÅÄÖ]{2,6}-(?:19|20)\d{2}|[A-Z]\d{2,4}-\d{3,5}) (?<hss>\d{2,6})|(?<bs>\d{3,5}) (?<by>\d{2}))\b/gu,
  // Motions: "motion (2017:54)", "motion 2017:54".
  /\b[Mm]otion(?:en)? \(?(?<m>(?:19|20)\d{2}:\d{1,4})\)?/gu,
];

/** Words on a line that make a number there a reference to another case. */
const REFERENCE_CUE = /remi(?:ss|tter)|svar på|svar till|\bmotion|skrivelse från|hänvisa|yttrande över|beslut i|\b(?:er|ert) (?:referens|beteckning|diarienummer|dnr)\b/i;
/** A label right before a number makes it the document's own. */
const OWN_LABEL = /(?:^|[\s(])(?:dnr|diarienummer|diarienr|vår beteckning|ärendenummer|ärendenr|beteckning)[\s:.]*$/i;
/** Prefixes that are words, not registries: "Sida 1/2", "Tid 13/15". */
const NOT_PREFIX = /^(?:sida|tid|nr|kl|den|år|och|bil)$/i;

/** Stands for a decade digit a worn copy lost, until the document's other years place it. */
const LOST_DECADE = '?';

interface Found {
  canonical: string;
  index: number;
  /** The registry is implied (Dnr: 2018:906 in a reply to kommunstyrelsen). */
  bareYear: boolean;
  /** A government office's number: never the municipality's own. */
  government: boolean;
}

function findOnLine(text: string): Found[] {
  const found: Found[] = [];
  const taken: [number, number][] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const g = m.groups!;
      let canonical: string;
      let bareYear = false;
      if (g.a) {
        if (NOT_PREFIX.test(g.prefix!)) continue;
        canonical = `${g.prefix} ${g.a}`;
      } else if (g.y) {
        canonical = g.y.replace(':', '/');
        bareYear = /^(?:19|20)\d{2}\//.test(canonical);
      } else if (g.cw) {
        canonical = g.cw.replace(/[.:]+(?=\d)/g, '.');
      } else if (g.cs) {
        canonical = `${g.cs}/${g.csy}`;
      } else if (g.lsf) {
        if (NOT_PREFIX.test(g.lp!)) continue;
        canonical = `${g.lp} ${g.lsf}/${g.lyf}`;
      } else if (g.sp ?? g.lp) {
        if (NOT_PREFIX.test((g.sp ?? g.lp)!)) continue;
        const year = g.sy ?? g.ly!.replace(/^(\d\d)\D/, `$1${LOST_DECADE}`);
        canonical = `${g.sp ?? g.lp} ${year}/${g.ss ?? g.ls}`;
      } else if (g.bs) {
        canonical = `${g.bs}/${g.by}`;
      } else if (g.hs) {
        canonical = `${g.hs}/${g.hss}`;
      } else if (g.m) {
        canonical = `Motion ${g.m}`;
      } else {
        canonical = (g.gov?.replace(' ', '/') ?? g.h?.replace(/- /g, '-') ?? g.g ?? g.c ?? g.cu ?? g.dot)!;
      }
      taken.push([start, end]);
      found.push({ canonical, index: start, bareYear, government: g.gov !== undefined });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Stockholm's classification-based numbers, with their dots and with a two-digit class that lost it. */
const DOTTED_CLASS = /^\d{1,2}(?:\.\d{1,2}){1,3}-/;
const UNDOTTED_CLASS = /^\d{2}-(?:19|20)\d{2}-\d+$/;

/** Labels that head a column of a header flattened from a table ("Handläggare   Datum   Diarienummer"). */
const OWN_COLUMN = /(?:^|\s)(?:diarienummer|diarienr|dnr|vår beteckning|ärendenummer)(?:\s|$)/i;

/**
 * Own and referenced case numbers. A number after a label ("Dnr", "Diarienummer", "Vår
 * beteckning", "Ärendenummer"), under such a label in a flattened table, or alone on its line is
 * the document's own; one in a sentence that speaks of a remiss, a reply or a motion (also when the
 * sentence began on the line before) is a reference. "Dnr: 2018:906" in a reply to
 * kommunstyrelsen is kommunstyrelsen's case "KS 2018/906".
 */
export function findCaseNumbers(lines: Line[]): CaseNumbers {
  const own: string[] = [];
  const ref: string[] = [];
  let previous = '';
  for (const line of lines) {
    if (line.furniture) continue;
    if (line.text === '') {
      previous = '';
      continue;
    }
    // A sentence wrapped from the line above carries its cue ("på remiss från departementet,\ndiarienummer Ju2019/04512").
    const carried = /[.:!?]$/.test(previous) || !/^\p{Ll}/u.test(line.text) ? '' : `${previous} `;
    const underLabel = OWN_COLUMN.test(previous) && !/\d/.test(previous);
    for (const f of findOnLine(line.text)) {
      const before = line.text.slice(0, f.index);
      const canonical = f.bareYear && /kommunstyrelsen/i.test(line.text) ? `KS ${f.canonical}` : f.canonical;
      const alone = line.text.replace(/[()]/g, '').trim() === line.text.slice(f.index).replace(/[()]/g, '').trim() && before.trim() === '';
      let target: string[];
      if (f.government || REFERENCE_CUE.test(carried + before) || canonical.startsWith('Motion ')) target = ref;
      else if (OWN_LABEL.test(before) || alone || underLabel) target = own;
      else target = ref;
      if (!target.includes(canonical)) target.push(canonical);
    }
    previous = line.text;
  }
  // A class that lost its dot is read in the style the document prints its other numbers in.
  const dotted = (list: string[]): string[] => [...new Set(list.map((c) => (UNDOTTED_CLASS.test(c) ? `${c[0]}.${c.slice(1)}` : c)))];
  const [ownRead, refRead] = [...own, ...ref].some((c) => DOTTED_CLASS.test(c)) ? [dotted(own), dotted(ref)] : [own, ref];
  // The years printed are gathered only for a number that lost its decade, a rare case.
  const years = [...ownRead, ...refRead].some((c) => c.includes(LOST_DECADE)) ? printedYears(lines) : null;
  const [ownPlaced, refPlaced] = years ? [placeDecades(ownRead, years), placeDecades(refRead, years)] : [ownRead, refRead];
  return { own: ownPlaced, ref: refPlaced.filter((r) => !ownPlaced.includes(r)) };
}

/** Every year the document prints: in its dates, its other case numbers, its prose. */
function printedYears(lines: Line[]): Set<string> {
  const years = new Set<string>();
  for (const line of lines) for (const m of line.text.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)) years.add(m[0]);
  return years;
}

/**
 * Gives a year that lost its decade digit ("KS 20?1/0101") the one decade that makes it a year the
 * document prints elsewhere ("Datum: 2021-04-07", "KS 2021/0055"). A number no decade or several
 * decades fit is dropped: a case number with a guessed year would link the document to another case.
 */
function placeDecades(list: string[], years: Set<string>): string[] {
  const placed: string[] = [];
  for (const c of list) {
    const at = c.indexOf(LOST_DECADE);
    if (at < 0) {
      placed.push(c);
      continue;
    }
    const fits = [...'0123456789'].map((d) => c.slice(at - 2, at) + d + c[at + 1]).filter((y) => years.has(y));
    if (fits.length !== 1) continue;
    const whole = c.slice(0, at) + fits[0]!.slice(2, 3) + c.slice(at + 1);
    if (!placed.includes(whole)) placed.push(whole);
  }
  return placed;
}
