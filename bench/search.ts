/**
 * npm run bench:search — search quality and speed.
 *
 * Quality: 30 judged Swedish queries over 255 documents (250 generated on ten topics, and the five
 * seeds), precision@10 and nDCG@10 for keyword search without and with the compound parts,
 * abbreviation aliases and base forms (lemmas), recall on the queries whose words occur in the
 * corpus only inside compounds, and hybrid search when a real embedding model is installed
 * (DIARIUM_MODEL). Inflection: recall and precision of queries in base form for documents that
 * print the words only inflected, without and with lemmas, and what lemmas cost. Entities:
 * precision and recall of people, parts, parties, organisations and places on hand-labelled world
 * documents (bench/entities.ts). Known items: whether a document's title or key words find it in
 * the first five hits when it is indexed as clean text, or as legacy OCR of good scans and worn
 * copies, repaired and not (bench/known-item.ts).
 * Speed: p50/p95/p99 latency of keyword search with facets on 100 000 generated documents
 * (BENCH_DOCS to change the number).
 */
import { createClient } from '../index/client.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Index, Meilisearch } from 'meilisearch';
import { openDocumentIndex, upsertDocuments } from '../index/documents.ts';
import { searchDocuments } from '../index/search.ts';
import { serverPaths, startServer, stopServer } from '../index/server.ts';
import { settle } from '../index/tasks.ts';
import type { Document } from '../pipeline/document.ts';
import { Embedder, meanVector } from '../pipeline/embed/embedder.ts';
import { chooseModel } from '../pipeline/embed/model.ts';
import { contentId } from '../pipeline/hash.ts';
import { extractMetadata, normalize, runPipeline, STAGES } from '../pipeline/pipeline.ts';
import { chunkDocument } from '../pipeline/chunk.ts';
import { generateDocuments, TOPICS, type GeneratedDoc } from './search-corpus.ts';
import { loadLemmatizer } from '../ingest/lemmatizer.ts';
import { baseFormQuery, type Lemmatizer } from '../pipeline/lexicon/lemmas.ts';
import { printEntityScores } from './entities.ts';
import { knownItem } from './known-item.ts';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'diarium-bench-search-'));
const paths = serverPaths(home);
const server = await startServer(paths);
const client = createClient(server.url, server.key);

const seeds: GeneratedDoc[] = fs.readdirSync('corpora/stockholm').map((f) => ({ name: f, topic: 'trygghet', text: fs.readFileSync(path.join('corpora/stockholm', f), 'utf8') }));
const corpus = [...generateDocuments(250, 1), ...seeds];
/** Base forms as ingest makes them: Hunspell's when hunspell-sv is installed. */
const lemmatizer = loadLemmatizer();
const topicOf = new Map<string, string>();

function toDocument(g: GeneratedDoc, withTerms: boolean, withLemmas = true): Document {
  const id = contentId(new TextEncoder().encode(g.name + g.text));
  topicOf.set(id, g.topic);
  // Without the search-term stage: the plain keyword baseline.
  const doc = runPipeline({ id, source: `/bench/${g.name}`, text: g.text }, { repair: false, lemmatizer }, withTerms ? STAGES : [normalize, extractMetadata]);
  return withLemmas ? doc : { ...doc, lemmas: [] };
}

async function build(name: string, docs: Document[], dimensions?: number): Promise<Index<Document>> {
  const index = await openDocumentIndex(client, name, dimensions);
  for (let i = 0; i < docs.length; i += 5000) await upsertDocuments(index, docs.slice(i, i + 5000));
  return index;
}

/**
 * Inflection: queries of two base forms whose words the document prints only inflected ("obelisk
 * torget" for "Obelisken på torget"), over the world documents and the seeds (real layouts and
 * language). Relevant: every document that prints some form of both words. Recall and precision of
 * the first 20 hits, without and with the lemmas field; its cost in document size and pipeline time.
 */
async function inflection(): Promise<void> {
  const world = fs.readdirSync('test/fixtures/world').filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join('test/fixtures/world', f), 'utf8') }));
  const texts = [...world, ...seeds.map((s) => ({ name: s.name, text: s.text }))];
  const wordsOf = (text: string): string[] => [...new Set(text.toLowerCase().match(/\p{L}+/gu) ?? [])];
  // Every form's base forms, per document: what "prints some form of" means.
  const formsOf = texts.map((t) => {
    const words = wordsOf(t.text);
    return new Set([...words, ...words.flatMap((w) => lemmatizer.lemmas(w))]);
  });
  const queriesOf = texts.flatMap((t) => {
    const words = wordsOf(t.text);
    const printed = new Set(words);
    // Base forms the document never prints as such, of words long enough to mean something.
    const hidden = [...new Set(words.filter((w) => w.length >= 6).flatMap((w) => lemmatizer.lemmas(w).filter((l) => l !== w && l.length >= 5 && !printed.has(l))))];
    const out: string[] = [];
    for (let i = 0; i + 1 < hidden.length && out.length < 3; i += 2) out.push(`${hidden[i]} ${hidden[i + 1]}`);
    return out;
  });
  const none: Lemmatizer = { name: 'none', lemmas: () => [] };
  const toDoc = (t: { name: string; text: string }, withLemmas: boolean): Document =>
    runPipeline({ id: contentId(new TextEncoder().encode(`inflection/${t.name}`)), source: `/bench/${t.name}`, text: t.text }, { repair: false, lemmatizer: withLemmas ? lemmatizer : none });
  const ids = texts.map((t) => contentId(new TextEncoder().encode(`inflection/${t.name}`)));
  const measure = async (index: Index<Document>): Promise<{ recall: number; precision: number }> => {
    let recall = 0;
    let precision = 0;
    for (const q of queriesOf) {
      const [a, b] = q.split(' ') as [string, string];
      const relevant = new Set(ids.filter((_, i) => formsOf[i]!.has(a) && formsOf[i]!.has(b)));
      const hits = (await searchDocuments(index, { q, limit: 20 })).hits.map((h) => h.id);
      const found = hits.filter((id) => relevant.has(id)).length;
      recall += found / relevant.size;
      precision += hits.length ? found / hits.length : 0;
    }
    return { recall: recall / queriesOf.length, precision: precision / queriesOf.length };
  };
  let started = performance.now();
  const without = texts.map((t) => toDoc(t, false));
  const plainTime = performance.now() - started;
  const before = await build('bench-inflection-before', without);
  started = performance.now();
  const withLemmas = texts.map((t) => toDoc(t, true));
  const lemmaTime = performance.now() - started;
  const after = await build('bench-inflection-after', withLemmas);
  const [b, a] = [await measure(before), await measure(after)];

  // Queries in forms the document does not print: forms other documents print of two of its
  // words' base forms ("skolornas" for a document that says "skola"). Relevant: every document
  // with some form of both base forms. Searched as typed, then with the query's base forms after.
  const formsByLemma = new Map<string, Set<string>>();
  for (const t of texts) for (const w of wordsOf(t.text)) for (const l of lemmatizer.lemmas(w)) if (l !== w) (formsByLemma.get(l) ?? formsByLemma.set(l, new Set()).get(l)!).add(w);
  const inflected = texts.flatMap((t, i) => {
    const printed = new Set(wordsOf(t.text));
    const pairs: { q: string; lemmas: [string, string] }[] = [];
    const usable = [...formsOf[i]!].filter((l) => l.length >= 5 && [...(formsByLemma.get(l) ?? [])].some((f) => !printed.has(f) && f.length >= 6)).sort();
    for (let k = 0; k + 1 < usable.length && pairs.length < 3; k += 2) {
      const form = (l: string): string => [...formsByLemma.get(l)!].find((f) => !printed.has(f) && f.length >= 6)!;
      pairs.push({ q: `${form(usable[k]!)} ${form(usable[k + 1]!)}`, lemmas: [usable[k]!, usable[k + 1]!] });
    }
    return pairs;
  });
  const measureInflected = async (index: Index<Document>, withBase: boolean): Promise<{ recall: number; precision: number }> => {
    let recall = 0;
    let precision = 0;
    for (const { q, lemmas: [a, b] } of inflected) {
      const relevant = new Set(ids.filter((_, i) => formsOf[i]!.has(a) && formsOf[i]!.has(b)));
      const hits = (await searchDocuments(index, { q, limit: 20, baseForms: withBase ? baseFormQuery(q, lemmatizer) : null })).hits.map((h) => h.id);
      const found = hits.filter((id) => relevant.has(id)).length;
      recall += found / relevant.size;
      precision += hits.length ? found / hits.length : 0;
    }
    return { recall: recall / inflected.length, precision: precision / inflected.length };
  };
  const [asTyped, withBase] = [await measureInflected(after, false), await measureInflected(after, true)];
  const bytes = (docs: Document[]): number => docs.reduce((sum, d) => sum + Buffer.byteLength(JSON.stringify(d)), 0);
  console.log(`\n== inflection: ${queriesOf.length} queries of two base forms the document prints only inflected, over ${texts.length} documents (world and seeds), lemmatizer ${lemmatizer.name}`);
  console.log(`   e.g. ${queriesOf.slice(0, 6).map((q) => `"${q}"`).join(', ')}`);
  console.log(`without lemmas  recall@20 ${b.recall.toFixed(3)}  precision@20 ${b.precision.toFixed(3)}`);
  console.log(`with lemmas     recall@20 ${a.recall.toFixed(3)}  precision@20 ${a.precision.toFixed(3)}`);
  console.log(`\n   ${inflected.length} queries in forms the document does not print, e.g. ${inflected.slice(0, 4).map((q) => `"${q.q}"`).join(', ')} (index with lemmas)`);
  console.log(`as typed                     recall@20 ${asTyped.recall.toFixed(3)}  precision@20 ${asTyped.precision.toFixed(3)}`);
  console.log(`then the query's base forms  recall@20 ${withBase.recall.toFixed(3)}  precision@20 ${withBase.precision.toFixed(3)}`);
  console.log(`cost: documents ${((100 * (bytes(withLemmas) - bytes(without))) / bytes(without)).toFixed(1)}% larger (${(withLemmas.reduce((n, d) => n + (d.lemmas?.length ?? 0), 0) / texts.length).toFixed(0)} base forms each); pipeline ${(plainTime / texts.length).toFixed(1)} -> ${(lemmaTime / texts.length).toFixed(1)} ms a document (the dictionary loaded before)`);
}

const queries = TOPICS.flatMap((t) => t.queries.map((q) => ({ q, topic: t.key })));
const relevant = (topic: string): number => corpus.filter((d) => d.topic === topic).length;

/** Queries with a word that the corpus has only inside compounds ("strategi" in "hemlöshetsstrategin"). */
const standalone = new Set(corpus.flatMap((d) => d.text.toLowerCase().match(/\p{L}+/gu) ?? []));
const compoundQueries = queries.filter(({ q }) => q.toLowerCase().split(/\s+/).some((w) => w.length > 3 && !standalone.has(w) && corpus.some((d) => d.text.toLowerCase().includes(w))));

interface Scores {
  p10: number;
  ndcg10: number;
  compoundRecall: number;
}

async function score(index: Index<Document>, embedder?: Embedder, ratio = 0.5): Promise<Scores> {
  let p10 = 0;
  let ndcg = 0;
  for (const { q, topic } of queries) {
    const semantic = embedder ? { vector: Array.from(await embedder.query(q)), ratio } : undefined;
    const hits = (await searchDocuments(index, { q, limit: 10, semantic })).hits;
    const gains = hits.map((h) => (topicOf.get(h.id) === topic ? 1 : 0));
    p10 += gains.reduce((a: number, b) => a + b, 0) / 10;
    const dcg = gains.reduce((sum: number, g, i) => sum + g / Math.log2(i + 2), 0);
    const ideal = Array.from({ length: Math.min(10, relevant(topic)) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0);
    ndcg += dcg / ideal;
  }
  let recall = 0;
  for (const { q, topic } of compoundQueries) {
    const hits = (await searchDocuments(index, { q, limit: 1000 })).hits;
    recall += hits.filter((h) => topicOf.get(h.id) === topic).length / relevant(topic);
  }
  return { p10: p10 / queries.length, ndcg10: ndcg / queries.length, compoundRecall: compoundQueries.length ? recall / compoundQueries.length : NaN };
}

const show = (label: string, s: Scores): void =>
  console.log(`${label.padEnd(44)} P@10 ${s.p10.toFixed(3)}  nDCG@10 ${s.ndcg10.toFixed(3)}  recall on compound queries ${s.compoundRecall.toFixed(3)}`);

try {
  console.log(`== quality: ${queries.length} judged queries over ${corpus.length} documents on ${TOPICS.length} topics`);
  console.log(`   compound queries (a word the corpus has only inside compounds): ${compoundQueries.map((c) => `"${c.q}"`).join(', ')}`);
  const plain = await build('bench-plain', corpus.map((g) => toDocument(g, false)));
  const withTerms = corpus.map((g) => toDocument(g, true));
  const full = await build('bench-full', withTerms);
  show('keyword only', await score(plain));
  show('keyword + compound parts and aliases', await score(await build('bench-no-lemmas', corpus.map((g) => toDocument(g, true, false)))));
  show('keyword + compound parts, aliases and lemmas', await score(full));

  const choice = chooseModel(process.env, home);
  if (choice.present && !/tiny/i.test(choice.name)) {
    const embedder = await Embedder.load(choice, null);
    for (const doc of withTerms) doc._vectors = { default: meanVector(await embedder.passages(chunkDocument(doc).map((c) => c.text))) };
    const hybrid = await build('bench-hybrid', withTerms, embedder.dimensions);
    show(`hybrid 0.5 (${choice.name})`, await score(hybrid, embedder, 0.5));
  } else {
    console.log(`hybrid: not measured, no embedding model at ${choice.folder} (set DIARIUM_MODEL to a real sentence model; the tests' tiny model has random weights)`);
  }

  await inflection();
  await knownItem(client, lemmatizer, withTerms);
  printEntityScores();

  const size = Number(process.env.BENCH_DOCS) || 100_000;
  console.log(`\n== latency: keyword search with facets on ${size} generated documents`);
  let started = performance.now();
  const big = await openDocumentIndex(client, 'bench-large');
  const generated = generateDocuments(size, 2);
  for (let i = 0; i < generated.length; i += 10_000) {
    const docs = generated.slice(i, i + 10_000).map((g) => runPipeline({ id: contentId(new TextEncoder().encode(g.name)), source: `/bench/${g.name}`, text: g.text }, { repair: false, lemmatizer }));
    await settle(big.addDocuments(docs), `add ${docs.length}`);
  }
  console.log(`indexed in ${((performance.now() - started) / 1000).toFixed(0)} s (pipeline and Meilisearch, 2 cores)`);
  // For the capacity model (docs/scaling.md): disk and memory of the index at this size.
  const stats = await client.getStats();
  const textBytes = generated.reduce((n, g) => n + Buffer.byteLength(g.text), 0);
  const rss = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  console.log(`Meilisearch: database ${(stats.databaseSize / 2 ** 20).toFixed(0)} MiB on disk (${(stats.databaseSize / size / 1024).toFixed(1)} KiB a document of ${(textBytes / size / 1024).toFixed(1)} KiB text; all benchmark indexes), resident memory ${rss.toFixed(0)} MiB`);
  const facets = ['namnd', 'doctype', 'year', 'refDnr'];
  const filters = ['', 'year >= 2019', 'namnd = "Socialnämnden"', 'doctype = "tjänsteutlåtande" AND year = 2020'];
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const [i, { q }] of queries.entries()) {
      started = performance.now();
      await searchDocuments(big, { q, facets, filter: filters[(i + round) % filters.length], limit: 20, baseForms: baseFormQuery(q, lemmatizer) });
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number): string => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
  console.log(`(as the page and the CLI search: the query, then its base forms when they differ: ${queries.filter(({ q }) => baseFormQuery(q, lemmatizer)).length} of ${queries.length} queries)`);
  console.log(`${times.length} queries: p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms (round trip through the client, one at a time)`);
} finally {
  await stopServer(paths);
  fs.rmSync(home, { recursive: true, force: true });
}
