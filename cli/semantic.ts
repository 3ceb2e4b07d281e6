import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../index/config.ts';
import type { Embedder } from '../pipeline/embed/embedder.ts';
import { chooseModel, type ModelChoice } from '../pipeline/embed/model.ts';

/** Why the model is wanted: the note on a missing model says what the user gets instead. */
export type ModelUse = 'ingest' | 'search' | 'serve';

/**
 * The embedding model for this command, or null with one line on standard error. A search that
 * asked for `--semantic` is told each time that it searches by words; ingest says it once per
 * DIARIUM_HOME (a marker file remembers), since most installations run without a model for good;
 * `diarium models status` gives the details.
 */
export async function loadEmbedder(config: Config, use: ModelUse, env: NodeJS.ProcessEnv = process.env): Promise<Embedder | null> {
  const choice = chooseModel(env, config.home);
  if (!choice.present) {
    const note = missingNote(choice, use, config.home);
    if (note) process.stderr.write(`diarium: ${note}\n`);
    return null;
  }
  // transformers.js and ONNX Runtime load only when there is a model to run.
  const { Embedder } = await import('../pipeline/embed/embedder.ts');
  return Embedder.load(choice, path.join(config.home, 'embeddings'));
}

function missingNote(choice: ModelChoice, use: ModelUse, home: string): string | null {
  const how = '`diarium models status` says how to add one';
  if (use === 'search') return `--semantic needs an embedding model and there is none at ${choice.folder}: searching by words only (${how}).`;
  if (use === 'serve') return `no embedding model at ${choice.folder}: the page searches by words, similar documents go by shared terms (${how}).`;
  return firstTime(home, 'no-model-noted', choice.folder) ? `no embedding model at ${choice.folder}: documents are indexed for search by words (said once; ${how}).` : null;
}

/** Whether `marker` is new under `home` (and now made): a note meant once per DIARIUM_HOME. */
function firstTime(home: string, marker: string, content: string): boolean {
  const file = path.join(home, marker);
  if (fs.existsSync(file)) return false;
  try {
    fs.mkdirSync(home, { recursive: true });
    fs.writeFileSync(file, `${content}\n`);
  } catch {
    // Said again next time: no harm.
  }
  return true;
}

/** Writes `note` to standard error the first time only for this DIARIUM_HOME. */
export function noteOnce(home: string, marker: string, note: string): void {
  if (firstTime(home, marker, note)) process.stderr.write(`diarium: ${note} (said once)\n`);
}
