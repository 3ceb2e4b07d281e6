import fs from 'node:fs';
import path from 'node:path';
import { WordModel } from '../pipeline/repair/model.ts';
import { Repairer } from '../pipeline/repair/repair.ts';
import { loadBackground } from './background-text.ts';

/** Where the corpus word model lives: one per DIARIUM_HOME, grown by every ingest. */
export function wordModelPath(home: string): string {
  return path.join(home, 'word-model.json');
}

export function loadWordModel(home: string): WordModel {
  try {
    return WordModel.fromJSON(JSON.parse(fs.readFileSync(wordModelPath(home), 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new WordModel();
    throw new Error(`cannot read the word model ${wordModelPath(home)}: ${(error as Error).message}`);
  }
}

/**
 * Writes the model atomically (temporary file + rename), so a crash never leaves half a file; the
 * rarest words and pairs first go when it has grown past what a model keeps (`WordModel.prune`).
 */
export function saveWordModel(home: string, model: WordModel): void {
  model.prune();
  fs.mkdirSync(home, { recursive: true });
  const file = wordModelPath(home);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(model));
  fs.renameSync(tmp, file);
}

/**
 * The repairer a command uses on one file: this home's corpus model and the Swedish background
 * text when installed (background-text.ts), as ingest repairs.
 */
export function homeRepairer(home: string, model: WordModel = loadWordModel(home)): Repairer {
  return new Repairer({ model, background: loadBackground()?.model });
}
