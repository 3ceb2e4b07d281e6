import { describe, expect, it } from 'vitest';
import { boundedDistance, editDistance, withinEdits } from '../../pipeline/edit-distance.ts';

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
});
