import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../index/config.ts';
import { DiariumError, ExitCode } from '../../index/errors.ts';
import { backgroundNote, loadBackground, missingBackgroundPackages } from '../../ingest/background-text.ts';
import { chooseModel, missingModelMessage } from '../../pipeline/embed/model.ts';

const PULL_TIMEOUT_MS = 120_000;

export function modelsCommand(): Command {
  const models = new Command('models').description('The embedding model used for semantic search (DIARIUM_MODEL, DIARIUM_MODELS).');
  models
    .command('status')
    .description('Say which model is configured, where its files are expected, and whether it loads (exit 0 with or without a model; 1 when a model is there but does not load).')
    .action(async () => {
      const config = loadConfig();
      const choice = chooseModel(process.env, config.home);
      // Repair's Swedish background text is no embedding model, but the same question: what is installed.
      const background = loadBackground();
      const missing = missingBackgroundPackages();
      const read = process.env.DIARIUM_BACKGROUND === 'off' ? 'off (DIARIUM_BACKGROUND=off)' : background ? background.sources.map((s) => `${s.id} (${s.licence})`).join(', ') : 'none';
      console.log(`repair background text: ${read}${missing.length > 0 ? `; ${backgroundNote(missing)}` : ''}`);
      const ner = process.env.DIARIUM_NER_MODEL;
      console.log(ner ? `entity model: ${ner} (DIARIUM_NER_MODEL)` : 'entity model: none; people, organisations and places come from rules and gazetteers (set DIARIUM_NER_MODEL to a token-classification model folder to add one)');
      console.log(`model:  ${choice.name}\nfolder: ${choice.folder}`);
      // No model is a normal state (keyword search), not a failure: exit 0 either way.
      if (!choice.present) {
        console.log(`loads:  no model there\n\n${missingModelMessage(choice)}`);
        return;
      }
      const { Embedder } = await import('../../pipeline/embed/embedder.ts');
      const embedder = await Embedder.load(choice, path.join(config.home, 'embeddings'));
      console.log(`loads:  yes, ${embedder.dimensions} dimensions, ${embedder.cached} passages cached`);
    });
  models
    .command('pull')
    .description('Download the configured hub model into the models folder. Needs internet access; nothing else ever downloads.')
    .action(async () => {
      const config = loadConfig();
      const choice = chooseModel(process.env, config.home);
      if (choice.present) {
        console.log(`already there: ${choice.folder}`);
        return;
      }
      // transformers.js keeps downloads under cacheDir/<hub id>/, which is where diarium looks.
      const { env, pipeline } = await import('@huggingface/transformers');
      env.allowRemoteModels = true;
      env.cacheDir = choice.folder.slice(0, choice.folder.length - choice.name.length);
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${PULL_TIMEOUT_MS / 1000}s`)), PULL_TIMEOUT_MS).unref());
      try {
        await Promise.race([pipeline('feature-extraction', choice.name, { dtype: 'q8' }), timeout]);
      } catch (error) {
        throw new DiariumError(
          `Cannot download ${choice.name}: ${(error as Error).message}. This machine may have no internet access; ` +
            `copy the model's files (config.json, tokenizer.json, tokenizer_config.json, onnx/model_quantized.onnx) into ${choice.folder} instead.`,
          ExitCode.Failure,
        );
      }
      console.log(`downloaded ${choice.name} into ${choice.folder}`);
    });
  return models;
}
