import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../index/config.ts';
import { DiariumError, ExitCode } from '../../index/errors.ts';
import { connect, findEmbedded } from '../../index/connect.ts';
import { countDocuments, openDocumentIndex } from '../../index/documents.ts';
import { Manifest } from '../../ingest/manifest.ts';
import { CorrectionStore } from '../../ingest/corrections-store.ts';
import { loadWordModel, saveWordModel } from '../../ingest/word-model-store.ts';
import { SavedSearches } from '../../index/saved-searches.ts';
import { openChunkIndex } from '../../index/vectors.ts';
import { port } from '../options.ts';
import type { Document } from '../../pipeline/document.ts';
import { loadEmbedder } from '../semantic.ts';
import { loadLemmatizer } from '../../ingest/lemmatizer.ts';
import { Federation } from '../../index/remotes.ts';

interface ServeFlags {
  port: number;
  host: string;
  ingest?: string;
  edit?: boolean;
}

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost)$/;

const UI = path.resolve(import.meta.dirname, '../../search-ui');

/** Builds the page once if it has not been built (`npm run build:ui` does the same). */
async function ensureBuilt(): Promise<string> {
  const dist = path.join(UI, 'dist');
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.log('Building the search page…');
    const { build } = await import('vite');
    await build({ configFile: path.join(UI, 'vite.config.ts'), logLevel: 'warn' });
  }
  return dist;
}

/** Listens, or fails with what to do about a busy or forbidden port. */
function listen(server: net.Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new DiariumError(`Port ${port} is in use: choose another with --port N (with npm: npm start -- --port N).`, ExitCode.Usage));
      else if (error.code === 'EACCES') reject(new DiariumError(`Port ${port} may not be used by this user: choose one above 1023 with --port N.`, ExitCode.Usage));
      else if (error.code === 'EADDRNOTAVAIL') reject(new DiariumError(`This machine has no address ${host}: choose another with --host.`, ExitCode.Usage));
      else reject(error);
    });
    server.listen(port, host, resolve);
  });
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('Serve the search page and its API on http://127.0.0.1:PORT.')
    .option('--port <n>', 'port to listen on (1–65535)', port, 3000)
    .option('--host <address>', 'address to listen on; anything but loopback needs DIARIUM_API_KEY (asked for as the password)', '127.0.0.1')
    .option('--ingest <folder>', 'ingest this folder first when the index is empty (npm start uses corpora/)')
    .option('--edit', 'let the page correct documents (a word of the text, a field); needs DIARIUM_API_KEY')
    .action(async (flags: ServeFlags) => {
      const config = loadConfig();
      const apiKey = process.env.DIARIUM_API_KEY || null;
      if (!LOOPBACK.test(flags.host) && !apiKey) {
        throw new DiariumError(`Serving on ${flags.host} exposes the archive beyond this machine: set DIARIUM_API_KEY (at least 16 characters) first.`, ExitCode.Usage);
      }
      if (apiKey && apiKey.length < 16) throw new DiariumError('DIARIUM_API_KEY must be at least 16 characters.', ExitCode.Usage);
      if (flags.edit && !apiKey) throw new DiariumError('serve --edit lets the page change documents: set DIARIUM_API_KEY (at least 16 characters) first.', ExitCode.Usage);
      // A busy port is said at once, before the index is opened and the page built.
      const probe = net.createServer();
      await listen(probe, flags.port, flags.host);
      await new Promise((resolve) => probe.close(resolve));
      const { client } = await connect(config);
      const embedder = await loadEmbedder(config, 'serve');
      const index = await openDocumentIndex(client, config.indexName, embedder?.dimensions);
      // Several instances (DIARIUM_REMOTES): the page's search asks them all.
      const federation = config.remotes ? new Federation(config.remotes) : null;
      await federation?.join();
      const chunkIndex = embedder ? await openChunkIndex(client, config.indexName, embedder.dimensions) : null;
      if (flags.ingest && (await countDocuments(client, config.indexName)) === 0) {
        console.log(`The index is empty: ingesting ${flags.ingest} first…`);
        const { ingestPaths } = await import('../../ingest/ingest.ts');
        const model = loadWordModel(config.home);
        const report = await ingestPaths([flags.ingest], { index, model, embedder, chunkIndex, manifest: Manifest.load(config.home, config.indexName), corrections: CorrectionStore.load(config.home, config.indexName), pipeline: { personnummer: config.personnummer } });
        saveWordModel(config.home, model);
        console.log(`${report.done} done, ${report.failed} failed, ${report.skipped} skipped.`);
      }
      const { createSearchServer } = await import('../../search-ui/server.ts');
      // The embedded server may be stopped and started again (on a new port) while the page runs:
      // its state file says where it is now.
      const reconnect = config.meiliUrl || config.remotes ? undefined : async () => (await findEmbedded(config.home))?.index<Document>(config.indexName) ?? null;
      const corrections = flags.edit ? CorrectionStore.load(config.home, config.indexName) : null;
      const server = createSearchServer({ index, dist: await ensureBuilt(), embedder, lemmatizer: loadLemmatizer(), federation, corpus: loadWordModel(config.home), apiKey, reconnect, corrections, saved: SavedSearches.load(config.home, config.indexName) });
      await listen(server, flags.port, flags.host);
      console.log(`diarium search page: http://${flags.host.includes(':') ? `[${flags.host}]` : flags.host}:${flags.port}/${apiKey ? '  (password: DIARIUM_API_KEY)' : ''}${corrections ? '  (corrections on)' : ''}  (Ctrl-C stops it)`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => server.close(() => resolve())));
    });
}
