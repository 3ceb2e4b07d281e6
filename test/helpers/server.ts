import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createSearchServer, type SearchServerOptions } from '../../search-ui/server.ts';

/** A search server on a loopback port, with a stand-in page (the API is what is tested). */
export interface TestServer {
  base: string;
  close: () => void;
}

export async function startTestServer(options: Omit<SearchServerOptions, 'dist'>): Promise<TestServer> {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-dist-'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html lang="sv"><title>diarium</title></html>');
  const server = createSearchServer({ ...options, dist });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.close();
      fs.rmSync(dist, { recursive: true, force: true });
    },
  };
}
