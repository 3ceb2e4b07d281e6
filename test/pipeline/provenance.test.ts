import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/pipeline.ts';
import { REPAIR_RULES } from '../../pipeline/repair/rules.ts';

describe('what repair changed, kept on the document', () => {
  it('keeps every correction with its rule, why, and its place in the text as read and as repaired', () => {
    const text = fs.readFileSync('test/fixtures/seeds/002_1a29c63b3b3a44df.txt', 'utf8');
    const doc = runPipeline({ id: 'x', source: '002.txt', text });
    expect(doc.repairs.length).toBe(doc.corrections);
    expect(doc.repairs.length).toBeGreaterThan(20);
    const rules = new Set<string>(REPAIR_RULES.map((r) => r.id));
    for (const r of doc.repairs) {
      expect(rules.has(r.rule), r.rule).toBe(true);
      expect(doc.originalText!.slice(r.at, r.at + r.original.length)).toBe(r.original);
      expect(doc.text.slice(r.to, r.to + r.replacement.length)).toBe(r.replacement);
      expect(r.reason.length).toBeGreaterThan(5);
    }
    expect(doc.repairs.find((r) => r.original === 'Socialnimndens beslut')).toMatchObject({ replacement: 'Socialnämndens beslut', rule: 'label' });
    expect(doc.repairs.find((r) => r.original === 'godkdnner')).toMatchObject({ replacement: 'godkänner', rule: 'channel' });
    expect(doc.repairLevel).toBe('11–100 ord');
    expect(doc.ocrConfidence).toBeNull();
    const clean = runPipeline({ id: 'y', source: '001.txt', text: fs.readFileSync('test/fixtures/seeds/001_a424892d2af8109e.txt', 'utf8') });
    expect(clean).toMatchObject({ repairs: [], corrections: 0, repairLevel: 'ingen rättning', textCondition: 'intact' });
  });

  it('names a rule for each phase, each regime it applies to, and what it does', () => {
    const ids = REPAIR_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(REPAIR_RULES.map((r) => r.phase)).toEqual([...REPAIR_RULES.map((r) => r.phase)].sort((a, b) => ['labels', 'document', 'word', 'phrase'].indexOf(a) - ['labels', 'document', 'word', 'phrase'].indexOf(b)));
    for (const r of REPAIR_RULES) expect(r.what.length, r.id).toBeGreaterThan(20);
  });
});
