import type { OcrSummary } from '../../pipeline/document.ts';
import { deskew } from './deskew.ts';
import { LOW_CONFIDENCE, type OcrEngine, type OcrPage } from './engine.ts';

/** One page to OCR: its number and a function that renders it to an image when its turn comes. */
export interface PageImage {
  page: number;
  render: () => Promise<Uint8Array>;
}

/** Reads one page image: turned level first, as every page diarium OCRs is. */
export async function recognizePage(engine: OcrEngine, image: Uint8Array): Promise<OcrPage> {
  return engine.recognize(await deskew(image));
}

/**
 * OCRs pages with at most `engine.parallelism` in flight, rendering each just before it is read so
 * only that many page images are in memory. Returns the text per page number and the summary.
 */
export async function ocrPages(pages: PageImage[], engine: OcrEngine): Promise<{ texts: Map<number, string>; summary: OcrSummary }> {
  const texts = new Map<number, string>();
  const confidences: { page: number; confidence: number }[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < pages.length) {
      const item = pages[next++]!;
      const result = await recognizePage(engine, await item.render());
      texts.set(item.page, result.text);
      confidences.push({ page: item.page, confidence: Math.round(result.confidence) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(engine.parallelism, pages.length) }, lane));
  confidences.sort((a, b) => a.page - b.page);
  return {
    texts,
    summary: { engine: engine.name, pages: confidences, lowConfidencePages: confidences.filter((c) => c.confidence < LOW_CONFIDENCE).map((c) => c.page) },
  };
}
