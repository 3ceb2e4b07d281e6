import fs from 'node:fs/promises';
import type { Index } from 'meilisearch';
import { upsertDocuments } from '../index/documents.ts';
import type { Document } from '../pipeline/document.ts';
import { contentId } from '../pipeline/hash.ts';
import { runPipeline, type PipelineOptions } from '../pipeline/pipeline.ts';
import { regime } from '../pipeline/repair/confusions.ts';
import type { WordModel } from '../pipeline/repair/model.ts';
import { Repairer } from '../pipeline/repair/repair.ts';
import { pickHandler } from './handlers/index.ts';
import { walkFiles } from './walk.ts';

/** What became of one file. */
export interface FileOutcome {
  path: string;
  status: 'done' | 'failed' | 'skipped';
  id?: string;
  handler?: string;
  reason?: string;
}

/** The machine-readable summary of a run (`--report FILE` writes it as JSON). */
export interface IngestReport {
  startedAt: string;
  finishedAt: string;
  done: number;
  failed: number;
  skipped: number;
  /** Every file that failed or was skipped, with the reason. */
  problems: FileOutcome[];
}

export interface IngestOptions {
  /** Where documents go; omitted for a dry run. */
  index: Index<Document> | null;
  pipeline?: PipelineOptions;
  /** Documents per Meilisearch batch. */
  batchSize?: number;
  onOutcome?: (outcome: FileOutcome) => void;
  /**
   * The corpus word model: documents whose text kept its diacritics teach it their vocabulary
   * before later documents are repaired with it. The caller saves it.
   */
  model?: WordModel;
}

const DEFAULT_BATCH = 100;

/**
 * Reads every file under `paths`, runs the pipeline and writes the documents to the index in
 * batches. A file that cannot be read or converted is recorded with its reason and the run goes
 * on; a batch the server rejects fails its files (with the server's reason), not the run.
 */
export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestReport> {
  const startedAt = new Date().toISOString();
  const report: IngestReport = { startedAt, finishedAt: startedAt, done: 0, failed: 0, skipped: 0, problems: [] };
  const record = (outcome: FileOutcome): void => {
    report[outcome.status] += 1;
    if (outcome.status !== 'done') report.problems.push(outcome);
    options.onOutcome?.(outcome);
  };
  let batch: { doc: Document; outcome: FileOutcome }[] = [];
  const flush = async (): Promise<void> => {
    const pending = batch;
    batch = [];
    try {
      if (options.index) await upsertDocuments(options.index, pending.map((p) => p.doc));
      for (const p of pending) record(p.outcome);
    } catch (error) {
      for (const p of pending) record({ ...p.outcome, status: 'failed', reason: `indexing failed: ${(error as Error).message}` });
    }
  };

  const pipeline: PipelineOptions = { ...options.pipeline };
  if (options.model && pipeline.repair !== false) pipeline.repairer ??= new Repairer({ model: options.model });
  for await (const filePath of walkFiles(paths, (problem) => record({ path: problem.path, status: 'failed', reason: problem.reason }))) {
    const outcome = await readOne(filePath, pipeline);
    if ('doc' in outcome && options.model && regime(outcome.doc.originalText ?? outcome.doc.text) === 'intact') {
      options.model.learn(outcome.doc.text, outcome.doc.id);
    }
    if ('doc' in outcome) {
      batch.push(outcome);
      if (batch.length >= (options.batchSize ?? DEFAULT_BATCH)) await flush();
    } else {
      record(outcome);
    }
  }
  await flush();
  report.finishedAt = new Date().toISOString();
  return report;
}

async function readOne(filePath: string, pipeline: PipelineOptions): Promise<FileOutcome | { doc: Document; outcome: FileOutcome }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return { path: filePath, status: 'failed', reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  if (bytes.length === 0) return { path: filePath, status: 'failed', reason: 'empty file (0 bytes)' };
  const handler = pickHandler(bytes.subarray(0, 4096), filePath);
  if (!handler) return { path: filePath, status: 'skipped', reason: 'unsupported file type' };
  const id = contentId(bytes);
  try {
    const { text, pages } = await handler.read(bytes, filePath);
    const doc = runPipeline({ id, source: filePath, text, pages }, pipeline);
    return { doc, outcome: { path: filePath, status: 'done', id, handler: handler.name } };
  } catch (error) {
    return { path: filePath, status: 'failed', id, handler: handler.name, reason: (error as Error).message };
  }
}
