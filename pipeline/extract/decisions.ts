/**
 * Proposals and decisions in a block of text: a whole tjänsteutlåtande, or one § of a protokoll.
 * Sections are found by their headings (the label table), as whole lines or, in text whose pages
 * were flattened onto one line, inside the line; each section's list is split into its items
 * (numbered, bulleted, "att"-clauses, or sentences), one string per item as printed, markers off.
 */
import { ANY_HEADING, BODY_NAME, headingRole, type HeadingRole } from '../grammar/labels.ts';
import { MONTH_NAME_PATTERN } from '../lexicon/months.ts';
import { memoize } from '../memo.ts';
import { sentences, sentenceSpans } from '../text/sentences.ts';
import { flat } from '../text/hyphens.ts';

export interface Section {
  heading: string | null;
  role: HeadingRole | null;
  /** The section's text, line breaks kept. */
  text: string;
  /** Offset of the section's start in the block. */
  start: number;
}

/**
 * A heading inside a line (flattened text, or a heading a layout ran into the line before it):
 * the heading of the table, then a sentence, a number, a bullet or an "att"-clause. Matched
 * without regard to case; {@link inlineHeadings} keeps those that are capitalised. A number after
 * it opens a list, unless a month's name follows: then it is a date, and the heading word a
 * reference to a decision of that day ("Kulturnämndens beslut 25 oktober 2022" in a list of
 * documents, as "beslut 2022-10-25" is).
 */
const INLINE_HEADING = new RegExp(String.raw`(${ANY_HEADING})[.:]?(?=\s+(?:["”]?\p{Lu}|\d+[.)]?\s(?!(?:${MONTH_NAME_PATTERN})\b)|[•–-]\s|att\s))`, 'iuy');
/** A heading found inside a line, with its place in it. */
export interface InlineHeading {
  at: number;
  end: number;
  heading: string;
  role: HeadingRole;
}

/**
 * Where a heading can start: a capital letter (headings are Swedish words) at the start of the line
 * or after a space or a stop. The letter is matched first, what precedes it checked after: a
 * lookbehind or \p{Lu} first would be tried at every character of a long line.
 */
const CAPITAL_START = /[A-ZÅÄÖ](?<=^.|[\s.:;)].)/gu;
/** Words after which a capitalised heading word is part of the sentence ("enligt Kommunstyrelsens förslag"). */
const IN_SENTENCE = /(?:^|\s)(?:enligt|med|av|i|på|till|om|för|från|och|att|som|mot|vid|över|under|efter|det|den|ett|en)\s*$/i;

/**
 * The headings inside `line`: capitalised (or in capitals), followed by what a section opens with,
 * not inside a sentence. The heading table is tried only where a capitalised word starts (one
 * sticky match per candidate), which keeps long flattened lines cheap.
 */
export const inlineHeadings: (line: string) => readonly InlineHeading[] = memoize((line) => {
  const out: InlineHeading[] = [];
  let after = 0;
  for (const start of line.matchAll(CAPITAL_START)) {
    if (start.index < after) continue;
    INLINE_HEADING.lastIndex = start.index;
    const m = INLINE_HEADING.exec(line);
    if (!m) continue;
    const heading = m[1]!;
    if (IN_SENTENCE.test(line.slice(Math.max(0, m.index - 12), m.index))) continue;
    // The next word must be capitalised in truth (the regex matched it without regard to case).
    const next = line.slice(m.index + m[0].length).trimStart();
    if (!/^(?:["”]?\p{Lu}|\d|[•–-]\s|att\s)/u.test(next)) continue;
    const role = headingRole(heading);
    if (!role) continue;
    out.push({ at: m.index, end: m.index + m[0].length, heading, role });
    after = m.index + m[0].length;
  }
  return out;
});

/**
 * A line that is a label of its own, a noun and at most a preposition before its colon ("Fråga
 * av:", "Avsägelser från:", "Val:", "Bilagor:"): it opens a part the heading table does not name,
 * and ends the section before it (a proposal does not run on into the questions listed after it).
 * A lead-in that announces a list ("Nämnden beslutar:", "Kommunstyrelsen föreslår
 * kommunfullmäktige:") has a verb, and stays in its section.
 */
const LABEL_LINE = /^[ \t]*\p{Lu}\p{Ll}+(?: (?:av|från|om|till|för|med))?:[ \t]*$/u;

/**
 * The sections of `block`: text before the first heading, then one per heading. A heading is a
 * whole line of the table, or, inside a long line, a capitalised heading of the table that a
 * sentence or a list follows.
 */
export const splitSections: (block: string) => readonly Section[] = memoize((block) => {
  const marks: { at: number; end: number; heading: string; role: HeadingRole | null }[] = [];
  let at = 0;
  const lines = block.split('\n');
  lines.forEach((line, i) => {
    const role = headingRole(line);
    // A heading run into the end of a line wrapped at the page's width (a scan of flattened text:
    // "… för Ljungheden. Förslag till beslut" then "Anmälan om …") is read with the next line's
    // start, past one blank line OCR may set between them (its paragraph gap).
    const following = lines[i + 1]?.trim() === '' ? lines[i + 2] : lines[i + 1];
    const next = following?.trimStart().slice(0, 24) ?? '';
    const read = next && !role ? `${line} ${next}` : line;
    if (role) marks.push({ at, end: at + line.length, heading: line.trim().replace(/[.:]$/, ''), role });
    else if (LABEL_LINE.test(line)) marks.push({ at, end: at + line.length, heading: line.trim().replace(/:$/, ''), role: null });
    else for (const h of inlineHeadings(read)) if (h.end <= line.length) marks.push({ ...h, at: at + h.at, end: at + h.end });
    at += line.length + 1;
  });
  const sections: Section[] = [];
  const first = marks[0]?.at ?? block.length;
  if (block.slice(0, first).trim()) sections.push({ heading: null, role: null, text: block.slice(0, first), start: 0 });
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.at ?? block.length;
    sections.push({ heading: m.heading, role: m.role, text: block.slice(m.end, end), start: m.end });
  });
  return sections;
}, 64);

/** Lines longer than this are flattened text, whose list markers stand inside them. */
const LONG = 160;
/** A list item's marker at the start of a line: "1.", "2)", "a)", "•", "-", "–", Word's private-use bullet. */
const MARKER_AT_LINE = /^\s*(?:\d{1,2}[.)]|[a-h]\)|[•\-–\u{F0B7}\u{F0A7}])\s+/u;
/** A numbered item inside a flattened line: "1. Kommunstyrelsen …", "2. att …". */
const INLINE_NUMBER = /(?<=^|\s)(\d{1,2})\.\s+(?=\p{Lu}|att\s)/gu;
/** A lead-in that announces the decisions rather than making one ("Kommunfullmäktige beslutar:", "… föreslår kommunfullmäktige besluta"). */
const ANNOUNCES = /(?:\bbeslutar|\bbesluta|\bbeslutade|\bföreslås besluta|\bföreslår[^.]*\bbesluta(?:r)?|\bbeslutar för egen del|\bföljande beslut)\s*(?:att)?\s*:?$/i;
/** A word in small letters: what every sentence of a proposal or decision has (see `listItems`). */
const HAS_WORD = /\p{Ll}{2}/u;
/** A marked list's last item's end: a sentence's end, a blank line, then a capitalised paragraph (see `listItems`). */
const LIST_ENDS = /([.!?])[ \t]*\n[ \t]*\n\s*\p{Lu}[\s\S]*$/u;
/**
 * Words that end a decision list: the signature block, the justering line, the place and date a
 * letter is signed under ("Sala den 4 oktober 2023", "Västerås, den 4 september 2019": three
 * municipalities), which OCR may set right under the list's last line.
 */
const STOP_LINE = /^(?:Justerandes|Vid protokollet|Utdragsbestyrkande|Justerare\b|Justerat\b|Underskrifter\b|[-_=–]{4,}$|\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?,? den (?:\d{1,2} \p{Ll}+ (?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)$)/u;
/**
 * A signature's lines: names side by side, roles under them ("Ulla Thorslund / stadsdelsdirektör",
 * "Peter Svensson   Veronica Wolgast"); the columns' gap may be one space where a print or a text
 * layer collapsed it ("t.f. förvaltningschef avdelningschef").
 */
const NAME_LINE = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: (?:af |von |de )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,3}(?:\s{2,}|$))+$/u;
// The roles' ö as a worn copy's OCR may lose it ("stadsdelsdirektor").
const ROLE_WORD = String.raw`[\p{Ll}-]{0,40}(?:chef|direkt[öo]r|ordförande|sekreterare|samordnare|utredare|handläggare|strateg|controller|jurist|inspekt[öo]r)`;
const ROLE_LINE = new RegExp(String.raw`^(?:(?:t\.?f\.?|tf|vice|biträdande|bitr\.)\s+)?${ROLE_WORD}(?:\s+(?:(?:t\.?f\.?|tf|vice|biträdande)\s+)?${ROLE_WORD})*$`, 'iu');

/**
 * The lines before the signature that ends a list: a name (or names side by side) with the role
 * under it, after a blank line or after the list's last sentence (a worn copy may damage the name:
 * "bena Lundström Stoltz" over "förvaltningschef").
 */
function withoutSignatures(lines: string[]): string[] {
  for (let i = 1; i < lines.length; i++) {
    const next = lines.slice(i + 1).find((l) => l !== '') ?? '';
    if (!ROLE_LINE.test(next)) continue;
    if (lines[i - 1] === '' && NAME_LINE.test(lines[i]!)) return lines.slice(0, i);
    const before = lines.slice(0, i).reverse().find((l) => l !== '') ?? '';
    // The list's last sentence ends with a full stop, or with the comma a worn copy printed for it
    // after a numbered item's text ("2. Omedelbar justering,", see `sentence`).
    const ended = /[.;]$/.test(before) || (/,$/.test(before) && MARKER_AT_LINE.test(before));
    if (ended && lines[i]!.split(/\s+/).length <= 4 && !/[.,;:]$/.test(lines[i]!)) return lines.slice(0, i);
  }
  return lines;
}

/** Where a flattened list's numbers 1, 2, 3 … stand, in order (a number out of turn is text). */
function numberedAt(body: string): number[] {
  const at: number[] = [];
  let next = 1;
  for (const m of body.matchAll(INLINE_NUMBER)) {
    if (Number(m[1]) !== next) continue;
    at.push(m.index);
    next++;
  }
  return at.length >= 2 || (at.length === 1 && at[0]! < 3) ? at : [];
}

/**
 * The items of a proposal's or decision's text, as printed: one per numbered or bulleted item, per
 * "att"-clause, or per sentence; wrapped lines joined with one space; list markers removed; a
 * lead-in that announces the list ("Kommunfullmäktige beslutar:") dropped, one that says something
 * ("Följande ärende tillkommer på dagens ärendelista:") kept with the list it introduces. With
 * `until`, a list of sentences ends at the first sentence it accepts (a decision after a proposal).
 */
export function listItems(text: string, until?: (sentence: string) => boolean): string[] {
  const lines = withoutSignatures(text.split('\n').map((l) => l.trim()));
  const stop = lines.findIndex((l) => STOP_LINE.test(l));
  const kept = stop >= 0 ? lines.slice(0, stop) : lines;
  const body = kept.join('\n').trim();
  if (!body) return [];
  let pieces: string[];
  let lead = '';
  const nonEmpty = kept.filter((l) => l !== '');
  // A list flattened onto one line ("1. Kommunstyrelsen fastställer … 2. Kommunstyrelsen ger …").
  const numbered = body.length > LONG || nonEmpty.length === 1 || !kept.some((l) => MARKER_AT_LINE.test(l)) ? numberedAt(body) : [];
  if (kept.some((l) => MARKER_AT_LINE.test(l)) && !(numbered.length >= 2 && nonEmpty.length === 1)) {
    const parts = body.split(/(?:^|\n)\s*(?:\d{1,2}[.)]|[a-h]\)|[•\-–\u{F0B7}\u{F0A7}])\s+/u);
    lead = parts.shift()!.trim();
    pieces = parts;
    // The last item ends with its paragraph: after a full stop, a blank line and a paragraph that
    // opens with a capital and no marker is the document's next paragraph ("4. … senast i juni
    // 2024." / "Vid behandlingen av ärendet antecknade …"), where a rule or a heading between them
    // was lost (a scan's OCR, a print). An item's own wrapped lines have no blank line between them.
    const last = pieces.length - 1;
    if (last >= 0) pieces[last] = pieces[last]!.replace(LIST_ENDS, '$1');
    // The first item's marker OCR read as a mark ("+. Utbildningsnämnden fastställer …" over "2. …"):
    // the item, not a lead-in.
    const misread = /^[^\p{L}\p{N}\s][.)]\s+(\p{Lu}[\s\S]*)$/u.exec(lead);
    if (misread && /(?:^|\n)\s*2[.)]\s/.test(body) && !/(?:^|\n)\s*1[.)]\s/.test(body)) {
      pieces.unshift(misread[1]!);
      lead = '';
    }
    // The first item printed without its marker under the lead-in ("… föreslås besluta / att anta …, / 2. att …").
    const unmarked = /\n(att\s[^\n]*)$/.exec(lead);
    if (unmarked) {
      pieces.unshift(unmarked[1]!);
      lead = lead.slice(0, unmarked.index).trim();
    }
  } else if (numbered.length) {
    lead = body.slice(0, numbered[0]).trim();
    pieces = numbered.map((at, i) => body.slice(at, numbered[i + 1] ?? body.length).replace(/^\d{1,2}\.\s+/, ''));
  } else if (kept.slice(1).some((l) => /^att\s/.test(l)) || /^att\s/.test(body)) {
    // "att"-clauses: one a line; in flattened text one after another after a comma or "samt".
    // After a blank line too: OCR sets each clause of a decision as a block of its own.
    const perLine = kept.some((l, i) => i > 0 && /^att\s/.test(l) && (kept[i - 1] === '' || /,$|samt$|\S$/.test(kept[i - 1] ?? '')));
    const parts = perLine ? body.split(/\n(?=att\s)/) : body.split(/(?<=,|\bsamt)\s+(?=att\s)/);
    // "Kommunstyrelsen föreslås besluta att anta …,": the lead-in and the first clause on one line.
    const carried = /^(.*\bbesluta[r]?)\s+(att\s[\s\S]*)$/u.exec(parts[0]!.trim());
    if (carried && !/^att\s/.test(parts[0]!.trim())) parts.splice(0, 1, carried[1]!, carried[2]!);
    if (!/^att\s/.test(parts[0]!.trim())) lead = parts.shift()!.trim();
    pieces = parts;
  } else {
    pieces = sentences(body);
    if (until) {
      const cut = pieces.findIndex((p, i) => i > 0 && until(p));
      if (cut > 0) pieces = pieces.slice(0, cut);
    }
  }
  const marked = kept.some((l) => MARKER_AT_LINE.test(l)) || numbered.length > 0;
  const items = pieces
    .map((p) => flat(p).trim())
    // A piece with no word is no decision: a list's lone marker, a page counter OCR damaged ("212)"
    // for "2 (2)", "GB)" for "6 (8)"). Every decision has a word in small letters.
    .filter((p) => HAS_WORD.test(p))
    .map((p) => (marked ? sentence(p) : p));
  closed(items);
  const collapsed = flat(lead);
  if (!collapsed || ANNOUNCES.test(collapsed)) return items;
  // A lead-in that says something: with a single item it introduces, one item; otherwise its own.
  if (collapsed.endsWith(':') && items.length === 1) return [`${collapsed} ${items[0]}`];
  // A sentence without a word is none: a list's first marker OCR damaged ("+." for "1.") before its item.
  return [...sentences(collapsed).filter((p) => HAS_WORD.test(p)), ...items];
}

/**
 * A numbered item that is a sentence ends with a full stop: a comma printed for it (a worn copy's,
 * "2. Omedelbar justering,") becomes one. An "att"-clause (lower case) runs on and keeps its comma.
 */
function sentence(item: string): string {
  if (!/^\p{Lu}/u.test(item) || /[.!?:;]$/.test(item)) return item;
  return `${item.replace(/,$/, '')}.`;
}

/** A list of decisions ends its last item with a full stop; one a worn copy lost or printed as a comma is given back. */
function closed(items: string[]): void {
  const last = items.length - 1;
  if (last >= 0 && !/[.!?)]$/.test(items[last]!)) items[last] = `${items[last]!.replace(/[,;:]$/, '')}.`;
}

export interface Decisions {
  forslagTillBeslut: string[];
  beslut: string[];
}

/** A decision verb a deciding body's sentence uses ("Kommunstyrelsen noterar informationen."). */
const DECIDES = String.raw`(?:beslutar|beslutade|beslöt|noterar|godkänner|godkände|fastställer|fastställde|antar|antog|avslår|avslog|bifaller|biföll|beviljar|beviljade|lägger|överlämnar|uppdrar|ger|gav|tackar|utser|väljer|återremitterar|tillstyrker|avstyrker|föreslår|anser)`;
/** The subject of such a sentence: a body ("Bygg- och miljönämnden", "Arbetsutskottet", "Nämnden"). */
const BODY = String.raw`(?:\p{Lu}[\p{L}-]{0,40}(?:\s(?:och|-)\s?\p{L}+)?(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen)|Nämnden|Styrelsen|Utskottet|Kommunfullmäktige|Kommunstyrelsen)`;
const BODY_DECIDES = new RegExp(String.raw`^${BODY}\s+${DECIDES}\b`, 'u');
const BODY_DECIDES_INSIDE = new RegExp(String.raw`(?<=\s)${BODY}\s+${DECIDES}\b`, 'u');
/** An infinitive that opens a decision printed without a heading ("Godkänna dagordningen.", "Föreslå kommunfullmäktige att …"). */
const INFINITIVE = /^(?:Godkänna|Föreslå|Anta|Uppdra|Bevilja|Avslå|Bifalla|Fastställa|Lägga|Notera|Överlämna|Ge|Anse|Återremittera|Utse|Välja|Avsätta|Tillstyrka|Avstyrka|Delegera|Upphäva|Ta)\s/u;
/** What follows a decision without being one: who gets it, the justering. */
const AFTER_DECISION = /^(?:Beslutet\s+(?:skickas|ska\s+skickas|expedieras)|Paragrafen\s+justeras|Protokollet\s+justeras|Omröstningsbilaga|\()/u;

/**
 * Proposals and decisions of a block. With `unlabelled`, a block with no decision heading still
 * yields the decision it states at its end: sentences a body opens with a decision verb
 * ("Bygg- och miljönämnden beslutar att …", "Arbetsutskottet noterar informationen.") or that open
 * with an infinitive ("Godkänna dagordningen."), to the end of the block.
 */
export function readDecisions(block: string, options: { unlabelled?: boolean } = {}): Decisions {
  const out: Decisions = { forslagTillBeslut: [], beslut: [] };
  let labelled = false;
  for (const section of splitSections(block)) {
    if (section.role === 'proposal') out.forslagTillBeslut.push(...listItems(section.text, (t) => INFINITIVE.test(t) || AFTER_DECISION.test(t)));
    else if (section.role === 'decision') {
      labelled = true;
      out.beslut.push(...listItems(section.text));
    }
  }
  if (!labelled && options.unlabelled) out.beslut.push(...unlabelledDecisions(block, out.forslagTillBeslut));
  if (out.forslagTillBeslut.length === 0 && !labelled) out.forslagTillBeslut.push(...announcedProposal(block));
  return out;
}

/**
 * A body's proposal to another body in one sentence, which no blank line cuts (see
 * `announcedProposal`); the body it goes to named as a sentence names it, in lower case.
 */
const SINGLE_PROPOSAL = new RegExp(String.raw`(?:^|\n|[.!?]\s)(${BODY}\s+föreslår\s+${BODY_NAME}\s+att\s(?:[^.!?\n]|\n(?![ \t]*\n))+\.)`, 'u');

/**
 * A motion's or reply's closing proposal, announced in its last sentence and given as "att"-clauses
 * ("… föreslår vi kommunfullmäktige besluta / att …, / att …", "… föreslår jag att kommunfullmäktige
 * beslutar / att anse motionen besvarad.").
 */
function announcedProposal(block: string): string[] {
  // "Kommunstyrelsen föreslår kommunfullmäktige att medborgarförslaget ska anses besvarat." (a web
  // page's one-sentence proposal), a line's end inside it where a page's width wrapped it.
  const single = SINGLE_PROPOSAL.exec(block);
  const m = /(?:^|[.!?]\s|\n)[^.!?\n]*\bföreslår\b[^.!?\n]*\bbesluta(?:r)?:?\s*\n+\s*(att\s[\s\S]*)$/u.exec(block);
  if (!m) return single ? [flat(single[1]!)] : [];
  const items: string[] = [];
  // A clause a line, or set apart by blank lines ("att …,\n\natt …."): the split takes them.
  for (const c of m[1]!.split(/\n\s*(?=att\s)/)) {
    // A clause runs to a blank line, or to the full stop that ends a line: what follows is the
    // letter's place and date and its signature, which OCR may set right under it.
    const lines: string[] = [];
    const all = c.split('\n');
    for (let k = 0; k < all.length; k++) {
      const line = all[k]!;
      if (line.trim() === '' || STOP_LINE.test(line.trim())) break;
      lines.push(line);
      if (/\.\s*$/.test(line) && /^\s*\p{Lu}/u.test(all[k + 1] ?? '')) break;
    }
    const t = flat(lines.join('\n')).trim();
    if (!/^att\s/.test(t)) break;
    items.push(t);
    if (/\.$/.test(t)) break;
  }
  if (items.length === 0 && single) return [flat(single[1]!)];
  // Its last clause ends with a full stop, as a list's does; one a worn copy lost is given back.
  closed(items);
  return items;
}

/** Sentences stating a decision without a heading, from the first to the end of the block (see {@link readDecisions}). */
function unlabelledDecisions(block: string, proposals: string[]): string[] {
  const texts = sentenceSpans(block)
    .map((s) => flat(block.slice(s.start, s.end)).trim())
    .map((t) => t.replace(/^\d{1,2}\.\s+(?=\p{Lu})/u, '').replace(/^\([^()]{1,60}\)\s+(?=\p{Lu})/u, ''));
  const proposed = new Set(proposals);
  let first = texts.findIndex((t) => !proposed.has(t) && !proposals.some((p) => t.includes(p)) && (BODY_DECIDES.test(t) || INFINITIVE.test(t)));
  if (first < 0) {
    // A decision run on from the text before it in a flattened page ("… för 2017 Arbetsutskottet noterar informationen.").
    const last = texts.length - 1;
    const inner = last >= 0 ? BODY_DECIDES_INSIDE.exec(texts[last]!) : null;
    if (!inner) return [];
    texts[last] = texts[last]!.slice(inner.index).trim();
    first = last;
  }
  const out: string[] = [];
  for (const t of texts.slice(first)) {
    if (AFTER_DECISION.test(t) || /^\d{1,2}\.$/.test(t)) {
      if (AFTER_DECISION.test(t)) break;
      continue;
    }
    if (proposed.has(t)) continue;
    out.push(t);
  }
  // "Arbetsutskottet beslutar / att …, / att …": the clauses are the items.
  if (out.length === 1 && /\sbeslutar(?: för egen del)?\s+att\s/.test(out[0]!) && /,\s+att\s/.test(out[0]!)) return listItems(out[0]!.replace(/^.*?\sbeslutar(?: för egen del)?\s+(?=att\s)/, ''));
  return out;
}
