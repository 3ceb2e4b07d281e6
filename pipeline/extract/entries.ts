/**
 * Items that are entries of a list rather than numbered ärenden: the delegation decisions and
 * anmälningar of an anmälningslista ("Dnr 2022/58 Kommunstyrelseförvaltningens yttrande …",
 * "Anmäls förvaltningsrättens dom … KSN-2017-0988. Handling.", "Per Ekholm (L) om belysningen …"),
 * and the decisions a beslutsnotis reports under its headings.
 */
import { findCaseNumbers } from '../grammar/case-numbers.ts';
import { headingRole } from '../grammar/labels.ts';
import type { Stream } from '../text/stream.ts';
import { sourceOffset } from '../text/stream.ts';
import { sentences } from '../text/sentences.ts';
import type { Item } from './items.ts';
import { flat } from '../text/hyphens.ts';

/** An entry that opens with its case number: "Dnr 2022/58 <beslut>." (Västervik, Östersund: delegation lists by delegat). */
const DNR_ENTRY = /D(?<=(?:^|\s)D)(?:nr|iarienummer)[.:]?\s+(?=\S)/gu;
/** An anmälan: "Anmäls …", or a person with party and what they bring ("Per Ekholm (L) om …", "Karin Sjöblom (M) avseende …"). */
const ANMALAN_START = /^(?:Anmäls\b|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2} \((?:\p{Lu}{1,3}|-)\) (?:om|avseende|angående)\b)/u;
/** Where a list's entries end: the proposal for the whole list, a new section label. */
const LIST_END = /^(?:Förslag(?: till beslut)?|\p{Lu}[\p{L} ]+(?: av| från)?:)$/u;

/** A sentence that pointed to a web address a transcript dropped: "läggs ut på", "finns på", "publiceras på". */
const LOST_ADDRESS = /^.*\b(?:läggs ut|finns|publiceras|hittar du dem|kan läsas|hämtas) (?:på|via)\s(?=\p{Lu})/u;

/** The entries of an anmälningslista in `stream`; none when it has fewer than three. */
export function listEntries(stream: Stream): Item[] {
  const byDnr = dnrEntries(stream);
  if (byDnr.length >= 3) return byDnr;
  const anmalan = anmalanEntries(stream);
  return anmalan.length >= 3 ? anmalan : [];
}

/** "Dnr N Text." entries: each runs to the next "Dnr", a delegat's heading ("Ekonomichefens beslut") or the list's proposal. */
function dnrEntries(stream: Stream): Item[] {
  const text = stream.text;
  const starts = [...text.matchAll(DNR_ENTRY)].map((m) => m.index);
  const items: Item[] = [];
  starts.forEach((at, i) => {
    let end = starts[i + 1] ?? text.length;
    const chunk = text.slice(at, end);
    const spans = findCaseNumbers(chunk).filter((s) => s.kind === 'case');
    const lead = spans[0];
    if (!lead || lead.start > 16) return;
    let body = chunk.slice(lead.end);
    // An entry states its decision on the number's line; a "Dnr" line alone belongs to an agenda item.
    // Where the number stands inside a line of running text, the line is wrapped prose (a scan's
    // OCR breaks a list set as one paragraph at the page's width: "… Lucernahamnen. Kommunstyrelsens
    // ordförandes beslut Dnr 2022/80 Beslut i" / "brådskande ärende …"), and the entry goes on below.
    const inRunningText = /\S[ \t]*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
    if (!/^[ \t]*\S[^\n]{14,}/.test(body) && !(inRunningText && /^[ \t]*(?:\S[^\n]*)?\n[ \t]*\S[^\n]{14,}/.test(body))) return;
    // The entry ends with its sentence; what follows is a delegat's heading or the list's proposal.
    const stop = /\s(?:\p{Lu}[\p{L}-]*s (?:ordförandes )?beslut|Förslag till beslut)\b/u.exec(body);
    if (stop) {
      end = at + lead.end + stop.index;
      body = body.slice(0, stop.index);
    }
    // A sentence ended where its paragraph ends: after the blank line comes the next page's head
    // ("… vattentäkt.\n\nKommunstyrelsen 5 (19) Kanslichefens beslut …"), not more of the entry;
    // so too where OCR wrapped the pages with no blank line between, the head's page counter "N (M)"
    // opening the next line.
    const paragraphEnd = /\.[ \t]*\n(?:[ \t]*\n|[ \t]*\p{Lu}[\p{L}-]* \d{1,3} ?\(\d{1,3}\))/u.exec(body);
    if (paragraphEnd) {
      end = at + lead.end + paragraphEnd.index + 1;
      body = body.slice(0, paragraphEnd.index + 1);
    }
    const title = flat(body).trim().replace(/\.$/, '');
    if (!title) return;
    items.push({ paragraf: null, number: null, title, dnr: [lead.canonical], beslut: [], forslagTillBeslut: [], start: sourceOffset(stream, at), end: sourceOffset(stream, end) });
  });
  return items;
}

/** Entries of an anmälningslista in sections ("Anmälningsärenden:", "Fråga av:"): each an anmälan, its title the first sentence. */
function anmalanEntries(stream: Stream): Item[] {
  const lines = stream.text.split('\n');
  const items: Item[] = [];
  let at = 0;
  let current: { start: number; text: string } | null = null;
  const close = (end: number): void => {
    if (!current) return;
    const body = flat(current.text).trim();
    const dnr = findCaseNumbers(body).filter((s) => s.kind === 'case').map((s) => s.canonical);
    const title = (sentences(body)[0] ?? body).replace(/\.$/, '');
    items.push({ paragraf: null, number: null, title, dnr: [...new Set(dnr)], beslut: [], forslagTillBeslut: [], start: sourceOffset(stream, current.start), end: sourceOffset(stream, end) });
    current = null;
  };
  for (const line of lines) {
    const t = line.trim();
    if (LIST_END.test(t) || headingRole(t) === 'proposal') close(at);
    else if (ANMALAN_START.test(t)) {
      close(at);
      current = { start: at, text: t };
    } else if (current && t && !/[.]$/.test(current.text.trim())) current.text += `\n${t}`;
    else if (current && /^(?:KSN-|\p{Lu}{2,5}-)?\S*\d{4}\S*\.?\s*Handling\.?$|^Handling\.?$/u.test(t)) current.text += `\n${t}`;
    else if (current && t) close(at);
    at += line.length + 1;
  }
  close(at);
  return items;
}

/** Most of the widest line's length a notice's heading has: a page's width sets the paragraph lines. */
const HEADING_SHARE = 0.7;
/** Lines of a paragraph looked through for the end of its first sentence. */
const PARAGRAPH_LINES = 8;

/** A past-tense decision of a reported meeting: "Kommunfullmäktige beslutade att …", "… bifölls", "Kommunstyrelsen gav …". */
const REPORTED = /\b(?:beslutade|beslöt|biföll|bifölls|avslog|avslogs|antog|antogs|godkände|godkändes|gav|föreslår|fastställde|ansågs|valde|valdes|tillstyrkte)\b/u;

/**
 * The decisions a beslutsnotis reports, one item a heading: in line-preserving text a short line
 * without a closing stop followed by its paragraph; in a transcript the words between one report's
 * last sentence and the next body's decision. The item's beslut is its first reporting sentence.
 */
export function noticeItems(stream: Stream, flattened: boolean): Item[] {
  const text = stream.text;
  const items: Item[] = [];
  if (!flattened) {
    const lines = text.split('\n');
    let at = 0;
    const offsets = lines.map((l) => {
      const o = at;
      at += l.length + 1;
      return o;
    });
    const blank = (k: number): boolean => k < 0 || k >= lines.length || lines[k]!.trim() === '';
    // A heading is shorter than the lines a page's width wraps its paragraphs at, and follows a
    // paragraph's end: a wrapped paragraph's next line follows a line that ends mid-sentence.
    const width = Math.max(...lines.map((l) => l.trim().length));
    /** A line shaped as a heading: capitalised, short, no closing stop. */
    const headingShaped = (t: string): boolean => t.length >= 4 && t.length < 90 && /^\p{Lu}/u.test(t) && !/[.!?:]$/.test(t);
    const headingAt = (k: number): boolean => {
      const t = lines[k]!.trim();
      if (!headingShaped(t) || t.length > Math.max(40, width * HEADING_SHARE)) return false;
      let p = k - 1;
      while (p >= 0 && blank(p)) p--;
      return p < 0 || p < k - 1 || /[.!?:]$/.test(lines[p]!.trim());
    };
    /** Whether the paragraph from line `k` closes a sentence within its first lines (before a blank line). */
    const closesSentence = (k: number): boolean => {
      for (let j = k; j < Math.min(lines.length, k + PARAGRAPH_LINES) && !blank(j); j++) if (/[.!?]$/.test(lines[j]!.trim())) return true;
      return false;
    };
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i]!.trim();
      if (!headingShaped(t) || /^(?:Kontakt|Nästa sammanträde)$/.test(t)) continue;
      // Blocks: a heading that is a block of its own line, a blank line, then its paragraph, wrapped
      // over lines of a page's width. OCR prints a page's heading and paragraph so (the engine
      // parts its blocks with a blank line), as do web pages saved as text.
      // Or right after its paragraph's end, where OCR lost the blank line above it.
      const block = (blank(i - 1) || headingAt(i)) && blank(i + 1) && !blank(i + 2);
      let k = block ? i + 2 : i + 1;
      let body = '';
      if (block) {
        while (!blank(k)) body += `\n${lines[k++]}`;
        if (lines[i + 2]!.trim().length <= 40 || !/[.!?](?:\s|$)/.test(body)) continue;
      } else {
        const next = lines[i + 1]?.trim() ?? '';
        if (!headingAt(i) || !(next.length > 40 && (/[.!?]$/.test(lines.slice(i + 1, i + 3).join(' ').trim()) || closesSentence(i + 1)))) continue;
        // The paragraph(s) up to the next heading.
        while (k < lines.length && !(k > i + 1 && lines[k]!.trim() !== '' && headingAt(k))) {
          body += `\n${lines[k]}`;
          k++;
        }
      }
      const decision = sentences(body).find((s) => REPORTED.test(s));
      if (!decision) continue;
      items.push({ paragraf: null, number: null, title: t, dnr: [], beslut: [decision], forslagTillBeslut: [], start: sourceOffset(stream, offsets[i]!), end: sourceOffset(stream, offsets[k - 1] ?? text.length) });
    }
    return items;
  }
  // A transcript: each decision sentence opened by a body; its heading is the fragment before it.
  const body = /(?<=^|[.!?]\s|\s)(?:[^.!?\n]{3,90}?)\s(?=(?:Kommunstyrelsen|Kommunfullmäktige|\p{Lu}[\p{L}-]*nämnden)\s+(?:föreslår|gav|godkände|beslutade|beslöt|antog|avslog|biföll))/gu;
  for (const m of text.matchAll(body)) {
    // A scan of the transcript, wrapped and unwrapped again, keeps a line break's spaces ("Ingen  förändring").
    // The sentence before may have lost its end with the web address the transcript dropped
    // ("Justerade protokoll läggs ut på [address] Utökat stöd …", protokoll/FACTS F0.3): the heading
    // begins after it. A title's own "på" stays ("Planuppdrag för bostäder på Gullänget").
    const heading = m[0].trim().replace(LOST_ADDRESS, '').replace(/\s+/g, ' ');
    const decision = sentences(text.slice(m.index + m[0].length))[0]?.replace(/\s+/g, ' ');
    if (!decision) continue;
    items.push({ paragraf: null, number: null, title: heading, dnr: [], beslut: [decision], forslagTillBeslut: [], start: sourceOffset(stream, m.index), end: sourceOffset(stream, m.index + m[0].length + decision.length) });
  }
  return items;
}
