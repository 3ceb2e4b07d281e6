import type { FlowJob } from 'bullmq';
import type { Source } from '../group.ts';

/**
 * The queues of a distributed run, and their jobs. One parent job per source (a file, or the page
 * images of one document) in FILES; for a scan, one child job per page that needs OCR in PAGES,
 * which BullMQ runs before the parent (a flow). Job ids come from the content hash (and the page),
 * so enqueuing the same files twice adds nothing, and a retried job writes the same document.
 */
export const FILES = 'diarium-files';
export const PAGES = 'diarium-pages';

/** A parent job: read one source into a document and write it to the index. */
export interface FileJob {
  source: Source;
  /** The content id it had when it was queued; a worker that reads other bytes fails the job. */
  id: string;
  /** The Meilisearch index it goes to. */
  index: string;
  /** The pages its children OCR (none for text). */
  pages: number[];
}

/** A child job: OCR one page of a source. */
export interface PageJob {
  source: Source;
  id: string;
  page: number;
}

/** What a page job returns to its parent. */
export interface PageResult {
  page: number;
  text: string;
  confidence: number;
}

/** What a file job returns: the outcome, as file-based ingest reports it. */
export interface FileResult {
  path: string;
  status: 'done' | 'skipped';
  id?: string;
  reason?: string;
  pages?: number;
  lowConfidencePages?: number[];
}

// BullMQ job ids may not contain ":" (its key separator).
export const fileJobId = (id: string): string => `file-${id}`;
export const pageJobId = (id: string, page: number): string => `page-${id}-${page}`;

/**
 * Retries with exponential backoff (2, 4, 8 s): a page or a file fails for good only after three
 * tries, on any workers. Finished jobs are kept (a week, at most 100 000) for `queue status` and so
 * that enqueuing the same content again is known to be done.
 */
export const JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const;

/** The flow of one source: its file job, and a child job per page that needs OCR (a failed page fails its file). */
export function flowOf(data: FileJob): FlowJob {
  return {
    name: 'file',
    queueName: FILES,
    data,
    opts: { ...JOB_OPTIONS, jobId: fileJobId(data.id) },
    children: data.pages.map((page) => ({ name: 'page', queueName: PAGES, data: { source: data.source, id: data.id, page } satisfies PageJob, opts: { ...JOB_OPTIONS, jobId: pageJobId(data.id, page), failParentOnFailure: true } })),
  };
}
