import type { OcrSummary } from '../../pipeline/document.ts';
import { deskew } from './deskew.ts';
import { LOW_CONFIDENCE, type OcrEngine, type OcrPage } from './engine.ts';

/** One page to OCR: its number and a function that renders it to an image when its turn comes. */
export interface PageImage {
  page: number;
  render: () => Promise<Uint8Array>;
}

/**
 * Pages already read, kept so an interrupted run does not read them again (see page-cache.ts).
 * Keyed by page number within one source of one content id and engine.
 */
export interface PageStore {
  get(page: number): OcrPage | null;
  set(page: number, result: OcrPage): void;
}

/** How a long OCR job reports and stops. */
export interface PageWork {
  /** Told after each page: pages read so far of the pages this job OCRs. */
  onPage?: (done: number, of: number) => void;
  /** Checked before each page: pages in flight finish, no new page starts, then the job throws an AbortError. */
  signal?: AbortSignal;
  store?: PageStore | null;
  /** Count the pages that need OCR and read none (a dry run): the job throws {@link OcrNotRun}. */
  countOnly?: boolean;
}

/** Thrown instead of reading pages when only counting them. */
export class OcrNotRun extends Error {
  override name = 'OcrNotRun';
  /** How many pages need OCR. */
  readonly pages: number;
  constructor(
    /** Their numbers (1-based, as `PageImage.page`). */
    readonly pageNumbers: number[],
  ) {
    super(`${pageNumbers.length} ${pageNumbers.length === 1 ? 'page needs' : 'pages need'} OCR`);
    this.pages = pageNumbers.length;
  }
}

/** Thrown when a job stopped at its signal; the caller records the file as interrupted, not failed. */
export class Interrupted extends Error {
  override name = 'AbortError';
  constructor() {
    super('interrupted before it was finished');
  }
}

/** Reads one page image: turned level first, as every page diarium OCRs is. */
export async function recognizePage(engine: OcrEngine, image: Uint8Array): Promise<OcrPage> {
  return engine.recognize(await deskew(image));
}

/**
 * OCRs pages with at most `engine.parallelism` in flight, rendering each just before it is read so
 * only that many page images are in memory. Pages found in `work.store` are not read again, and
 * each page read is stored at once, so an interruption loses at most the pages in flight. Returns
 * the text per page number and the summary.
 */
export async function ocrPages(pages: PageImage[], engine: OcrEngine, work: PageWork = {}): Promise<{ texts: Map<number, string>; summary: OcrSummary }> {
  if (work.countOnly && pages.length) throw new OcrNotRun(pages.map((p) => p.page));
  const texts = new Map<number, string>();
  const confidences: { page: number; confidence: number }[] = [];
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < pages.length && !work.signal?.aborted) {
      const item = pages[next++]!;
      let result = work.store?.get(item.page) ?? null;
      if (!result) {
        result = await recognizePage(engine, await item.render());
        work.store?.set(item.page, result);
      }
      texts.set(item.page, result.text);
      confidences.push({ page: item.page, confidence: Math.round(result.confidence) });
      done++;
      work.onPage?.(done, pages.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(engine.parallelism, pages.length) }, lane));
  if (done < pages.length) throw new Interrupted();
  confidences.sort((a, b) => a.page - b.page);
  return {
    texts,
    summary: { engine: engine.name, pages: confidences, lowConfidencePages: confidences.filter((c) => c.confidence < LOW_CONFIDENCE).map((c) => c.page) },
  };
}
