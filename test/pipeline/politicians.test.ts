/** People a document names: politicians with their party (pipeline/extract/politicians.ts). */
import { describe, expect, it } from 'vitest';
import { PARTIES } from '../../pipeline/grammar/parties.ts';
import { movers, partyMentions, personName } from '../../pipeline/extract/politicians.ts';
import { swedishLexicon } from '../../pipeline/lexicon/lexicon.ts';
import { runPipeline } from '../../pipeline/pipeline.ts';

const lexicon = swedishLexicon();

describe('politicians', () => {
  it('reads a name before a Riksdag party’s letters, once each', () => {
    expect(partyMentions('Beslutande Anders Kjellgren (M), ordförande\n        Eva Nordh (S)\nLinnea Holm (S) och Karl-Erik Boman (KD). Eva Nordh (S) yrkar bifall.', lexicon)).toEqual([
      { name: 'Anders Kjellgren', party: 'M' },
      { name: 'Eva Nordh', party: 'S' },
      { name: 'Linnea Holm', party: 'S' },
      { name: 'Karl-Erik Boman', party: 'KD' },
    ]);
  });

  it('drops a common noun a flattened layout glued before the name, and reads no other parentheses', () => {
    expect(partyMentions('Yrkanden Henrik Lövgren (M) yrkar avslag. Ledamot Anna Berg (MP)', lexicon)).toEqual([
      { name: 'Henrik Lövgren', party: 'M' },
      { name: 'Anna Berg', party: 'MP' },
    ]);
    // A body's abbreviation, a local party's letters, a paragraph: no politician.
    expect(partyMentions('Kommunstyrelsens Arbetsutskott (KSAU) och Socialnämnden (SN); Lokala Partiet (LP); Beslut (§ 4)', lexicon)).toEqual([]);
    expect(personName('Beslutande        Anders Kjellgren', lexicon)).toBe('Anders Kjellgren');
    expect(personName('Justerandes signatur', lexicon)).toBeNull();
    expect(Object.keys(PARTIES)).toEqual(['S', 'M', 'C', 'L', 'FP', 'KD', 'V', 'MP', 'SD']);
  });

  it('reads who moved a motion', () => {
    expect(movers('Motion från Kristina Ågren (V) om matsvinn. Svar på motion av Jenny Svedberg (M). En motion från Vänsterpartiet om solceller.', lexicon)).toEqual(['Kristina Ågren', 'Jenny Svedberg']);
  });

  it('puts people and parties on the Document: politicians, who signed, the handläggare', () => {
    const doc = runPipeline({ id: 'x', source: 'x.txt', text: 'Protokollsutdrag\nKommunstyrelsen\n\n§ 12 Motion om cykelvägar\n\nMotion av Maria Holm (MP), med Tove Nilsson (V).\n\nBeslut\nKommunstyrelsen avslår motionen.\n' }, { repair: false });
    expect(doc.people).toEqual(expect.arrayContaining(['Maria Holm', 'Tove Nilsson']));
    expect(doc.parties).toEqual(['MP', 'V']);
    expect(doc.personRoles).toEqual([{ name: 'Maria Holm', role: 'motionär' }]);
  });
});
