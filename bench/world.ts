/**
 * Scoring against the world corpus's truth files (test/fixtures/world, from ../shared/world): per
 * field, per document family and per item, shared by `bench:extract` and the tests' floor. A field
 * is right when its value equals the truth with typography folded (dashes, quotation marks); an
 * item is right when its paragraf or number, its title and its case numbers are.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentMetadata } from '../pipeline/document.ts';
import { extract } from '../pipeline/extract/index.ts';

/** The labelled fields of the truth schema (items are scored apart). */
export const WORLD_FIELDS = ['municipality', 'doctype', 'title', 'namnd', 'forvaltning', 'date', 'meetingDate', 'justerat', 'dnr', 'refDnr', 'handlaggare', 'forslagTillBeslut', 'beslut', 'paragraf'] as const;
export type WorldField = (typeof WORLD_FIELDS)[number];

export interface WorldCase {
  name: string;
  /** p: protokoll, u: utlåtanden and other case documents, k: kallelser, lists and notices. */
  family: 'protokoll' | 'utlatande' | 'kallelse';
  text: string;
  truth: Record<string, unknown> & { items?: TruthItem[] };
}

interface TruthItem {
  paragraf: string | null;
  number?: string | null;
  title: string | null;
  dnr: string[];
}

const FAMILY = { p: 'protokoll', u: 'utlatande', k: 'kallelse' } as const;

/** The documents of a world folder (`NAME.txt` beside `NAME.truth.json`), in name order. */
export function worldCases(dir: string): WorldCase[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => {
      const name = f.replace('.truth.json', '');
      return {
        name,
        family: FAMILY[name[0] as keyof typeof FAMILY] ?? 'utlatande',
        text: fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8'),
        truth: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')),
      };
    });
}

/** A value with typography folded: OCR and layouts cannot tell a dash from a hyphen, nor one quotation mark from another. */
export function folded(value: unknown): string {
  return JSON.stringify(value ?? null)
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[”“„″]/g, '\\"')
    .replace(/[’‘‚′]/g, "'");
}

export interface WorldScore {
  /** Share of labelled fields right. */
  fields: number;
  /** Share of items right. */
  items: number;
  perField: Record<WorldField, number>;
  perFamily: Record<string, { fields: number; items: number; documents: number }>;
  /**
   * The case numbers of the truth's dnr and refDnr one by one, own or cited alike: the share found
   * (`recall`) and the share of those read that are right (`precision`). The fields above count a
   * document's whole list, where a worn copy's one misread digit costs all of it; a researcher
   * filtering on a number finds each document whose number was read.
   */
  caseNumbers: { recall: number; precision: number; expected: number; read: number };
  /** What was wrong, for reading: "p04 namnd: got …, expected …". */
  misses: string[];
}

/** An item is right when its paragraf or number, its title and its case numbers are. */
function itemRight(got: DocumentMetadata['items'][number] | undefined, want: TruthItem): boolean {
  return got !== undefined && (got.paragraf ?? null) === (want.paragraf ?? null) && (got.number ?? null) === (want.number ?? null) && folded(got.title) === folded(want.title) && folded(got.dnr) === folded(want.dnr);
}

/** Scores `read` (by default the extractor on the clean text) over `cases`. */
export function scoreWorld(cases: WorldCase[], read: (c: WorldCase) => DocumentMetadata = (c) => extract(c.text)): WorldScore {
  const perField = Object.fromEntries(WORLD_FIELDS.map((f) => [f, 0])) as Record<WorldField, number>;
  const families: Record<string, { right: number; fields: number; itemsRight: number; items: number; documents: number }> = {};
  const misses: string[] = [];
  let right = 0;
  let items = 0;
  let itemsRight = 0;
  const numbers = { expected: 0, found: 0, read: 0, right: 0 };
  const caseNumbersOf = (value: Record<string, unknown>): string[] => (['dnr', 'refDnr'] as const).flatMap((f) => ((value[f] as string[] | null) ?? []).map((n) => folded(n)));
  for (const c of cases) {
    const meta = read(c);
    const wanted = caseNumbersOf(c.truth);
    const got = caseNumbersOf(meta as unknown as Record<string, unknown>);
    numbers.expected += wanted.length;
    numbers.read += got.length;
    numbers.found += wanted.filter((n) => got.includes(n)).length;
    numbers.right += got.filter((n) => wanted.includes(n)).length;
    const fam = (families[c.family] ??= { right: 0, fields: 0, itemsRight: 0, items: 0, documents: 0 });
    fam.documents++;
    for (const f of WORLD_FIELDS) {
      fam.fields++;
      if (folded(meta[f]) === folded(c.truth[f])) {
        right++;
        fam.right++;
        perField[f]++;
      } else misses.push(`${c.name} ${f}: got ${JSON.stringify(meta[f])}, expected ${JSON.stringify(c.truth[f])}`);
    }
    (c.truth.items ?? []).forEach((want, i) => {
      items++;
      fam.items++;
      if (itemRight(meta.items[i], want)) {
        itemsRight++;
        fam.itemsRight++;
      } else {
        const got = meta.items[i];
        misses.push(`${c.name} item ${i + 1}: got ${got ? `${got.paragraf ?? got.number} | ${got.title} | ${got.dnr.join(', ')}` : 'nothing'}, expected ${want.paragraf ?? want.number} | ${want.title} | ${want.dnr.join(', ')}`);
      }
    });
  }
  const n = cases.length * WORLD_FIELDS.length;
  return {
    fields: n ? right / n : 1,
    items: items ? itemsRight / items : 1,
    perField: Object.fromEntries(WORLD_FIELDS.map((f) => [f, perField[f] / Math.max(1, cases.length)])) as Record<WorldField, number>,
    perFamily: Object.fromEntries(Object.entries(families).map(([k, v]) => [k, { fields: v.right / v.fields, items: v.items ? v.itemsRight / v.items : 1, documents: v.documents }])),
    caseNumbers: { recall: numbers.expected ? numbers.found / numbers.expected : 1, precision: numbers.read ? numbers.right / numbers.read : 1, expected: numbers.expected, read: numbers.read },
    misses,
  };
}
