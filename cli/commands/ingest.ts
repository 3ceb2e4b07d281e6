import fs from 'node:fs';
import { Command } from 'commander';
import { loadConfig } from '../../index/config.ts';
import { connect } from '../../index/connect.ts';
import { openDocumentIndex } from '../../index/documents.ts';
import { ExitCode } from '../../index/errors.ts';
import type { FileOutcome, IngestReport } from '../../ingest/ingest.ts';
import { Manifest } from '../../ingest/manifest.ts';
import { PageCache } from '../../ingest/ocr/page-cache.ts';
import { CorrectionStore } from '../../ingest/corrections-store.ts';
import { Progress } from '../../ingest/progress.ts';
import { loadWordModel, saveWordModel } from '../../ingest/word-model-store.ts';
import { backgroundNote, loadBackground, missingBackgroundPackages } from '../../ingest/background-text.ts';
import { noteOnce } from '../semantic.ts';
import { serverPaths, startServer } from '../../index/server.ts';
import { openChunkIndex } from '../../index/vectors.ts';
import { positiveInt } from '../options.ts';
import { loadEmbedder } from '../semantic.ts';
import { loadEntityModel } from '../../ingest/entity-model.ts';
import { ingestQueued, queueUrl } from './queue.ts';
import { Federation } from '../../index/remotes.ts';

interface IngestFlags {
  batchSize: number;
  concurrency?: number;
  ocrEngine: string;
  report?: string;
  dryRun?: boolean;
  repair: boolean;
  retryFailed?: boolean;
  reprocess?: boolean;
  queue?: string;
}

function describe(outcome: FileOutcome, dryRun: boolean): string {
  const notes: string[] = [];
  if (outcome.files) notes.push(`${outcome.files.length} page images`);
  if (outcome.ocrPages) notes.push(`${outcome.ocrPages} ${outcome.ocrPages === 1 ? 'page' : 'pages'} to read by OCR`);
  if (outcome.lowConfidencePages?.length) notes.push(`low OCR confidence on page ${outcome.lowConfidencePages.join(', ')}`);
  const status = dryRun && outcome.status === 'done' ? 'would add' : outcome.status;
  const reason = outcome.reason && outcome.status !== 'interrupted' ? `: ${outcome.reason}` : '';
  return `${status.padEnd(11)} ${outcome.path}${notes.length ? ` (${notes.join('; ')})` : ''}${reason}`;
}

/** Seconds between progress lines when standard error is not a terminal (a log): DIARIUM_PROGRESS_SECONDS, default 10. */
const logInterval = (): number => (Number(process.env.DIARIUM_PROGRESS_SECONDS) > 0 ? Number(process.env.DIARIUM_PROGRESS_SECONDS) : 10) * 1000;

/**
 * The first Ctrl-C (or SIGTERM) stops the run gently: pages being read finish, what is read is
 * indexed and recorded, and the command exits 130 (143). A second one exits at once; the manifest
 * and the page cache are written line by line, so even that loses only pages in flight.
 */
function stopOnSignals(onFirst: (signal: NodeJS.Signals) => void): { signal: NodeJS.Signals | null; dispose: () => void } {
  const state: { signal: NodeJS.Signals | null; dispose: () => void } = { signal: null, dispose: () => {} };
  const handler = (signal: NodeJS.Signals): void => {
    if (state.signal) {
      process.stderr.write('\ndiarium: stopped at once.\n');
      process.exit(signal === 'SIGTERM' ? ExitCode.Terminated : ExitCode.Interrupted);
    }
    state.signal = signal;
    onFirst(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  state.dispose = () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
  return state;
}

function summary(report: IngestReport, ocrPages: number, dryRun: boolean): string {
  const grouped = report.files > report.documents ? ` (${report.documents} documents from ${report.files} files)` : '';
  if (dryRun) {
    return `\n${report.done} to add, ${report.unchanged} unchanged, ${report.failed} failed, ${report.skipped} skipped${grouped}; ${ocrPages} pages to read by OCR (dry run: none read, nothing written)`;
  }
  return `\n${report.done} done, ${report.unchanged} unchanged, ${report.failed} failed, ${report.skipped} skipped${grouped}; ${report.pages} pages`;
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description(
      'Read files and folders of documents (.txt, PDF with or without a text layer, PNG/JPEG/TIFF scans) into the index. ' +
        'Page images named NAME.p1.png, NAME.p2.png … (or a folder of 1.png, 2.png …) are one document. ' +
        'Re-running skips unchanged files and goes on where an interrupted run stopped.',
    )
    .argument('<paths...>', 'files or folders')
    .option('--concurrency <n>', 'documents read at once (default: number of cores)', positiveInt)
    .option('--ocr-engine <name>', 'tesseract.js (built in) or native (the tesseract command with Swedish data)', 'tesseract.js')
    .option('--batch-size <n>', 'documents per indexing batch (a batch is also sent 3 seconds after its first document)', positiveInt, 100)
    .option('--retry-failed', 'process only the files that failed in earlier runs')
    .option('--reprocess', 'read unchanged files again too (after an upgrade that extracts more, e.g. new fields)')
    .option('--report <file>', 'write the run report (every failure with its reason) as JSON')
    .option('--no-repair', 'index the text as read, without OCR repair')
    .option('--dry-run', 'list what would be added and how many pages need OCR; reads no page by OCR and writes nothing')
    .option('--queue <url>', 'queue the run for `diarium worker`s on any machines (redis://HOST:PORT; default DIARIUM_QUEUE) and follow it; Ctrl-C detaches')
    .action(async (paths: string[], flags: IngestFlags) => {
      if ((flags.queue ?? process.env.DIARIUM_QUEUE) && !flags.dryRun) return ingestQueued(paths, queueUrl(flags.queue), loadConfig());
      // The readers (pdfjs, canvas, OCR) load only for the commands that read files.
      const [{ ingestPaths }, { ocrEngineFactory }] = await Promise.all([import('../../ingest/ingest.ts'), import('../../ingest/ocr/choose.ts')]);
      const config = loadConfig();
      const dryRun = Boolean(flags.dryRun);
      const ocr = ocrEngineFactory(flags.ocrEngine);
      const embedder = dryRun ? null : await loadEmbedder(config, 'ingest');
      const entityModel = dryRun ? null : await loadEntityModel();
      const client = dryRun ? null : (await connect(config)).client;
      const index = client ? await openDocumentIndex(client, config.indexName, embedder?.dimensions) : null;
      // Several instances (DIARIUM_REMOTES): each gets the index and its settings, and each document goes to one.
      const federation = config.remotes && !dryRun ? new Federation(config.remotes) : null;
      await federation?.join();
      const shards = federation ? await federation.indexes((c) => openDocumentIndex(c, config.indexName, embedder?.dimensions)) : null;
      const chunkIndex = client && embedder ? await openChunkIndex(client, config.indexName, embedder.dimensions) : null;
      const model = loadWordModel(config.home);
      const missingBackground = missingBackgroundPackages();
      if (missingBackground.length > 0) noteOnce(config.home, 'no-background-noted', backgroundNote(missingBackground));
      const progress = new Progress();
      const tty = Boolean(process.stderr.isTTY);
      const clear = tty ? '\r\x1b[K' : '';
      // A live bar on a terminal; plain lines every ten seconds in a log.
      const ticker = setInterval(() => process.stderr.write(tty ? `${clear}${progress.line(24)}` : `${progress.line()}\n`), tty ? 250 : logInterval());
      ticker.unref();
      const controller = new AbortController();
      const stopping = stopOnSignals((signal) => {
        process.stderr.write(`${clear}diarium: ${signal === 'SIGINT' ? 'Ctrl-C' : signal}: finishing the pages being read and saving what is done (press Ctrl-C again to quit at once)\n`);
        controller.abort();
      });
      let report: IngestReport;
      let ocrPages = 0;
      try {
        report = await ingestPaths(paths, {
          index,
          model,
          embedder,
          entityModel,
          chunkIndex,
          upsert: federation && shards ? (docs) => federation.upsert(shards, docs) : undefined,
          ocr,
          manifest: Manifest.load(config.home, config.indexName, { readOnly: dryRun }),
          pageCache: index ? PageCache.under(config.home) : null,
          corrections: CorrectionStore.load(config.home, config.indexName),
          signal: controller.signal,
          retryFailed: flags.retryFailed,
          reprocess: flags.reprocess,
          concurrency: flags.concurrency,
          batchSize: flags.batchSize,
          pipeline: { repair: flags.repair, personnummer: config.personnummer },
          onFound: (files) => progress.finding(files),
          onStart: (documents) => (progress.total = documents),
          onPage: (source, done, of) => progress.page(source, done, of),
          // The embedded server is restarted (on its old port) if it died; an external one is waited for.
          recover: config.meiliUrl ? undefined : async () => void (await startServer(serverPaths(config.home))),
          onRetry: (attempt, error) => process.stderr.write(`${clear}diarium: Meilisearch: ${(error as Error).message}; retrying (${attempt})\n`),
          onOutcome: (outcome) => {
            progress.add(outcome);
            ocrPages += outcome.ocrPages ?? 0;
            const quiet = tty && (outcome.status === 'done' || outcome.status === 'unchanged') && !dryRun;
            if (!quiet) (outcome.status === 'failed' ? process.stderr : process.stdout).write(`${clear}${describe(outcome, dryRun)}\n`);
          },
        });
      } finally {
        clearInterval(ticker);
        stopping.dispose();
        if (tty) process.stderr.write(`${clear}${progress.line(24)}\n`);
      }
      // What a stopped run learned is not kept: its re-run must repair with the same snapshot.
      if (!dryRun && !stopping.signal) saveWordModel(config.home, model);
      if (flags.report) fs.writeFileSync(flags.report, JSON.stringify(report, null, 2));
      console.log(summary(report, ocrPages, dryRun));
      if (report.lowConfidence.length) console.log(`${report.lowConfidence.length} documents have OCR pages with low confidence (see --report).`);
      for (const s of report.staleCorrections) console.log(`correction no longer applies: ${s.path}: ${s.correction} (${s.reason})`);
      if (report.failed > 0) {
        console.log('Failed files are listed above with their reason; `diarium ingest --retry-failed PATH...` retries only them.');
        process.exitCode = ExitCode.Failure;
      }
      if (stopping.signal) {
        const left = report.interrupted + report.notStarted;
        console.log(`Stopped: ${left} ${left === 1 ? 'document was' : 'documents were'} not finished. Run the same command again to go on; finished documents and OCR'd pages are kept.`);
        process.exitCode = stopping.signal === 'SIGTERM' ? ExitCode.Terminated : ExitCode.Interrupted;
      }
    });
}
