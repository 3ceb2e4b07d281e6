import { FlowProducer, Queue, type ConnectionOptions, type Job } from 'bullmq';
import { FILES, fileJobId, flowOf, PAGES, pageJobId, type FileJob, type PageJob } from './jobs.ts';

/** Jobs of one queue by state. */
export interface Counts {
  waiting: number;
  /** Parents waiting for their pages. */
  waitingChildren: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
}

/** One picture of a distributed run, whichever machines work on it. */
export interface QueueStatus {
  files: Counts;
  pages: Counts;
  /** Finished in the last ten minutes, per minute. */
  filesPerMinute: number;
  pagesPerMinute: number;
  /** Minutes until the queued work is done at the present rate (null: no rate yet). */
  etaMinutes: number | null;
  /** Every failed file or page, with the reason and the tries made. */
  failures: { path: string; page?: number; reason: string; attempts: number }[];
  /** Nothing left to do (failed jobs aside). */
  idle: boolean;
}

const RATE_WINDOW_MS = 10 * 60_000;

async function counts(queue: Queue): Promise<Counts> {
  const c = await queue.getJobCounts('waiting', 'waiting-children', 'active', 'delayed', 'completed', 'failed', 'prioritized');
  return { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), waitingChildren: c['waiting-children'] ?? 0, active: c.active ?? 0, delayed: c.delayed ?? 0, completed: c.completed ?? 0, failed: c.failed ?? 0 };
}

/** Jobs finished per minute over the last ten minutes (from the newest 200). */
async function rate(queue: Queue): Promise<number> {
  const since = Date.now() - RATE_WINDOW_MS;
  const recent = (await queue.getJobs(['completed'], 0, 199, false)) as Job[];
  const finished = recent.filter((j) => (j.finishedOn ?? 0) >= since);
  if (finished.length === 0) return 0;
  const first = Math.min(...finished.map((j) => j.processedOn ?? j.finishedOn!));
  const minutes = Math.max(1 / 60, (Date.now() - Math.max(first, since)) / 60_000);
  return finished.length / minutes;
}

/** The run's state, read from Redis: counts, rates, time left and every failure with its reason. */
export async function queueStatus(connection: ConnectionOptions): Promise<QueueStatus> {
  const files = new Queue<FileJob>(FILES, { connection });
  const pages = new Queue<PageJob>(PAGES, { connection });
  try {
    const [fc, pc, fr, pr] = await Promise.all([counts(files), counts(pages), rate(files), rate(pages)]);
    const failed = [...((await files.getFailed(0, 999)) as Job<FileJob>[]), ...((await pages.getFailed(0, 999)) as Job<PageJob>[])];
    const leftPages = pc.waiting + pc.active + pc.delayed;
    const leftFiles = fc.waiting + fc.active + fc.delayed + fc.waitingChildren;
    // Pages are the slow part when there are any; otherwise files.
    const eta = leftPages > 0 ? (pr > 0 ? leftPages / pr : null) : leftFiles > 0 ? (fr > 0 ? leftFiles / fr : null) : 0;
    return {
      files: fc,
      pages: pc,
      filesPerMinute: fr,
      pagesPerMinute: pr,
      etaMinutes: eta,
      failures: failed.map((job) => ({ path: job.data.source.path, ...('page' in job.data ? { page: (job.data as PageJob).page } : {}), reason: job.failedReason, attempts: job.attemptsMade })),
      idle: leftPages === 0 && leftFiles === 0,
    };
  } finally {
    await Promise.all([files.close(), pages.close()]);
  }
}

/** One line for a terminal or a log. */
export function statusLine(s: QueueStatus): string {
  const doneFiles = s.files.completed;
  const allFiles = doneFiles + s.files.failed + s.files.waiting + s.files.active + s.files.delayed + s.files.waitingChildren;
  const allPages = s.pages.completed + s.pages.failed + s.pages.waiting + s.pages.active + s.pages.delayed;
  const eta = s.idle ? 'done' : s.etaMinutes === null ? 'ETA unknown' : `ETA ${s.etaMinutes < 1 ? '<1' : Math.round(s.etaMinutes)} min`;
  return `files ${doneFiles}/${allFiles} done, ${s.files.failed} failed, ${s.files.active} active; pages ${s.pages.completed}/${allPages} OCR'd, ${s.pages.active} active; ${s.pagesPerMinute.toFixed(1)} pages/min, ${s.filesPerMinute.toFixed(1)} files/min; ${eta}`;
}

/**
 * Queues every failed file again, with its pages: a failed page fails its file (the pages are
 * its children), so the file's flow is removed and added anew under the same ids; pages already
 * read are read again. Returns how many files were queued again.
 */
export async function retryFailed(connection: ConnectionOptions): Promise<number> {
  const files = new Queue<FileJob>(FILES, { connection });
  const pages = new Queue<PageJob>(PAGES, { connection });
  const flows = new FlowProducer({ connection });
  try {
    const failed = (await files.getFailed(0, -1)) as Job<FileJob>[];
    // Pages that failed on their own (their file waits for them): their files too.
    for (const page of (await pages.getFailed(0, -1)) as Job<PageJob>[]) {
      const parent = await files.getJob(fileJobId(page.data.id));
      if (parent && !failed.some((f) => f.id === parent.id)) failed.push(parent as Job<FileJob>);
      // Removed with its file below when BullMQ keeps it tied to it.
      await page.remove().catch(() => undefined);
    }
    for (const job of failed) {
      const data = job.data;
      await job.remove({ removeChildren: true });
      for (const page of data.pages) await (await pages.getJob(pageJobId(data.id, page)))?.remove().catch(() => undefined);
      await flows.add(flowOf(data));
    }
    return failed.length;
  } finally {
    await Promise.all([files.close(), pages.close(), flows.close()]);
  }
}

/**
 * Stops a run: removes every job not yet started (waiting, delayed, and files waiting for their
 * pages, with those pages); jobs in hand finish. Finished and failed jobs stay for the record.
 */
export async function drain(connection: ConnectionOptions): Promise<number> {
  const files = new Queue<FileJob>(FILES, { connection });
  const pages = new Queue<PageJob>(PAGES, { connection });
  try {
    const c = await counts(files);
    const before = c.waiting + c.waitingChildren + c.delayed;
    for (const job of (await files.getJobs(['waiting-children'], 0, -1)) as Job<FileJob>[]) await job.remove({ removeChildren: true }).catch(() => undefined);
    await files.drain(true);
    await pages.drain(true);
    return before;
  } finally {
    await Promise.all([files.close(), pages.close()]);
  }
}
