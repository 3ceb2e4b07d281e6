import { AMBIGUOUS_PLACES, AUTHORITIES, AUTHORITY_ENDINGS, COUNTIES, PROVINCES } from '../lexicon/gazetteers.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { MUNICIPALITIES } from '../lexicon/municipalities.ts';
import { escapeRegExp } from '../escape-regexp.ts';

/**
 * Organisations and places a text names, from gazetteers (lexicon/gazetteers.ts) and from how
 * Swedish writes such names: a company's form after its name ("Vallabo Fastigheter AB"), an
 * authority's ending ("Trafikverket"), a place after "i", "på" or "vid" in the middle of a
 * sentence ("förskola i Torup"), a street's ending ("Lärkvägen"), the trakt of a
 * fastighetsbeteckning ("del av Höör 12:4"). No Swedish NER model can be installed here; a
 * token-classification model can add to these (ingest/entity-model.ts).
 */

/** A capitalised word: a letter in upper case, then letters, hyphens inside ("Saltsjö-Boo"). */
const CAP = String.raw`\p{Lu}[\p{Ll}\p{Lu}]*(?:-\p{Lu}?\p{Ll}+)*`;

/** Whether the text before `index` is inside a sentence: a lower-case word, a digit or a comma just before. */
function midSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  return /[\p{Ll}\d,][ \t]*$/u.test(before);
}

/**
 * The words of `text` that end in one of `endings` (a global regex of literal endings), with their
 * offsets: the endings are sought first and the word read back from each, which costs far less
 * than trying a word pattern at every capital.
 */
function wordsEndingIn(text: string, endings: RegExp): { word: string; at: number }[] {
  const found: { word: string; at: number }[] = [];
  for (const m of text.matchAll(endings)) {
    const end = m.index + m[0].length;
    if (/[\p{L}]/u.test(text[end] ?? '')) continue;
    let start = m.index;
    while (start > 0 && /[\p{L}-]/u.test(text[start - 1]!)) start--;
    found.push({ word: text.slice(start, end), at: start });
  }
  return found;
}

/**
 * A word the dictionary lists in lower case and not capitalised: a common word, not a name. Place
 * names built of common words ("Ljungdalen", "Bergsjö") are listed capitalised, or not at all.
 */
const commonOnly = (lexicon: Lexicon, word: string): boolean => !lexicon.has(word) && lexicon.has(word.toLowerCase());

/** A word the dictionary knows in lower case: a common word capitalised, not a name. */
const common = (lexicon: Lexicon, word: string): boolean => lexicon.has(word.toLowerCase()) || lexicon.accepts(word.toLowerCase());

/** The company forms printed after a name (aktiebolag, handelsbolag, kommanditbolag); the name is read back from them. */
const COMPANY_FORM = / (?:AB|HB|KB)(?![\p{L}])/gu;
const COMPANY_NAME = new RegExp(String.raw`(?<![\p{L}-])((?:${CAP} ){0,2}${CAP})$`, 'u');
/** Sports clubs' forms ("Höörs IK", "Skövde AIK"); the name is read back from them. */
const CLUB_FORM = / (?:IF|IK|BK|FF|SK|AIK|IFK|GoIF)(?![\p{L}])/gu;
const CLUB_NAME = new RegExp(String.raw`(?<![\p{L}-])${CAP}$`, 'u');
/** Associations: a compound on -föreningen or -förbundet ("Bygdegårdsföreningen"), "Föreningen X", "X förening". */
const ASSOCIATION_ENDING = /föreningen|förbundet/g;
const ASSOCIATION_NAMED = new RegExp(String.raw`Föreningen (${CAP}(?: ${CAP}){0,2})`, 'gu');
/** "X förening", "X ideella förening": the name is read back from the word. */
const ASSOCIATION_WORD = / (?:ideella |ekonomiska )?förening(?![\p{L}])/gu;
const ASSOCIATION_NAME = new RegExp(String.raw`(?<![\p{L}-])((?:${CAP} ){0,1}${CAP})$`, 'u');
/** "Region Skåne", "Region Kalmar län", "Polisregion Stockholm", "Länsstyrelsen i Kalmar län", "Landstinget i Värmland". */
const REGION = new RegExp(String.raw`(?<![\p{L}])((?:Polisr|R)egion (?:${CAP})(?: ${CAP})?(?: län)?|(?:Länsstyrelsen|Landstinget) i (?:${CAP})(?: ${CAP})?(?: län)?)(?![\p{L}])`, 'gu');
const GAZETTEER_ORGS = new RegExp(String.raw`(?<![\p{L}])(${[...AUTHORITIES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\p{L}])`, 'gu');
const AUTHORITY_ENDING_IN = new RegExp(AUTHORITY_ENDINGS.join('|'), 'g');
const AUTHORITY_NAME = new RegExp(`(?:${AUTHORITY_ENDINGS.join('|')})$`);
/** Whether a word is capitalised as a name is. */
const capitalised = (word: string): boolean => /^\p{Lu}\p{Ll}/u.test(word);

/** The organisations a text names, once each, in order of first mention. */
export function organisations(text: string, lexicon: Lexicon): string[] {
  const found: { name: string; at: number }[] = [];
  const add = (name: string, at: number): void => {
    name = name.trim().replace(/\s+/g, ' ');
    if (name) found.push({ name, at });
  };
  for (const m of text.matchAll(COMPANY_FORM)) {
    const before = COMPANY_NAME.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (!before) continue;
    // A heading a flattened layout glued before the name is a common word; the name keeps one it does not know.
    const words = before[1]!.split(' ');
    while (words.length > 1 && common(lexicon, words[0]!) && words.slice(1).some((w) => !common(lexicon, w))) words.shift();
    add(`${words.join(' ')}${m[0]}`, m.index - before[1]!.length);
  }
  for (const m of text.matchAll(CLUB_FORM)) {
    const name = CLUB_NAME.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (name) add(`${name[0]}${m[0]}`, m.index - name[0].length);
  }
  for (const { word, at } of wordsEndingIn(text, ASSOCIATION_ENDING)) {
    if (capitalised(word) && word.length > 10 && (midSentence(text, at) || !common(lexicon, word))) add(word, at);
  }
  for (const m of text.matchAll(ASSOCIATION_NAMED)) add(m[0], m.index);
  for (const m of text.matchAll(ASSOCIATION_WORD)) {
    const name = ASSOCIATION_NAME.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (!name) continue;
    const words = name[1]!.split(' ').filter((w) => !common(lexicon, w));
    if (words.length > 0) add(`${name[1]!.slice(name[1]!.indexOf(words[0]!))}${m[0]}`, m.index - name[1]!.length);
  }
  for (const m of text.matchAll(REGION)) add(m[1]!, m.index);
  for (const m of text.matchAll(GAZETTEER_ORGS)) add(m[1]!, m.index);
  for (const { word, at } of wordsEndingIn(text, AUTHORITY_ENDING_IN)) {
    // An authority by its ending, written with a capital in the middle of a sentence or unknown as a common word.
    if (capitalised(word) && word.length > 8 && (midSentence(text, at) || !common(lexicon, word))) add(word, at);
  }
  return firstMentions(found);
}

/** Streets, squares and places whose names end in a common noun ("Lärkvägen", "Backgatan", "Stortorget"). */
const STREET_ENDINGS = /vägen|gatan|gränd|gränden|torget|platsen|allén|stigen|backen|leden|parken|hamnen/g;
/** Words that begin a two-word place ("Norra Fäladen", "Västra Hamnen"). */
const FIRST_OF_TWO = /^(?:Norra|Södra|Östra|Västra|Stora|Lilla|Nya|Gamla|Övre|Nedre)$/;
/** A place after a preposition of place, in the middle of a sentence. */
const AFTER_PREPOSITION = new RegExp(String.raw`[ \n(](?:i|på|vid|från|till|mot|utanför|norr om|söder om|öster om|väster om) (${CAP})(?: (${CAP}))?`, 'gu');
/** The trakt of a fastighetsbeteckning after the words that introduce one ("fastigheten Sörby 4:18", "del av Höör 12:4"). */
const PROPERTY = new RegExp(String.raw`(?:fastighet(?:en|erna)?|del(?:ar)? av|kvarteret) (${CAP}(?: ${CAP})?)(?: \d+:\d+)?`, 'gu');
/**
 * A fastighetsbeteckning printed alone ("Detaljplan för Ljungdalen 2:14 m.fl.", "brygga, Kvarnaholm
 * 1:7"): a name, then block and unit. A unit of two digits after a small block reads as a clock
 * time too ("Hallberg 9:30"), so it counts only after "för", "av", "om" or a comma.
 */
const BLOCK_UNIT = / (\d{1,4}):(\d{1,3})(?![\d:])/g;
const TRAKT = /(?:(för|av|om|,) )?(?<![\p{L}-])(\p{Lu}\p{Ll}{3,}(?:-\p{Lu}?\p{Ll}+)?)$/u;
/** A letterhead in capitals: "LULEÅ KOMMUN", "ORUST KOMMUN"; the name is read back from " KOMMUN". */
const CAPITALS_KOMMUN = / KOMMUN(?![\p{L}])/gu;
const CAPITALS_NAME = /(?<![\p{L}-])(\p{Lu}[\p{Lu}-]+(?: \p{Lu}[\p{Lu}-]+)?)$/u;
const MUNICIPALITY = new RegExp(String.raw`(?<![\p{L}-])(${[...MUNICIPALITIES, ...PROVINCES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(s?)(?![\p{L}-])( kommun| stad| län)?`, 'gu');
const MUNICIPALITY_BY_FOLD = new Map(MUNICIPALITIES.map((m) => [m.toLowerCase(), m]));
const COUNTY = new RegExp(String.raw`(?<![\p{L}-])(${COUNTIES.map(escapeRegExp).join('|')}) län(?![\p{L}])`, 'gu');

/**
 * The places a text names, once each, in order of first mention: municipalities, län and landskap
 * by name; others after a preposition of place, by a street's ending or as a property's trakt.
 * A word of a person's name the document gives is no place ("Oskar Lund"), nor a common word.
 */
export function places(text: string, lexicon: Lexicon, people: readonly string[]): string[] {
  const nameWords = new Set(people.flatMap((p) => p.split(' ')));
  const found: { name: string; at: number }[] = [];
  const add = (name: string, at: number): void => {
    if (!name.split(' ').some((w) => nameWords.has(w))) found.push({ name, at });
  };
  for (const m of text.matchAll(MUNICIPALITY)) {
    const ambiguous = AMBIGUOUS_PLACES.has(m[1]!);
    if (ambiguous && !m[3] && !/(?:^|\s)i $/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    // A genitive is the place's when a noun follows ("Nackas", "Stockholms stad"); the name is the place.
    if (m[2] && !m[3] && !/^ \p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    // After a given name it is a surname ("Lena Norberg", "Oskar Lund").
    const before = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
    if (before && lexicon.has(before[1]!)) continue;
    add(m[1]!, m.index);
  }
  for (const m of text.matchAll(CAPITALS_KOMMUN)) {
    const before = CAPITALS_NAME.exec(text.slice(Math.max(0, m.index - 30), m.index));
    // The last word or two ("UPPLANDS VÄSBY KOMMUN", "Sammanträdesprotokoll LULEÅ KOMMUN").
    const name = before ? (MUNICIPALITY_BY_FOLD.get(before[1]!.toLowerCase()) ?? MUNICIPALITY_BY_FOLD.get(before[1]!.split(' ').pop()!.toLowerCase())) : undefined;
    if (name) add(name, m.index);
  }
  for (const m of text.matchAll(COUNTY)) add(m[0], m.index);
  for (const m of text.matchAll(BLOCK_UNIT)) {
    const start = Math.max(0, m.index - 40);
    const t = TRAKT.exec(text.slice(start, m.index));
    if (!t) continue;
    const [, before, trakt] = t;
    const [, block, unit] = m;
    const clock = unit!.length === 2 && Number(block) <= 24 && Number(unit) < 60;
    // A capitalised word just before makes it a name and a time ("Maj Hallberg 9:30").
    if ((clock && !before) || commonOnly(lexicon, trakt!) || (!before && /\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, start + t.index - 20), start + t.index)))) continue;
    add(trakt!, start + t.index);
  }
  for (const m of text.matchAll(AFTER_PREPOSITION)) {
    const [first, second] = [m[1]!, m[2]];
    if (FIRST_OF_TWO.test(first)) {
      if (second && !commonOnly(lexicon, second)) add(`${first} ${second}`, m.index);
      continue;
    }
    // A name followed by another capitalised word is a person's or an organisation's ("i Kurt Westbergs motion").
    if (second || !midSentence(text, m.index + m[0].indexOf(first))) continue;
    // A genitive before a noun names the place it belongs to ("i Larslunds hamn", "i Fruängens skola").
    const genitive = /s$/.test(first) && /^ \p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
    const name = genitive ? first.slice(0, -1) : first;
    if (name.length < 3 || commonOnly(lexicon, name) || commonOnly(lexicon, first) || /[\p{Lu}]{2}/u.test(name) || AUTHORITY_NAME.test(name) || /(?:nämnden|styrelsen|förvaltningen|kontoret|bolaget|föreningen)$/i.test(name)) continue;
    add(name, m.index);
  }
  for (const { word, at } of wordsEndingIn(text, STREET_ENDINGS)) {
    if (capitalised(word) && !word.includes('-') && word.length > 7 && (midSentence(text, at) || !common(lexicon, word))) add(word, at);
  }
  for (const m of text.matchAll(PROPERTY)) {
    const trakt = m[1]!;
    if (!trakt.split(' ').every((w) => common(lexicon, w))) add(trakt, m.index);
  }
  return firstMentions(found);
}

/**
 * Names once each, in the order the text first gives them; of two read at the same place the
 * longer ("Länsstyrelsen i Kalmar län", not also "Länsstyrelsen"; "Kalmar län", not also "Kalmar").
 */
function firstMentions(found: { name: string; at: number }[]): string[] {
  const kept = found.filter((f) => !found.some((g) => g.at === f.at && g.name.length > f.name.length && g.name.startsWith(f.name)));
  return [...new Set(kept.sort((a, b) => a.at - b.at).map((f) => f.name))];
}
