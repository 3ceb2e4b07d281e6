/**
 * Known-item search on OCR'd documents: does a person who knows a document find it among the first
 * five hits, when the archive holds it as clean text, as legacy OCR of a good scan, or of a worn
 * copy? The independent set that decides (real documents outside the repository) asks the same of
 * the CLI; this is the repository's own measure of it, run by `npm run bench:search`.
 *
 * Documents: the 45 world documents (test/fixtures/world, 44 municipalities' layouts) as clean text
 * and as the English-model OCR of the seven held-out faces (test/fixtures/held-out-*), each face's
 * copies in an index of their own beside the same distractors (the bench's generated documents
 * and the seeds), read by the whole pipeline as ingest reads them (repair included; and once
 * without repair, to show what repair is worth to search). Queries, as a person types them for a
 * document they know: its title as the truth gives it, and the title's first three words of five
 * letters or more ("Ekonomisk uppföljning augusti"); not for a title of one such word, a genre's
 * name ("KALLELSE", "Sammanträdesprotokoll"). Searched as the CLI searches (the query, then
 * its base forms).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { loadBackground } from '../ingest/background-text.ts';
import { openDocumentIndex, upsertDocuments } from '../index/documents.ts';
import { searchDocuments } from '../index/search.ts';
import type { Document } from '../pipeline/document.ts';
import { contentId } from '../pipeline/hash.ts';
import { baseFormQuery, type Lemmatizer } from '../pipeline/lexicon/lemmas.ts';
import { runPipeline } from '../pipeline/pipeline.ts';
import { Repairer } from '../pipeline/repair/repair.ts';
import { corpusModel } from './scans.ts';
import { worldCases, type WorldCase } from './world.ts';

const WORLD = 'test/fixtures/world';
const FIXTURES = 'test/fixtures';
/** Found: among the first this many hits. */
const TOP = 5;

interface Query {
  /** The world document it looks for. */
  name: string;
  q: string;
}

/** The queries of one kind for every world document with a title. */
function queries(world: readonly WorldCase[], kind: 'title' | 'words'): Query[] {
  return world.flatMap((c) => {
    const title = c.truth.title;
    if (typeof title !== 'string') return [];
    // A title of one word ("KALLELSE", "Sammanträdesprotokoll") names a genre, not a document: no
    // one finds a known protokoll by it.
    const words = (title.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 5);
    if (words.length < 2) return [];
    return [{ name: c.name, q: kind === 'title' ? title : words.slice(0, 3).join(' ') }];
  });
}

/**
 * Builds one index per condition and face, searches every query in each, and prints the share
 * found in the first five hits, per condition (the faces together).
 */
export async function knownItem(client: Meilisearch, lemmatizer: Lemmatizer, distractors: readonly Document[]): Promise<void> {
  const world = worldCases(WORLD);
  const faces = fs.readdirSync(FIXTURES).filter((d) => d.startsWith('held-out-')).sort();
  const repairer = new Repairer({ model: corpusModel(), background: loadBackground()?.model });
  const read = (name: string, text: string, tag: string, repair: boolean): Document =>
    runPipeline({ id: contentId(new TextEncoder().encode(`${tag}/${name}`)), source: `/world/${tag}/${name}`, text }, repair ? { repairer, lemmatizer } : { repair: false, lemmatizer });
  const kinds = { title: queries(world, 'title'), words: queries(world, 'words') };
  console.log(`\n== known-item search: the document in the first ${TOP} hits, and (first:) as the first (${world.length} world documents among ${distractors.length} others; ${kinds.title.length} title queries, ${kinds.words.length} key-word queries per face)`);

  const conditions: { label: string; tag: string; sets: { face: string; texts: Map<string, string> }[]; repair: boolean }[] = [
    { label: 'clean text', tag: 'clean', sets: [{ face: 'clean', texts: new Map(world.map((c) => [c.name, c.text])) }], repair: true },
  ];
  for (const quality of ['good', 'poor'] as const) {
    const sets = faces.map((face) => ({
      face,
      texts: new Map(world.flatMap((c): [string, string][] => {
        const file = path.join(FIXTURES, face, `${c.name}.${quality}.ocr-eng.txt`);
        return fs.existsSync(file) ? [[c.name, fs.readFileSync(file, 'utf8')]] : [];
      })),
    }));
    const label = quality === 'good' ? 'legacy OCR, good scans' : 'legacy OCR, worn copies';
    conditions.push({ label: `${label}, repaired`, tag: quality, sets, repair: true }, { label: `${label}, not repaired`, tag: `${quality}-raw`, sets, repair: false });
  }

  for (const condition of conditions) {
    const found = { title: 0, words: 0 };
    const first = { title: 0, words: 0 };
    const asked = { title: 0, words: 0 };
    const missed = new Map<string, number>();
    for (const { face, texts } of condition.sets) {
      const ids = new Map<string, string>();
      const docs = [...texts].map(([name, text]) => {
        const doc = read(name, text, `${condition.tag}/${face}`, condition.repair);
        ids.set(name, doc.id);
        return doc;
      });
      const index = await openDocumentIndex(client, `bench-known-${condition.tag}-${face}`);
      await upsertDocuments(index, [...docs, ...distractors]);
      for (const kind of ['title', 'words'] as const) {
        for (const { name, q } of kinds[kind]) {
          const id = ids.get(name);
          if (id === undefined) continue;
          asked[kind]++;
          const { hits } = await searchDocuments(index, { q, limit: TOP, baseForms: baseFormQuery(q, lemmatizer) }, ['id']);
          const rank = hits.findIndex((h) => h.id === id);
          if (rank === 0) first[kind]++;
          if (rank >= 0) found[kind]++;
          else missed.set(`${kind}: ${name}`, (missed.get(`${kind}: ${name}`) ?? 0) + 1);
        }
      }
      await client.deleteIndex(index.uid);
    }
    const share = (kind: 'title' | 'words'): string => `${(found[kind] / asked[kind]).toFixed(3)} (first: ${(first[kind] / asked[kind]).toFixed(3)})`;
    const faceCount = condition.sets.length > 1 ? `, ${condition.sets.length} faces` : '';
    console.log(`  ${`${condition.label}${faceCount}:`.padEnd(50)} titles ${share('title')}, key words ${share('words')}`);
    if (process.argv.includes('--misses') && missed.size > 0) {
      console.log(`    missed: ${[...missed].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}${n > 1 ? ` ×${n}` : ''}`).join('; ')}`);
    }
  }
}
