/** What OCR made of one page image. */
export interface OcrPage {
  text: string;
  /** Mean word confidence, 0-100. */
  confidence: number;
}

/**
 * An OCR engine. Implementations hold their workers across files (starting one costs more than a
 * page), run up to `parallelism` pages at once, and are closed once at the end of a run.
 */
export interface OcrEngine {
  readonly name: string;
  readonly parallelism: number;
  /** Reads one page image (PNG, JPEG or another format the engine decodes). */
  recognize(image: Uint8Array): Promise<OcrPage>;
  close(): Promise<void>;
}

/** Pages below this mean confidence are flagged for a person to check. */
export const LOW_CONFIDENCE = 60;
