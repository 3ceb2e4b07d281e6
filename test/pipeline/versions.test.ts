import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uncertainDates } from '../../pipeline/date-check.ts';
import { runPipeline } from '../../pipeline/pipeline.ts';
import { Repairer } from '../../pipeline/repair/repair.ts';
import { SAME_DOCUMENT, similarity, sketch } from '../../pipeline/versions.ts';
import { VersionFinder } from '../../ingest/versions.ts';

const seeds = ['000_550816b0be03c5e1', '001_a424892d2af8109e', '002_1a29c63b3b3a44df', '003_f4253ad83b63b7dc', '004_cbcbe56bc7805af2'];
const repairer = new Repairer();
const repaired = (file: string): string => repairer.repair(fs.readFileSync(file, 'utf8')).text;

describe('versions of one document', () => {
  it('finds the text, a good scan\'s and a worn copy\'s old OCR of each seed the same document', () => {
    for (const seed of seeds) {
      const text = sketch(repaired(`test/fixtures/seeds/${seed}.txt`))!;
      for (const quality of ['good', 'poor']) {
        const ocr = sketch(repaired(`test/fixtures/scans/${seed}.${quality}.ocr-eng.txt`))!;
        expect(similarity(text.values, ocr.values), `${seed} ${quality}`).toBeGreaterThanOrEqual(SAME_DOCUMENT);
        // And they share a band, so the index finds the one from the other.
        expect(text.bands.some((b) => ocr.bands.includes(b)), `${seed} ${quality}`).toBe(true);
      }
    }
  });

  it('keeps 45 different documents of 44 municipalities apart, pair by pair', () => {
    const dir = 'test/fixtures/world';
    const sketches = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => sketch(fs.readFileSync(path.join(dir, f), 'utf8'))!);
    let closest = 0;
    for (let i = 0; i < sketches.length; i++) for (let j = i + 1; j < sketches.length; j++) closest = Math.max(closest, similarity(sketches[i]!.values, sketches[j]!.values));
    expect(closest).toBeLessThan(SAME_DOCUMENT / 2);
  });

  it('gives versions read in one run one group, the first one\'s id, and a file\'s new content none', async () => {
    const finder = new VersionFinder(null);
    const doc = (id: string, source: string, file: string) => runPipeline({ id, source, text: fs.readFileSync(file, 'utf8') }, { repairer });
    const text = doc('a'.repeat(32), '/in/002.txt', 'test/fixtures/seeds/002_1a29c63b3b3a44df.txt');
    const ocr = doc('b'.repeat(32), '/in/002.ocr.txt', 'test/fixtures/scans/002_1a29c63b3b3a44df.poor.ocr-eng.txt');
    const other = doc('c'.repeat(32), '/in/003.txt', 'test/fixtures/seeds/003_f4253ad83b63b7dc.txt');
    const changed = doc('d'.repeat(32), '/in/002.txt', 'test/fixtures/seeds/002_1a29c63b3b3a44df.txt');
    for (const d of [text, ocr, other, changed]) await finder.assign(d);
    expect([text.versionOf, ocr.versionOf, other.versionOf]).toEqual([text.id, text.id, other.id]);
    // The same file read again with new content replaces its old document: no version of itself.
    expect(changed.versionOf).toBe(ocr.versionOf);
    expect(text.versionBands).toHaveLength(32);
    expect(text.versionSketch).toHaveLength(64);
    expect(sketch('för kort')).toBeNull();
  });

  it('forgets a document the index holds, so a long run keeps only the sketches not yet indexed', async () => {
    const finder = new VersionFinder(null);
    const doc = (id: string, file: string) => runPipeline({ id, source: `/in/${id}`, text: fs.readFileSync(file, 'utf8') }, { repairer });
    const text = doc('a'.repeat(32), 'test/fixtures/seeds/002_1a29c63b3b3a44df.txt');
    const other = doc('c'.repeat(32), 'test/fixtures/seeds/003_f4253ad83b63b7dc.txt');
    await finder.assign(text);
    await finder.assign(other);
    expect(finder.pending).toBe(2);
    finder.indexed([text.id]);
    expect(finder.pending).toBe(1);
    // With no index to ask, the forgotten text is no longer found; the other document still is.
    const ocr = doc('b'.repeat(32), 'test/fixtures/scans/002_1a29c63b3b3a44df.poor.ocr-eng.txt');
    await finder.assign(ocr);
    expect(ocr.versionOf).toBe(ocr.id);
    const again = doc('d'.repeat(32), 'test/fixtures/seeds/003_f4253ad83b63b7dc.txt');
    await finder.assign(again);
    expect(again.versionOf).toBe(other.id);
  });
});

describe('dates that disagree with the case', () => {
  it('flags a date more than a year before the document\'s own case number ("osäkert datum"), not one years after', () => {
    const misread = uncertainDates({ dnr: ['KS 2018/906'], date: '2008-10-25', meetingDate: '2018-11-13', justerat: null });
    expect(misread.fields).toEqual(['date']);
    expect(misread.messages[0]!.reason).toMatch(/^osäkert datum: date 2008-10-25 is more than a year before its case number KS 2018\/906/);
    expect(uncertainDates({ dnr: ['KS 2015/12'], date: '2019-03-01', meetingDate: null, justerat: null }).fields).toEqual([]);
    expect(uncertainDates({ dnr: ['KS 2018/906'], date: '2017-12-01', meetingDate: null, justerat: null }).fields).toEqual([]);
    expect(uncertainDates({ dnr: [], date: '2008-10-25', meetingDate: null, justerat: null }).fields).toEqual([]);
    // A worn scan's "2008" beside the meeting it is written for, in 2018.
    const doc = runPipeline({ id: 'x', source: 'x.txt', text: 'Tjänsteutlåtande\nDnr KS 2018/906\nDatum 2008-10-25\n\nTill Socialnämnden 2018-11-13\n\nSammanfattning\nText.' });
    expect(doc.dnr).toEqual(['KS 2018/906']);
    expect(doc.uncertainDates).toEqual(['date']);
    expect(doc.messages.some((m) => m.stage === 'date-check' && m.level === 'warning')).toBe(true);
  });
});
