import fs from 'node:fs';
import { Command } from 'commander';
import { loadConfig } from '../../index/config.ts';
import { connect } from '../../index/connect.ts';
import { openDocumentIndex } from '../../index/documents.ts';
import { ExitCode } from '../../index/errors.ts';
import { ingestPaths, type FileOutcome } from '../../ingest/ingest.ts';
import { loadWordModel, saveWordModel } from '../../ingest/word-model-store.ts';
import { positiveInt } from '../options.ts';

interface IngestFlags {
  batchSize: number;
  report?: string;
  dryRun?: boolean;
  repair: boolean;
}

function describe(outcome: FileOutcome): string {
  return outcome.status === 'done' ? `done     ${outcome.path}` : `${outcome.status.padEnd(8)} ${outcome.path}: ${outcome.reason}`;
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('Read files and folders of documents into the index. Re-running is safe: a file is one document however often it is ingested.')
    .argument('<paths...>', 'files or folders')
    .option('--batch-size <n>', 'documents per indexing batch', positiveInt, 100)
    .option('--report <file>', 'write the run report (every failure with its reason) as JSON')
    .option('--no-repair', 'index the text as read, without OCR repair')
    .option('--dry-run', 'read and process, but write nothing to the index')
    .action(async (paths: string[], flags: IngestFlags) => {
      const config = loadConfig();
      const index = flags.dryRun ? null : await openDocumentIndex((await connect(config)).client, config.indexName);
      const model = loadWordModel(config.home);
      const report = await ingestPaths(paths, {
        index,
        model,
        batchSize: flags.batchSize,
        pipeline: { repair: flags.repair },
        onOutcome: (outcome) => (outcome.status === 'done' ? process.stdout : process.stderr).write(`${describe(outcome)}\n`),
      });
      if (!flags.dryRun) saveWordModel(config.home, model);
      if (flags.report) fs.writeFileSync(flags.report, JSON.stringify(report, null, 2));
      console.log(`\n${report.done} done, ${report.failed} failed, ${report.skipped} skipped${flags.dryRun ? ' (dry run: nothing indexed)' : ''}`);
      if (report.failed > 0) process.exitCode = ExitCode.Failure;
    });
}
