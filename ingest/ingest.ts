/**
 * Bulk ingest: files -> sources (a file, or the page images of one scan) -> handlers (text, PDF,
 * images with OCR) -> pipeline -> index, with a bounded number of sources in flight, resume from
 * the manifest, OCR pages kept as they are read, and a report of every file that failed.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MeilisearchApiError, type Index } from 'meilisearch';
import PQueue from 'p-queue';
import { upsertDocuments } from '../index/documents.ts';
import { inList } from '../index/filter.ts';
import { withRetry } from '../index/retry.ts';
import { upsertChunks, type StoredChunk } from '../index/vectors.ts';
import { chunkDocument } from '../pipeline/chunk.ts';
import { meanVector, type Embedder } from '../pipeline/embed/embedder.ts';
import type { Document } from '../pipeline/document.ts';
import { contentId } from '../pipeline/hash.ts';
import { withModelEntities } from '../pipeline/extract/model-entities.ts';
import { swedishLexicon } from '../pipeline/lexicon/lexicon.ts';
import { runPipeline, type PipelineOptions } from '../pipeline/pipeline.ts';
import type { WordModel } from '../pipeline/repair/model.ts';
import { Repairer } from '../pipeline/repair/repair.ts';
import { loadBackground, type Background } from './background-text.ts';
import { loadLemmatizer } from './lemmatizer.ts';
import { groupSources, type Source } from './group.ts';
import { readImages } from './handlers/image.ts';
import { formatOf, handlerFor } from './handlers/index.ts';
import type { Extracted as ReadText, ReadContext } from './handlers/types.ts';
import type { EntityModel } from './entity-model.ts';
import type { Manifest } from './manifest.ts';
import type { OcrEngine } from './ocr/engine.ts';
import type { PageCache } from './ocr/page-cache.ts';
import { OcrNotRun } from './ocr/pages.ts';
import { TesseractJsEngine } from './ocr/tesseract-js.ts';
import { VersionFinder } from './versions.ts';
import type { CorrectionStore } from './corrections-store.ts';
import { applyCorrections } from '../pipeline/corrections.ts';
import { walkFiles, type WalkedFile } from './walk.ts';

/**
 * What became of one source (a file, or the page images of one document). "unchanged": done in an
 * earlier run and not changed since; "interrupted": stopped by the run's signal before it was
 * done (its OCR'd pages are kept for the next run).
 */
export interface FileOutcome {
  path: string;
  status: 'done' | 'failed' | 'skipped' | 'unchanged' | 'interrupted';
  /** The page images of a document scanned one image per page, in order. */
  files?: string[];
  id?: string;
  handler?: string;
  pages?: number;
  /** Pages read by OCR with a confidence below the threshold. */
  lowConfidencePages?: number[];
  /** In a dry run: the pages that would be read by OCR (none is). */
  ocrPages?: number;
  reason?: string;
}

/** The machine-readable summary of a run (`--report FILE` writes it as JSON). */
export interface IngestReport {
  startedAt: string;
  finishedAt: string;
  /** Files found. */
  files: number;
  /** Documents they make (page images of one scan are one document). */
  documents: number;
  done: number;
  unchanged: number;
  failed: number;
  skipped: number;
  /** Documents stopped by the signal while being read; a re-run goes on with them. */
  interrupted: number;
  /** Documents not started because the run was stopped. */
  notStarted: number;
  pages: number;
  /** Every file that failed or was skipped, with the reason. */
  problems: FileOutcome[];
  /** Documents with OCR pages a person should check. */
  lowConfidence: { path: string; pages: number[] }[];
  /** Corrections a person made that a changed source file no longer allows, with why. */
  staleCorrections: { path: string; correction: string; reason: string }[];
}

export interface IngestOptions {
  /**
   * Where documents go. Null for a dry run: files are found, grouped, read and processed, pages
   * that need OCR are counted but not read, nothing is written anywhere.
   */
  index: Index<Document> | null;
  pipeline?: PipelineOptions;
  /** Documents per Meilisearch batch. */
  batchSize?: number;
  /**
   * A batch is sent when it is full or this long after its first document arrived (default 3 s),
   * so a slow OCR run shows results and records progress as it goes.
   */
  flushAfterMs?: number;
  /** Sources read at once (default: the number of cores). */
  concurrency?: number;
  /** The OCR engine, created on first need (default: tesseract.js, one worker per core). */
  ocr?: () => OcrEngine;
  /** Resume state; without it every file is processed. */
  manifest?: Manifest | null;
  /** Keeps OCR'd pages until their document is indexed, so an interrupted run resumes mid-document. */
  pageCache?: PageCache | null;
  /** Process only the files that failed in an earlier run. */
  retryFailed?: boolean;
  /**
   * Read every file again, unchanged ones too: after an upgrade changed what the pipeline reads
   * (new fields, better extraction). OCR'd pages still come from the page cache where kept.
   */
  reprocess?: boolean;
  /**
   * Writes a batch instead of `upsertDocuments(index, …)`: over several Meilisearch instances
   * (DIARIUM_REMOTES), each document to its own (index/remotes.ts). `index` still answers version look-ups.
   */
  upsert?: (documents: Document[]) => Promise<void>;
  /** A named-entity model (DIARIUM_NER_MODEL) whose people, organisations and places are added to the rules'. */
  entityModel?: EntityModel | null;
  /**
   * Corrections a person made (serve --edit), applied to each document after the pipeline; a
   * correction the changed source no longer allows is reported (`staleCorrections`).
   */
  corrections?: CorrectionStore | null;
  /**
   * Stops the run: no new document starts, OCR pages in flight finish (and are kept), what is read
   * is indexed and recorded, then `ingestPaths` returns with `interrupted`/`notStarted` counted.
   */
  signal?: AbortSignal;
  /**
   * The corpus word model. Repair reads a snapshot of it taken as the run starts, so a file's
   * repaired text does not depend on which files came before it, on concurrency or on resuming;
   * documents whose text repair judged intact teach the model itself, for the next run. The caller
   * saves it, and only after a run that was not stopped (see the CLI), so a stopped run resumes with
   * the same snapshot.
   */
  model?: WordModel;
  /**
   * General Swedish prose for repair's word-pair context (background-text.ts); by default the
   * installed sources, `null` for none.
   */
  background?: Background | null;
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
  /** Told of the files found so far while the paths are walked, before any is read. */
  onFound?: (files: number) => void;
  /** Called once the sources are counted, before any is read. */
  onStart?: (documents: number, files: number) => void;
  /** Told after each OCR'd page of a source: pages read so far of the pages it OCRs. */
  onPage?: (source: string, done: number, of: number) => void;
  onOutcome?: (outcome: FileOutcome) => void;
}

const DEFAULT_BATCH = 100;
const DEFAULT_FLUSH_MS = 3000;

/**
 * Ingests every file under `paths`. A file that cannot be read or converted is recorded with its
 * reason and the run goes on; a batch the server rejects fails its files, not the run. A file is
 * marked done in the manifest as soon as the index has confirmed its document.
 */
export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestReport> {
  const startedAt = new Date().toISOString();
  const report: IngestReport = {
    startedAt, finishedAt: startedAt, files: 0, documents: 0, done: 0, unchanged: 0, failed: 0, skipped: 0, interrupted: 0, notStarted: 0, pages: 0, problems: [], lowConfidence: [], staleCorrections: [],
  };
  // A dry run reads the manifest (to say what is unchanged) and records nothing in it.
  const manifest = options.manifest ?? null;
  const writes = Boolean(options.index);
  const pageCache = options.index ? (options.pageCache ?? null) : null;
  const signal = options.signal;

  const record = (outcome: FileOutcome): void => {
    report[outcome.status] += 1;
    report.pages += outcome.status === 'done' ? (outcome.pages ?? 1) : 0;
    if (outcome.status === 'failed' || outcome.status === 'skipped') report.problems.push(outcome);
    if (outcome.lowConfidencePages?.length) report.lowConfidence.push({ path: outcome.path, pages: outcome.lowConfidencePages });
    options.onOutcome?.(outcome);
  };

  let found: WalkedFile[] = [];
  for await (const file of walkFiles(paths, (problem) => record({ path: problem.path, status: 'failed', reason: problem.reason }))) {
    found.push(file);
    options.onFound?.(found.length);
  }
  report.files = found.length;
  let sources = groupSources(found);
  if (options.retryFailed && manifest) {
    const failed = new Set(manifest.failed());
    sources = sources.filter((s) => s.files.some((f) => failed.has(path.resolve(f))));
  }
  report.documents = sources.length;
  // The manifest says what the index confirmed; an index dropped, rebuilt or switched since has lost
  // it. Files whose document is no longer there are read again rather than skipped as unchanged.
  // (Over several instances a document may be on any of them: the manifest is trusted.)
  if (manifest && options.index && !options.upsert) await forgetMissing(manifest, options.index, sources);
  options.onStart?.(sources.length, found.length);

  let engine: OcrEngine | null = null;
  const ocr = (): OcrEngine => (engine ??= options.ocr?.() ?? new TesseractJsEngine());
  const pipeline = pipelineOptions(options);
  const reader: Reader = {
    pipeline,
    corrections: options.corrections ?? null,
    onStale: (path, correction, reason) => report.staleCorrections.push({ path, correction, reason }),
    versions: new VersionFinder(options.index),
    manifest: options.reprocess ? null : manifest,
    embedder: options.embedder ?? null,
    entityModel: options.entityModel ?? null,
    context: (id, source) => ({
      ocr,
      work: {
        signal,
        countOnly: !options.index,
        store: pageCache?.store(id, () => ocr().name) ?? null,
        onPage: options.onPage ? (done, of) => options.onPage!(source.path, done, of) : undefined,
      },
    }),
  };

  let batch: Extracted[] = [];
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const pending = batch;
    batch = [];
    // Flushes run one after another, in the order batches filled.
    flushing = flushing.then(async () => {
      if (pending.length === 0) return;
      try {
        // Adding a batch again is harmless (ids are content hashes), so transient faults are retried.
        const retry = { recover: options.recover, onRetry: options.onRetry };
        // Stamped as sent: what saved searches' alerts count as new after their last check.
        const indexedAt = Date.now();
        const docs = pending.map((p) => ({ ...p.doc, indexedAt }));
        if (options.index) await withRetry(() => (options.upsert ? options.upsert(docs) : upsertDocuments(options.index!, docs)), retry);
        if (options.index && options.chunkIndex) {
          const chunks = pending.flatMap((p) => p.chunks);
          await withRetry(() => upsertChunks(options.chunkIndex!, chunks, pending.map((p) => p.doc.source), pending.map((p) => p.doc.id)), retry);
        }
      } catch (error) {
        for (const p of pending) finish({ ...p.outcome, status: 'failed', reason: `indexing failed: ${(error as Error).message}` }, p.stats);
        return;
      }
      for (const p of pending) {
        finish(p.outcome, p.stats);
        pageCache?.drop(p.doc.id);
      }
      // Now in the index, where the version look-up finds them (over several instances a version
      // may be on any of them, and only this run's memory knows it).
      if (options.index && !options.upsert) reader.versions.indexed(pending.map((p) => p.doc.id));
    });
    return flushing;
  };
  const finish = (outcome: FileOutcome, stats: FileStat[]): void => {
    if (manifest && writes && outcome.status !== 'unchanged' && outcome.status !== 'interrupted') {
      for (const stat of stats) {
        manifest.record({ path: stat.path, size: stat.size, mtimeMs: stat.mtimeMs, id: outcome.id ?? null, status: outcome.status, reason: outcome.reason });
      }
      if (stats.length === 0) manifest.record({ path: outcome.path, size: 0, mtimeMs: 0, id: outcome.id ?? null, status: outcome.status, reason: outcome.reason });
    }
    record(outcome);
  };

  const concurrency = options.concurrency ?? Math.max(2, os.availableParallelism());
  const queue = new PQueue({ concurrency });
  const stop = (): void => queue.clear();
  signal?.addEventListener('abort', stop, { once: true });
  let started = 0;
  try {
    for (const source of sources) {
      await queue.onSizeLessThan(concurrency * 2);
      if (signal?.aborted) break;
      void queue.add(async () => {
        started++;
        const result = await readSource(source, reader);
        if ('doc' in result) {
          // Only text repair itself judged intact teaches the model: a worn copy's damage is no spelling.
          if (result.doc.textCondition === 'intact') options.model?.learn(result.doc.text, result.doc.id);
          batch.push(result);
          if (batch.length >= (options.batchSize ?? DEFAULT_BATCH)) await flush();
          else if (!timer) timer = setTimeout(() => void flush(), options.flushAfterMs ?? DEFAULT_FLUSH_MS);
        } else {
          finish(result.outcome, result.stats);
        }
      });
    }
    await queue.onIdle();
    await flush();
  } finally {
    signal?.removeEventListener('abort', stop);
    if (timer) clearTimeout(timer);
    await (engine as OcrEngine | null)?.close();
    if (writes) manifest?.compact();
  }
  report.notStarted = sources.length - started;
  report.finishedAt = new Date().toISOString();
  return report;
}

/**
 * The pipeline's options for a run: base forms from hunspell-sv, and repair by a snapshot of the
 * corpus word model taken now (with the background text), so a file's repaired text does not
 * depend on what the run reads before it. The queue's workers build theirs the same way.
 */
export function pipelineOptions(options: Pick<IngestOptions, 'pipeline' | 'model' | 'background'>): PipelineOptions {
  const pipeline: PipelineOptions = { ...options.pipeline };
  pipeline.lemmatizer ??= loadLemmatizer();
  const snapshot = options.model && pipeline.repair !== false ? options.model.clone() : null;
  if (snapshot) {
    const background = options.background === undefined ? loadBackground() : options.background;
    pipeline.repairer ??= new Repairer({ model: snapshot, background: background?.model });
    // The corpus snapshot and the background's bytes: the same pair repairs the same bytes alike.
    pipeline.repairModel ??= background ? `${snapshot.version()}+${background.version}` : snapshot.version();
  }
  return pipeline;
}

/** How many ids one look-up asks the index about. */
const CHECK_BATCH = 1000;

/**
 * Forgets (for this run) every file the manifest records as done whose document the index no
 * longer holds: one request per thousand documents, and an index that cannot answer changes nothing.
 */
async function forgetMissing(manifest: Manifest, index: Index<Document>, sources: Source[]): Promise<void> {
  const done = new Map<string, string[]>();
  for (const file of sources.flatMap((s) => s.files)) {
    const entry = manifest.get(file);
    if (entry?.status === 'done' && entry.id) done.set(entry.id, [...(done.get(entry.id) ?? []), file]);
  }
  const ids = [...done.keys()];
  for (let i = 0; i < ids.length; i += CHECK_BATCH) {
    const batch = ids.slice(i, i + CHECK_BATCH);
    let present: Set<string>;
    try {
      const { results } = await index.getDocuments({ filter: inList('id', batch), fields: ['id'], limit: batch.length });
      present = new Set(results.map((d) => d.id));
    } catch (error) {
      // No index yet (a new name) holds none of them; any other failure is ingest's to meet.
      if (!(error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')) return;
      present = new Set();
    }
    for (const id of batch) if (!present.has(id)) for (const file of done.get(id)!) manifest.forget(file);
  }
}

/** Size and time of one file when it was read, for the manifest. */
interface FileStat {
  path: string;
  size: number;
  mtimeMs: number;
}

/** A source read into a document (and its passages, when embedding), waiting for its batch. */
interface Extracted {
  doc: Document;
  chunks: StoredChunk[];
  outcome: FileOutcome;
  stats: FileStat[];
}
type ReadResult = Extracted | { outcome: FileOutcome; stats: FileStat[] };

/** What reading a source needs from the run. */
/** What reading one source needs: the pipeline, the edges it calls, and the OCR context per source. */
export interface Reader {
  pipeline: PipelineOptions;
  corrections: CorrectionStore | null;
  onStale: (path: string, correction: string, reason: string) => void;
  versions: VersionFinder;
  manifest: Manifest | null;
  embedder: Embedder | null;
  entityModel: EntityModel | null;
  context: (id: string, source: Source) => ReadContext;
}

/** Splits the document into passages and embeds them; the document's vector is their mean. */
async function embed(doc: Document, embedder: Embedder): Promise<StoredChunk[]> {
  const chunks = chunkDocument(doc);
  if (chunks.length === 0) return [];
  const vectors = await embedder.passages(chunks.map((c) => (c.heading ? `${c.heading}: ${c.text}` : c.text)));
  doc._vectors = { default: meanVector(vectors) };
  return chunks.map((c, i) => ({ ...c, _vectors: { default: Array.from(vectors[i]!) } }));
}

/** A source whose bytes are read and whose format is known, ready to be read into text. */
export interface OpenedSource {
  id: string;
  stats: FileStat[];
  handler: string;
  /** Reads its text (OCR through the context's engine and page store). */
  read: (context: ReadContext) => Promise<ReadText>;
  group: { files?: string[] };
}

/**
 * The first half of reading a source: its files' sizes, its bytes (unless the manifest says they
 * are done and unchanged), its content id and the handler for its format. The queue's enqueuer
 * stops here (to count the pages that need OCR); `readSource` goes on.
 */
export async function openSource(source: Source, manifest: Manifest | null): Promise<OpenedSource | { outcome: FileOutcome; stats: FileStat[] }> {
  const group = source.files.length > 1 ? { files: source.files } : {};
  const stats: FileStat[] = [];
  const contents: Uint8Array[] = [];
  try {
    for (const file of source.files) {
      const s = await fs.stat(file);
      stats.push({ path: file, size: s.size, mtimeMs: s.mtimeMs });
    }
    // Every file as it was when done: unchanged, without reading it.
    const known = source.files.map((f) => manifest?.get(f));
    const sameId = known.every((k) => k?.id && k.id === known[0]?.id);
    if (sameId && known.every((k, i) => k?.status === 'done' && k.size === stats[i]!.size && k.mtimeMs === stats[i]!.mtimeMs)) {
      return { outcome: { path: source.path, ...group, status: 'unchanged', id: known[0]!.id ?? undefined }, stats };
    }
    for (const file of source.files) contents.push(await fs.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'the file disappeared before it could be read' : `cannot read: ${code ?? (error as Error).message}`;
    return { outcome: { path: source.path, ...group, status: 'failed', reason }, stats };
  }
  // One file: the hash of its bytes; page images: the hash of theirs in order.
  const id = contents.length === 1 ? contentId(contents[0]!) : contentId(Buffer.from(contents.map((c) => contentId(c)).join('\n')));
  const known = source.files.map((f) => manifest?.get(f));
  if (known.every((k) => k?.status === 'done' && k.id === id)) return { outcome: { path: source.path, ...group, status: 'unchanged', id }, stats };
  if (contents.length === 1) {
    const handler = handlerFor(contents[0]!, source.path);
    if ('status' in handler) return { outcome: { path: source.path, id, ...handler }, stats };
    return { id, stats, group, handler: handler.name, read: (context) => handler.read(contents[0]!, source.path, context) };
  }
  return { id, stats, group, handler: 'image', read: (context) => readImages(contents.map((bytes, i) => ({ bytes, path: source.files[i]! })), context) };
}

/**
 * Reads one source into a document: the bytes (unless the manifest says they are done and
 * unchanged), the handler for their format, OCR through the reader's context, the pipeline, a
 * named-entity model, a person's corrections, versions, passages. Never throws: a failure is an
 * outcome with its reason. File-based ingest and the queue's workers both read through it.
 */
export async function readSource(source: Source, reader: Reader): Promise<ReadResult> {
  const opened = await openSource(source, reader.manifest);
  if ('outcome' in opened) return opened;
  const { id, stats, read, group } = opened;
  const handlerName = opened.handler;
  const context = reader.context(id, source);
  try {
    const extracted = await read(context);
    const piped = runPipeline(
      {
        id,
        source: path.resolve(source.path),
        sourceName: source.name,
        sourceFiles: source.files.length > 1 ? source.files.map((f) => path.resolve(f)) : null,
        format: formatOf(handlerName, extracted),
        ...extracted,
      },
      reader.pipeline,
    );
    const made = reader.entityModel ? withModelEntities(piped, await reader.entityModel.entities(piped.text), swedishLexicon()) : piped;
    // A person's corrections, after the pipeline: they outlive re-ingest.
    const mine = reader.corrections?.forDocument(made.id, made.source) ?? [];
    const corrected = mine.length ? applyCorrections(made, mine) : { doc: made, stale: [] };
    for (const s of corrected.stale) reader.onStale(source.path, `${s.correction.kind === 'field' ? s.correction.field : 'text'}: "${s.correction.old}" → "${s.correction.new}"`, s.reason);
    const doc = corrected.doc;
    await reader.versions.assign(doc);
    const chunks = reader.embedder ? await embed(doc, reader.embedder) : [];
    const outcome: FileOutcome = { path: source.path, ...group, status: 'done', id, handler: handlerName, pages: extracted.pages ?? 1, lowConfidencePages: extracted.ocr?.lowConfidencePages };
    return { doc, chunks, outcome, stats };
  } catch (error) {
    if (error instanceof OcrNotRun) return { outcome: { path: source.path, ...group, status: 'done', id, handler: handlerName, ocrPages: error.pages }, stats };
    // After a stop request any failure counts as an interruption: Ctrl-C on a terminal also kills
    // the native OCR's child processes, which is no fault of the file.
    if (context.work?.signal?.aborted) {
      return { outcome: { path: source.path, ...group, status: 'interrupted', id, handler: handlerName, reason: (error as Error).message }, stats };
    }
    return { outcome: { path: source.path, ...group, status: 'failed', id, handler: handlerName, reason: (error as Error).message }, stats };
  }
}
