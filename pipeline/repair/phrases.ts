import { boundedDistance, countsApart, letterCounts } from '../edit-distance.ts';
import { fold } from '../fold.ts';
import { recase } from './case.ts';
import type { Respelling } from './names.ts';

/** A word of the document as the first repair pass left it. */
export interface PhraseWord {
  /** Where the word stands in the text as OCR printed it. */
  index: number;
  /** The word as printed. */
  original: string;
  /** The word as read. */
  text: string;
  /** Only white space (at most a line break) stands between this word and the next. */
  joinedToNext: boolean;
  /** Part of a span that is right as printed (an address, a case number): never read again. */
  fixed?: boolean;
  /** The word begins a sentence (or a heading), where a capital need not be a name's. */
  sentenceStart?: boolean;
  /** The word begins a line: a list item's capital, or a sentence's that runs on from the line above. */
  lineStart?: boolean;
  /** The word ends its line, punctuation aside: where a worn right margin loses the last letters. */
  lineEnd?: boolean;
}

/** What the repair stage knows of a word, for deciding between two spellings. */
export interface WordJudge {
  /** Listed, or a compound of listed parts. */
  known(word: string): boolean;
  /** Listed as a whole word (or learned from clean text): not merely a compound the parts allow. */
  listed(word: string): boolean;
  /** The confusion table reads `word` as `candidate` (both lower case): OCR may print one for the other. */
  reads(word: string, candidate: string): boolean;
  /** Listed as written, with its capital: a place's or a person's name ("Malmö", "Akalla"). */
  name(word: string): boolean;
  prior(word: string): number;
}

/** Shortest neighbour that marks a phrase: shorter words ("och", "att") stand beside anything. */
const ANCHOR_MIN = 6;
/** How much likelier a known reading must be than the known word it replaces. */
const PRIOR_MARGIN = 1;
/** The same for a short word the confusion table reads as the other: the table is evidence too. */
const SHORT_PRIOR_MARGIN = 0.5;
/**
 * Shortest known word that is read again: the short words of grammar stand before the same words in
 * turn ("de gemensamma frågorna", "det gemensamma arbetet"; "Den övergripande", "Det övergripande").
 */
const KNOWN_MIN = 4;

/**
 * Letters two spellings may differ by: one in a known word ("vill program" beside "till program"),
 * two from three letters on in a word no one knows ("Ansökan ony statsbidrag" beside "ansöka om
 * statsbidrag"). A known word two letters from another is a word of its own: "Förvaltningen anser
 * att" beside "Förvaltningen ser positivt", "inför" beside "för", "besvarar" beside "svarar" (each
 * read as the shorter word in the OCR of every face when two were allowed from five letters on).
 */
function slips(word: string, known: boolean): number {
  return !known && word.length >= 3 ? 2 : 1;
}

/**
 * Two forms of one word that differ only in their last letter or two ("stad", "stads"; "kriminellt",
 * "kriminella"): both are printed before the same noun in one document, and neither is damage.
 */
function sameStem(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 3 && a.length - common <= 2 && b.length - common <= 2;
}

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/**
 * Words a worn copy damaged in one place of a phrase the document prints intact in another: "våld i
 * nåta relationer" beside "våld i nära relationer" in the heading, "Socialnämnden Cemirum" beside
 * "Socialnämnden Centrum". A document repeats its phrases (its title in the text, its nämnd in every
 * decision), and a damaged copy keeps most of them; the word beside a long known word is read as the
 * word printed beside it elsewhere, in the same case, when the two are a letter or two apart and the
 * damaged one is printed beside it nowhere else. A known word gives way only to a clearly likelier
 * one ("vill program" to "till program"), never to another form of itself ("Stockholms stads och"
 * beside "Stockholms stad"), so two phrases the document really prints stay as they are.
 */
export function phraseSpellings(words: readonly PhraseWord[], judge: WordJudge): Respelling[] {
  const lower = words.map((w) => w.text.toLowerCase());
  const propose = (doubtful: ReadonlyMap<number, string>): Map<number, string> => {
    // For each anchor, the words (as read, with their case) printed right before and right after it,
    // counted; words themselves in doubt are no evidence.
    const before = new Map<string, Map<string, number>>();
    const after = new Map<string, Map<string, number>>();
    // Only a long anchor marks a phrase (`readAgain` asks of no other).
    const add = (table: Map<string, Map<string, number>>, anchor: string, at: number): void => {
      if (anchor.length < ANCHOR_MIN || doubtful.has(at)) return;
      const counts = table.get(anchor) ?? new Map<string, number>();
      counts.set(words[at]!.text, (counts.get(words[at]!.text) ?? 0) + 1);
      table.set(anchor, counts);
    };
    for (let i = 0; i + 1 < words.length; i++) {
      if (!words[i]!.joinedToNext) continue;
      add(before, lower[i + 1]!, i);
      add(after, lower[i]!, i + 1);
    }
    const out = new Map<number, string>();
    for (let i = 0; i < words.length; i++) {
      const next = words[i + 1] && words[i]!.joinedToNext ? lower[i + 1] : undefined;
      const previous = i > 0 && words[i - 1]!.joinedToNext ? lower[i - 1] : undefined;
      if ((next === undefined || next.length < ANCHOR_MIN) && (previous === undefined || previous.length < ANCHOR_MIN)) continue;
      const sides: [string | undefined, Map<string, Map<string, number>>][] = [
        [next, before],
        [previous, after],
      ];
      const reading = readAgain(words[i]!, sides, judge);
      if (reading) out.set(i, reading);
    }
    return out;
  };
  // A spelling that is itself read again ("fokala" beside "styrgrupperna", read "lokala" from the
  // "lokala styrgrupperna" printed elsewhere) is no evidence for another word ("lohala").
  // (Where the first pass reads nothing again, the second would be the first once more.)
  const first = propose(new Map());
  const read = first.size === 0 ? first : propose(first);
  const phrases = [...read].map(([i, reading]) => ({ index: words[i]!.index, original: words[i]!.original, replacement: recase(reading, words[i]!.text) }));
  // One reading per word: the phrase's, else the long word's, else the whole name's, else the lower case.
  const out = new Map<number, Respelling>();
  for (const r of [...phrases, ...longWordSpellings(words, read, judge), ...clippedNames(words, read, judge), ...lowerCaseSpellings(words, read)]) {
    if (!out.has(r.index)) out.set(r.index, r);
  }
  return [...out.values()].sort((a, b) => a.index - b.index);
}

/** The spelling printed elsewhere beside the same anchor that `word` is read as, if one is clearly it. */
function readAgain(
  word: PhraseWord,
  sides: [string | undefined, Map<string, Map<string, number>>][],
  judge: WordJudge,
): string | null {
  const { text } = word;
  const lower = text.toLowerCase();
  if (word.fixed || !/^\p{L}{2,}$/u.test(lower)) return null;
  let folded: string | undefined;
  // Spellings a letter or two away, beside a long known anchor; most words have none, and are done
  // with before any look-up in the lexicon.
  const near: { word: string; distance: number }[] = [];
  for (const [anchor, table] of sides) {
    if (!anchor || anchor.length < ANCHOR_MIN) continue;
    const printed = table.get(anchor);
    if (!printed || (printed.get(text) ?? 0) > 1 || (printed.size === 1 && printed.has(text)) || !judge.known(anchor)) continue;
    for (const [variant] of printed) {
      const candidate = variant.toLowerCase();
      if (candidate === lower || Math.abs(candidate.length - lower.length) > slips(lower, false) || capitalised(variant) !== capitalised(text)) continue;
      if (!/^\p{L}{2,}$/u.test(candidate)) continue;
      const other = fold(candidate);
      folded ??= fold(lower);
      const distance = boundedDistance([...folded], [...other], slips(lower, false));
      if (distance <= slips(lower, false) && !sameStem(folded, other)) near.push({ word: candidate, distance });
    }
  }
  if (near.length === 0) return null;
  // A known word is weighed against its rival; one OCR made up ("Cemirum") is not. A short known
  // word gives way only to a word the confusion table reads it as ("anställa ter fältassistenter"
  // beside "fler fältassistenter"): "de" and "det" stand before the same words in turn.
  const known = judge.known(lower);
  const short = known && lower.length < KNOWN_MIN;
  const readings: { word: string; distance: number; prior: number }[] = [];
  for (const { word: candidate, distance } of near) {
    // Spellings that differ only in å/ä/ö are the first pass's to choose between, unless OCR made
    // the word up ("nåra" beside "nära relationer").
    if ((distance === 0 && known) || readings.some((r) => r.word === candidate) || !judge.known(candidate)) continue;
    if (short ? !judge.reads(lower, candidate) : distance > slips(lower, known)) continue;
    const prior = judge.prior(candidate);
    if (known && prior < judge.prior(lower) + (short ? SHORT_PRIOR_MARGIN : PRIOR_MARGIN)) continue;
    readings.push({ word: candidate, distance, prior });
  }
  readings.sort((a, b) => a.distance - b.distance || b.prior - a.prior);
  const [best, runnerUp] = readings;
  if (!best || (runnerUp && runnerUp.distance === best.distance && runnerUp.prior === best.prior)) return null;
  return best.word;
}

/**
 * A word and its letters folded (`fold`), one by one; with their counts (`letterCounts`) where the
 * word is one of a document's many, compared with many others.
 */
type Folded = [word: string, folded: readonly string[], counts?: Int8Array];

/** Shortest unknown word read as a long word the document prints elsewhere. */
const LONG_WORD = 10;
/** Shortest word that counts as a long word the document prints. */
const PRINTED_LONG = 8;
/** Letters per slip allowed between a damaged long word and the document's word. */
const LETTERS_PER_SLIP = 5;
/** Endings of Swedish nouns and adjectives: a document prints "sträckornas" where a copy damaged "sträckorna". */
const ENDINGS = ['', 's', 'n', 't', 'en', 'et', 'na', 'ns', 'ts', 'ens', 'ets', 'nas', 'er', 'ar', 'or', 'erna', 'arna', 'orna'];

/**
 * Long words a worn copy damaged beyond what the confusion table reads ("Socallorvaliningen",
 * "trvgghetoskupande") where the document prints a known word one slip per five letters away: a
 * document names its bodies and its subject again and again, and long words are seldom that near
 * one another. Read as the nearest such word, when no other is as near, in whichever of its forms
 * is nearest ("Budgetupptöljning" beside "budgetuppföljningen" is "Budgetuppföljning").
 */
function longWordSpellings(words: readonly PhraseWord[], skip: ReadonlyMap<number, string>, judge: WordJudge): Respelling[] {
  // The long known words the document prints, folded, and whether it always gives them a capital
  // (and gives one inside a sentence at least once: a heading's capital makes no name).
  const printed = new Map<string, { folded: string; capital: boolean; inside: boolean }>();
  // Lengths are tested before any lower-casing (every word of the document passes here): lower
  // case is never shorter, and the one letter it lengthens (İ) it gives a mark that is no letter.
  for (const word of words) {
    const { text, fixed } = word;
    if (fixed || text.length < PRINTED_LONG) continue;
    const lower = text.toLowerCase();
    if (!/^\p{L}+$/u.test(lower)) continue;
    const inside = capitalised(text) && !word.sentenceStart && !word.lineStart;
    const known = printed.get(lower);
    if (known) {
      known.capital &&= capitalised(text);
      known.inside ||= inside;
    } else if (judge.known(lower)) printed.set(lower, { folded: fold(lower), capital: capitalised(text), inside });
  }
  const isName = (word: string): boolean => printed.get(word)!.capital && printed.get(word)!.inside;
  const candidates: Folded[] = [...printed].map(([w, { folded }]) => {
    const letters = [...folded];
    return [w, letters, letterCounts(letters)];
  });
  const listedByFold = new Map<string, string | null>();
  for (const [w, { folded }] of printed) if (judge.listed(w)) listedByFold.set(folded, listedByFold.has(folded) ? null : w);
  // The printed words without their first letter or two, made once for all the damaged words.
  let beheaded: Folded[] | undefined;
  const beheadedOnce = (): Folded[] => (beheaded ??= candidates.flatMap(([w, other]): Folded[] => [other.slice(1), other.slice(2)].map((clipped): Folded => [w, clipped, letterCounts(clipped)])));
  const out: Respelling[] = [];
  words.forEach((word, i) => {
    if (word.text.length < LONG_WORD || skip.has(i) || word.fixed) return;
    const lower = word.text.toLowerCase();
    if (!/^\p{L}+$/u.test(lower) || judge.listed(lower)) return;
    const folded = [...fold(lower)];
    // A compound the lexicon allows but does not list ("trygghetsvårdar") is read only as a listed
    // word the document prints that differs from it in nothing but å/ä/ö ("trygghetsvärdar" in
    // the title): worn type swaps those dots and rings, and two real words so alike are rare.
    const nearest = judge.known(lower) ? (listedByFold.get(folded.join('')) ?? null) : nearestPrinted(folded, candidates, beheadedOnce);
    if (!nearest || nearest === lower) return;
    const form = nearestWord(folded, formsOf(nearest, judge).map((f) => [f, [...fold(f)]]), Infinity) ?? nearest;
    // A capital OCR printed inside a sentence is a name's only if the document always gives it one
    // ("hos Socialstyreben"); elsewhere it is damage ("i detta Gansteutlatande"). At the start of a
    // line it is the line's, unless OCR misread the letter itself: a sentence running on from the
    // line above ("som framgår av\nGansteutlatandet") has no capital there.
    const capital =
      capitalised(word.text) && (word.sentenceStart || isName(nearest) || (word.lineStart && fold(word.original[0]!.toLowerCase()) === fold(form[0]!)));
    out.push({ index: word.index, original: word.original, replacement: capital ? form[0]!.toUpperCase() + form.slice(1) : form });
  });
  return out;
}

/**
 * The printed word of `candidates` ([word, folded]) nearest to `folded`, one slip per five letters
 * away, unless another is as near; or else nearest to it without one of the common endings, where
 * all such readings agree: the document may print only another form of the word
 * ("pudgetupploljningen" where the heading reads "Budgetuppföljning").
 */
function nearestPrinted(folded: string[], candidates: readonly Folded[], beheaded: () => readonly Folded[]): string | null {
  const limit = Math.floor(folded.length / LETTERS_PER_SLIP);
  const nearest = nearestWord(folded, candidates, limit);
  if (nearest) return nearest;
  // Worn type may lose a word's first letter or two, as one slip: "ansteutlutande" in a document
  // that prints "Tjänsteutlåtande".
  const clipped = nearestWord(folded, beheaded(), limit - 1);
  if (clipped) return clipped;
  const text = folded.join('');
  let agreed: string | null = null;
  for (const ending of ENDINGS) {
    if (ending === '' || !text.endsWith(ending) || folded.length - ending.length < PRINTED_LONG) continue;
    const stem = folded.slice(0, folded.length - ending.length);
    const word = nearestWord(stem, candidates, Math.floor(stem.length / LETTERS_PER_SLIP));
    if (word && agreed && word !== agreed) return null;
    agreed ??= word;
  }
  return agreed;
}

/** The word of `candidates` ([word, folded]) nearest to `folded` within `limit`, unless another is as near. */
function nearestWord(folded: string[], candidates: readonly Folded[], limit: number): string | null {
  let best: { word: string; distance: number } | null = null;
  let tied = false;
  // A word more than `limit` edits away changes nothing below, so the counts may skip it.
  const counts = Number.isFinite(limit) ? letterCounts(folded) : null;
  for (const [word, other, otherCounts] of candidates) {
    if (Math.abs(other.length - folded.length) > limit) continue;
    if (counts !== null && otherCounts !== undefined && countsApart(counts, otherCounts, limit)) continue;
    // Only a distance within the limit and no worse than the best so far counts (ties too).
    const distance: number = boundedDistance(folded, other, best ? Math.min(best.distance, limit) : limit);
    if (distance > limit || (best && distance > best.distance)) continue;
    tied = best !== null && distance === best.distance && best.word !== word;
    if (!best || distance < best.distance) best = { word, distance };
  }
  return best && !tied ? best.word : null;
}

/** The known forms of `word` with another of the common endings, `word` first. */
function formsOf(word: string, judge: WordJudge): string[] {
  const stems = ENDINGS.filter((e) => word.endsWith(e) && word.length - e.length >= PRINTED_LONG - 2).map((e) => word.slice(0, word.length - e.length));
  const forms = new Set([word]);
  for (const stem of stems) for (const ending of ENDINGS) if (judge.known(stem + ending)) forms.add(stem + ending);
  return [...forms];
}

/** Most letters a worn line end may have taken from a name. */
const CLIPPED_MAX = 2;
const NAME_WORD = /^\p{Lu}\p{Ll}{3,}$/u;

/**
 * Names a worn copy cut short at the end of a line: "i Husby och Akal," where the decision reads
 * "Akalla", "miljöer i Malm" in a letter from "Malmö stad". A line's last letters are the faintest
 * on a worn page, and the first OCR loses. A word with a capital after a lower-case word, at the
 * end of its line, that is no name itself, is read as the one name the document prints that begins
 * with it and is a letter or two longer. A genitive s is no lost letter ("Stockholm" beside
 * "Stockholms stad"), and a name that follows a capitalised word is a person's ("Per Malm").
 */
function clippedNames(words: readonly PhraseWord[], skip: ReadonlyMap<number, string>, judge: WordJudge): Respelling[] {
  const out: Respelling[] = [];
  // The document's names, gathered only when a line ends in a word that may be one cut short.
  let names: Set<string> | undefined;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const previous = words[i - 1]!;
    if (!word.lineEnd || word.lineStart || skip.has(i) || word.fixed || !previous.joinedToNext || !/^\p{Ll}/u.test(previous.text)) continue;
    if (!NAME_WORD.test(word.text) || judge.name(word.text)) continue;
    names ??= new Set(words.filter((w) => !w.fixed && NAME_WORD.test(w.text) && judge.name(w.text)).map((w) => w.text));
    const folded = fold(word.text);
    const whole = [...names].filter((n) => {
      const lost = n.length - word.text.length;
      return lost >= 1 && lost <= CLIPPED_MAX && fold(n).startsWith(folded) && n.slice(word.text.length) !== 's';
    });
    if (whole.length === 1) out.push({ index: word.index, original: word.original, replacement: whole[0]! });
  }
  return out;
}

/**
 * Common nouns a worn copy printed with a capital inside a sentence ("ett våldspreventivt Centrum"):
 * read in lower case where the document prints the word in lower case after the same long word at
 * least twice, and twice as often as with the capital. A name keeps its capital after the words it
 * follows ("Socialnämnden Centrum"); a noun's capital after a lower-case word is the copy's.
 */
function lowerCaseSpellings(words: readonly PhraseWord[], skip: ReadonlyMap<number, string>): Respelling[] {
  // Whether each word follows a long lower-case word on its line, and after each such word the
  // words that follow it, counted (maps of maps: no key joined from two strings per word).
  const follows = words.map((_, i) => i > 0 && words[i - 1]!.joinedToNext && /^\p{Ll}{6,}$/u.test(words[i - 1]!.text));
  const pairs = new Map<string, Map<string, number>>();
  for (let i = 1; i < words.length; i++) {
    if (!follows[i]) continue;
    const after = pairs.get(words[i - 1]!.text) ?? new Map<string, number>();
    after.set(words[i]!.text, (after.get(words[i]!.text) ?? 0) + 1);
    pairs.set(words[i - 1]!.text, after);
  }
  const out: Respelling[] = [];
  for (let i = 1; i < words.length; i++) {
    const { text } = words[i]!;
    if (skip.has(i) || words[i]!.fixed || !follows[i] || !/^\p{Lu}\p{Ll}+$/u.test(text)) continue;
    const after = pairs.get(words[i - 1]!.text)!;
    const lower = after.get(text.toLowerCase()) ?? 0;
    if (lower >= 2 && lower >= 2 * after.get(text)!) out.push({ index: words[i]!.index, original: words[i]!.original, replacement: text.toLowerCase() });
  }
  return out;
}
