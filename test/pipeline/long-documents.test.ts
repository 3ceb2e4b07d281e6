/**
 * A long document (a 200-page protokoll, a year of minutes in one file) is read as its pages would
 * be one by one: the look-ups repair gathers per document for speed give the answers a look
 * through the text gives.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/random.ts';
import { lowerCaseReading } from '../../pipeline/repair/case-noise.ts';
import { phraseSpellings, type PhraseWord } from '../../pipeline/repair/phrases.ts';


describe('a long document', () => {
  it('finds a word printed in lower case as a look through the text does, however many words are asked', () => {
    const text = [
      'Motionen behandlades. Nämnden har läst motionen och remissen.',
      'Se stockholm.se och e-post till registrator; motionerna finns i akten.',
      'Läs mer på www.exempel.se/remiss eller i avsnitt x.y i bilagan.',
      'Beslutet: svaret.kommer senare, men kommer nu; svaret dröjer.',
    ].join('\n');
    // [word, whether it stands in the text as a word of its own]
    const cases: [string, boolean][] = [
      ['motionen', true], // also capitalised, which does not count
      ['remissen', true],
      ['stockholm', false], // only in an address
      ['motion', false], // only inside longer words
      ['registrator', true],
      ['post', false], // after a hyphen
      ['e-post', true], // a word with a hyphen is looked for through the text
      ['remiss', false], // only in a web address's path
      ['bilagan', true],
      ['svaret', true], // once before a full stop run into a word, once alone
      ['kommer', true],
      ['senare', true],
      ['akten', true],
      ['y', false], // after a full stop
      ['saknas', false],
    ];
    const listed = (): boolean => true;
    // Asked three times over: the first few look through the text, the rest ask the gathered words.
    for (let round = 0; round < 3; round++) for (const [word, stands] of cases) expect([word, lowerCaseReading(word, text, listed)]).toEqual([word, stands]);
    // Another text is asked anew, not from the last one's words.
    for (let round = 0; round < 3; round++) for (const word of ['motionen', 'remissen', 'registrator', 'bilagan', 'akten']) expect(lowerCaseReading(word, 'Inget av orden står här.', listed)).toBe(false);
  });

  it('reads a damaged long word as the document prints it among thousands of other long words', () => {
    const next = seededRandom(11);
    const letters = 'abdefghiklmnoprstuvy';
    const filler = Array.from({ length: 3000 }, () => Array.from({ length: 10 + Math.floor(next() * 8) }, () => letters[Math.floor(next() * letters.length)]!).join(''));
    const printed = `socialförvaltningen föreslår ${filler.join(' ')} och socallorvaliningen tillstyrker`;
    const words: PhraseWord[] = [...printed.matchAll(/\p{L}+/gu)].map((m) => ({ index: m.index, original: m[0], text: m[0], joinedToNext: true }));
    const known = new Set([...filler, 'socialförvaltningen', 'föreslår', 'och', 'tillstyrker']);
    const judge = { known: (w: string) => known.has(w), listed: (w: string) => known.has(w), reads: () => false, name: () => false, prior: () => 0 };
    expect(phraseSpellings(words, judge)).toContainEqual({ index: printed.indexOf('socallorvaliningen'), original: 'socallorvaliningen', replacement: 'socialförvaltningen' });
  });
});
