import fs from 'node:fs';
import { Command } from 'commander';
import { loadConfig } from '../../index/config.ts';
import { homeRepairer, loadWordModel } from '../../ingest/word-model-store.ts';
import type { Correction } from '../../pipeline/repair/repair.ts';
import { walkFiles } from '../../ingest/walk.ts';
import { decodeText } from '../../ingest/handlers/text.ts';
import { normalizeText } from '../../pipeline/text/characters.ts';

interface RepairFlags {
  explain?: boolean;
  corpus?: string[];
}

/** 1-based line and column of a position, for --explain. */
function lineColumn(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return `${line}:${index - before.lastIndexOf('\n')}`;
}

function explain(text: string, c: Correction): string {
  return `${lineColumn(text, c.index)}\t${c.original} -> ${c.replacement}\t[${c.rule}] (margin ${c.score}; ${c.reason})`;
}

export function repairCommand(): Command {
  return new Command('repair')
    .description('Repair OCR damage in Swedish text (FILE, or standard input) and print it, line structure kept.')
    .argument('[file]', 'a text file; standard input when omitted or "-"')
    .option('--explain', 'also print each correction (line:column, original -> replacement, [rule], margin, reason) to standard error')
    .option('--corpus <paths...>', 'clean Swedish text files or folders to learn vocabulary from first (added to the word model under DIARIUM_HOME by ingest)')
    .action(async (file: string | undefined, flags: RepairFlags) => {
      // Read as ingest reads it (text/characters.ts): a no-break space or soft hyphen splits no word.
      const text = normalizeText(decodeText(fs.readFileSync(file && file !== '-' ? file : 0)));
      const model = loadWordModel(loadConfig().home);
      const problems: string[] = [];
      for await (const { path } of walkFiles(flags.corpus ?? [], (p) => problems.push(`${p.path}: ${p.reason}`))) {
        if (!path.endsWith('.txt')) continue;
        model.learnTrusted(normalizeText(decodeText(fs.readFileSync(path))), path);
      }
      for (const problem of problems) process.stderr.write(`diarium: --corpus: ${problem}\n`);
      const result = homeRepairer(loadConfig().home, model).repair(text);
      process.stdout.write(result.text);
      if (flags.explain) {
        process.stderr.write(`${result.corrections.length} corrections (${result.regime} text)\n`);
        for (const c of result.corrections) process.stderr.write(`${explain(text, c)}\n`);
      }
    });
}
