import { Command } from 'commander';
import { loadConfig } from '../../index/config.ts';
import { homeRepairer } from '../../ingest/word-model-store.ts';

interface OcrFlags {
  raw?: boolean;
  ocrEngine: string;
}

export function ocrCommand(): Command {
  return new Command('ocr')
    .description('Print the text of one file (scanned PDF, image, text PDF or .txt), OCR\'d where needed and repaired. Pages are separated by a form feed.')
    .argument('<file>', 'a document file')
    .option('--raw', 'print the text as read, without repair')
    .option('--ocr-engine <name>', 'tesseract.js or native', 'tesseract.js')
    .action(async (file: string, flags: OcrFlags) => {
      const [{ ocrEngineFactory }, { readText }] = await Promise.all([import('../../ingest/ocr/choose.ts'), import('../../ingest/read-file.ts')]);
      const { extracted } = await readText(file, ocrEngineFactory(flags.ocrEngine));
      const text = flags.raw ? extracted.text : homeRepairer(loadConfig().home).repair(extracted.text).text;
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      for (const page of extracted.ocr?.pages ?? []) process.stderr.write(`page ${page.page}: OCR confidence ${page.confidence}\n`);
    });
}
