import path from 'node:path';
import { FlowProducer, Queue, type ConnectionOptions, type FlowJob } from 'bullmq';
import { groupSources, type Source } from '../group.ts';
import { openSource } from '../ingest.ts';
import type { OcrEngine } from '../ocr/engine.ts';
import { OcrNotRun } from '../ocr/pages.ts';
import { walkFiles, type WalkedFile } from '../walk.ts';
import { FILES, fileJobId, flowOf, type FileJob } from './jobs.ts';

/** Sources queued in one call to Redis. */
const BULK = 100;

/** The engine handed to handlers while counting pages: counting reads none. */
const COUNT_ONLY: OcrEngine = {
  name: 'none',
  parallelism: 1,
  recognize: () => Promise.reject(new Error('no page is read while queuing')),
  close: () => Promise.resolve(),
};

export interface EnqueueReport {
  /** Sources queued now. */
  queued: number;
  /** Sources whose job was already there (queued, running or done): nothing added. */
  known: number;
  /** Pages queued for OCR. */
  pages: number;
  /** Files that cannot be queued (unreadable, unknown format), with the reason. */
  problems: { path: string; reason: string }[];
}

/**
 * Queues every file under `paths` for the workers: reads each source's bytes for its content id,
 * asks its format's handler which pages need OCR (without reading any: the dry-run path of
 * file-based ingest), and adds one flow per source. Paths are stored absolute: every worker must
 * see the files at the same path (a shared file system).
 */
export async function enqueuePaths(paths: string[], options: { connection: ConnectionOptions; index: string; onSource?: (done: number, of: number) => void }): Promise<EnqueueReport> {
  const report: EnqueueReport = { queued: 0, known: 0, pages: 0, problems: [] };
  const found: WalkedFile[] = [];
  for await (const file of walkFiles(paths, (problem) => report.problems.push(problem))) found.push(file);
  const sources = groupSources(found).map((s): Source => ({ ...s, path: path.resolve(s.path), files: s.files.map((f) => path.resolve(f)) }));
  const flows = new FlowProducer({ connection: options.connection });
  const files = new Queue<FileJob>(FILES, { connection: options.connection });
  // Flows go to Redis a hundred at a time: workers start on the first while the rest are read.
  const pending: FlowJob[] = [];
  const seen = new Set<string>();
  try {
    for (const [n, source] of sources.entries()) {
      options.onSource?.(n + 1, sources.length);
      const opened = await openSource(source, null);
      if ('outcome' in opened) {
        report.problems.push({ path: source.path, reason: opened.outcome.reason ?? opened.outcome.status });
        continue;
      }
      // Already queued by an earlier run, or by this one (the same content under two names).
      if (seen.has(opened.id) || (await files.getJob(fileJobId(opened.id)))) {
        report.known++;
        continue;
      }
      let pages: number[] = [];
      try {
        await opened.read({ ocr: () => COUNT_ONLY, work: { countOnly: true } });
      } catch (error) {
        if (error instanceof OcrNotRun) pages = error.pageNumbers;
        else {
          report.problems.push({ path: source.path, reason: (error as Error).message });
          continue;
        }
      }
      seen.add(opened.id);
      pending.push(flowOf({ source, id: opened.id, index: options.index, pages }));
      report.queued++;
      report.pages += pages.length;
      if (pending.length >= BULK) await flows.addBulk(pending.splice(0));
    }
    if (pending.length) await flows.addBulk(pending.splice(0));
  } finally {
    await Promise.all([flows.close(), files.close()]);
  }
  return report;
}
