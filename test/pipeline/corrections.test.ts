import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorrectionStore } from '../../ingest/corrections-store.ts';
import { applyCorrections, fieldText, invalidValue, revertCorrection, type Correction } from '../../pipeline/corrections.ts';
import { caseKey } from '../../pipeline/grammar/case-numbers.ts';
import { runPipeline } from '../../pipeline/pipeline.ts';

const seed = fs.readFileSync('test/fixtures/seeds/002_1a29c63b3b3a44df.txt', 'utf8');
const made = (c: Partial<Correction> & Pick<Correction, 'kind' | 'old' | 'new'>): Correction => ({ id: `c${Math.random()}`, doc: 'x', source: '/a/002.txt', at: '2026-12-05T00:00:00Z', ...c });

describe("a person's corrections, applied after the pipeline", () => {
  const doc = runPipeline({ id: 'x', source: '/a/002.txt', text: seed });

  it('replaces words where they stand, moves later places along and keeps the automatic repairs it overrides for a revert', () => {
    const repair = doc.repairs.find((r) => r.original === 'godkdnner')!;
    const later = doc.repairs.find((r) => r.to > repair.to + 50)!;
    const item = doc.items.find((i) => i.start > repair.to);
    const c = made({ kind: 'text', start: repair.to, old: 'godkänner', new: 'godkänner härmed' });
    const { doc: fixed, stale } = applyCorrections(doc, [c]);
    expect(stale).toEqual([]);
    expect(fixed.text.slice(repair.to, repair.to + 16)).toBe('godkänner härmed');
    expect(fixed.text.length).toBe(doc.text.length + 7);
    expect(fixed.repairs.some((r) => r.original === 'godkdnner' && r.to === repair.to)).toBe(false);
    const moved = fixed.repairs.find((r) => r.original === later.original && r.at === later.at)!;
    expect(fixed.text.slice(moved.to, moved.to + moved.replacement.length)).toBe(later.replacement);
    if (item) expect(fixed.items.find((i) => i.title === item.title)!.start).toBe(item.start + 7);
    expect(fixed.personCorrections).toMatchObject([{ id: c.id, kind: 'text', start: repair.to, old: 'godkänner', new: 'godkänner härmed' }]);
    expect(fixed.personCorrections![0]!.displaced).toHaveLength(1);

    const back = revertCorrection(fixed, c.id)!;
    expect(back.text).toBe(doc.text);
    expect(back.repairs).toEqual(doc.repairs);
    expect(back.items).toEqual(doc.items);
    expect(back.personCorrections).toEqual([]);
  });

  it('corrects a field and what follows from it (year, sort date, case keys); a field changed under it makes it stale', () => {
    const date = made({ kind: 'field', field: 'date', old: fieldText(doc, 'date'), new: '1999-03-04' });
    const dnr = made({ kind: 'field', field: 'dnr', old: fieldText(doc, 'dnr'), new: 'SOC 1999/123' });
    const wrong = made({ kind: 'field', field: 'namnd', old: 'Kulturnämnden', new: 'Fritidsnämnden' });
    const { doc: fixed, stale } = applyCorrections(doc, [date, dnr, wrong]);
    expect(fixed).toMatchObject({ date: '1999-03-04', year: 1999, dnr: ['SOC 1999/123'] });
    expect(fixed.caseKeys).toContain(caseKey('SOC 1999/123'));
    for (const key of doc.dnr.map(caseKey)) if (!doc.refDnr.map(caseKey).includes(key) && !doc.items.some((i) => i.dnr.map(caseKey).includes(key))) expect(fixed.caseKeys).not.toContain(key);
    expect(stale.map((s) => s.correction.id)).toEqual([wrong.id]);
    expect(stale[0]!.reason).toContain('namnd is now');
    const back = revertCorrection(fixed, date.id)!;
    expect(back.date).toBe(doc.date);
    expect(back.year).toBe(doc.year);
  });

  it('finds a text correction near its place in a changed source, and says when its words are gone', () => {
    const at = doc.text.indexOf('Socialnämndens beslut');
    const c = made({ kind: 'text', start: at, old: 'Socialnämndens', new: 'Socialnämndens (rättat)' });
    const changed = runPipeline({ id: 'x', source: '/a/002.txt', text: `Ny inledning på två rader.\n\n${seed}` });
    const { doc: fixed, stale } = applyCorrections(changed, [c]);
    expect(stale).toEqual([]);
    expect(fixed.text).toContain('Socialnämndens (rättat) beslut');
    const gone = runPipeline({ id: 'x', source: '/a/002.txt', text: seed.replace(/Socialn\S+ns beslut/g, 'Nämndens beslut') });
    expect(applyCorrections(gone, [c]).stale[0]!.reason).toContain('no longer in the text');
  });

  it('takes a date only as ÅÅÅÅ-MM-DD', () => {
    expect(invalidValue('date', '4 mars 1999')).toMatch(/ÅÅÅÅ-MM-DD/);
    expect(invalidValue('date', '1999-03-04')).toBeNull();
    expect(invalidValue('title', 'x'.repeat(2001))).toMatch(/2000/);
  });
});

describe('the corrections store', () => {
  it('appends every correction and revert, keeps them across loads and survives a line cut short', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-corr-'));
    const store = CorrectionStore.load(home, 'docs');
    const a = store.add({ doc: 'd1', source: '/a/x.txt', kind: 'field', field: 'title', old: 'Fel', new: 'Rätt' });
    const b = store.add({ doc: 'd2', source: '/a/y.txt', kind: 'text', start: 5, old: 'frén', new: 'från' });
    expect(store.revert(a.id)).toBe(true);
    expect(store.revert(a.id)).toBe(false);
    fs.appendFileSync(store.file, '{"op":"set","id":"half');
    const again = CorrectionStore.load(home, 'docs');
    expect(again.all().map((c) => [c.id, c.reverted])).toEqual([
      [a.id, true],
      [b.id, false],
    ]);
    expect(again.size).toBe(1);
    // A new version of the file (a new id) keeps the corrections made on its source.
    expect(again.forDocument('d2-new', '/a/y.txt').map((c) => c.id)).toEqual([b.id]);
    expect(again.forDocument('d1', '/a/x.txt')).toEqual([]);
  });
});
