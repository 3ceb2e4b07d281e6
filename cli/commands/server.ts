import { Command } from 'commander';
import { loadConfig } from '../../index/config.ts';
import { countDocuments } from '../../index/documents.ts';
import { connect } from '../../index/connect.ts';
import { DiariumError, ExitCode } from '../../index/errors.ts';
import { serverPaths, serverStatus, startServer, stopServer } from '../../index/server.ts';

function embeddedOnly(): void {
  if (loadConfig().meiliUrl) {
    throw new DiariumError('MEILI_URL is set: diarium uses that external server and manages no embedded one.', ExitCode.Usage);
  }
}

export function serverCommand(): Command {
  const server = new Command('server').description('Manage the embedded Meilisearch server under DIARIUM_HOME.');
  server
    .command('start')
    .description('Start the embedded server (or report the one already running).')
    .action(async () => {
      embeddedOnly();
      const info = await startServer(serverPaths(loadConfig().home));
      console.log(`${info.reused ? 'already running' : 'started'}: ${info.url} (pid ${info.pid})`);
    });
  server
    .command('stop')
    .description('Stop the embedded server.')
    .action(async () => {
      embeddedOnly();
      console.log((await stopServer(serverPaths(loadConfig().home))) ? 'stopped' : 'not running');
    });
  server
    .command('status')
    .description('Say whether the server is running, where, and how many documents it holds. Exit 3 when it is not running.')
    .action(async () => {
      const config = loadConfig();
      if (config.meiliUrl) {
        const { client } = await connect(config);
        console.log(`external: ${config.meiliUrl}, ${await countDocuments(client, config.indexName)} documents in ${config.indexName}`);
        return;
      }
      const status = await serverStatus(serverPaths(config.home));
      if (status.state === 'running') {
        const { client } = await connect(config, { start: false });
        const count = await countDocuments(client, config.indexName);
        console.log(`running: ${status.info.url} (pid ${status.info.pid}), ${count} documents in ${config.indexName}, data in ${config.home}`);
      } else if (status.state === 'stale') {
        console.log(`stale: ${status.reason}; the next command starts a new server`);
        process.exitCode = ExitCode.ServerUnavailable;
      } else {
        console.log('stopped');
        process.exitCode = ExitCode.ServerUnavailable;
      }
    });
  return server;
}
