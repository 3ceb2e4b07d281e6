import { Meilisearch } from 'meilisearch';

/**
 * Asks Meilisearch for uncompressed responses. Compressed ones come as gzip chunks written apart,
 * and on loopback about half of all requests then wait 40 ms for a delayed acknowledgement, which
 * alone would break the 50 ms search goal; compressing is no gain on loopback anyway.
 */
const REQUEST_INIT = { headers: { 'Accept-Encoding': 'identity' } };

/**
 * Longest wait for one HTTP request. Every request diarium makes is short (tasks are enqueued and
 * polled, never awaited in one request), so one with no answer after this is a server that hangs:
 * it fails as a request timeout, which ingest retries (restarting the embedded server), instead of
 * holding a bulk ingest forever.
 */
export const REQUEST_TIMEOUT_MS = 60_000;

/** A Meilisearch client; every diarium request to Meilisearch goes through one of these. */
export function createClient(host: string, apiKey?: string | null, timeoutMs: number = REQUEST_TIMEOUT_MS): Meilisearch {
  return new Meilisearch({ host, apiKey: apiKey ?? undefined, requestInit: REQUEST_INIT, timeout: timeoutMs });
}
