import fs from 'node:fs';
import { expect, it } from 'vitest';
import { fillTables } from '../../scripts/doc-tables.ts';

it('documents every case-number shape, look-alike and document type as the grammar has them', () => {
  const doc = fs.readFileSync('docs/extraction.md', 'utf8');
  // `node --import ./bin/register.js scripts/doc-tables.ts --write` brings the tables up to date.
  expect(fillTables(doc)).toBe(doc);
});
