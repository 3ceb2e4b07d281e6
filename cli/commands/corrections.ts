import { Command } from 'commander';
import { loadConfig } from '../../index/config.ts';
import { CorrectionStore } from '../../ingest/corrections-store.ts';

const COLUMNS = ['id', 'at', 'doc', 'source', 'kind', 'field', 'start', 'old', 'new', 'note', 'reverted'] as const;

function csv(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function correctionsCommand(): Command {
  const command = new Command('corrections').description('Corrections people made on the page (serve --edit): kept beside the index, applied on every ingest.');
  command
    .command('export')
    .description('Print every correction of the index (DIARIUM_INDEX), in order, as JSON Lines or CSV; reverted ones say so.')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--active', 'only the corrections in force')
    .action((flags: { format: string; active?: boolean }) => {
      const config = loadConfig();
      const all = CorrectionStore.load(config.home, config.indexName).all().filter((c) => !flags.active || !c.reverted);
      if (flags.format === 'csv') {
        console.log(`\uFEFF${COLUMNS.join(',')}`);
        for (const c of all) console.log(COLUMNS.map((k) => csv(c[k])).join(','));
      } else for (const c of all) console.log(JSON.stringify(c));
    });
  return command;
}
