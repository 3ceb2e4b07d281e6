/**
 * Entity precision and recall on a hand-labelled sample of ../shared/world (bench/entities/labels.json):
 * people by name, people's parts (name and part), each politician's party, organisations and
 * places, reported apart for the documents the rules were written from (development) and the
 * rest (held-out). Run by `npm run bench:search`; `node --import ./bin/register.js bench/entities.ts` alone prints the
 * same and each document's misses and extras.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../pipeline/extract/index.ts';

interface LabelledPerson {
  name: string;
  party: string | null;
  roles: string[];
}

interface Labelled {
  set: 'development' | 'held-out';
  people: LabelledPerson[];
  /** A name, or the acceptable ways of writing one. */
  organisations: (string | string[])[];
  places: (string | string[])[];
  ignore: string[];
}

const LABELS = path.join(import.meta.dirname, 'entities/labels.json');
const TEXTS = path.join(import.meta.dirname, '../test/fixtures/world');

/** The parts the labels use; any other part the extraction gives (a title, "övrig deltagare") is an official's. */
const PARTS = new Set(['ledamot', 'ersättare', 'justerare', 'ersättare för justerare', 'ordförande', 'vice ordförande', 'sekreterare', 'handläggare', 'motionär', 'yrkande', 'reservation']);
const part = (role: string): string => (PARTS.has(role) ? role : 'tjänsteperson');

export interface Counts {
  found: number;
  right: number;
  labelled: number;
}

const empty = (): Counts => ({ found: 0, right: 0, labelled: 0 });

/** Scores one kind: `found` against `labelled` (alternatives allowed), names in `ignore` not counted. */
function tally(counts: Counts, found: string[], labelled: (string | string[])[], ignore: string[], misses: string[]): void {
  const alternatives = labelled.map((l) => (Array.isArray(l) ? l : [l]));
  const kept = [...new Set(found)].filter((f) => !ignore.includes(f));
  counts.found += kept.length;
  counts.labelled += alternatives.length;
  const matched = new Set<number>();
  for (const f of kept) {
    const i = alternatives.findIndex((a, k) => !matched.has(k) && a.includes(f));
    if (i >= 0) {
      matched.add(i);
      counts.right++;
    } else misses.push(`+${f}`);
  }
  alternatives.forEach((a, k) => {
    if (!matched.has(k)) misses.push(`-${a[0]}`);
  });
}

export type Kind = 'people' | 'parts' | 'parties' | 'organisations' | 'places';
export const KINDS: readonly Kind[] = ['people', 'parts', 'parties', 'organisations', 'places'];

/** Counts per set and kind, and per document what was missed (-) or wrongly found (+). */
export function scoreEntities(): { sets: Record<string, Record<Kind, Counts>>; notes: Map<string, string[]> } {
  const labels = JSON.parse(fs.readFileSync(LABELS, 'utf8')) as { documents: Record<string, Labelled> };
  const sets: Record<string, Record<Kind, Counts>> = {};
  const notes = new Map<string, string[]>();
  for (const [name, truth] of Object.entries(labels.documents)) {
    const doc = extract(fs.readFileSync(path.join(TEXTS, `${name}.txt`), 'utf8'));
    const counts = (sets[truth.set] ??= Object.fromEntries(KINDS.map((k) => [k, empty()])) as Record<Kind, Counts>);
    const misses: string[] = [];
    tally(counts.people, doc.people, truth.people.map((p) => p.name), truth.ignore, misses);
    tally(counts.parts, doc.personRoles.map((r) => `${r.name}: ${part(r.role)}`), truth.people.flatMap((p) => p.roles.map((r) => `${p.name}: ${r}`)), [], misses);
    tally(counts.parties, doc.personParties.map((p) => `${p.name} (${p.party})`), truth.people.filter((p) => p.party).map((p) => `${p.name} (${p.party})`), [], misses);
    tally(counts.organisations, doc.organisations, truth.organisations, truth.ignore, misses);
    tally(counts.places, doc.places, truth.places, truth.ignore, misses);
    notes.set(name, misses);
  }
  return { sets, notes };
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');

/** Prints precision and recall per set and kind. */
export function printEntityScores(verbose = false): void {
  const { sets, notes } = scoreEntities();
  const labels = JSON.parse(fs.readFileSync(LABELS, 'utf8')) as { documents: Record<string, Labelled> };
  console.log(`\n== entities: precision and recall on ${Object.keys(labels.documents).length} hand-labelled world documents (bench/entities/labels.json)`);
  for (const [set, counts] of Object.entries(sets)) {
    const docs = Object.entries(labels.documents).filter(([, d]) => d.set === set).map(([n]) => n);
    console.log(`${set} (${docs.join(', ')}):`);
    for (const kind of KINDS) {
      const c = counts[kind];
      console.log(`  ${kind.padEnd(14)} precision ${ratio(c.right, c.found)}  recall ${ratio(c.right, c.labelled)}  (${c.right} right of ${c.found} found, ${c.labelled} labelled)`);
    }
  }
  if (verbose) for (const [name, misses] of notes) if (misses.length) console.log(`${name}: ${misses.join(' | ')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) printEntityScores(true);
