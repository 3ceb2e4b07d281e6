import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../index/config.ts';
import { DiariumError, ExitCode } from '../../index/errors.ts';
import { pickHandler } from '../../ingest/handlers/index.ts';
import { loadWordModel } from '../../ingest/word-model-store.ts';
import { contentId } from '../../pipeline/hash.ts';
import { runPipeline } from '../../pipeline/pipeline.ts';
import { Repairer } from '../../pipeline/repair/repair.ts';

interface ExtractFlags {
  json?: boolean;
  repair: boolean;
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('Run one file through the pipeline (repair, extraction) and print the Document.')
    .argument('<file>', 'a document file')
    .option('--json', 'print the whole Document as JSON (default: a summary of the metadata)')
    .option('--no-repair', 'extract from the text as read, without OCR repair')
    .action(async (file: string, flags: ExtractFlags) => {
      const bytes = fs.readFileSync(file);
      const handler = pickHandler(bytes.subarray(0, 4096), file);
      if (!handler) throw new DiariumError(`${file}: unsupported file type`, ExitCode.Failure);
      const { text, pages } = await handler.read(bytes, file);
      const repairer = new Repairer({ model: loadWordModel(loadConfig().home) });
      const doc = runPipeline({ id: contentId(bytes), source: path.resolve(file), text, pages }, { repair: flags.repair, repairer });
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
