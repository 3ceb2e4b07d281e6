import { createHash } from 'node:crypto';

/**
 * A document's id: the first 128 bits of the SHA-256 of the source file's bytes, in hex.
 * Content addressing makes ingest idempotent (the same file twice is one document) and
 * fits Meilisearch's id alphabet.
 */
export function contentId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}
