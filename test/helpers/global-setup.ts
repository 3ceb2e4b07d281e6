/**
 * Starts one real embedded Meilisearch for the whole test run, in a temporary DIARIUM_HOME on a
 * free port, and stops it and removes its data afterwards, whether the tests passed or not.
 * Test files share the server but each uses its own index (see `testIndexName`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serverPaths, startServer, stopServer } from '../../index/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    diariumHome: string;
    meiliUrl: string;
    meiliKey: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-test-'));
  const paths = serverPaths(home);
  const info = await startServer(paths);
  project.provide('diariumHome', home);
  project.provide('meiliUrl', info.url);
  project.provide('meiliKey', info.key);
  return async () => {
    await stopServer(paths);
    fs.rmSync(home, { recursive: true, force: true });
  };
}
