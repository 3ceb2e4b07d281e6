import fs from 'node:fs';
import path from 'node:path';

/** The default sentence model: multilingual, handles Swedish, 384 dimensions. */
export const DEFAULT_MODEL = 'Xenova/multilingual-e5-small';

/** Where a model is and how to use it. */
export interface ModelChoice {
  /** As configured: a hub id or a folder. */
  name: string;
  /** The folder the model's files are in (or would be, once pulled). */
  folder: string;
  /** True when config.json, tokenizer.json and an ONNX file are there. */
  present: boolean;
  /** e5 models were trained with these prefixes and need them. */
  queryPrefix: string;
  passagePrefix: string;
}

/** The ONNX files transformers.js loads, in order of preference, with the dtype that selects each. */
export const ONNX_FILES: [string, 'fp32' | 'q8'][] = [
  ['onnx/model.onnx', 'fp32'],
  ['onnx/model_quantized.onnx', 'q8'],
];

/**
 * The configured model: `DIARIUM_MODEL` is a folder (absolute, or relative to the working
 * directory) or a hub id looked up under the models folder (`DIARIUM_MODELS`, default
 * `$DIARIUM_HOME/models`), e.g. `$DIARIUM_HOME/models/Xenova/multilingual-e5-small/`.
 */
export function chooseModel(env: NodeJS.ProcessEnv, home: string): ModelChoice {
  const name = env.DIARIUM_MODEL || DEFAULT_MODEL;
  const modelsDir = path.resolve(env.DIARIUM_MODELS || path.join(home, 'models'));
  const asFolder = path.resolve(name);
  const folder = fs.existsSync(path.join(asFolder, 'config.json')) || name.startsWith('.') || path.isAbsolute(name) ? asFolder : path.join(modelsDir, name);
  const present =
    fs.existsSync(path.join(folder, 'config.json')) && fs.existsSync(path.join(folder, 'tokenizer.json')) && ONNX_FILES.some(([file]) => fs.existsSync(path.join(folder, file)));
  const e5 = /(^|[/-])e5/i.test(name);
  return { name, folder, present, queryPrefix: e5 ? 'query: ' : '', passagePrefix: e5 ? 'passage: ' : '' };
}

/** What to tell a user whose model is missing, once. */
export function missingModelMessage(choice: ModelChoice): string {
  return (
    `No embedding model at ${choice.folder}: search is keyword-only and similar documents are found by shared terms. ` +
    `To search by meaning, put a sentence model there (config.json, tokenizer.json, tokenizer_config.json and onnx/model.onnx or onnx/model_quantized.onnx), ` +
    `set DIARIUM_MODEL to a folder that has them, or run \`diarium models pull\` on a machine with internet access.`
  );
}
