import { editDistance } from '../edit-distance.ts';
import { FUNCTION_WORD_WEIGHT } from '../lexicon/function-words.ts';
import { PLACE_DATE } from './dates.ts';
import { wrappedLines, type Line } from './lines.ts';
import { DECIDING_GENITIVE } from './organs.ts';
import { NAME, ROLE } from './people.ts';
import { isHeading } from './sections.ts';

/**
 * Headings that open a list of proposed decisions, with the proposal on the same line after a colon
 * in agendas: "Förslag till beslut", "Kommunkontorets förslag till beslut: ...", "Beslutsförslag".
 * OCR may lose the colon before a proposal that opens with a capital.
 */
const PROPOSAL = /^(?:[\p{L}-]+s )?(?:förslag till beslut|beslutsförslag)(?::\s*(.*)|\s+(\S.*))?$/iu;

/** The proposal heading on a line, and the proposal that follows it there (null: the heading alone). */
function proposalOn(text: string): { inline: string | null } | null {
  const m = PROPOSAL.exec(text);
  if (!m) return null;
  // Without a colon, only a capitalised sentence is a proposal ("... beslut Kommunfullmäktige avslår").
  if (m[2] !== undefined && !/^\p{Lu}/u.test(m[2])) return null;
  return { inline: m[1] ?? m[2] ?? null };
}
/**
 * Headings that open a list of decisions taken: "Socialnämndens beslut", "Kommunstyrelsens beslut",
 * "Beslut"; also where OCR lost the ä of the organ's name ("Individ- och familjenamndens beslut").
 */
const DECISION = new RegExp(String.raw`^(?:\p{Lu}[\p{L} -]*${DECIDING_GENITIVE} beslut|Beslut)$`, 'u');
/**
 * A sentence that ends by announcing the items: "... föreslår vi kommunfullmäktige besluta",
 * "Kommunstyrelsen föreslår kommunfullmäktige att fatta följande beslut", "Nämnden beslutar".
 */
const ANNOUNCES = /\b(?:föreslå[rs]?|föreslås)\b.*\bbeslut(?:a|ar)?\b:?$|\bbeslutar:?$|\bbesluta:?$/i;
/** What ends a list besides a heading: a paragraph sign, the justering, the secretary's signature. */
const STOP = /^(?:§|justerat|justerandes|vid protokollet)/i;
/**
 * A numbered item's marker: "1.", "2)", and as OCR prints them, "2," and "I.", "l.", "L.", "}." or "{." for "1".
 */
const MARKER = String.raw`(?:\d{1,2}|[IlL|{}[\]])[.,)]\s`;
const NUMBERED = new RegExp(String.raw`(?:^|\n)\s*${MARKER}\s*`);
const ITEM_START = new RegExp(String.raw`^${MARKER}`);
/** What may go on a list after a blank line: an item, an "att"-clause, or a sentence going on. */
const CONTINUES = new RegExp(String.raw`^(?:${MARKER}|att |\p{Ll})`, 'u');

/**
 * A signature after the last item, where OCR lost the blank line before it: a name alone, names
 * side by side, a name with its role, a role alone ("Jonas Eliasson", "Trafikdirektör").
 */
function isSignature(text: string): boolean {
  const words = text.split(/\s+/);
  if (ROLE.test(text) || NAME.test(text)) return true;
  // "Ulla Thorslund stadsdelsdirektör", "Peter Svensson Veronica Wolgast": names and roles only.
  return words.length <= 8 && words.every((w) => /^\p{Lu}[\p{Ll}-]+$/u.test(w) || ROLE.test(w) || /^(?:t\.?f\.?|tf)$/i.test(w));
}

/**
 * The "att" that opens a clause, as a worn copy prints it: "all paragrafen justeras", "alt anta
 * förslaget", "balt anta" where the first item's marker was lost too. Read so on a list of
 * "att"-clauses (lines or numbered items) where one opens the list or follows the comma that ends a
 * clause, and its first word is two slips from "att" at most and no common word.
 */
function restoreAtt(texts: string[]): string[] {
  if (!texts.some((text) => text.startsWith('att '))) return texts;
  return texts.map((text, k) => {
    const word = /^(\p{Ll}{2,4}) /u.exec(text)?.[1];
    if (!word || word === 'att' || (k > 0 && !texts[k - 1]!.endsWith(',')) || FUNCTION_WORD_WEIGHT.has(word)) return text;
    return editDistance([...word], [...'att']) <= 2 ? `att${text.slice(word.length)}` : text;
  });
}

/**
 * A line that goes on an unfinished numbered item across the blank line a worn copy's OCR set
 * between wrapped lines, though OCR capitalised it ("1. Socialnämnden godkänner ... tjänsteutlåtande",
 * "SOM Svar På remissen.", "2. Beslutet ..."): the item before ends without a stop, the next item
 * follows it, and it is no heading.
 */
function wrapsBeforeItem(last: string, line: string, after: string): boolean {
  return !/[.!?:;]$/.test(last) && ITEM_START.test(after) && !isHeading(line) && !STOP.test(line);
}

/** The texts of the first `count` non-blank lines after line `i`. */
function nonBlankAfter(lines: Line[], i: number, count: number): string[] {
  const out: string[] = [];
  for (let k = i + 1; k < lines.length && out.length < count; k++) if (lines[k]!.text !== '') out.push(lines[k]!.text);
  return out;
}

/** Splits a block into items: numbered ("1. ...", "2) ...") or "att"-clauses, wrapped lines joined. */
function items(texts: string[]): string[] {
  const joined = restoreAtt(texts).join('\n');
  const numbered = NUMBERED.test(joined);
  const list = (numbered ? joined.split(NUMBERED) : joined.split(/\n(?=att )/)).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
  // Numbered items are sentences each (or "att"-clauses, whose "att" may be damaged after the
  // marker too); "att"-clauses run on with commas to the last.
  return closed(numbered ? restoreAtt(list).map(sentence) : list);
}

/**
 * A numbered item that is a sentence ends with a full stop: a worn copy's lost stop is given back,
 * and a comma it printed for one ("1. Socialnämnden godkänner ... remissen,") becomes the stop. An
 * item in lower case ("1. att anta förslaget,") is a clause that runs on, and keeps its comma.
 */
function sentence(item: string): string {
  if (/[.!?;:]$/.test(item)) return item;
  if (item.endsWith(',')) return /^\p{Lu}/u.test(item) ? `${item.slice(0, -1)}.` : item;
  return `${item}.`;
}

/**
 * A list of decisions ends its last item with a full stop, and a numbered item is a sentence. A
 * worn copy loses the stop or prints a comma ("Omedelbar justering,", "Beslutet justeras
 * omedelbart"); the stop is given back.
 */
function closed(list: string[]): string[] {
  const last = list[list.length - 1];
  if (last === undefined || /[.!?]$/.test(last)) return list;
  return [...list.slice(0, -1), `${last.replace(/[,;:]$/, '')}.`];
}

/**
 * The lines of a list that starts after `start`: up to a blank line followed by something that is not
 * a continuation (a capitalised line that is not a numbered item or "att"-clause), or a stop heading.
 */
function block(lines: Line[], start: number): string[] {
  const out: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const { text } = lines[i]!;
    if (text === '') {
      const [next = '', after = ''] = nonBlankAfter(lines, i, 2);
      if (out.length && !CONTINUES.test(next) && !wrapsBeforeItem(out[out.length - 1]!, next, after)) break;
      continue;
    }
    if (STOP.test(text) || isHeading(text) || (out.length === 0 && lines[i]!.furniture)) break;
    // A signature is also a line (a name OCR damaged: "bena Lundström Stoltz") with a role under it.
    if (out.length && /[.,;]$/.test(out[out.length - 1]!) && (PLACE_DATE.test(text) || isSignature(text) || ROLE.test(lines[i + 1]?.text ?? ''))) break;
    if (lines[i]!.furniture) continue;
    if (out.length === 0 && ANNOUNCES.test(text)) continue;
    out.push(text);
  }
  return out;
}

export interface Decisions {
  forslagTillBeslut: string[];
  beslut: string[];
}

export function findDecisions(lines: Line[]): Decisions {
  const forslagTillBeslut: string[] = [];
  const beslut: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i]!;
    const proposal = proposalOn(text);
    if (proposal) {
      // "Förslag till beslut: X" on one line (agendas, going on where the line wraps) or a heading over a list.
      if (proposal.inline) forslagTillBeslut.push(...closed([[proposal.inline, ...wrappedLines(lines, i)].join(' ')]));
      else forslagTillBeslut.push(...items(block(lines, i + 1)));
    } else if (DECISION.test(text)) {
      beslut.push(...items(block(lines, i + 1)));
    } else if (ANNOUNCES.test(text) && /föreslå|\bbesluta:?$/i.test(text) && forslagTillBeslut.length === 0) {
      // A motion's or skrivelse's closing proposal ("föreslår vi kommunfullmäktige besluta / att ...",
      // also when OCR damaged the verb: "förestår vi ... besluta"), or an utlåtande's numbered one
      // ("... att fatta följande beslut / 1. ..."). "Nämnden beslutar" opens decisions, not a proposal.
      const list = block(lines, i + 1);
      const proposed = items(list);
      forslagTillBeslut.push(...(NUMBERED.test(list.join('\n')) ? proposed : proposed.filter((c) => c.startsWith('att '))));
    }
  }
  return { forslagTillBeslut, beslut };
}
