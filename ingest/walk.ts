import fs from 'node:fs/promises';
import path from 'node:path';

/** Something found while walking that is not a file to ingest. */
export interface WalkProblem {
  path: string;
  reason: string;
}

/** A file found, with the folder it was found under (a file given by name: its own folder). */
export interface WalkedFile {
  path: string;
  root: string;
}

/**
 * Yields every regular file under the given paths (files are yielded as given), in a stable
 * sorted order. Hidden entries are skipped; each folder is visited once by its real path, so
 * symlink loops end. Paths that cannot be read are reported through `onProblem`, not thrown.
 */
export async function* walkFiles(paths: string[], onProblem: (problem: WalkProblem) => void): AsyncGenerator<WalkedFile> {
  const seen = new Set<string>();
  let root = '';
  async function* visit(entry: string): AsyncGenerator<WalkedFile> {
    let stat;
    try {
      stat = await fs.stat(entry);
    } catch (error) {
      onProblem({ path: entry, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return;
    }
    if (stat.isFile()) {
      yield { path: entry, root: root || path.dirname(entry) };
      return;
    }
    if (!stat.isDirectory()) {
      onProblem({ path: entry, reason: 'not a regular file or folder' });
      return;
    }
    const real = await fs.realpath(entry);
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = (await fs.readdir(entry)).filter((name) => !name.startsWith('.')).sort();
    } catch (error) {
      onProblem({ path: entry, reason: `cannot list folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return;
    }
    for (const name of names) yield* visit(path.join(entry, name));
  }
  for (const p of paths) {
    root = '';
    try {
      if ((await fs.stat(p)).isDirectory()) root = p;
    } catch {
      // visit reports it
    }
    yield* visit(p);
  }
}
