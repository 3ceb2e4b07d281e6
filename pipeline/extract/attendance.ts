import { PARTIES } from '../grammar/parties.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { personName, type PersonRole } from './politicians.ts';

/**
 * Who a protokoll or kallelse lists as present, and as what. The header's attendance labels
 * ("Beslutande", "Ersättare", "Övriga deltagande", "Utses att justera"; ../shared/world/protokoll
 * FACTS.md table 2c counts them: Beslutande 45, Övriga deltagande 25, Övriga närvarande 12,
 * Övriga deltagare 6) say the part of the people they list; an entry's own words after its
 * name ("ordförande", "tjänstgörande ersättare", "kommunchef") say it more precisely.
 */

/** What an attendance label says of those it lists, as data. `null`: their own words say it. */
export interface AttendanceLabel {
  forms: RegExp;
  role: string | null;
  seenIn: string;
}

export const ATTENDANCE_LABELS: readonly AttendanceLabel[] = [
  { forms: /^(?:beslutande(?: ledamöter)?|(?:kallade |närvarande )?ledamöter)$/i, role: 'ledamot', seenIn: 'Beslutande: 45 protokoll (2c); Ledamöter: kallelser (G3)' },
  { forms: /^(?:tjänstgörande )?ersättare$/i, role: 'ersättare', seenIn: 'Ersättare: protokoll and kallelser, often in capitals beside BESLUTANDE (Nacka, Piteå)' },
  { forms: /^(?:utses att justera|utsedd att justera|(?:protokolls)?justerare|förslag till justerare)$/i, role: 'justerare', seenIn: 'Utses att justera: ≈ 40 protokoll; Justerare (G3)' },
  { forms: /^(?:övriga (?:deltagande|närvarande|deltagare|kallade|närvarand)|tjänstepersoner|närvarande|för kännedom)$/i, role: null, seenIn: 'Övriga deltagande 25, närvarande 12, deltagare 6 (2c)' },
];

/**
 * A label inside a list that a flattened layout ran into the one before ("… Linda Berger (MP)
 * ERSÄTTARE Mats Åkerlind (M)"): written in capitals, or followed by a colon.
 */
const INNER_LABEL = /(?<![\p{L}])(BESLUTANDE|LEDAMÖTER|(?:TJÄNSTGÖRANDE )?ERSÄTTARE|ÖVRIGA (?:DELTAGANDE|NÄRVARANDE|DELTAGARE)|(?:Tjänstgörande )?[Ee]rsättare:|Ledamöter:|Övriga (?:deltagande|närvarande|deltagare):)(?![\p{L}])/u;

const CODES = Object.keys(PARTIES).join('|');
/** A word that can be part of a name: capitalised, or a nobiliary particle. */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*|af|von|de)$/u;
/** A party's letters in parentheses, as the only thing in a token. */
const PARTY = new RegExp(String.raw`^\((${CODES})\)[,.]?$`, 'i');
/** A party's letters after a name and a comma, without parentheses ("Ingrid Wallén, C"; Hjo, Götene). */
const BARE_PARTY = new RegExp(String.raw`^(${CODES})[,.]?$`, 'i');

/**
 * The heads of Swedish job titles, as data: a title is a compound ending in one of them
 * ("ekonomichef", "planarkitekt", "nämndsekr.") or one of them alone. Layouts that print the
 * title capitalised after the name ("Maria Lindgren Sekreterare Anders Hjelm Kommunchef",
 * Nordanstig; "Ekonom Cecilia Bergh", Hjo) need them to see where a name ends.
 */
const TITLE_HEAD = /(?:chef|direktör|sekreterare|sekr\.?|ordförande|ordf\.?|ekonom|arkitekt|handläggare|strateg|controller|jurist|samordnare|utredare|rektor|ingenjör|ansvarig|assistent|administratör|planerare|föredragande|ersättare|tjg|kommunikatör|revisor|konsult|inspektör|läkare|sjuksköterska)$/;
const isTitle = (word: string): boolean => TITLE_HEAD.test(word.replace(/,$/, '').toLowerCase());
/** A word that starts or continues a name here: capitalised, not a title. */
const nameWord = (word: string): boolean => NAME_WORD.test(word.replace(/,$/, '')) && !isTitle(word);

interface Entry {
  name: string;
  party: string | null;
  /** What the list says after the name: "ordförande", "tjänstgörande ersättare", "kommunchef, § 212". */
  words: string;
}

/**
 * The entries of one list: a run of capitalised words is a name (two or three words; four printed
 * without a separator are two names of two, as "Elsa Lundvik Kjell Ahlstrand"), then perhaps a
 * party, then the entry's own lower-case words up to the next name.
 */
export function listEntries(value: string, lexicon: Lexicon): Entry[] {
  const tokens = value.split(/\s+/).filter(Boolean);
  const entries: Entry[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run: string[] = [];
    while (i < tokens.length && nameWord(tokens[i]!) && (run.length === 0 || !/,$/.test(run[run.length - 1]!))) run.push(tokens[i++]!);
    // A name starts with a given name, which the dictionary does not know as a common noun only
    // ("Sammanträdesrum Runby", "Presskonferens Sker" are no names; "Per", "Björn" it knows as names).
    while (run.length > 0 && !lexicon.has(run[0]!.replace(/,$/, '')) && lexicon.has(run[0]!.replace(/,$/, '').toLowerCase())) run.shift();
    if (run.length === 0) {
      i++;
      continue;
    }
    let party: string | null = null;
    const partyToken = tokens[i] ? (PARTY.exec(tokens[i]!) ?? (/,$/.test(run[run.length - 1]!) ? BARE_PARTY.exec(tokens[i]!) : null)) : null;
    if (partyToken) {
      party = partyToken[1]!.toUpperCase();
      i++;
    }
    const words: string[] = [];
    // The entry's own words: lower case, digits, "§", a title, or an abbreviation's capitals ("VA-chef", "IFO").
    while (i < tokens.length && !nameWord(tokens[i]!) && !PARTY.test(tokens[i]!)) words.push(tokens[i++]!);
    const names = splitRun(run.map((w) => w.replace(/,$/, '')));
    for (const [k, raw] of names.entries()) {
      const name = personName(raw, lexicon);
      if (!name) continue;
      const last = k === names.length - 1;
      entries.push({ name, party: last ? party : null, words: last ? words.join(' ').replace(/^,\s*/, '').replace(/\s*,?\s*(?:och|samt)$/, '') : '' });
    }
  }
  return entries;
}

/**
 * A run of capitalised words as names: one of two or three words; a longer run is names printed
 * without separators, two words each ("Lena Ekh Tomas Wahlgren Birgitta Rosell", the flattened
 * columns of Emmaboda's and Orust's lists), the last three when the count is odd.
 */
function splitRun(run: string[]): string[] {
  if (run.length <= 1) return [];
  if (run.length <= 3) return [run.join(' ')];
  const names: string[] = [];
  let i = 0;
  for (; run.length - i > 3 || (run.length - i) % 2 === 0; i += 2) {
    if (run.length - i < 2) break;
    names.push(run.slice(i, i + 2).join(' '));
  }
  if (run.length - i === 3) names.push(run.slice(i).join(' '));
  return names;
}

/** The part an entry's own words give: chair, serving substitute, an official's title. */
function ownRole(words: string): string | null {
  const w = words.toLowerCase();
  if (/\bvice ordf(?:\.|örande\b)/.test(w)) return 'vice ordförande';
  if (/(?:^|[\s,])ordf(?:\.|örande\b)/.test(w)) return 'ordförande';
  // "tjänstgörande ersättare", "tjg ersättare", "tjg. ers."
  if (/\bersättare\b|\btjg\b/.test(w)) return 'ersättare';
  // An official's title: the part between commas that holds a title's head ("S&P, nämndsekr."),
  // else the first part ("IFO, 31-36"), up to a "§".
  const parts = w.split(/[,§]/).map((p) => p.trim()).filter((p) => /^\p{L}/u.test(p));
  const part = parts.find((p) => p.split(' ').some((x) => TITLE_HEAD.test(x))) ?? parts[0];
  const title = part ? /^[\p{L}-]+\.?(?: [\p{Ll}-]+\.?){0,3}/u.exec(part) : null;
  // Not a title: a note of when someone was present ("fr o m 42", "from § 12", "t o m kl 15").
  if (!title || /^(?:fr|from|t|tom|kl|närv|ej)\b/.test(title[0]) || title[0].split(' ')[0]!.replace(/\.$/, '').length < 3) return null;
  return title[0];
}

/** The attendance label a printed label is, if any. */
const labelOf = (printed: string): AttendanceLabel | undefined => ATTENDANCE_LABELS.find((l) => l.forms.test(printed.replace(/\s+/g, ' ').trim()));
/** The part a label gives those it lists (null: their own words say it; undefined: no attendance label). */
const roleOf = (printed: string): string | null | undefined => labelOf(printed)?.role;

/**
 * The people an attendance list names, each with their part. A politician (with a party) takes
 * the label's part unless their own words say more; an official (a title and no party) is named
 * by the title, whatever the label, since flattened layouts run the officials into the list
 * above them; "A med B som ersättare" under a justering label makes B the substitute justerare.
 */
export function attendanceRoles(fields: readonly { label: string; value: string }[], lexicon: Lexicon): { people: string[]; roles: PersonRole[]; parties: { name: string; party: string }[] } {
  const roles: PersonRole[] = [];
  const parties: { name: string; party: string }[] = [];
  const people: string[] = [];
  let previous: string | null | undefined;
  for (const field of fields) {
    const after = previous;
    previous = roleOf(field.label);
    const segments: { label: string; value: string; under?: string | null }[] = [{ label: field.label, value: field.value }];
    // Split at labels the flattening ran into the list.
    for (let s = 0; s < segments.length; s++) {
      const inner = INNER_LABEL.exec(segments[s]!.value);
      if (!inner || inner.index === 0) continue;
      const rest = segments[s]!.value.slice(inner.index + inner[0].length);
      segments[s]!.value = segments[s]!.value.slice(0, inner.index);
      segments.splice(s + 1, 0, { label: inner[1]!.replace(/:$/, ''), value: rest, under: roleOf(segments[s]!.label) });
    }
    for (const segment of segments) {
      const label = labelOf(segment.label);
      if (!label) continue;
      const entries = listEntries(segment.value, lexicon);
      people.push(...entries.map((e) => e.name));
      // "Förslag till justerare / Ordinarie: A / Ersättare: B": B stands in for the justerare (one
      // or two names right after the justerare, in the same field or the next).
      if (label.role === 'ersättare' && (segment.under === 'justerare' || (segment === segments[0] && after === 'justerare')) && entries.length <= 2) {
        for (const e of entries) roles.push({ name: e.name, role: 'ersättare för justerare' });
        continue;
      }
      if (label.role === 'justerare') {
        const substitutes = /^(.*?) med (.+?) som ersättare/u.exec(segment.value);
        const named = listEntries(substitutes ? substitutes[1]! : segment.value, lexicon);
        // A meeting has one or two justerare (and as many substitutes): a longer list is the lists
        // of labels printed side by side and flattened after the last label ("Beslutande Övriga
        // deltagande Utses att justera <every name>", Emmaboda): only the entries' own words tell.
        if (named.length > 2) {
          for (const e of entries) {
            const own = ownRole(e.words);
            if (own) roles.push({ name: e.name, role: own });
          }
          continue;
        }
        for (const e of named) roles.push({ name: e.name, role: 'justerare' });
        if (substitutes) for (const e of listEntries(substitutes[2]!, lexicon)) roles.push({ name: e.name, role: 'ersättare för justerare' });
        continue;
      }
      for (const e of entries) {
        if (e.party) parties.push({ name: e.name, party: e.party });
        const own = ownRole(e.words);
        if (e.party === null && own && !['ordförande', 'vice ordförande', 'ersättare'].includes(own)) roles.push({ name: e.name, role: own });
        else if (own === 'ordförande' || own === 'vice ordförande') roles.push({ name: e.name, role: own }, ...(label.role ? [{ name: e.name, role: label.role }] : []));
        else if (own === 'ersättare') roles.push({ name: e.name, role: 'ersättare' });
        else if (label.role) roles.push({ name: e.name, role: label.role });
        else if (e.party === null) roles.push({ name: e.name, role: 'övrig deltagare' });
      }
    }
  }
  return { people, roles, parties };
}
