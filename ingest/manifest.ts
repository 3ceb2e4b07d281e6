import fs from 'node:fs';
import path from 'node:path';

/** The last known state of one source file. */
export interface ManifestEntry {
  /** Absolute path. */
  path: string;
  size: number;
  mtimeMs: number;
  /** Content id (hash) of the version last processed. */
  id: string | null;
  status: 'done' | 'failed' | 'skipped';
  reason?: string;
  at: string;
}

/**
 * Ingest state per index, so a re-run skips what is done and a crash loses nothing: an append-only
 * JSON Lines file under DIARIUM_HOME. Each line is written whole after the fact it records (a file
 * is "done" only once the index has confirmed it); a line cut short by a crash is dropped on load;
 * the file is compacted (written anew and renamed into place) at the end of each run.
 */
export class Manifest {
  private readonly entries = new Map<string, ManifestEntry>();

  private constructor(
    readonly file: string,
    private readonly readOnly: boolean,
  ) {}

  /** Loads the manifest of an index; `readOnly` (a dry run) reads it and never writes. */
  static load(home: string, indexName: string, { readOnly = false } = {}): Manifest {
    const file = path.join(home, 'manifests', `${indexName}.jsonl`);
    const manifest = new Manifest(file, readOnly);
    if (!readOnly) fs.mkdirSync(path.dirname(file), { recursive: true });
    let content = '';
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const complete = content.slice(0, content.lastIndexOf('\n') + 1);
    if (complete.length !== content.length && !readOnly) fs.truncateSync(file, Buffer.byteLength(complete));
    for (const line of complete.split('\n')) {
      if (!line) continue;
      try {
        const entry = JSON.parse(line) as ManifestEntry;
        manifest.entries.set(entry.path, entry);
      } catch {
        // A damaged line loses only that record: the file is simply processed again.
      }
    }
    return manifest;
  }

  get(filePath: string): ManifestEntry | undefined {
    return this.entries.get(path.resolve(filePath));
  }

  record(entry: Omit<ManifestEntry, 'at' | 'path'> & { path: string }): void {
    const full: ManifestEntry = { ...entry, path: path.resolve(entry.path), at: new Date().toISOString() };
    this.entries.set(full.path, full);
    if (!this.readOnly) fs.appendFileSync(this.file, `${JSON.stringify(full)}\n`);
  }

  /**
   * Drops what the manifest knows of a file for this run (nothing is written): it is read again, and
   * recorded anew when done. For a file whose document the index no longer holds.
   */
  forget(filePath: string): void {
    this.entries.delete(path.resolve(filePath));
  }

  /** Paths whose last run failed. */
  failed(): string[] {
    return [...this.entries.values()].filter((e) => e.status === 'failed').map((e) => e.path);
  }

  /** Rewrites the log with one line per file, atomically. */
  compact(): void {
    if (this.readOnly) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, [...this.entries.values()].map((e) => `${JSON.stringify(e)}\n`).join(''));
    fs.renameSync(tmp, this.file);
  }
}
