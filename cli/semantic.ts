import path from 'node:path';
import type { Config } from '../index/config.ts';
import type { Embedder } from '../pipeline/embed/embedder.ts';
import { chooseModel, missingModelMessage } from '../pipeline/embed/model.ts';

/**
 * The embedding model for this command, or null with one plain line on standard error saying that
 * search is keyword-only and how to change that.
 */
export async function loadEmbedder(config: Config, env: NodeJS.ProcessEnv = process.env): Promise<Embedder | null> {
  const choice = chooseModel(env, config.home);
  if (!choice.present) {
    process.stderr.write(`diarium: ${missingModelMessage(choice)}\n`);
    return null;
  }
  // transformers.js and ONNX Runtime load only when there is a model to run.
  const { Embedder } = await import('../pipeline/embed/embedder.ts');
  return Embedder.load(choice, path.join(config.home, 'embeddings'));
}
