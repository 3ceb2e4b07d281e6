import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/random.ts';
import { boundedDistance, countsApart, editDistance, letterCounts, withinEdits } from '../../pipeline/edit-distance.ts';


describe('edit distance', () => {
  it('counts edits between words', () => {
    expect(editDistance([...'Handligrare'], [...'Handläggare'])).toBe(2);
    expect(editDistance([...''], [...'abc'])).toBe(3);
    expect(boundedDistance([...'Handligrare'], [...'Handläggare'], Infinity)).toBe(2);
  });

  it('says whether two strings are within k edits, and how far when they are, exactly as the full table does', () => {
    // Strings from a small alphabet, so near and far pairs both occur; a fixed seed.
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = (): string => Array.from({ length: Math.floor(random() * 12) }, () => 'aäbcö'[Math.floor(random() * 5)]).join('');
    for (let n = 0; n < 3000; n++) {
      const a = word();
      const b = random() < 0.5 ? word() : a.slice(0, Math.floor(random() * a.length)) + word().slice(0, 2) + a.slice(Math.floor(random() * a.length));
      const k = Math.floor(random() * 4);
      expect(withinEdits(a, b, k), `${a} ${b} ${k}`).toBe(editDistance([...a], [...b]) <= k);
      expect(boundedDistance([...a], [...b], k), `${a} ${b} ${k}`).toBe(Math.min(editDistance([...a], [...b]), k + 1));
    }
  });

  it("rules out by their letters' counts only words more edits away than allowed", () => {
    const next = seededRandom(7);
    const letters = 'abcdefghijklmnopqrstuvwxyzåäöé-';
    const word = (): string[] => Array.from({ length: 6 + Math.floor(next() * 14) }, () => letters[Math.floor(next() * letters.length)]!);
    const damaged = (w: string[]): string[] => {
      const out = [...w];
      for (let edits = Math.floor(next() * 5); edits > 0; edits--) {
        const at = Math.floor(next() * out.length);
        const kind = next();
        if (kind < 0.4) out[at] = letters[Math.floor(next() * letters.length)]!;
        else if (kind < 0.7) out.splice(at, 1);
        else out.splice(at, 0, letters[Math.floor(next() * letters.length)]!);
      }
      return out;
    };
    let ruledOut = 0;
    for (let i = 0; i < 3000; i++) {
      const a = word();
      const b = i % 2 === 0 ? damaged(a) : word();
      const distance = editDistance(a, b);
      for (const limit of [0, 1, 2, 3]) {
        if (!countsApart(letterCounts(a), letterCounts(b), limit)) continue;
        ruledOut++;
        expect(distance).toBeGreaterThan(limit);
      }
    }
    // The bound does rule out most unrelated words (else it would save nothing).
    expect(ruledOut).toBeGreaterThan(3000);
  });
});
