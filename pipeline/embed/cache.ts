import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const KEY_BYTES = 16;

/**
 * Embeddings by passage hash, so re-ingesting a document does not embed it again: one append-only
 * binary file per model and dimension (16-byte key, then the floats), read whole when opened. A
 * record cut short by a crash is ignored.
 */
export class EmbeddingCache {
  private readonly vectors = new Map<string, Float32Array>();
  private readonly record: number;

  constructor(
    private readonly file: string | null,
    private readonly dimensions: number,
  ) {
    this.record = KEY_BYTES + dimensions * 4;
    if (!file || !fs.existsSync(file)) return;
    const bytes = fs.readFileSync(file);
    // Appends must stay aligned to whole records: drop a record a crash cut short.
    const whole = bytes.length - (bytes.length % this.record);
    if (whole !== bytes.length) fs.truncateSync(file, whole);
    for (let at = 0; at + this.record <= bytes.length; at += this.record) {
      const key = bytes.subarray(at, at + KEY_BYTES).toString('hex');
      const floats = new Float32Array(bytes.buffer.slice(bytes.byteOffset + at + KEY_BYTES, bytes.byteOffset + at + this.record));
      this.vectors.set(key, floats);
    }
  }

  static key(text: string): string {
    return createHash('sha256').update(text).digest().subarray(0, KEY_BYTES).toString('hex');
  }

  get(key: string): Float32Array | undefined {
    return this.vectors.get(key);
  }

  set(key: string, vector: Float32Array): void {
    if (vector.length !== this.dimensions || this.vectors.has(key)) return;
    this.vectors.set(key, vector);
    if (!this.file) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.appendFileSync(this.file, Buffer.concat([Buffer.from(key, 'hex'), Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength)]));
  }

  get size(): number {
    return this.vectors.size;
  }
}
