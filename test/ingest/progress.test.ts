import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/ingest.ts';
import { formatDuration, Progress } from '../../ingest/progress.ts';

describe('progress', () => {
  it('shows counts, rates and an ETA', () => {
    const start = Date.now();
    const progress = new Progress(start);
    progress.total = 4;
    progress.add({ path: 'a.pdf', status: 'done', pages: 3 });
    progress.add({ path: 'b.pdf', status: 'failed', reason: 'x' });
    expect(progress.line(10, start + 60_000)).toBe('[#####-----] 2/4 documents (50%) · 3 pages · 2.0 documents/min · 3.0 pages/min · ETA 1m00s · 1 failed');
    expect(formatDuration(59)).toBe('59s');
    expect(formatDuration(3725)).toBe('1h02m');
  });

  it('moves page by page while a long scan is read, before any document is done', () => {
    const start = Date.now();
    const progress = new Progress(start);
    progress.total = 2;
    expect(progress.line(4, start + 1000)).toMatch(/^\[----\] 0\/2 documents \(0%\) · 0 pages · .* ETA \?$/);
    progress.page('scan.pdf', 1, 4);
    progress.page('scan.pdf', 2, 4);
    // Half of one document of two: a quarter of the run, ETA three times the time so far.
    expect(progress.line(4, start + 60_000)).toBe('[#---] 0/2 documents (25%) · 2 pages · 0.0 documents/min · 2.0 pages/min · ETA 3m00s');
    progress.page('scan.pdf', 4, 4);
    progress.add({ path: 'scan.pdf', status: 'done', pages: 4 });
    // Pages counted while read are not counted again when the document is done; a text file's are.
    progress.add({ path: 'notes.txt', status: 'done', pages: 1 });
    expect(progress.line(0, start + 60_000)).toBe('2/2 documents (100%) · 5 pages · 2.0 documents/min · 5.0 pages/min · ETA 0s');
  });

  it('forgets the pages of a document that was interrupted', () => {
    const progress = new Progress();
    progress.total = 1;
    progress.page('scan.pdf', 1, 3);
    progress.add({ path: 'scan.pdf', status: 'interrupted' });
    expect(progress.line()).toMatch(/^1\/1 documents \(100%\) · 1 page · /);
  });

  it('says the files are still being found until they are counted, not that an empty run is done', () => {
    const start = Date.now();
    const progress = new Progress(start);
    expect(progress.line(4, start + 1000)).toBe('finding files: 0 found · 1s');
    progress.finding(120_000);
    expect(progress.line(4, start + 95_000)).toBe('finding files: 120000 found · 1m35s');
    progress.total = 0;
    expect(progress.line(0, start + 95_000)).toMatch(/^0\/0 documents \(100%\)/);
  });

  it('is told of every file the walk finds, before the run is counted', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-found-'));
    try {
      fs.mkdirSync(path.join(dir, 'sub'));
      for (const name of ['a.txt', 'b.txt', 'sub/c.txt', 'sub/d.txt']) fs.writeFileSync(path.join(dir, name), `Ärende ${name} om nämnden.`);
      const events: string[] = [];
      await ingestPaths([dir], { index: null, onFound: (files) => events.push(`found ${files}`), onStart: (documents) => events.push(`start ${documents}`) });
      expect(events).toEqual(['found 1', 'found 2', 'found 3', 'found 4', 'start 4']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
