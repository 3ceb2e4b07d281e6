import { fold } from '../fold.ts';

/**
 * "år" (year) and "är" (is) differ by a ring or two dots, which OCR confuses both ways and an engine
 * without Swedish data drops ("ar"). Both are frequent, so only the word before decides: a number or
 * a quantifier comes before "år" ("två år", "varje år", "under 2 år") and its genitive ("2020 års
 * budget", "nästa års"), a subject before "är" ("det är", "som är").
 */
const BEFORE_YEAR = new Set(
  `ett två tre fyra fem sex sju åtta nio tio elva tolv femton tjugo några flera många varje per samma nästa förra
  föregående kommande innevarande hela halvt första andra tredje senaste`.split(/\s+/),
);
const BEFORE_IS = new Set(`det som den detta vilket vilken han hon man vi ni jag här där vad vem dessa vilka`.split(/\s+/));

/** How much the word before speaks for a reading: a confusion this rare in context is ruled out. */
const DECISIVE = 5;
/**
 * A year after the word ("senast år 2018", "år 2027"; minutes and plans of most municipalities date
 * so) speaks for "år", less than the word before does: "målåret är 2030" says "är", and a subject
 * before it ("det är 2030") outweighs the year.
 */
const YEAR = /^(?:1[89]|20)\d\d$/;
const BEFORE_A_YEAR = 3;

/** "uppdra åt kommunstyrelsen att ...": the verb that gives a task takes "åt", which OCR reads "at" or "att". */
const BEFORE_TO = new Set(['uppdra', 'uppdrar', 'uppdras', 'uppdrog', 'uppdragit']);

/**
 * "ta ställning", "ta hänsyn": phrasal verbs of "ta" whose object no other short verb takes, so the
 * word after decides for "ta" where a worn copy printed "tå" and "få" is the likelier word alone.
 */
const AFTER_TAKE = new Set(['stallning', 'hansyn', 'ansvar', 'emot', 'hand']);

/**
 * "Nämnden justerar beslutet omedelbart": a decision's verb before its object. A worn copy may print
 * the supine "justerat", which stands before an object only after "har"; after the nämnd it is wrong.
 */
const ADJUSTED = new Set(['beslutet', 'paragrafen', 'protokollet']);
const AUXILIARY = new Set(['har', 'hade', 'ha', 'att', 'är', 'var', 'blev', 'blir', 'inte', 'redan']);

/**
 * "att gälla från och med", "ska gälla för": the verb of every decision's date of effect, where a
 * worn copy printed "galla" (bile, a word too). An infinitive marker or an auxiliary before it, or a
 * preposition of time after it, makes it the verb.
 */
const BEFORE_APPLY = new Set(['att', 'ska', 'skall', 'kommer', 'får', 'kan', 'bör', 'skulle', 'fortsätta', 'upphör']);
const AFTER_APPLY = new Set(['från', 'fran', 'fr', 'fr.o.m.', 'till', 'tills', 'för', 'for', 'även', 'aven', 'retroaktivt', 'tillsvidare', 'omedelbart']);

/**
 * "Anslaget sätts upp" against "anslaget har satts upp": the bevis block of most municipalities'
 * protokoll prints one or the other (protokoll FACTS.md). A supine stands after "har"/"hade" (or
 * an adverb between), or in a clause after "som" that may drop them; right after its noun the verb
 * is finite.
 */
const BEFORE_SUPINE = new Set([...AUXILIARY, 'som', 'också', 'nu', 'aldrig', 'just', 'nyligen']);
const NOT_SUPINE = 2;

/**
 * "Förvaltningen får i uppdrag att ...": the formula by which a decision gives a task (seven world
 * documents of as many municipalities: kallelser, protokoll, an utlåtande). An engine without
 * Swedish data prints "far", and the word after alone speaks for "för" ("för i" is the commoner
 * pair); the phrase after settles it.
 */
const TASK = 'uppdrag';

/**
 * Bonus (in nats) for reading `word` after `previous` and before `next`, and `afterNext` after that
 * (as printed: only compared folded); all lower case.
 */
export function collocation(previous: string, word: string, next = '', afterNext = ''): number {
  // Compared folded: the next word may still be printed without its diacritics ("tå hansyn").
  if (word === 'ta') return AFTER_TAKE.has(fold(next)) ? DECISIVE : 0;
  if (word === 'får') return next === 'i' && fold(afterNext) === TASK ? DECISIVE : 0;
  if (word === 'år' || word === 'åren' || word === 'års') return BEFORE_YEAR.has(previous) || /^\d+$/.test(previous) ? DECISIVE : word === 'år' && YEAR.test(next) ? BEFORE_A_YEAR : 0;
  if (word === 'är') return BEFORE_IS.has(previous) ? DECISIVE : 0;
  if (word === 'åt') return BEFORE_TO.has(previous) ? DECISIVE : 0;
  if ((word === 'justerar' || word === 'justerat') && ADJUSTED.has(next) && !AUXILIARY.has(previous)) return word === 'justerar' ? DECISIVE : -DECISIVE;
  // "som svar på" opens the proposal of every reply to a remiss or a motion, where a worn copy
  // printed "sval" (a word too, which the word pairs alone cannot overrule).
  if (word === 'svar') return previous === 'som' && next === 'på' ? DECISIVE : 0;
  if (word === 'gälla') return BEFORE_APPLY.has(previous) || AFTER_APPLY.has(next) ? DECISIVE : 0;
  if (word === 'satts' && previous !== '') return BEFORE_SUPINE.has(previous) ? 0 : -NOT_SUPINE;
  return 0;
}
