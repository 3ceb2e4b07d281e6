/**
 * The document type, from the type word the header prints (the table in grammar/doctypes.ts) and
 * from the structure: a text with § items is a protokoll (one § a protokollsutdrag) whatever its
 * first line says; numbered ärenden under a meeting make a kallelse; entries of delegation
 * decisions an anmälningslista. "okänd" when neither words nor structure say.
 */
import { TITLE_TYPES, TYPE_WORDS, type Doctype } from '../grammar/doctypes.ts';
import type { Line } from '../text/model.ts';

/** How far into a flattened first page a type word may stand ("SIGNERAD Malmö stad Stadskontoret 1 (2) … Tjänsteskrivelse"). */
const FLAT_REACH = 320;
/** The first content lines that make the header. */
const HEAD_LINES = 12;

const WORDS = TYPE_WORDS.map((t) => ({
  ...t,
  atStart: new RegExp(`^(?:${t.forms})(?![\\p{L}])`, 'iu'),
  atEnd: new RegExp(`\\s(?:${t.forms})$`, 'iu'),
  inside: new RegExp(`(?<![\\p{L}])(?:${t.forms})(?![\\p{L}])`, 'giu'),
}));

/** Any type word opening a line, or closing a short one (the rows' `atStart` and `atEnd` in one). */
const ANY_AT_START = new RegExp(`^(?:${TYPE_WORDS.map((t) => t.forms).join('|')})(?![\\p{L}])`, 'iu');
const ANY_AT_END = new RegExp(`\\s(?:${TYPE_WORDS.map((t) => t.forms).join('|')})$`, 'iu');

interface Found {
  doctype: Doctype;
  at: number;
  weak: boolean;
}

/** The type words the header prints: opening one of its lines, in capitals, or inside a flattened first page. */
export function typeWords(head: Line[], wrapperTitle: string | null): Found[] {
  const found: Found[] = [];
  head.slice(0, HEAD_LINES).forEach((line, i) => {
    // A transcript page's number before the line ("1 Tjänsteskrivelse", OCR's "I Tjänsteskrivelse").
    const text = line.text.replace(/^(?:(?:\d+|[Il])\s+(?=\p{Lu}))?(?:Ärende \d+\s+)?/u, '');
    const inside = line.text.length > 200 || /\p{Lu}{4}/u.test(text);
    // Most lines hold no type word at all: one test of them all settles it.
    if (!inside && !ANY_AT_START.test(text) && !(text.split(/\s+/).length <= 5 && ANY_AT_END.test(text))) return;
    for (const w of WORDS) {
      // A type word in lower case opening a line ends a sentence wrapped from the line before
      // ("… justerar dagens" / "protokoll."): a letterhead prints its type capitalised or in capitals.
      if (w.atStart.test(text) && /^\p{Lu}/u.test(text) && !/^(?:protokollet|kallelsen)\b/i.test(text)) found.push({ doctype: w.doctype, at: i * 1000, weak: w.weak ?? false });
      // "Socialförvaltningen Tjänsteutlåtande": the type word closing a short letterhead line.
      const last = w.atEnd.exec(text);
      if (last && text.split(/\s+/).length <= 5 && /^\s\p{Lu}/u.test(last[0])) found.push({ doctype: w.doctype, at: i * 1000 + last.index, weak: w.weak ?? false });
      // Inside the line only a word in capitals, or on a flattened first page, counts; not in a line
      // set wholly in capitals, where no word stands out ("SVAR PÅ MOTION OM SOMMARJOBB …", a title).
      if (!inside) continue;
      const allCapitals = !/\p{Ll}/u.test(text);
      for (const m of text.matchAll(w.inside)) {
        const word = m[0];
        const capitals = word === word.toUpperCase() && /\p{Lu}{4}/u.test(word) && !allCapitals;
        const flatHead = line.text.length > 200 && m.index < FLAT_REACH && /^\p{Lu}/u.test(word) && !/^\s*\p{Ll}/u.test(text.slice(m.index + word.length, m.index + word.length + 3));
        if ((capitals || flatHead) && m.index > 0) found.push({ doctype: w.doctype, at: i * 1000 + m.index, weak: w.weak ?? false });
      }
    }
  });
  // A hosting site's title says what the document is when the text lost its header.
  if (found.length === 0 && wrapperTitle) for (const w of WORDS) if (w.atStart.test(wrapperTitle)) found.push({ doctype: w.doctype, at: 99_000, weak: true });
  return found.sort((a, b) => a.at - b.at);
}

export interface Structure {
  /** Number of § items. */
  paragraphs: number;
  /** Number of agenda items. */
  agendaItems: number;
  /** Delegation or anmälan entries ("Dnr 2022/58 Kommunstyrelseförvaltningens yttrande …"). */
  entries: number;
  /** The header has the justering and anslag of a protokoll. */
  justering: boolean;
  /** The decisions of a meeting reported as news (web wrapper, past-tense decisions under headings). */
  notice: boolean;
  title: string | null;
  /** A body's decision heading ("Socialnämndens beslut"). */
  decisionHeading: boolean;
  /** A handläggare or an addressee in the header, and a proposal heading: a case document's header. */
  caseHeader: boolean;
}

/** The document type from its header's type words and its structure. */
export function findDoctype(words: Found[], structure: Structure): Doctype {
  const strong = words.filter((w) => !w.weak);
  const named = strong[0]?.doctype ?? null;
  // A protokoll's items decide between the whole and an extract.
  if (structure.paragraphs >= 2) return 'protokoll';
  // One § with the justering, a protokoll type word, or a body's decision heading under it: an extract.
  if (structure.paragraphs === 1 && (structure.justering || structure.decisionHeading || named === 'protokoll' || named === 'protokollsutdrag')) return 'protokollsutdrag';
  // A body's decision under its heading, and the protokoll's closing lines: an extract whose § was lost.
  if (structure.paragraphs === 0 && structure.decisionHeading && structure.justering && (named === null || named === 'protokoll' || named === 'protokollsutdrag')) return 'protokollsutdrag';
  if (named === 'protokoll' && structure.paragraphs === 0 && structure.entries >= 3) return 'anmälningslista';
  if (structure.entries >= 3 && (named === null || named === 'kallelse' || named === 'anmälningslista')) return 'anmälningslista';
  if (named === 'beslut') return 'beslut';
  // A web page presenting one matter ("Svar på medborgarförslag …") is that matter's document, not a notice.
  const byTitle = structure.title ? TITLE_TYPES.find((t) => t.pattern.test(structure.title!))?.doctype : undefined;
  if (structure.notice && named === null && structure.agendaItems < 3) return byTitle ?? 'beslut';
  if (named) return named;
  // A handläggare's proposal to a nämnd (Stockholm's header prints no type word).
  if (structure.caseHeader) return 'tjänsteutlåtande';
  if (structure.agendaItems >= 3) return 'kallelse';
  if (structure.title) for (const t of TITLE_TYPES) if (t.pattern.test(structure.title)) return t.doctype;
  return words[0]?.doctype ?? 'okänd';
}
