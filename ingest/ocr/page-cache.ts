import fs from 'node:fs';
import path from 'node:path';
import type { OcrPage } from './engine.ts';
import type { PageStore } from './pages.ts';

/**
 * OCR'd pages on disk under DIARIUM_HOME/ocr-pages/<content id>/, one small JSON file per page and
 * engine, written as each page is read. A long scanned PDF interrupted at page 40 starts again at
 * page 41; the folder is removed once the index has confirmed the document. The key is the content
 * hash, so a changed file never reuses an old reading.
 */
export class PageCache {
  constructor(private readonly root: string) {}

  static under(home: string): PageCache {
    return new PageCache(path.join(home, 'ocr-pages'));
  }

  /** The store for one source's pages as read by one engine (named when first needed: it starts on first use). */
  store(id: string, engine: () => string): PageStore {
    const dir = path.join(this.root, id);
    const file = (page: number): string => path.join(dir, `${engine().replace(/[^\w.-]/g, '_')}-p${page}.json`);
    return {
      get(page) {
        try {
          const value = JSON.parse(fs.readFileSync(file(page), 'utf8')) as OcrPage;
          return typeof value.text === 'string' && typeof value.confidence === 'number' ? value : null;
        } catch {
          return null;
        }
      },
      set(page, result) {
        fs.mkdirSync(dir, { recursive: true });
        const tmp = `${file(page)}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify({ text: result.text, confidence: result.confidence }));
        fs.renameSync(tmp, file(page));
      },
    };
  }

  /** Forgets a source's pages (its document is in the index). */
  drop(id: string): void {
    fs.rmSync(path.join(this.root, id), { recursive: true, force: true });
  }
}
