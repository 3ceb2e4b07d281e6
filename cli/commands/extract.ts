import { Command } from 'commander';
import { loadConfig } from '../../index/config.ts';
import { homeRepairer } from '../../ingest/word-model-store.ts';
import { loadLemmatizer } from '../../ingest/lemmatizer.ts';

interface ExtractFlags {
  json?: boolean;
  repair: boolean;
  ocrEngine: string;
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('Run one file through the pipeline (repair, extraction) and print the Document.')
    .argument('<file>', 'a document: .txt, PDF (text layer or scanned), PNG, JPEG or TIFF')
    .option('--json', 'print the whole Document as JSON (default: a summary of the metadata)')
    .option('--no-repair', 'extract from the text as read, without OCR repair')
    .option('--ocr-engine <name>', 'tesseract.js or native', 'tesseract.js')
    .action(async (file: string, flags: ExtractFlags) => {
      const [{ ocrEngineFactory }, { readDocument }] = await Promise.all([import('../../ingest/ocr/choose.ts'), import('../../ingest/read-file.ts')]);
      const config = loadConfig();
      const repairer = homeRepairer(config.home);
      const doc = await readDocument(file, ocrEngineFactory(flags.ocrEngine), { repair: flags.repair, repairer, personnummer: config.personnummer, lemmatizer: loadLemmatizer() });
      if (flags.json) {
        console.log(JSON.stringify(doc, null, 2));
        return;
      }
      const { sections, signatories, text: _text, originalText: _original, messages, ...meta } = doc;
      for (const [key, value] of Object.entries(meta)) console.log(`${key.padEnd(18)} ${JSON.stringify(value)}`);
      console.log(`${'sections'.padEnd(18)} ${sections.map((s) => s.heading).join(' | ')}`);
      console.log(`${'signatories'.padEnd(18)} ${signatories.map((s) => `${s.name} (${s.role})`).join(', ')}`);
      for (const m of messages) console.log(`${m.stage}: ${m.reason}`);
    });
}
