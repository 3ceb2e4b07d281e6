/** Base forms for inflection-aware search (pipeline/lexicon/lemmas.ts, ingest/lemmatizer.ts). */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HUNSPELL_SV, loadLemmatizer } from '../../ingest/lemmatizer.ts';
import { HunspellLemmatizer, lemmasOf, parseAffixes, parseDictionary, SnowballStemmer, stem } from '../../pipeline/lexicon/lemmas.ts';
import { swedishLexicon } from '../../pipeline/lexicon/lexicon.ts';

// A few rules and words in the format and with the flags of the Swedish Hunspell dictionary.
const AFF = `SET UTF-8
SFX  E  Y  4
SFX  E  0  n  [^m]
SFX  E  0  ns  [^m]
SFX  E  um  a  um
SFX  E  um  as  um
SFX  I  Y  2
SFX  I  0  r  e
SFX  I  0  rna  e
SFX  D  Y  2
SFX  D  0  en  [^a]
SFX  D  0  ens  [^a]
`;
const DIC = `4
riktlinje/EI
obelisk/D
plan/D
museum/E
`;

describe('lemmas', () => {
  const lemmatizer = new HunspellLemmatizer(parseDictionary(DIC), parseAffixes(AFF), swedishLexicon());

  it("undoes a Hunspell dictionary's suffix rules where the stem is listed with the rule's flag", () => {
    expect(lemmatizer.lemmas('riktlinjerna')).toEqual(['riktlinje']);
    expect(lemmatizer.lemmas('riktlinjen')).toEqual(['riktlinje']);
    expect(lemmatizer.lemmas('obelisken')).toEqual(['obelisk']);
    expect(lemmatizer.lemmas('museets')).toEqual([]);
    expect(lemmatizer.lemmas('museas')).toEqual(['museum']);
    // A base form is its own; a word no rule makes has none; short words and names are left alone.
    expect(lemmatizer.lemmas('obelisk')).toEqual(['obelisk']);
    expect(lemmatizer.lemmas('obelisker')).toEqual([]);
    expect(lemmatizer.lemmas('en')).toEqual([]);
  });

  it('reads an unlisted compound by its last part', () => {
    expect(lemmatizer.lemmas('stadsplanens')).toEqual(['stadsplan']);
  });

  it('keeps the base forms of a text that differ from its words, once each', () => {
    expect(lemmasOf('Riktlinjerna och riktlinjen om obelisken. Obelisk!', lemmatizer)).toEqual(['riktlinje', 'obelisk']);
  });

  it('stems with Snowball when no dictionary is installed: the same stem for the forms of a word', () => {
    expect(['kommunerna', 'kommunen', 'kommuns'].map(stem)).toEqual(['kommun', 'kommun', 'kommun']);
    expect(['nämndens', 'nämnden'].map(stem)).toEqual(['nämnd', 'nämnd']);
    expect(new SnowballStemmer().lemmas('riktlinjer')).toEqual(['riktlinj']);
    expect(loadLemmatizer({ dic: '/nonexistent.dic', aff: '/nonexistent.aff' }).name).toBe('snowball-swedish');
  });

  // CI installs hunspell-sv (.ci/run); a machine without it skips this one.
  it.skipIf(!fs.existsSync(HUNSPELL_SV.dic))("reads Debian's hunspell-sv", () => {
    const sv = loadLemmatizer();
    expect(sv.name).toBe('hunspell-sv');
    expect(sv.lemmas('obelisken')).toEqual(['obelisk']);
    expect(sv.lemmas('riktlinjerna')).toEqual(['riktlinje']);
    expect(sv.lemmas('kommunerna')).toEqual(['kommun']);
    expect(sv.lemmas('socialnämndens')).toEqual(['socialnämnd']);
  });
});
