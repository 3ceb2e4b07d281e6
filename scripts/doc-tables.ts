/**
 * The tables of docs/extraction.md, made from the grammar's data (case-number shapes, look-alikes,
 * document types), so the documentation cannot drift from the code:
 *
 *   node --import ./bin/register.js scripts/doc-tables.ts          prints them
 *   node --import ./bin/register.js scripts/doc-tables.ts --write  writes them into docs/extraction.md
 *
 * test/grammar/docs.test.ts fails when the file's tables differ from these.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CASE_NUMBER_SHAPES, NOT_CASE_NUMBERS } from '../pipeline/grammar/case-numbers.ts';
import { DOCTYPES, TITLE_TYPES, TYPE_WORDS } from '../pipeline/grammar/doctypes.ts';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (values: string[]): string => values.map((v) => `\`${cell(v)}\``).join(', ');
const WHERE: Record<string, string> = { any: 'anywhere', label: 'after a case-number label', head: 'after a label, or in the first page\'s header' };

export function shapesTable(): string {
  const rows = CASE_NUMBER_SHAPES.map((s) => `| ${cell(s.name)} | ${s.kind} | ${WHERE[s.context]} | ${code(s.examples)} | ${cell(s.seenIn.join(', '))} |`);
  return ['| shape | kind | read | printed as | seen in |', '|---|---|---|---|---|', ...rows].join('\n');
}

export function lookAlikesTable(): string {
  return ['| not a case number | printed as |', '|---|---|', ...NOT_CASE_NUMBERS.map((n) => `| ${cell(n.name)} | ${code(n.examples)} |`)].join('\n');
}

export function doctypesTable(): string {
  const rows = DOCTYPES.map((d) => {
    const words = TYPE_WORDS.filter((w) => w.doctype === d);
    const titles = TITLE_TYPES.filter((t) => t.doctype === d);
    const printed = words.map((w) => `\`${cell(w.forms)}\`${w.weak ? ' (weak)' : ''}`).join(', ');
    const seen = [...words.map((w) => w.seenIn), ...titles.map((t) => t.seenIn)].join('; ');
    return `| ${d} | ${printed || '–'}${titles.length ? `; titles ${titles.map((t) => `\`${cell(t.pattern.source)}\``).join(', ')}` : ''} | ${cell(seen) || '–'} |`;
  });
  return ['| doctype | type words (regex, case-insensitive) | seen in |', '|---|---|---|', ...rows].join('\n');
}

const TABLES: Record<string, () => string> = { shapes: shapesTable, 'look-alikes': lookAlikesTable, doctypes: doctypesTable };

/** `text` with every `<!-- table:NAME -->…<!-- /table -->` block filled from the data. */
export function fillTables(text: string): string {
  return text.replace(/<!-- table:([\w-]+) -->[\s\S]*?<!-- \/table -->/g, (_, name: string) => `<!-- table:${name} -->\n${TABLES[name]!()}\n<!-- /table -->`);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('doc-tables.ts')) {
  const file = path.join(import.meta.dirname, '../docs/extraction.md');
  if (process.argv.includes('--write')) fs.writeFileSync(file, fillTables(fs.readFileSync(file, 'utf8')));
  else for (const [name, make] of Object.entries(TABLES)) console.log(`${name}:\n${make()}\n`);
}
