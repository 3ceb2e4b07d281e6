import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { misreadCaseYears, uncertainDates } from '../../pipeline/date-check.ts';
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

describe('case numbers whose year is after the document', () => {
  const meta = (dnr: string[], refDnr: string[] = []) => ({ dnr, refDnr, items: [], date: '2019-05-02', meetingDate: null, justerat: null });
  it('reads the year one digit away that the document\'s other case numbers print', () => {
    const { readings, messages } = misreadCaseYears(meta(['KLF 2018/902', 'KLF 2048/1177', 'KLF 2049/214', 'KLF 2019/388']));
    expect([...readings]).toEqual([['KLF 2048/1177', 'KLF 2018/1177'], ['KLF 2049/214', 'KLF 2019/214']]);
    expect(messages[0]!.reason).toMatch(/^case number KLF 2048\/1177 read as KLF 2018\/1177/);
    expect([...misreadCaseYears(meta(['288/2047', '301/2017'], ['97/2017'])).readings]).toEqual([['288/2047', '288/2017']]);
  });
  it('leaves it where the document gives no such evidence, or several numbers agree on the later year', () => {
    // No other case number prints a year one digit away.
    expect(misreadCaseYears(meta(['KS 2048/12'])).readings.size).toBe(0);
    expect(misreadCaseYears(meta(['KS 2048/12', 'KS 2015/3'])).readings.size).toBe(0);
    // Two candidates (2008 and 2018 both printed): no choice.
    expect(misreadCaseYears(meta(['KS 2048/12', 'KS 2018/3', 'KS 2008/7'])).readings.size).toBe(0);
    // Two numbers of 2021 beside a date of 2019: the date is more likely misread than both.
    expect(misreadCaseYears(meta(['KS 2021/12', 'KS 2021/14', 'KS 2011/3'])).readings.size).toBe(0);
    // No date to compare with.
    expect(misreadCaseYears({ ...meta(['KS 2048/12', 'KS 2018/3']), date: null }).readings.size).toBe(0);
  });
  it('the pipeline reads them so in every field, once', () => {
    const text = 'Kommunstyrelsen\nSammanträdesprotokoll\n2019-05-02\n\n§ 118\nDnr KLF 2018/902\n\nInformation\n\nBeslut\nKommunstyrelsen noterar informationen.\n\n§ 119\nDnr KLF 2048/1177\n\nMedborgarförslag om fler sittbänkar\n\nBeslut\nFörslaget bifalls.';
    const doc = runPipeline({ id: 'y', source: 'y.txt', text });
    expect(doc.items.map((i) => i.dnr)).toEqual([['KLF 2018/902'], ['KLF 2018/1177']]);
    expect([...doc.dnr, ...doc.refDnr]).not.toContain('KLF 2048/1177');
    expect(doc.caseKeys.some((k) => k.includes('2048'))).toBe(false);
    expect(doc.messages.some((m) => m.stage === 'date-check' && /KLF 2048\/1177 read as KLF 2018\/1177/.test(m.reason))).toBe(true);
  });
});
