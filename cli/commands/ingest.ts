import fs from 'node:fs';
import { Command } from 'commander';
import { loadConfig } from '../../index/config.ts';
import { connect } from '../../index/connect.ts';
import { openDocumentIndex } from '../../index/documents.ts';
import { ExitCode } from '../../index/errors.ts';
import type { FileOutcome } from '../../ingest/ingest.ts';
import { Manifest } from '../../ingest/manifest.ts';
import { Progress } from '../../ingest/progress.ts';
import { loadWordModel, saveWordModel } from '../../ingest/word-model-store.ts';
import { serverPaths, startServer } from '../../index/server.ts';
import { openChunkIndex } from '../../index/vectors.ts';
import { positiveInt } from '../options.ts';
import { loadEmbedder } from '../semantic.ts';

interface IngestFlags {
  batchSize: number;
  concurrency?: number;
  ocrEngine: string;
  report?: string;
  dryRun?: boolean;
  repair: boolean;
  retryFailed?: boolean;
}

function describe(outcome: FileOutcome): string {
  const extra = outcome.lowConfidencePages?.length ? ` (low OCR confidence on page ${outcome.lowConfidencePages.join(', ')})` : '';
  return outcome.reason ? `${outcome.status.padEnd(9)} ${outcome.path}: ${outcome.reason}` : `${outcome.status.padEnd(9)} ${outcome.path}${extra}`;
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description(
      'Read files and folders of documents (.txt, PDF with or without a text layer, PNG/JPEG/TIFF scans) into the index. ' +
        'Re-running skips unchanged files and re-does changed ones; a file is one document however often it is ingested.',
    )
    .argument('<paths...>', 'files or folders')
    .option('--concurrency <n>', 'files read at once (default: number of cores)', positiveInt)
    .option('--ocr-engine <name>', 'tesseract.js (built in) or native (the tesseract command with Swedish data)', 'tesseract.js')
    .option('--batch-size <n>', 'documents per indexing batch', positiveInt, 100)
    .option('--retry-failed', 'process only the files that failed in earlier runs')
    .option('--report <file>', 'write the run report (every failure with its reason) as JSON')
    .option('--no-repair', 'index the text as read, without OCR repair')
    .option('--dry-run', 'read and process, but write nothing to the index or the manifest')
    .action(async (paths: string[], flags: IngestFlags) => {
      // The readers (pdfjs, canvas, OCR) load only for the commands that read files.
      const [{ ingestPaths }, { ocrEngineFactory }] = await Promise.all([import('../../ingest/ingest.ts'), import('../../ingest/ocr/choose.ts')]);
      const config = loadConfig();
      const ocr = ocrEngineFactory(flags.ocrEngine);
      const embedder = await loadEmbedder(config);
      const client = flags.dryRun ? null : (await connect(config)).client;
      const index = client ? await openDocumentIndex(client, config.indexName, embedder?.dimensions) : null;
      const chunkIndex = client && embedder ? await openChunkIndex(client, config.indexName, embedder.dimensions) : null;
      const model = loadWordModel(config.home);
      const progress = new Progress();
      const tty = Boolean(process.stderr.isTTY);
      // A live bar on a terminal; plain lines every ten seconds in a log.
      const ticker = setInterval(() => process.stderr.write(tty ? `\r\x1b[K${progress.line(24)}` : `${progress.line()}\n`), tty ? 250 : 10_000);
      ticker.unref();
      let report;
      try {
        report = await ingestPaths(paths, {
          index,
          model,
          embedder,
          chunkIndex,
          ocr,
          manifest: index ? Manifest.load(config.home, config.indexName) : null,
          retryFailed: flags.retryFailed,
          concurrency: flags.concurrency,
          batchSize: flags.batchSize,
          pipeline: { repair: flags.repair, personnummer: config.personnummer },
          onStart: (files) => (progress.total = files),
          // The embedded server is restarted (on its old port) if it died; an external one is waited for.
          recover: config.meiliUrl ? undefined : async () => void (await startServer(serverPaths(config.home))),
          onRetry: (attempt, error) => process.stderr.write(`${tty ? '\r\x1b[K' : ''}diarium: Meilisearch: ${(error as Error).message}; retrying (${attempt})\n`),
          onOutcome: (outcome) => {
            progress.add(outcome);
            const quiet = tty && (outcome.status === 'done' || outcome.status === 'unchanged');
            if (!quiet) (outcome.status === 'failed' ? process.stderr : process.stdout).write(`${tty ? '\r\x1b[K' : ''}${describe(outcome)}\n`);
          },
        });
      } finally {
        clearInterval(ticker);
        if (tty) process.stderr.write(`\r\x1b[K${progress.line(24)}\n`);
      }
      if (!flags.dryRun) saveWordModel(config.home, model);
      if (flags.report) fs.writeFileSync(flags.report, JSON.stringify(report, null, 2));
      console.log(
        `\n${report.done} done, ${report.unchanged} unchanged, ${report.failed} failed, ${report.skipped} skipped; ${report.pages} pages` +
          (flags.dryRun ? ' (dry run: nothing indexed)' : ''),
      );
      if (report.lowConfidence.length) console.log(`${report.lowConfidence.length} documents have OCR pages with low confidence (see --report).`);
      if (report.failed > 0) {
        console.log('Failed files are listed above with their reason; `diarium ingest --retry-failed PATH...` retries only them.');
        process.exitCode = ExitCode.Failure;
      }
    });
}
