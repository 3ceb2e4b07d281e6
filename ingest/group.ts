import path from 'node:path';
import { readPageName } from './page-names.ts';
import type { WalkedFile } from './walk.ts';

/**
 * What becomes one document: usually one file; the page images of one scanned document (see
 * page-names.ts) together.
 */
export interface Source {
  /** The file that names the document: the file itself, or the first page. */
  path: string;
  /** Every file, pages in order (one unless the pages are separate images). */
  files: string[];
  /** The name shown for it: relative to the folder it was ingested from ("scans/0123.p1–3.png"). */
  name: string;
}

/**
 * Groups the files found into sources, in the order found. Page images that share a key in one
 * folder become one source when there are at least two of them; a single "x.p1.png" stays a file.
 */
export function groupSources(files: WalkedFile[]): Source[] {
  const groups = new Map<string, { pages: { page: number; file: WalkedFile }[] }>();
  const order: (WalkedFile | string)[] = [];
  for (const file of files) {
    const page = readPageName(path.basename(file.path));
    if (!page) {
      order.push(file);
      continue;
    }
    const key = `${path.dirname(file.path)}\0${page.key}`;
    let group = groups.get(key);
    if (!group) {
      groups.set(key, (group = { pages: [] }));
      order.push(key);
    }
    group.pages.push({ page: page.page, file });
  }
  return order.flatMap((entry): Source[] => {
    if (typeof entry !== 'string') return [single(entry)];
    const pages = groups.get(entry)!.pages;
    if (pages.length === 1) return [single(pages[0]!.file)];
    pages.sort((a, b) => a.page - b.page);
    const first = pages[0]!.file;
    const last = pages[pages.length - 1]!;
    const firstName = relative(first);
    // "0123.p1.good.png" .. page 3 -> "0123.p1–3.good.png"; a numbered folder -> "folder/1–3.png".
    const digits = new RegExp(`(\\D)0*${pages[0]!.page}(?=\\D*$)`);
    const name = firstName.replace(digits, `$1${pages[0]!.page}–${last.page}`);
    return [{ path: first.path, files: pages.map((p) => p.file.path), name }];
  });
}

const relative = (file: WalkedFile): string => path.relative(file.root, file.path) || path.basename(file.path);
const single = (file: WalkedFile): Source => ({ path: file.path, files: [file.path], name: relative(file) });
