/**
 * Sentence embeddings with transformers.js (@huggingface/transformers), from a local model folder
 * only: remote models are switched off, so a missing model is a clear error, never a download or a
 * hang. Mean pooling and L2 normalisation, as sentence models (e5 among them) are trained.
 */
import fs from 'node:fs';
import path from 'node:path';
import { env, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import PQueue from 'p-queue';
import { EmbeddingCache } from './cache.ts';
import { missingModelMessage, ONNX_FILES, type ModelChoice } from './model.ts';

/** Passages per model call: big enough to use both cores well, small enough to bound memory. */
const BATCH = 16;

export class ModelMissing extends Error {}

export class Embedder {
  /** One model call at a time: ONNX Runtime already spreads each call over the cores. */
  private readonly queue = new PQueue({ concurrency: 1 });

  private constructor(
    readonly choice: ModelChoice,
    readonly dimensions: number,
    private readonly extractor: FeatureExtractionPipeline,
    private readonly cache: EmbeddingCache,
  ) {}

  /**
   * Loads the chosen model from its folder. `cacheDir` keeps embeddings by passage across runs
   * (none when null). Throws {@link ModelMissing} with what to do when the files are not there.
   */
  static async load(choice: ModelChoice, cacheDir: string | null): Promise<Embedder> {
    if (!choice.present) throw new ModelMissing(missingModelMessage(choice));
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = `${path.dirname(choice.folder)}${path.sep}`;
    const dtype = ONNX_FILES.find(([file]) => fs.existsSync(path.join(choice.folder, file)))![1];
    const extractor = (await pipeline('feature-extraction', path.basename(choice.folder), { dtype, local_files_only: true })) as FeatureExtractionPipeline;
    const probe = await extractor('probe', { pooling: 'mean', normalize: true });
    const dimensions = probe.dims[probe.dims.length - 1]!;
    const slug = choice.name.replace(/[^\w.-]+/g, '_');
    const cache = new EmbeddingCache(cacheDir ? path.join(cacheDir, `${slug}-${dimensions}.bin`) : null, dimensions);
    return new Embedder(choice, dimensions, extractor, cache);
  }

  /** Embeddings of passages (documents' chunks), from the cache where it has them. */
  async passages(texts: string[]): Promise<Float32Array[]> {
    const keys = texts.map((t) => EmbeddingCache.key(`${this.choice.name}\u0000${t}`));
    const missing = [...new Set(texts.filter((_, i) => !this.cache.get(keys[i]!)))];
    for (let i = 0; i < missing.length; i += BATCH) {
      const batch = missing.slice(i, i + BATCH);
      const vectors = await this.run(batch.map((t) => this.choice.passagePrefix + t));
      batch.forEach((t, k) => this.cache.set(EmbeddingCache.key(`${this.choice.name}\u0000${t}`), vectors[k]!));
    }
    return keys.map((key) => this.cache.get(key)!);
  }

  /** The embedding of a search query. */
  async query(text: string): Promise<Float32Array> {
    return (await this.run([this.choice.queryPrefix + text]))[0]!;
  }

  private run(texts: string[]): Promise<Float32Array[]> {
    return this.queue.add(async () => {
      const output = await this.extractor(texts, { pooling: 'mean', normalize: true });
      const data = output.data as Float32Array;
      return texts.map((_, i) => data.slice(i * this.dimensions, (i + 1) * this.dimensions));
    }) as Promise<Float32Array[]>;
  }

  get cached(): number {
    return this.cache.size;
  }
}

/** The normalised mean of unit vectors: a document's vector from its passages'. */
export function meanVector(vectors: Float32Array[]): number[] {
  const dims = vectors[0]?.length ?? 0;
  const sum = new Float64Array(dims);
  for (const v of vectors) for (let i = 0; i < dims; i++) sum[i]! += v[i]!;
  const norm = Math.hypot(...sum) || 1;
  return Array.from(sum, (x) => x / norm);
}
