import fs from 'node:fs';
import path from 'node:path';
import { WordModel } from '../pipeline/repair/model.ts';

/** The page number in a scan's file name ("001_….p3.poor.png" is 3), for reading pages in order. */
export const pageNumber = (file: string): number => Number(/\.p(\d+)\./.exec(file)?.[1] ?? 0);

/** The word model an ingest of `corpora/` builds: it learns only documents that kept å/ä/ö. */
export function corpusModel(): WordModel {
  const model = new WordModel();
  for (const f of fs.readdirSync('corpora/stockholm')) model.learnTrusted(fs.readFileSync(path.join('corpora/stockholm', f), 'utf8'), f);
  return model;
}
