import { PARTIES } from '../grammar/parties.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

export interface PartyMention {
  name: string;
  party: string;
}

const CODES = Object.keys(PARTIES).sort((a, b) => b.length - a.length).join('|');
/**
 * Two to four capitalised words, then a party's letters in parentheses: how protokoll, kallelser and
 * motioner of every kommun name a politician ("Maria Holm (MP)", "Anna König Jerlmyr (M)").
 */
const MENTION = new RegExp(String.raw`(?<![\p{L}-])(\p{Lu}[\p{Ll}'-]+(?:[ -](?:\p{Lu}[\p{Ll}'-]+|af|von|de)){1,3}) \((${CODES})\)`, 'gu');

/**
 * The politicians a text names with their party, once each. A word a flattened layout glued before
 * the name ("Yrkanden Henrik Lövgren (M)", "Ledamot Anna Berg (S)") is dropped when the dictionary
 * knows it only in lower case (listed, or a compound of listed words), so it is a common noun, and
 * two words of the name remain.
 */
export function partyMentions(text: string, lexicon: Lexicon): PartyMention[] {
  const found = new Map<string, PartyMention>();
  for (const m of text.matchAll(MENTION)) {
    const name = personName(m[1]!, lexicon);
    if (name && !found.has(name)) found.set(name, { name, party: m[2]! });
  }
  return [...found.values()];
}

/** A personal name as a name field holds it: two to four capitalised words. */
const PART = String.raw`\p{Lu}[\p{Ll}']+(?:-\p{Lu}?[\p{Ll}']+)*`;
const NAME = new RegExp(String.raw`^${PART}(?: (?:${PART}|af|von|de)){1,3}$`, 'u');

/**
 * A person's name from a line that may carry more (white space collapsed, a common noun glued
 * before it dropped), or null when what is left is no name.
 */
export function personName(text: string, lexicon: Lexicon): string | null {
  const words = text.trim().split(/\s+/);
  while (words.length > 2 && !lexicon.has(words[0]!) && lexicon.accepts(words[0]!.toLowerCase())) words.shift();
  const name = words.join(' ');
  return NAME.test(name) ? name : null;
}

/** A person's part in a document, as the document says it. */
export interface PersonRole {
  name: string;
  role: string;
}

/** "Motion från Maria Holm (MP)", "motion av …": who moved a motion (kallelser and protokoll of many kommuner). */
const MOVER = new RegExp(String.raw`[Mm]otion(?:en)? (?:från|av) (${PART}(?: (?:${PART}|af|von|de)){1,3}) \((?:${CODES})\)`, 'gu');

/** The motionärer a text names. */
export function movers(text: string, lexicon: Lexicon): string[] {
  return [...new Set([...text.matchAll(MOVER)].map((m) => personName(m[1]!, lexicon)).filter((n): n is string => n !== null))];
}

/**
 * What a politician did at the meeting, as protokoll of many kommuner write it under Yrkanden and
 * Reservationer: "Henrik Lövgren (M) yrkade bifall …", "Patrik Ölund (V) reserverar sig mot beslutet".
 */
const ACTS = [
  { verb: String.raw`yrka(?:de|r)`, role: 'yrkande' },
  { verb: String.raw`reserver(?:ade|ar) sig`, role: 'reservation' },
].map((a) => ({ ...a, exact: new RegExp(`^${a.verb}$`) }));
const ACT = new RegExp(String.raw` (${ACTS.map((a) => a.verb).join('|')})\b`, 'gu');
/** The politician before the verb: a name and a party's letters, perhaps "m.fl." ("Linda Berger (MP) m.fl. yrkade"). */
const ACTOR = new RegExp(String.raw`(${PART}(?: (?:${PART}|af|von|de)){1,3}) \((?:${CODES})\),?(?: m\.fl\.)?$`, 'u');

/** The yrkanden and reservationer a text ascribes to named politicians (the verbs sought first: they are rare). */
export function acts(text: string, lexicon: Lexicon): PersonRole[] {
  const found: PersonRole[] = [];
  for (const m of text.matchAll(ACT)) {
    const actor = ACTOR.exec(text.slice(Math.max(0, m.index - 80), m.index));
    const name = actor ? personName(actor[1]!, lexicon) : null;
    const act = ACTS.find((a) => a.exact.test(m[1]!));
    if (name && act) found.push({ name, role: act.role });
  }
  return found;
}
