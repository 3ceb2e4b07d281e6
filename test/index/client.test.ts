import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '../../index/client.ts';
import { isTransient } from '../../index/retry.ts';

describe('the Meilisearch client', () => {
  // A server that takes connections and never answers, as a hung Meilisearch would.
  const sockets: net.Socket[] = [];
  const silent = net.createServer((socket) => void sockets.push(socket));
  afterAll(() => {
    for (const s of sockets) s.destroy();
    silent.close();
  });

  it('gives up on a request with no answer, as a fault ingest retries', async () => {
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    const error = await createClient(`http://127.0.0.1:${port}`, 'key', 300).health().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isTransient(error)).toBe(true);
  });
});
