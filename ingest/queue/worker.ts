import os from 'node:os';
import { UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Index } from 'meilisearch';
import { upsertDocuments } from '../../index/documents.ts';
import { upsertChunks, type StoredChunk } from '../../index/vectors.ts';
import type { Document } from '../../pipeline/document.ts';
import type { Embedder } from '../../pipeline/embed/embedder.ts';
import type { PipelineOptions } from '../../pipeline/pipeline.ts';
import type { CorrectionStore } from '../corrections-store.ts';
import type { EntityModel } from '../entity-model.ts';
import { openSource, readSource, type Reader } from '../ingest.ts';
import type { OcrEngine, OcrPage } from '../ocr/engine.ts';
import type { PageStore } from '../ocr/pages.ts';
import { VersionFinder } from '../versions.ts';
import { FILES, PAGES, type FileJob, type FileResult, type PageJob, type PageResult } from './jobs.ts';

export interface QueueWorkerOptions {
  connection: ConnectionOptions;
  /** The index a job names (opened once per name). */
  index: (name: string) => Promise<Index<Document>>;
  /** Writes documents instead of `upsertDocuments` into `index(name)`: over several instances, each to its own. */
  upsert?: (name: string, documents: Document[]) => Promise<void>;
  /** Its passages' index, when embedding. */
  chunkIndex?: (name: string) => Promise<Index<StoredChunk> | null>;
  /** The OCR engine, created on first need; its pages run out of this process (native) or in worker threads. */
  ocr: () => OcrEngine;
  pipeline: PipelineOptions;
  embedder?: Embedder | null;
  entityModel?: EntityModel | null;
  corrections?: CorrectionStore | null;
  /**
   * Page jobs in hand at once (default: twice the cores). The OCR engine runs as many pages as
   * there are cores; the others are being read and turned level meanwhile, so no core waits.
   */
  pageConcurrency?: number;
  /**
   * Documents read at once (default 16): most of a file job is waiting for its write, and writes
   * go in batches (below), so many in hand keep both the cores and Meilisearch busy.
   */
  fileConcurrency?: number;
  /** Documents written to Meilisearch per second at most, by this worker (default 50). */
  writesPerSecond?: number;
  /**
   * How long a job's lock lasts without renewal (renewed every half of it while the event loop
   * runs), and how often stalled jobs are looked for: a worker killed mid-job has its jobs taken
   * up by another after at most about the sum (default 30 s each).
   */
  lockMs?: number;
  stalledMs?: number;
  /** One line per job finished or failed, for the log. */
  onLog?: (line: string) => void;
}

/** A page every page job reads but its own: the handler skips it (see `readPage`). */
const NOT_MINE: OcrPage = { text: '', confidence: 100 };

/**
 * A worker of a distributed run, on any machine: OCRs pages (PAGES) and reads sources into
 * documents (FILES) through the same `openSource`/`readSource` as file-based ingest, then writes
 * each document by its content id, so a job run twice (a worker killed after writing, before
 * acknowledging) writes the same document once. Close it to finish the jobs in hand and stop.
 */
export function startQueueWorker(options: QueueWorkerOptions): { close: () => Promise<void>; name: string } {
  const name = `${os.hostname()}:${process.pid}`;
  const common = {
    connection: options.connection,
    name,
    lockDuration: options.lockMs ?? 30_000,
    stalledInterval: options.stalledMs ?? 30_000,
    // A job whose worker died twice is failed rather than retried for ever.
    maxStalledCount: 2,
  };
  let engine: OcrEngine | null = null;
  const ocr = (): OcrEngine => (engine ??= options.ocr());
  const log = options.onLog ?? (() => undefined);

  const pages = new Worker<PageJob, PageResult>(PAGES, (job) => readPage(job, ocr), { ...common, concurrency: options.pageConcurrency ?? 2 * os.availableParallelism() });
  const batches = new Map<string, WriteBatch>();
  const write = async (name: string, doc: Document, chunks: StoredChunk[]): Promise<void> => {
    let batch = batches.get(name);
    if (!batch) {
      const index = await options.index(name);
      const chunkIndex = await options.chunkIndex?.(name);
      batch = new WriteBatch(async (docs, allChunks) => {
        // By content id: a second write of the same job replaces the document with itself.
        await (options.upsert ? options.upsert(name, docs) : upsertDocuments(index, docs));
        if (chunkIndex && allChunks.length) await upsertChunks(chunkIndex, allChunks, docs.map((d) => d.source), docs.map((d) => d.id));
      });
      batches.set(name, batch);
    }
    await batch.add(doc, chunks);
  };
  const files = new Worker<FileJob, FileResult>(FILES, (job) => readFile(job, options, ocr, write), {
    ...common,
    concurrency: options.fileConcurrency ?? 16,
    limiter: { max: options.writesPerSecond ?? 50, duration: 1000 },
  });
  for (const worker of [pages, files]) {
    worker.on('completed', (job) => log(`done ${describe(job)}`));
    worker.on('failed', (job, error) => log(`failed ${job ? describe(job) : '?'} (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`));
    // Redis away: BullMQ reconnects by itself; say so once per error rather than crash.
    worker.on('error', (error) => log(`queue: ${error.message}`));
  }
  return {
    name,
    close: async () => {
      await Promise.all([pages.close(), files.close()]);
      await engine?.close();
    },
  };
}

const describe = (job: Job<FileJob | PageJob>): string => ('page' in job.data ? `${job.data.source.name} p${job.data.page}` : job.data.source.name);

/**
 * OCRs one page: the source's handler reads the file as for the whole document, with a page store
 * that already holds every other page, so only this one is rendered and read.
 */
async function readPage(job: Job<PageJob>, ocr: () => OcrEngine): Promise<PageResult> {
  const { source, id, page } = job.data;
  const opened = await openSource(source, null);
  if ('outcome' in opened) throw new Error(opened.outcome.reason ?? `cannot read ${source.path}`);
  if (opened.id !== id) throw new UnrecoverableError(`${source.path} changed after it was queued: queue it again`);
  let result: OcrPage | null = null;
  const store: PageStore = {
    get: (p) => (p === page ? null : NOT_MINE),
    set: (p, read) => {
      if (p === page) result = read;
    },
  };
  try {
    await opened.read({ ocr, work: { store } });
  } catch (error) {
    // What the whole document makes of its pages (no text at all, say) is the file job's to say.
    if (!result) throw error;
  }
  const read = result as OcrPage | null;
  if (!read) throw new UnrecoverableError(`page ${page} of ${source.path} is not one that needs OCR`);
  return { page, text: read.text, confidence: read.confidence };
}

/**
 * Documents written together: a batch goes when it holds BATCH documents or WAIT_MS after its
 * first, and each job finishes only once Meilisearch has confirmed its batch (one write per
 * document would wait for a task each, a tenth of a second).
 */
class WriteBatch {
  private static readonly BATCH = 50;
  private static readonly WAIT_MS = 200;
  private pending: { doc: Document; chunks: StoredChunk[]; done: () => void; failed: (error: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly write: (docs: Document[], chunks: StoredChunk[]) => Promise<void>) {}

  add(doc: Document, chunks: StoredChunk[]): Promise<void> {
    return new Promise((done, failed) => {
      this.pending.push({ doc, chunks, done, failed });
      if (this.pending.length >= WriteBatch.BATCH) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), WriteBatch.WAIT_MS);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    // The same document twice in one batch (a job retried while its first run waits): written once.
    const docs = [...new Map(batch.map((p) => [p.doc.id, p.doc])).values()];
    this.write(docs, batch.flatMap((p) => p.chunks)).then(
      () => batch.forEach((p) => p.done()),
      (error: unknown) => batch.forEach((p) => p.failed(error)),
    );
  }
}

/** Reads one source into a document, its scanned pages from its children's results, and writes it. */
async function readFile(job: Job<FileJob>, options: QueueWorkerOptions, ocr: () => OcrEngine, write: (index: string, doc: Document, chunks: StoredChunk[]) => Promise<void>): Promise<FileResult> {
  const { source, id, pages: wanted } = job.data;
  const values = await job.getChildrenValues<PageResult>();
  const pages = new Map(Object.values(values).map((v) => [v.page, { text: v.text, confidence: v.confidence }]));
  const missing = wanted.filter((p) => !pages.has(p));
  if (missing.length) throw new Error(`pages ${missing.join(', ')} of ${source.path} have no OCR result`);
  const index = await options.index(job.data.index);
  const reader: Reader = {
    pipeline: options.pipeline,
    corrections: options.corrections ?? null,
    onStale: (file, correction, reason) => void job.log(`correction no longer applies to ${file}: ${correction} (${reason})`),
    versions: new VersionFinder(index),
    manifest: null,
    embedder: options.embedder ?? null,
    entityModel: options.entityModel ?? null,
    // Every page that needs OCR is read already: a page missing here would be read by this worker.
    context: () => ({ ocr, work: { store: { get: (p) => pages.get(p) ?? null, set: () => undefined } } }),
  };
  const result = await readSource(source, reader);
  if (!('doc' in result)) {
    const { outcome } = result;
    if (outcome.status === 'skipped') return { path: source.path, status: 'skipped', reason: outcome.reason };
    // A file that cannot be read fails the same way on every try: no retries.
    throw new UnrecoverableError(outcome.reason ?? `cannot read ${source.path}`);
  }
  if (result.doc.id !== id) throw new UnrecoverableError(`${source.path} changed after it was queued: queue it again`);
  await write(job.data.index, { ...result.doc, indexedAt: Date.now() }, result.chunks);
  return { path: source.path, status: 'done', id, pages: result.outcome.pages, lowConfidencePages: result.outcome.lowConfidencePages };
}
