import fs from 'node:fs';
import { candidateStems, HunspellLemmatizer, parseAffixes, parseDictionary, SnowballStemmer, type Lemmatizer } from '../pipeline/lexicon/lemmas.ts';
import { swedishLexicon } from '../pipeline/lexicon/lexicon.ts';

/**
 * The Swedish Hunspell dictionary: Debian's hunspell-sv (`apt-get install hunspell-sv`; LGPL, the
 * "Den stora svenska ordlistan" project). Its suffix rules give each word form its base form.
 */
export const HUNSPELL_SV = { dic: '/usr/share/hunspell/sv_SE.dic', aff: '/usr/share/hunspell/sv_SE.aff', debianPackage: 'hunspell-sv' };

let loaded: Lemmatizer | undefined;

/**
 * The lemmatizer ingest gives the pipeline: Hunspell's base forms when hunspell-sv is installed
 * (read once per process, about a second), else the Snowball Swedish stemmer.
 */
export function loadLemmatizer(paths: { dic: string; aff: string } = HUNSPELL_SV): Lemmatizer {
  if (paths === HUNSPELL_SV && loaded) return loaded;
  let lemmatizer: Lemmatizer;
  try {
    lemmatizer = new HunspellLemmatizer(parseDictionary(fs.readFileSync(paths.dic, 'utf8')), parseAffixes(fs.readFileSync(paths.aff, 'utf8')), swedishLexicon(), 'hunspell-sv');
  } catch {
    lemmatizer = new SnowballStemmer();
  }
  if (paths === HUNSPELL_SV) loaded = lemmatizer;
  return lemmatizer;
}

/**
 * A lemmatizer for the words of one query, for a command that runs once (`diarium search`):
 * reads only the dictionary lines of the stems those words could come from (about 0.1 s, not a
 * second), and does not split compounds the dictionary does not list. Hunspell only: without it,
 * null (the query is searched as typed).
 */
export function queryLemmatizer(q: string, paths: { dic: string; aff: string } = HUNSPELL_SV): Lemmatizer | null {
  try {
    const rules = parseAffixes(fs.readFileSync(paths.aff, 'utf8'));
    const words = (q.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 3);
    const candidates = new Set(words.flatMap((w) => candidateStems(w, rules)));
    return new HunspellLemmatizer(parseDictionary(fs.readFileSync(paths.dic, 'utf8'), candidates), rules, null, 'hunspell-sv');
  } catch {
    return null;
  }
}
