/**
 * The hook for a named-entity model: a token-classification model in a local folder
 * (DIARIUM_NER_MODEL), run through transformers.js on each document's text at ingest, its
 * people, organisations and places added to what the rules found (pipeline/extract/entities.ts).
 * No Swedish NER model can be installed here, so none is configured by default and the rules do
 * the work; the test runs this code with a tiny generated model (scripts/make-tiny-model.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TokenClassificationPipeline } from '@huggingface/transformers';
import PQueue from 'p-queue';
import { DiariumError, ExitCode } from '../index/errors.ts';
import { ENTITY_LABELS, type ModelEntity } from '../pipeline/extract/model-entities.ts';
import { ONNX_FILES } from '../pipeline/embed/model.ts';

/** Words per model call: models read at most 512 tokens, and Swedish words are one to three. */
const WORDS_PER_CALL = 120;

export class EntityModel {
  /** One call at a time: ONNX Runtime spreads each over the cores. */
  private readonly queue = new PQueue({ concurrency: 1 });

  private constructor(
    readonly folder: string,
    private readonly classify: TokenClassificationPipeline,
  ) {}

  /** Loads the model in `folder`; a missing folder or files is a clear error, never a download. */
  static async load(folder: string): Promise<EntityModel> {
    const onnx = ONNX_FILES.find(([file]) => fs.existsSync(path.join(folder, file)));
    if (!fs.existsSync(path.join(folder, 'config.json')) || !onnx) {
      throw new DiariumError(`DIARIUM_NER_MODEL names ${folder}, which holds no token-classification model (config.json, tokenizer.json and onnx/model.onnx or model_quantized.onnx).`, ExitCode.Usage);
    }
    // Loaded here, not with the module: every command imports this file, few run a model.
    const { env, pipeline } = await import('@huggingface/transformers');
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = `${path.dirname(path.resolve(folder))}${path.sep}`;
    const classify = (await pipeline('token-classification', path.basename(folder), { dtype: onnx[1], local_files_only: true })) as TokenClassificationPipeline;
    return new EntityModel(folder, classify);
  }

  /** The people, organisations and places the model finds in `text`, each as printed there. */
  async entities(text: string): Promise<ModelEntity[]> {
    const found: ModelEntity[] = [];
    for (const part of parts(text)) {
      const groups = (await this.queue.add(() => this.classify(part.text, { aggregation_strategy: 'simple' }))) as unknown as { entity_group: string; score: number; word: string }[];
      let from = 0;
      for (const g of groups) {
        const type = ENTITY_LABELS[g.entity_group.toUpperCase()];
        const printed = locate(part.text, g.word, from);
        if (!printed) continue;
        from = printed.end;
        if (type) found.push({ type, name: printed.text, score: g.score });
      }
    }
    return found;
  }
}

/** The text in pieces of whole sentences of at most about WORDS_PER_CALL words. */
function parts(text: string): { text: string }[] {
  const sentences = text.split(/(?<=[.!?])\s+|\n{2,}/);
  const out: { text: string }[] = [];
  let current: string[] = [];
  let words = 0;
  for (const s of sentences) {
    const n = s.split(/\s+/).length;
    if (words + n > WORDS_PER_CALL && current.length) {
      out.push({ text: current.join(' ') });
      current = [];
      words = 0;
    }
    current.push(s.split(/\s+/).slice(0, WORDS_PER_CALL).join(' '));
    words += Math.min(n, WORDS_PER_CALL);
  }
  if (current.length) out.push({ text: current.join(' ') });
  return out.filter((p) => p.text.trim());
}

/**
 * Where the model's decoded words stand in the text, as printed: tokenizers lower-case and
 * space out punctuation ("anna - karin berg"), so the words are matched with any spacing and case.
 */
function locate(text: string, word: string, from: number): { text: string; end: number } | null {
  const pieces = word.split(/\s+/).filter(Boolean).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (pieces.length === 0) return null;
  const m = new RegExp(pieces.join(String.raw`\s*`), 'iu').exec(text.slice(from));
  return m ? { text: m[0], end: from + m.index + m[0].length } : null;
}

/** The model DIARIUM_NER_MODEL names, or null when none is configured. */
export async function loadEntityModel(environment: NodeJS.ProcessEnv = process.env): Promise<EntityModel | null> {
  const folder = environment.DIARIUM_NER_MODEL;
  return folder ? EntityModel.load(folder) : null;
}
