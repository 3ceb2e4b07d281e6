import { editDistance } from '../edit-distance.ts';
import { fold } from '../fold.ts';
import { escapeRegExp } from '../escape-regexp.ts';

/**
 * Names of municipal bodies: nämnder (and kommunstyrelsen, kommunfullmäktige) and förvaltningar
 * (and kontor). Multi-word names are kept whole: "Rinkeby-Kista stadsdelsnämnd",
 * "Vård- och omsorgsnämnden", "Sociala resursnämnden", "Socialnämnden Centrum".
 */
/** Type words, also as OCR without Swedish data prints them ("Tjansteutlatande"). */
const DOCUMENT_WORDS = '(?:Tj[aä]nsteutl[aå]tande|Tj[aä]nsteskrivelse|Protokoll|Protokollsutdrag|Yttrande|Skrivelse|Kallelse|Motion|Utl[aå]tande)\\b';

const BODY = (suffix: string): RegExp =>
  new RegExp(
    String.raw`(?<![\p{L}-])(?:` +
      // A capitalised qualifier and a lower-case body: "Rinkeby-Kista stadsdelsnämnd", "Vård- och omsorgsnämnden".
      String.raw`\p{Lu}[\p{Ll}]*(?:-\p{Lu}[\p{Ll}]*)?(?:- och| och)? [\p{Ll}]*(?:${suffix})` +
      // One capitalised word: "Socialnämnden", "Kommunstyrelsen".
      String.raw`|\p{Lu}[\p{Ll}]*(?:${suffix}))` +
      // A district name after it at the end of a line: "Socialnämnden Centrum" (not a document type).
      String.raw`(?: (?!${DOCUMENT_WORDS})\p{Lu}\p{Ll}+(?=\s*$))?(?![\p{L}])`,
    'gmu',
  );

/**
 * A "styrelse" is a nämnd only as the municipality's or region's own: "Socialstyrelsen" and
 * "Transportstyrelsen" are national agencies that documents write to or quote.
 */
export const NAMND = BODY('nämnd(?:en)?|(?<=[Kk]ommun|[Rr]egion|[Ll]andstings|[Ff]örbunds)styrelsen|fullmäktige');
/** Also "Förvaltningen för social välfärd" (Örebro), "Förvaltningen för funktionsstöd". */
export const FORVALTNING = new RegExp(`${BODY('förvaltning(?:en)?|kontoret').source}|(?<![\\p{L}])Förvaltningen för \\p{Ll}+(?: (?:och )?\\p{Ll}+){0,3}(?=\\s*$)`, 'gmu');
/**
 * The genitive of a body that decides, as a decision heading spells it ("Socialnämndens beslut",
 * "Kommunstyrelsens beslut"), also with the ä OCR lost ("familjenamndens"); a regex source.
 */
export const DECIDING_GENITIVE = '(?:n[aä]mndens|styrelsens|fullm[aä]ktiges)';
/** Genitive forms as in "Socialnämndens beslut". */
const GENITIVE = /^(.*(?:nämnden|styrelsen|fullmäktige|nämnd))s\b/u;

/** All nämnd names in `text`, in order. */
export function findNamnder(text: string): string[] {
  return [...text.matchAll(NAMND)].map((m) => m[0]);
}

export function findForvaltningar(text: string): string[] {
  return [...text.matchAll(FORVALTNING)].map((m) => m[0]);
}

/** "Socialnämndens" -> "Socialnämnden", "Kommunstyrelsens" -> "Kommunstyrelsen". */
export function fromGenitive(word: string): string | null {
  return GENITIVE.exec(word)?.[1] ?? null;
}

/** What names of bodies end in, folded, for recognising names OCR damaged. */
const ORGAN_ENDINGS = ['forvaltningen', 'forvaltning', 'namnden', 'namnd', 'kontoret', 'styrelsen'];

/**
 * True when a short line is the name of a body that OCR damaged ("Söciallorvaltningen",
 * "Stadsomradestorvaltning Nort"): one of its words ends within two edits of "förvaltning(en)",
 * "nämnd(en)", "kontoret" or "styrelsen". Such a line in a letterhead is no title.
 */
export function looksLikeOrgan(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length > 3) return false;
  return words.some((word) => {
    const folded = fold(word);
    return ORGAN_ENDINGS.some((end) => folded.length > end.length && editDistance([...folded.slice(-end.length)], [...end]) <= 2);
  });
}

/**
 * The name with its district as the document spells it most often. Where OCR damaged the line that
 * names it whole, "Stadsområdesnämnd" in a sentence is "Stadsområdesnämnd Norr" of the signature;
 * and a district OCR misread once ("Socialnämnden Ceniruam" in the letterhead) is read as the
 * near spelling the document repeats ("Socialnämnden Centrum" in the minutes and decisions).
 */
export function withDistrict(namnd: string, text: string): string {
  const name = findNamnder(text).find((n) => n.startsWith(`${namnd} `)) ?? namnd;
  const split = /^(.+) (\p{Lu}\p{Ll}+)$/u.exec(name);
  if (!split) return name;
  const [, base, district] = split as unknown as [string, string, string];
  const counts = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}-])${escapeRegExp(base)} (\p{Lu}\p{Ll}+)(?!\p{L})`, 'gu'))) {
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  let best = district;
  for (const [spelling, n] of counts) {
    if (n > (counts.get(best) ?? 0) && editDistance([...spelling], [...district]) <= Math.max(1, Math.floor(district.length / 3))) best = spelling;
  }
  return `${base} ${best}`;
}

export function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** A nämnd's name in parts: what comes before "nämnd", the definite ending, a district after it. */
const NAMND_PARTS = /^((?:[\p{L}-]+ )*\p{L}+)nämnd(en)?((?: \p{Lu}[\p{L}-]+)?)$/u;

/** The förvaltning a nämnd's name points to: "Socialnämnden Centrum" -> "Socialförvaltningen Centrum". */
function impliedForvaltning(namnd: string): string | null {
  const m = NAMND_PARTS.exec(namnd);
  return m ? `${m[1]}förvaltning${m[2] ?? ''}${m[3]}` : null;
}

/**
 * The förvaltning that prepares a nämnd's business, where the name follows the usual pattern:
 * "X stadsdelsnämnd" -> "X stadsdelsförvaltning", "Socialnämnden" -> "Socialförvaltningen".
 */
export function forvaltningOf(namnd: string): string | null {
  return / stadsdelsnämnd$/.test(namnd) || /^\p{Lu}\p{Ll}+nämnden$/u.test(namnd) ? impliedForvaltning(namnd) : null;
}

/**
 * The förvaltning a nämnd's name points to, also with a district or an adjective ("Socialnämnden
 * Centrum" -> "Socialförvaltningen Centrum", "Sociala resursnämnden" -> "Sociala
 * resursförvaltningen", "Stadsområdesnämnd Norr" -> "Stadsområdesförvaltning Norr"), when the
 * letterhead prints nearly that: a worn copy's damaged name ("Sociala resutstörvaliningen") is
 * read as the one the nämnd implies, never guessed without it.
 */
export function forvaltningInLetterhead(namnd: string, letterhead: string): string | null {
  const guess = impliedForvaltning(namnd);
  if (!guess) return null;
  const target = [...fold(guess)];
  const slips = Math.max(2, Math.floor(target.length / 6));
  // Any run of as many words as the name, on any line ("Göteborgs Stad Soialtorvaltningen Centrum").
  const size = guess.split(' ').length;
  const near = letterhead.split('\n').some((line) => {
    const words = line.trim().split(/\s+/);
    for (let i = 0; i + size <= words.length; i++) {
      const text = fold(words.slice(i, i + size).join(' '));
      if (Math.abs(text.length - target.length) <= slips && editDistance([...text], target) <= slips) return true;
    }
    return false;
  });
  return near ? guess : null;
}
