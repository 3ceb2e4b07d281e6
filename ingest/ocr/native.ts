import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import PQueue from 'p-queue';
import type { OcrEngine, OcrPage } from './engine.ts';

const run = promisify(execFile);

/** True when a `tesseract` binary with Swedish data is on the PATH (Debian: tesseract-ocr-swe). */
export function nativeTesseractAvailable(): boolean {
  try {
    return /^swe$/m.test(execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
}

/**
 * The system's `tesseract` command, one single-threaded process per page (OMP_THREAD_LIMIT=1) and
 * as many at once as there are cores: the fastest way to use tesseract on a multi-core machine.
 */
export class NativeTesseractEngine implements OcrEngine {
  readonly name = 'tesseract (native)';
  readonly parallelism: number;
  private readonly queue: PQueue;

  constructor(processes: number = Math.max(1, os.availableParallelism())) {
    this.parallelism = processes;
    this.queue = new PQueue({ concurrency: processes });
  }

  recognize(image: Uint8Array): Promise<OcrPage> {
    return this.queue.add(() => this.recognizeNow(image), { throwOnTimeout: true });
  }

  private async recognizeNow(image: Uint8Array): Promise<OcrPage> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'diarium-ocr-'));
    try {
      const input = path.join(dir, 'page');
      await fs.writeFile(input, image);
      await run('tesseract', [input, path.join(dir, 'out'), '-l', 'swe', 'txt', 'tsv'], {
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        maxBuffer: 64 * 1024 * 1024,
      });
      const text = await fs.readFile(path.join(dir, 'out.txt'), 'utf8');
      // Mean confidence of recognised words (level 5 rows with text), as tesseract.js reports it.
      const confidences = (await fs.readFile(path.join(dir, 'out.tsv'), 'utf8'))
        .split('\n')
        .slice(1)
        .map((row) => row.split('\t'))
        .filter((cols) => cols[0] === '5' && (cols[11] ?? '').trim() !== '')
        .map((cols) => Number(cols[10]));
      const confidence = confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : 0;
      return { text, confidence };
    } catch (error) {
      throw new Error(`OCR failed (tesseract): ${(error as { stderr?: string }).stderr?.trim() || (error as Error).message}`);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {}
}
