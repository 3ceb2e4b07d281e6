import { Command } from 'commander';
import type { ConnectionOptions } from 'bullmq';
import type { Index } from 'meilisearch';
import { loadConfig, type Config } from '../../index/config.ts';
import { connect } from '../../index/connect.ts';
import { openDocumentIndex } from '../../index/documents.ts';
import { DiariumError, ExitCode } from '../../index/errors.ts';
import { openChunkIndex } from '../../index/vectors.ts';
import { Federation } from '../../index/remotes.ts';
import type { Document } from '../../pipeline/document.ts';
import { CorrectionStore } from '../../ingest/corrections-store.ts';
import { loadEntityModel } from '../../ingest/entity-model.ts';
import { loadWordModel } from '../../ingest/word-model-store.ts';
import { positiveInt } from '../options.ts';
import { loadEmbedder } from '../semantic.ts';

/** The queue's address: the option, else DIARIUM_QUEUE. */
export function queueUrl(flag: string | undefined): string {
  const url = flag ?? process.env.DIARIUM_QUEUE;
  if (!url) throw new DiariumError('No queue given: pass --queue redis://HOST:PORT or set DIARIUM_QUEUE.', ExitCode.Usage);
  return url;
}

/** Seconds between progress lines (DIARIUM_PROGRESS_SECONDS, default 10; 2 on a terminal). */
const interval = (): number => (Number(process.env.DIARIUM_PROGRESS_SECONDS) > 0 ? Number(process.env.DIARIUM_PROGRESS_SECONDS) * 1000 : process.stderr.isTTY ? 2000 : 10_000);

/**
 * `ingest PATH --queue URL`: queues the run for the workers and follows it with one progress line
 * for all of them until nothing is left; Ctrl-C detaches (the run goes on), and `queue status`
 * shows it again from anywhere.
 */
export async function ingestQueued(paths: string[], url: string, config: Config): Promise<void> {
  const [{ redisConnection, checkRedis }, { enqueuePaths }] = await Promise.all([import('../../ingest/queue/redis.ts'), import('../../ingest/queue/enqueue.ts')]);
  const connection = redisConnection(url);
  await checkRedis(connection, url);
  const report = await enqueuePaths(paths, { connection, index: config.indexName });
  console.log(`queued ${report.queued} documents (${report.pages} pages for OCR) on ${url}; ${report.known} already there (queued, done or failed)`);
  // Files that could not be queued (unreadable, unknown or broken format) never reach a worker.
  for (const p of report.problems) process.stderr.write(`not queued  ${p.path}: ${p.reason}\n`);
  await follow(url, connection, report.problems.length > 0);
}

/**
 * One progress line for the whole run every few seconds until nothing is left, then every failure
 * with its reason; Ctrl-C detaches (the workers go on).
 */
async function follow(url: string, connection: ConnectionOptions, notQueued = false): Promise<void> {
  const { queueStatus, statusLine } = await import('../../ingest/queue/control.ts');
  let detached = false;
  const detach = (): void => {
    detached = true;
  };
  process.once('SIGINT', detach);
  try {
    for (;;) {
      const status = await queueStatus(connection);
      process.stderr.write(`${statusLine(status)}\n`);
      if (status.idle) {
        for (const f of status.failures) process.stderr.write(`failed      ${f.path}${f.page ? ` page ${f.page}` : ''}: ${f.reason} (${f.attempts} tries)\n`);
        if (status.failures.length) console.log('Failed files are listed above with their reason; `diarium queue retry-failed` queues them again.');
        if (notQueued) console.log('Files not queued are listed above with their reason: fix them and run the same command again.');
        if (status.failures.length || notQueued) process.exitCode = ExitCode.Failure;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, interval()));
      if (detached) {
        console.log(`Detached: the workers go on with the run; \`diarium queue status --follow --queue ${url}\` follows it again.`);
        return;
      }
    }
  } finally {
    process.off('SIGINT', detach);
  }
}

interface WorkerFlags {
  queue?: string;
  ocrEngine: string;
  concurrency?: number;
  repair: boolean;
}

/** `diarium worker`: works on the queue until stopped (SIGTERM or Ctrl-C finish the jobs in hand). */
export function workerCommand(): Command {
  return new Command('worker')
    .description('Work on a queued run (see ingest --queue) on this machine: OCR pages, read documents, write them to the index. Stop with Ctrl-C or SIGTERM: the jobs in hand finish; a killed worker\'s jobs go to another.')
    .option('--queue <url>', 'the Redis of the run (default DIARIUM_QUEUE)')
    .option('--ocr-engine <name>', 'tesseract.js (built in) or native (the tesseract command with Swedish data)', 'native')
    .option('--concurrency <n>', 'page jobs in hand at once (default: twice the cores; OCR runs one page per core)', positiveInt)
    .option('--no-repair', 'index the text as read, without OCR repair')
    .action(async (flags: WorkerFlags) => {
      const url = queueUrl(flags.queue);
      const [{ redisConnection, checkRedis }, { startQueueWorker }, { ocrEngineFactory }, { pipelineOptions }] = await Promise.all([
        import('../../ingest/queue/redis.ts'),
        import('../../ingest/queue/worker.ts'),
        import('../../ingest/ocr/choose.ts'),
        import('../../ingest/ingest.ts'),
      ]);
      const config = loadConfig();
      const connection = redisConnection(url);
      await checkRedis(connection, url);
      const ocr = ocrEngineFactory(flags.ocrEngine);
      const embedder = await loadEmbedder(config, 'ingest');
      const { client } = await connect(config);
      const indexes = new Map<string, Promise<Index<Document>>>();
      // Opened once per name; a failure (the server away) is not kept, so the next job tries again.
      const index = (name: string): Promise<Index<Document>> => {
        let opened = indexes.get(name);
        if (!opened) {
          opened = openDocumentIndex(client, name, embedder?.dimensions);
          indexes.set(name, opened);
          opened.catch(() => indexes.delete(name));
        }
        return opened;
      };
      // Repair by the word model this machine keeps (DIARIUM_HOME): give every worker the same one
      // (a shared DIARIUM_HOME, or a copy) so a document repairs alike wherever it is read.
      const pipeline = pipelineOptions({ pipeline: { repair: flags.repair, personnummer: config.personnummer }, model: loadWordModel(config.home) });
      // Several instances (DIARIUM_REMOTES): each document to its own.
      const federation = config.remotes ? new Federation(config.remotes) : null;
      await federation?.join();
      const shards = new Map<string, Promise<Map<string, Index<Document>>>>();
      const upsert = federation
        ? async (name: string, docs: Document[]) => {
            if (!shards.has(name)) shards.set(name, federation.indexes((c) => openDocumentIndex(c, name, embedder?.dimensions)));
            await federation.upsert(await shards.get(name)!, docs);
          }
        : undefined;
      const worker = startQueueWorker({
        connection,
        index,
        upsert,
        chunkIndex: async (name) => (embedder ? openChunkIndex(client, name, embedder.dimensions) : null),
        ocr,
        pipeline,
        embedder,
        entityModel: await loadEntityModel(),
        corrections: CorrectionStore.load(config.home, config.indexName),
        pageConcurrency: flags.concurrency,
        lockMs: Number(process.env.DIARIUM_QUEUE_LOCK_MS) || undefined,
        stalledMs: Number(process.env.DIARIUM_QUEUE_STALLED_MS) || undefined,
        onLog: (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`),
      });
      process.stderr.write(`diarium worker ${worker.name} on ${url}: OCR ${flags.ocrEngine}, index ${config.meiliUrl ?? 'embedded'}\n`);
      await new Promise<void>((resolve) => {
        const stop = (signal: NodeJS.Signals): void => {
          process.stderr.write(`diarium worker: ${signal}: finishing the jobs in hand\n`);
          void worker.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

/** `diarium queue status|retry-failed|drain`. */
export function queueCommand(): Command {
  const queue = new Command('queue').description('A queued run (ingest --queue) seen from any machine.');
  const option = (c: Command): Command => c.option('--queue <url>', 'the Redis of the run (default DIARIUM_QUEUE)');
  option(queue.command('status').description('Files and pages done, active and waiting, the rate and time left, every failure with its reason.'))
    .option('--json', 'as one JSON object')
    .option('--follow', 'a line every few seconds until the run is done (Ctrl-C stops following, not the run)')
    .action(async (flags: { queue?: string; json?: boolean; follow?: boolean }) => {
      const { redisConnection } = await import('../../ingest/queue/redis.ts');
      const { queueStatus, statusLine } = await import('../../ingest/queue/control.ts');
      const url = queueUrl(flags.queue);
      if (flags.follow) return follow(url, redisConnection(url));
      const status = await queueStatus(redisConnection(url));
      if (flags.json) return console.log(JSON.stringify(status));
      console.log(statusLine(status));
      for (const f of status.failures) console.log(`failed      ${f.path}${f.page ? ` page ${f.page}` : ''}: ${f.reason} (${f.attempts} tries)`);
    });
  option(queue.command('retry-failed').description('Queue every failed file again, with its pages.')).action(async (flags: { queue?: string }) => {
    const { redisConnection } = await import('../../ingest/queue/redis.ts');
    const { retryFailed } = await import('../../ingest/queue/control.ts');
    console.log(`queued ${await retryFailed(redisConnection(queueUrl(flags.queue)))} failed documents again`);
  });
  option(queue.command('drain').description('Remove every job not yet started; jobs in hand finish, finished and failed ones stay on record.')).action(async (flags: { queue?: string }) => {
    const { redisConnection } = await import('../../ingest/queue/redis.ts');
    const { drain } = await import('../../ingest/queue/control.ts');
    console.log(`removed ${await drain(redisConnection(queueUrl(flags.queue)))} documents not yet started`);
  });
  return queue;
}
