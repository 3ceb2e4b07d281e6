import { Meilisearch } from 'meilisearch';

/**
 * Asks Meilisearch for uncompressed responses. Compressed ones come as gzip chunks written apart,
 * and on loopback about half of all requests then wait 40 ms for a delayed acknowledgement, which
 * alone would break the 50 ms search goal; compressing is no gain on loopback anyway.
 */
const REQUEST_INIT = { headers: { 'Accept-Encoding': 'identity' } };

/** A Meilisearch client; every diarium request to Meilisearch goes through one of these. */
export function createClient(host: string, apiKey?: string | null): Meilisearch {
  return new Meilisearch({ host, apiKey: apiKey ?? undefined, requestInit: REQUEST_INIT });
}
