/**
 * A long ingest keeps one repairer, one lexicon and one lemmatizer for every document: their memos
 * must not keep the documents they learned a word from. V8 makes a substring of 13 characters or
 * more a view into the string it was cut from, so a memo keyed by a document's long word kept the
 * whole document; an archive of large documents then filled the memory.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadLemmatizer } from '../../ingest/lemmatizer.ts';
import { runPipeline } from '../../pipeline/pipeline.ts';
import { Repairer } from '../../pipeline/repair/repair.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const FILLER = 'Socialnämnden beslutar att godkänna förvaltningens förslag till yttrande över remissen. Ärendet har beretts av förvaltningen.\n';
const LETTERS = 'abcdefghijklmnoprstuvy';

/** A document of about 120 kB with long words no other document prints ("samhällsbyggnadscbaningen"). */
function documentWithOwnWords(n: number): string {
  const own = Array.from({ length: 5 }, (_, k) => `samhällsbyggnads${[...String(n * 10 + k)].map((d) => LETTERS[Number(d)]).join('')}ningen`);
  // Built by joining, as a file's text is read: a string of its own, not a view of another.
  return [`Kommunstyrelsen ${own.join(' och ')} förvaltningen.`, FILLER.repeat(1000)].join('\n');
}

describe('memory over a long run', () => {
  it('keeps none of the documents a long word was learned from', () => {
    const repairer = new Repairer();
    const lemmatizer = loadLemmatizer();
    // A few documents first: the last document read stays referenced until the next one (the
    // extraction's per-document memos), before as after.
    for (let n = 0; n < 5; n++) runPipeline({ id: `w${n}`, source: `w${n}`, text: documentWithOwnWords(100 + n) }, { repairer, lemmatizer });
    gc();
    const before = process.memoryUsage().heapUsed;
    let bytes = 0;
    for (let n = 1; n <= 20; n++) {
      const text = documentWithOwnWords(n);
      bytes += text.length;
      runPipeline({ id: `d${n}`, source: `d${n}`, text }, { repairer, lemmatizer });
    }
    gc();
    // Kept, each document would stay whole (2.5 MB here); the memos' own entries are a few kB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(0.25 * bytes);
  }, 60_000);
});
