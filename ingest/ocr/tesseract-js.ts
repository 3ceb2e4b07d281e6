import os from 'node:os';
import { createScheduler, createWorker, OEM, type Scheduler } from 'tesseract.js';
import type { OcrEngine, OcrPage } from './engine.ts';
import { swedishData } from './swedish-data.ts';

/** A page that takes longer than this is given up (a hung or crashed worker). */
const PAGE_TIMEOUT_MS = 5 * 60_000;

/**
 * tesseract.js (WebAssembly, no system dependency) with a scheduler over one worker per core.
 * Workers start on first use and are reused for every page of the run. A page that fails reports
 * the error so its file is recorded as failed; a page with no answer in time restarts the workers.
 */
export class TesseractJsEngine implements OcrEngine {
  readonly name = 'tesseract.js';
  readonly parallelism: number;
  private scheduler: Promise<Scheduler> | null = null;

  constructor(workers: number = Math.max(1, os.availableParallelism())) {
    this.parallelism = workers;
  }

  private start(): Promise<Scheduler> {
    this.scheduler ??= (async () => {
      const { langPath, gzip } = swedishData();
      const scheduler = createScheduler();
      const workers = await Promise.all(
        // Without an errorHandler tesseract.js throws a failed job's error out of its message
        // handler, which would end the whole process; the job's own promise still rejects.
        Array.from({ length: this.parallelism }, () => createWorker('swe', OEM.LSTM_ONLY, { langPath, gzip, cacheMethod: 'none', errorHandler: () => {} })),
      );
      for (const worker of workers) scheduler.addWorker(worker);
      return scheduler;
    })();
    return this.scheduler;
  }

  async recognize(image: Uint8Array): Promise<OcrPage> {
    const scheduler = await this.start();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${PAGE_TIMEOUT_MS / 1000}s`)), PAGE_TIMEOUT_MS);
    });
    try {
      const result = await Promise.race([scheduler.addJob('recognize', Buffer.from(image)), timeout]);
      return { text: result.data.text, confidence: result.data.confidence };
    } catch (error) {
      // A worker that does not answer may have died: start afresh for the next page.
      if (/no answer within/.test((error as Error).message)) await this.close();
      throw new Error(`OCR failed: ${(error as Error).message ?? String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const scheduler = this.scheduler;
    this.scheduler = null;
    if (scheduler) await (await scheduler.catch(() => null))?.terminate();
  }
}
