import fs from 'node:fs';
import path from 'node:path';

/** Text files (.txt) under the given files and folders, for options that take a small corpus. */
export function walkFilesSync(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (fs.statSync(p).isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (!name.startsWith('.')) out.push(...walkFilesSync([path.join(p, name)]).filter((f) => f.endsWith('.txt')));
      }
    } else {
      out.push(p);
    }
  }
  return out;
}
