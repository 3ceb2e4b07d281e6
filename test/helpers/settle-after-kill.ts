/**
 * Run as its own process by test/index/server.test.ts: starts an embedded server under the home
 * given, enqueues a task, kills the server, awaits the task with `settle` (which must throw), and
 * then does nothing more: the process must exit by itself, with nothing left pending.
 */
import { createClient } from '../../index/client.ts';
import { serverPaths, serverStatus, startServer } from '../../index/server.ts';
import { settle } from '../../index/tasks.ts';

const paths = serverPaths(process.argv[2]!);
const server = await startServer(paths);
const enqueued = createClient(server.url, server.key).createIndex('settle-probe');
await enqueued;
process.kill(server.pid, 'SIGKILL');
while ((await serverStatus(paths)).state === 'running') await new Promise((r) => setTimeout(r, 20));
await settle(enqueued, 'create index settle-probe').then(
  () => console.log('settled'),
  (error: Error) => console.log(`threw: ${error.message}`),
);
