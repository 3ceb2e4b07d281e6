/**
 * Base forms of Swedish words, for search that finds "obelisken" when asked for "obelisk" and
 * "riktlinjer" for "riktlinje" (Meilisearch does not stem).
 *
 * `HunspellLemmatizer` undoes the suffix rules of a Hunspell dictionary (Debian's hunspell-sv, read
 * by ingest/lemmatizer.ts): a word is the stem a rule made it from when the stem is listed with that
 * rule's flag ("riktlinjerna" ← "riktlinje" + SFX I). A compound the dictionary does not list is
 * lemmatised by its last part ("laddplanerna" → "laddplan"). Without the dictionary, the Snowball
 * Swedish stemmer stands in (`SnowballStemmer`): a stem, not a word, but the same for a word's forms.
 */
import type { Lexicon } from './lexicon.ts';
import { detached } from '../detached.ts';

export interface Lemmatizer {
  /** What it is, for the record and the README. */
  readonly name: string;
  /** The base forms of a lower-case word (the word itself when it is one); empty when unknown. */
  lemmas(word: string): string[];
}

export interface SuffixRule {
  flag: string;
  /** Letters the rule removed from the stem ('' for none). */
  strip: string;
  /** Letters it added. */
  add: string;
  /** What the stem must end with. */
  condition: RegExp;
}

/** The suffix rules of a Hunspell .aff file (prefixes do not inflect Swedish). */
export function parseAffixes(aff: string): SuffixRule[] {
  const rules: SuffixRule[] = [];
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    // "SFX flag strip add condition": a rule; "SFX flag Y|N count": a group's header.
    if (parts[0] !== 'SFX' || parts.length < 5 || /^[YN]$/.test(parts[2]!)) continue;
    const [, flag, strip, addWithFlags, condition] = parts as [string, string, string, string, string];
    const add = addWithFlags.split('/')[0]!;
    rules.push({ flag, strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u') });
  }
  return rules;
}

/**
 * The words of a Hunspell .dic file and their flags (the first line is a count); with `only`, just
 * those words (a query's candidate stems: a tenth of the time of reading them all).
 */
export function parseDictionary(dic: string, only?: ReadonlySet<string>): Map<string, string> {
  const words = new Map<string, string>();
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    if (only && !only.has(word)) continue;
    const flags = slash < 0 ? '' : line.slice(slash + 1);
    words.set(word, (words.get(word) ?? '') + flags);
  }
  return words;
}

/** Every stem a suffix rule could have made `word` from, listed or not (for `parseDictionary`'s `only`). */
export function candidateStems(word: string, rules: readonly SuffixRule[]): string[] {
  const out = new Set([word]);
  for (const rule of rules) {
    if (word.endsWith(rule.add) && word.length - rule.add.length + rule.strip.length >= 2) out.add(word.slice(0, word.length - rule.add.length) + rule.strip);
  }
  return [...out];
}

/**
 * A query in base forms, for searching after the query itself: each word of letters replaced by
 * its first base form ("skolornas bygge" → "skola bygge"); null when no word changes, so there is
 * nothing more to search. Case numbers, digits and short words stay as typed.
 */
export function baseFormQuery(q: string, lemmatizer: Lemmatizer): string | null {
  let changed = false;
  const out = q.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const lemma = lemmatizer.lemmas(lower)[0];
    if (!lemma || lemma === lower) return word;
    changed = true;
    return lemma;
  });
  return changed ? out : null;
}

/** Shortest word worth a base form: shorter ones are function words, abbreviations and numbers. */
const MIN_LENGTH = 3;

export class HunspellLemmatizer implements Lemmatizer {
  readonly name: string;
  /** Rules by the last letter of what they add; rules that add nothing under ''. */
  private readonly byEnding = new Map<string, SuffixRule[]>();
  private readonly memo = new Map<string, string[]>();

  constructor(
    private readonly words: Map<string, string>,
    rules: SuffixRule[],
    private readonly compounds: Lexicon | null,
    name = 'hunspell',
  ) {
    this.name = name;
    for (const rule of rules) {
      const key = rule.add.slice(-1);
      this.byEnding.set(key, [...(this.byEnding.get(key) ?? []), rule]);
    }
  }

  lemmas(word: string): string[] {
    let found = this.memo.get(word);
    if (found === undefined) {
      found = this.lookUp(word);
      if (this.memo.size > 200_000) this.memo.clear();
      this.memo.set(detached(word), found);
    }
    return found;
  }

  private lookUp(word: string): string[] {
    if (word.length < MIN_LENGTH || !/^\p{Ll}+$/u.test(word)) return [];
    const own = this.stems(word);
    if (own.length) return own;
    // A compound the dictionary does not list: its last part's base form, after the rest.
    const parts = this.compounds?.split(word, false);
    if (!parts || parts.length < 2) return [];
    const last = parts[parts.length - 1]!;
    const head = word.slice(0, word.length - last.length);
    return this.stems(last).map((l) => head + l);
  }

  /** The listed stems `word` is a form of, itself first when it is listed. */
  private stems(word: string): string[] {
    const out = new Set<string>();
    if (this.words.has(word)) out.add(word);
    for (const key of [word.slice(-1), '']) {
      for (const rule of this.byEnding.get(key) ?? []) {
        if (!word.endsWith(rule.add) || word.length - rule.add.length + rule.strip.length < 2) continue;
        const stem = word.slice(0, word.length - rule.add.length) + rule.strip;
        if (stem !== word && rule.condition.test(stem) && this.words.get(stem)?.includes(rule.flag)) out.add(stem);
      }
    }
    return [...out];
  }
}

const VOWELS = 'aeiouyäåö';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

/** Step 1's endings, longest first, as the Snowball Swedish stemmer lists them. */
const STEP1 = [
  'heterna', 'hetens', 'anden', 'andes', 'andet', 'arens', 'arnas', 'ernas', 'heten', 'heter', 'ornas',
  'ades', 'ande', 'aren', 'arna', 'arne', 'aste', 'erna', 'erns', 'orna', 'ade', 'are', 'ast', 'ens',
  'ern', 'het', 'ad', 'ar', 'as', 'at', 'en', 'er', 'es', 'or', 'a', 'e',
];
const S_ENDING = 'bcdfghjklmnoprtvy';
const STEP2 = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];

/**
 * The Snowball Swedish stemmer (snowballstem.org/algorithms/swedish): common endings cut from the
 * word's R1 region. For when no dictionary is installed.
 */
export class SnowballStemmer implements Lemmatizer {
  readonly name = 'snowball-swedish';

  lemmas(word: string): string[] {
    if (word.length < MIN_LENGTH || !/^\p{Ll}+$/u.test(word)) return [];
    return [stem(word)];
  }
}

export function stem(word: string): string {
  // R1: after the first non-vowel that follows a vowel, and at least three letters in.
  let r1 = word.length;
  for (let i = 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) {
      r1 = i + 1;
      break;
    }
  }
  r1 = Math.max(3, r1);
  let w = word;
  const inR1 = (suffix: string): boolean => w.endsWith(suffix) && w.length - suffix.length >= r1;
  const step1 = STEP1.find(inR1);
  if (step1) w = w.slice(0, -step1.length);
  else if (inR1('s') && S_ENDING.includes(w[w.length - 2] ?? '')) w = w.slice(0, -1);
  if (STEP2.some(inR1)) w = w.slice(0, -1);
  if (inR1('fullt')) w = w.slice(0, -1);
  else if (inR1('löst')) w = w.slice(0, -1);
  else {
    const step3 = ['lig', 'els', 'ig'].find(inR1);
    if (step3) w = w.slice(0, -step3.length);
  }
  return w;
}

/** The base forms of the words of `text` that differ from the words themselves, once each, in order. */
export function lemmasOf(text: string, lemmatizer: Lemmatizer): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = match[0].toLowerCase();
    if (seen.has(word)) continue;
    seen.add(word);
    for (const lemma of lemmatizer.lemmas(word)) if (lemma !== word) out.add(lemma);
  }
  return [...out];
}
