/**
 * The repair rules, as data: each with an id (kept on every correction it makes), the phase it
 * runs in, the regimes it applies to, and what it does. The order within a phase is the order
 * here: a word gets the first word rule that reads it otherwise.
 *
 * Phases: `labels` reads damaged labels, headings and numbers line by line before anything else
 * (labels.ts); `document` rules read the whole text (a misread "Dnr" label, a name the document
 * prints otherwise); `word` rules read one word with its neighbours; `phrase` gives a damaged
 * document a second look at its own phrases (phrases.ts).
 */
import type { Regime } from './confusions.ts';

export type RulePhase = 'labels' | 'document' | 'word' | 'phrase';

export interface RepairRule {
  id: string;
  phase: RulePhase;
  regimes: readonly Regime[];
  /** A word rule that leaves protected spans (case numbers, addresses, fixed chrome) alone. */
  respectsProtection?: boolean;
  what: string;
}

const ALL: readonly Regime[] = ['intact', 'stripped', 'worn'];
const DAMAGED: readonly Regime[] = ['stripped', 'worn'];

export const REPAIR_RULES = [
  { id: 'label', phase: 'labels', regimes: ALL, what: 'a damaged label, heading, paragraph sign, list marker or its count, case-number separator, a date against its weekday, phone number or year read as printed undamaged (labels.ts, weekdays.ts)' },
  { id: 'party-letter', phase: 'document', regimes: ALL, what: 'a party\'s letters after a name that OCR read as a digit or sign, with a speck or doubled ("Lotta Edholm (1)" → "(L)", "(€C)" → "(C)", "(CC)" → "(C)"); in damaged text also one letter off ("(KT)" → "(KD)")' },
  { id: 'lost-slash', phase: 'document', regimes: DAMAGED, what: "a case number's slash lost in parentheses (\"(KS 2020 88)\")" },
  { id: 'brace-paren', phase: 'document', regimes: DAMAGED, what: 'a brace closing an open parenthesis ("(C}")' },
  { id: 'engine-dash', phase: 'document', regimes: ALL, what: 'the Swedish dash "–" that an engine prints as "—" (without Swedish data, and with it: tesseract\'s Swedish model has no en dash either), and between words as "~" (the English model)' },
  { id: 'engine-bullet', phase: 'document', regimes: ALL, what: 'a list item\'s bullet "•" that such an engine prints as "*", "¢", "+", "°", "·", "«" or "»" at the start of a line; in intact text, as an engine with Swedish data prints it ("+", "»", "«", "+»")' },
  { id: 'engine-comma', phase: 'document', regimes: DAMAGED, what: 'a comma read as a full stop before a lower-case word ("Karin Hedin. ordförande")' },
  { id: 'chrome-phrase', phase: 'document', regimes: DAMAGED, what: 'a hosting site\'s fixed wording as OCR damaged it, read as the site prints it ("Starta visningen fran sidan")' },
  { id: 'glued-guillemet', phase: 'document', regimes: DAMAGED, what: 'a guillemet inside a word, a blot where the gap was ("i«centrala")' },
  { id: 'dnr-label', phase: 'document', regimes: DAMAGED, what: 'a "Dnr" label misread before a case number ("Dör", "Dns"; any one slip from it, "Ont", "Dn", before a number the case-number grammar reads)' },
  { id: 'clock-label', phase: 'document', regimes: DAMAGED, what: 'the "kl" before a time of day with its l read as I, i, 1, a mark or a t ("kI 13.00", "ki. 09:00", "k! 18.30")' },
  { id: 'day-one', phase: 'document', regimes: ALL, what: 'the day "1" of a date printed as a bar or a narrow letter ("från den | januari")' },
  { id: 'page-count', phase: 'document', regimes: ALL, what: 'a page counter "N (M)" whose parenthesis OCR dropped or read as a digit, at a page\'s first line, read by the document\'s undamaged counters ("219)" → "2 (9)" between "1 (9)" and "5 (9)"; page-counters.ts)' },
  { id: 'page-one', phase: 'document', regimes: ALL, what: 'the page number "1" of a header\'s "N (M)" printed as a bar or, in damaged text, a narrow letter ("Sida | (4)"); a transcript\'s first page number so printed ("Transkript" then "I PRESSMEDDELANDE")' },
  { id: 'place-spelling', phase: 'document', regimes: DAMAGED, what: 'a Swedish place\'s name printed without its å/ä/ö, also in capitals ("LULEA KOMMUN" → "LULEÅ KOMMUN")' },
  { id: 'name-spelling', phase: 'document', regimes: DAMAGED, what: "a first name read as the spelling the document prints more often (\"Loa Edholm\" beside \"Lotta Edholm\")" },
  { id: 'line-hyphen', phase: 'word', regimes: ALL, respectsProtection: true, what: 'a word a line\'s end hyphenated ("kommunfullmäk-" / "tige"), read as one word: left as printed where the halves make one, in damaged text repaired whole and hyphenated again at the same place; never each half as a word of its own ("tige" -> "läge")' },
  { id: 'split-word', phase: 'word', regimes: DAMAGED, respectsProtection: true, what: 'a word split at a gap in worn type, joined where the two make a known word ("oc h", "Skolplac ering"); "fr o m" and "t o m" before a date given back the space OCR lost ("fro m")' },
  { id: 'capital-in-sentence', phase: 'word', regimes: DAMAGED, respectsProtection: true, what: 'a capital a case-guessing engine set inside a sentence, read in lower case ("som svar på Movionen")' },
  { id: 'worn-till', phase: 'word', regimes: DAMAGED, what: 'a worn "till" printed as a G, U or barless t and bars, or its t and i as one stroke ("hänvisar GI förvaltningens", "förslag ll beslut"), or with its last l lost or read as a mark ("upp til! 20 år")' },
  { id: 'merged-att', phase: 'word', regimes: ALL, respectsProtection: true, what: '"att" with its two t\'s run into one u, between lower-case words ("kommunfullmäktige au anta")' },
  { id: 'lower-i', phase: 'word', regimes: ALL, respectsProtection: true, what: 'the preposition "i" printed "I" between lower-case words' },
  { id: 'narrow-i', phase: 'word', regimes: DAMAGED, respectsProtection: true, what: 'the preposition "i" printed as another narrow letter, "t", "f" or "l", alone between words ("simhall t kombination")' },
  { id: 'one-for-i', phase: 'word', regimes: DAMAGED, respectsProtection: true, what: 'the preposition "i" printed "1" before a name ("miljöer 1 Malmö")' },
  { id: 'channel', phase: 'word', regimes: ALL, respectsProtection: true, what: 'the likeliest spelling the confusion table reads the word as, by the lexicon, the corpus and the neighbouring words' },
  { id: 'phrase', phase: 'phrase', regimes: DAMAGED, what: "a word read as the document prints it in the same phrase elsewhere" },
] as const satisfies readonly RepairRule[];

export type RuleId = (typeof REPAIR_RULES)[number]['id'];

export type Rule = RepairRule & { id: RuleId };

/** The rules of one phase that apply to a regime, in order. */
export function rulesFor(phase: RulePhase, regime: Regime): readonly Rule[] {
  return (REPAIR_RULES as readonly Rule[]).filter((r) => r.phase === phase && r.regimes.includes(regime));
}

export function ruleById(id: RuleId): Rule {
  return (REPAIR_RULES as readonly Rule[]).find((r) => r.id === id)!;
}
