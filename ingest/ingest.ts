/**
 * Bulk ingest: files -> handlers (text, PDF, images with OCR) -> pipeline -> index, with a bounded
 * number of files in flight, resume from the manifest, and a report of every file that failed.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Index } from 'meilisearch';
import PQueue from 'p-queue';
import { upsertDocuments } from '../index/documents.ts';
import { withRetry } from '../index/retry.ts';
import { upsertChunks, type StoredChunk } from '../index/vectors.ts';
import { chunkDocument } from '../pipeline/chunk.ts';
import { meanVector, type Embedder } from '../pipeline/embed/embedder.ts';
import type { Document } from '../pipeline/document.ts';
import { contentId } from '../pipeline/hash.ts';
import { runPipeline, type PipelineOptions } from '../pipeline/pipeline.ts';
import type { WordModel } from '../pipeline/repair/model.ts';
import { Repairer } from '../pipeline/repair/repair.ts';
import { handlerFor } from './handlers/index.ts';
import type { ReadContext } from './handlers/types.ts';
import type { Manifest } from './manifest.ts';
import type { OcrEngine } from './ocr/engine.ts';
import { TesseractJsEngine } from './ocr/tesseract-js.ts';
import { walkFiles } from './walk.ts';

/** What became of one file. "unchanged": done in an earlier run and not changed since. */
export interface FileOutcome {
  path: string;
  status: 'done' | 'failed' | 'skipped' | 'unchanged';
  id?: string;
  handler?: string;
  pages?: number;
  /** Pages read by OCR with a confidence below the threshold. */
  lowConfidencePages?: number[];
  reason?: string;
}

/** The machine-readable summary of a run (`--report FILE` writes it as JSON). */
export interface IngestReport {
  startedAt: string;
  finishedAt: string;
  files: number;
  done: number;
  unchanged: number;
  failed: number;
  skipped: number;
  pages: number;
  /** Every file that failed or was skipped, with the reason. */
  problems: FileOutcome[];
  /** Documents with OCR pages a person should check. */
  lowConfidence: { path: string; pages: number[] }[];
}

export interface IngestOptions {
  /** Where documents go; null for a dry run. */
  index: Index<Document> | null;
  pipeline?: PipelineOptions;
  /** Documents per Meilisearch batch. */
  batchSize?: number;
  /** Files read at once (default: the number of cores). */
  concurrency?: number;
  /** The OCR engine, created on first need (default: tesseract.js, one worker per core). */
  ocr?: () => OcrEngine;
  /** Resume state; without it every file is processed. */
  manifest?: Manifest | null;
  /** Process only the files that failed in an earlier run. */
  retryFailed?: boolean;
  /**
   * The corpus word model: documents whose text kept its diacritics teach it their vocabulary
   * before later documents are repaired with it. The caller saves it.
   */
  model?: WordModel;
  /** Embeds passages and documents for semantic search; keyword-only without it. */
  embedder?: Embedder | null;
  /** Where passages go (with `embedder`). */
  chunkIndex?: Index<StoredChunk> | null;
  /**
   * Restores the connection after a transient fault (the CLI restarts the embedded server); batches
   * are retried with backoff either way.
   */
  recover?: () => Promise<void>;
  /** Told of each retry, so a long wait is not silent. */
  onRetry?: (attempt: number, error: unknown) => void;
  /** Called once the files are counted, before any is read. */
  onStart?: (files: number) => void;
  onOutcome?: (outcome: FileOutcome) => void;
}

const DEFAULT_BATCH = 100;

/**
 * Ingests every file under `paths`. A file that cannot be read or converted is recorded with its
 * reason and the run goes on; a batch the server rejects fails its files, not the run. A file is
 * marked done in the manifest only after the index has confirmed its document.
 */
export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestReport> {
  const startedAt = new Date().toISOString();
  const report: IngestReport = { startedAt, finishedAt: startedAt, files: 0, done: 0, unchanged: 0, failed: 0, skipped: 0, pages: 0, problems: [], lowConfidence: [] };
  const manifest = options.index ? (options.manifest ?? null) : null;

  const record = (outcome: FileOutcome): void => {
    report[outcome.status] += 1;
    report.pages += outcome.status === 'done' ? (outcome.pages ?? 1) : 0;
    if (outcome.status === 'failed' || outcome.status === 'skipped') report.problems.push(outcome);
    if (outcome.lowConfidencePages?.length) report.lowConfidence.push({ path: outcome.path, pages: outcome.lowConfidencePages });
    options.onOutcome?.(outcome);
  };

  let files: string[] = [];
  for await (const file of walkFiles(paths, (problem) => record({ path: problem.path, status: 'failed', reason: problem.reason }))) files.push(file);
  if (options.retryFailed && manifest) {
    const failed = new Set(manifest.failed());
    files = files.filter((f) => failed.has(path.resolve(f)));
  }
  report.files = files.length;
  options.onStart?.(files.length);

  let engine: OcrEngine | null = null;
  const context: ReadContext = { ocr: () => (engine ??= options.ocr?.() ?? new TesseractJsEngine()) };
  const pipeline: PipelineOptions = { ...options.pipeline };
  if (options.model && pipeline.repair !== false) pipeline.repairer ??= new Repairer({ model: options.model });

  let batch: Extracted[] = [];
  let flushing: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    const pending = batch;
    batch = [];
    // Flushes run one after another, in the order batches filled.
    flushing = flushing.then(async () => {
      if (pending.length === 0) return;
      try {
        // Adding a batch again is harmless (ids are content hashes), so transient faults are retried.
        const retry = { recover: options.recover, onRetry: options.onRetry };
        if (options.index) await withRetry(() => upsertDocuments(options.index!, pending.map((p) => p.doc)), retry);
        if (options.index && options.chunkIndex) {
          const chunks = pending.flatMap((p) => p.chunks);
          await withRetry(() => upsertChunks(options.chunkIndex!, chunks, pending.map((p) => p.doc.source), pending.map((p) => p.doc.id)), retry);
        }
      } catch (error) {
        for (const p of pending) finish({ ...p.outcome, status: 'failed', reason: `indexing failed: ${(error as Error).message}` }, p);
        return;
      }
      for (const p of pending) finish(p.outcome, p);
    });
    return flushing;
  };
  const finish = (outcome: FileOutcome, stat: { size: number; mtimeMs: number } | null): void => {
    if (manifest && outcome.status !== 'unchanged') {
      manifest.record({ path: outcome.path, size: stat?.size ?? 0, mtimeMs: stat?.mtimeMs ?? 0, id: outcome.id ?? null, status: outcome.status, reason: outcome.reason });
    }
    record(outcome);
  };

  const concurrency = options.concurrency ?? Math.max(2, os.availableParallelism());
  const queue = new PQueue({ concurrency });
  try {
    for (const file of files) {
      await queue.onSizeLessThan(concurrency * 2);
      void queue.add(async () => {
        const result = await readOne(file, pipeline, context, manifest, options.embedder ?? null);
        if ('doc' in result) {
          options.model?.learnTrusted(result.doc.text, result.doc.id, result.doc.originalText ?? result.doc.text);
          batch.push(result);
          if (batch.length >= (options.batchSize ?? DEFAULT_BATCH)) await flush();
        } else {
          finish(result.outcome, result.stat);
        }
      });
    }
    await queue.onIdle();
    await flush();
  } finally {
    await (engine as OcrEngine | null)?.close();
    manifest?.compact();
  }
  report.finishedAt = new Date().toISOString();
  return report;
}

/** A file read into a document (and its passages, when embedding), waiting for its batch. */
interface Extracted {
  doc: Document;
  chunks: StoredChunk[];
  outcome: FileOutcome;
  size: number;
  mtimeMs: number;
}
type ReadResult = Extracted | { outcome: FileOutcome; stat: { size: number; mtimeMs: number } | null };

/** Splits the document into passages and embeds them; the document's vector is their mean. */
async function embed(doc: Document, embedder: Embedder): Promise<StoredChunk[]> {
  const chunks = chunkDocument(doc);
  if (chunks.length === 0) return [];
  const vectors = await embedder.passages(chunks.map((c) => (c.heading ? `${c.heading}: ${c.text}` : c.text)));
  doc._vectors = { default: meanVector(vectors) };
  return chunks.map((c, i) => ({ ...c, _vectors: { default: Array.from(vectors[i]!) } }));
}

async function readOne(filePath: string, pipeline: PipelineOptions, context: ReadContext, manifest: Manifest | null, embedder: Embedder | null): Promise<ReadResult> {
  let bytes: Uint8Array;
  let stat: { size: number; mtimeMs: number };
  try {
    const s = await fs.stat(filePath);
    stat = { size: s.size, mtimeMs: s.mtimeMs };
    const known = manifest?.get(filePath);
    // Same size and time as when it was done: unchanged, without reading it.
    if (known?.status === 'done' && known.size === stat.size && known.mtimeMs === stat.mtimeMs) {
      return { outcome: { path: filePath, status: 'unchanged', id: known.id ?? undefined }, stat };
    }
    bytes = await fs.readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'the file disappeared before it could be read' : `cannot read: ${code ?? (error as Error).message}`;
    return { outcome: { path: filePath, status: 'failed', reason }, stat: null };
  }
  const id = contentId(bytes);
  const known = manifest?.get(filePath);
  if (known?.status === 'done' && known.id === id) return { outcome: { path: filePath, status: 'unchanged', id }, stat };
  const handler = handlerFor(bytes, filePath);
  if ('status' in handler) return { outcome: { path: filePath, id, ...handler }, stat };
  try {
    const { text, pages, ocr } = await handler.read(bytes, filePath, context);
    const doc = runPipeline({ id, source: path.resolve(filePath), text, pages, ocr }, pipeline);
    const chunks = embedder ? await embed(doc, embedder) : [];
    const outcome: FileOutcome = { path: filePath, status: 'done', id, handler: handler.name, pages: pages ?? 1, lowConfidencePages: ocr?.lowConfidencePages };
    return { doc, chunks, outcome, ...stat };
  } catch (error) {
    return { outcome: { path: filePath, status: 'failed', id, handler: handler.name, reason: (error as Error).message }, stat };
  }
}
