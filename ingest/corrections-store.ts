/**
 * The overlay of corrections a person made, per index: an append-only JSON Lines file under
 * DIARIUM_HOME (`corrections/<index>.jsonl`). A line records a correction made or one reverted;
 * nothing is ever rewritten, so the file is also the history. The source files are never changed.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Correction } from '../pipeline/corrections.ts';

type Line = ({ op: 'set' } & Correction) | { op: 'revert'; of: string; at: string; note?: string };

/** A correction with its state. */
export interface StoredCorrection extends Correction {
  reverted: boolean;
}

export class CorrectionStore {
  private readonly made: Correction[] = [];
  private readonly reverted = new Set<string>();

  private constructor(readonly file: string) {}

  static load(home: string, indexName: string): CorrectionStore {
    const store = new CorrectionStore(path.join(home, 'corrections', `${indexName}.jsonl`));
    let content = '';
    try {
      content = fs.readFileSync(store.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const line of content.split('\n')) {
      if (!line.trim()) continue;
      try {
        store.take(JSON.parse(line) as Line);
      } catch {
        // A line cut short by a crash: the correction it held was never confirmed to anyone.
      }
    }
    return store;
  }

  private take(line: Line): void {
    if (line.op === 'revert') this.reverted.add(line.of);
    else {
      const { op: _, ...correction } = line;
      this.made.push(correction);
    }
  }

  private append(line: Line): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.appendFileSync(this.file, `${JSON.stringify(line)}\n`);
    this.take(line);
  }

  /** Records a correction; returns it with its id and time. */
  add(correction: Omit<Correction, 'id' | 'at'>): Correction {
    const made: Correction = { ...correction, id: randomUUID(), at: new Date().toISOString() };
    this.append({ op: 'set', ...made });
    return made;
  }

  /** Records that a correction is undone. */
  revert(id: string, note?: string): boolean {
    if (!this.made.some((c) => c.id === id) || this.reverted.has(id)) return false;
    this.append({ op: 'revert', of: id, at: new Date().toISOString(), ...(note ? { note } : {}) });
    return true;
  }

  /** The corrections in force for a document: made on it, or on an earlier version of its source file, in order. */
  forDocument(id: string, source: string): Correction[] {
    return this.made.filter((c) => !this.reverted.has(c.id) && (c.doc === id || c.source === source));
  }

  /** Every correction ever made, with whether it was reverted. */
  all(): StoredCorrection[] {
    return this.made.map((c) => ({ ...c, reverted: this.reverted.has(c.id) }));
  }

  get size(): number {
    return this.made.length - this.reverted.size;
  }
}
