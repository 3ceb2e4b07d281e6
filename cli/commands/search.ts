import { Command } from 'commander';
import type { SearchResponse } from 'meilisearch';
import { loadConfig } from '../../index/config.ts';
import { connect } from '../../index/connect.ts';
import { openDocumentIndex } from '../../index/documents.ts';
import { csvLine } from '../../index/csv.ts';
import { Federation } from '../../index/remotes.ts';
import { ENTITY_COLUMNS, ENTITY_FIELDS, entityRows } from '../../index/entity-export.ts';
import { allDocuments, HIGHLIGHT_POST, HIGHLIGHT_PRE, searchDocuments, type Hit } from '../../index/search.ts';
import { list, ratio, wholeNumber } from '../options.ts';
import { loadEmbedder } from '../semantic.ts';
import { queryLemmatizer } from '../../ingest/lemmatizer.ts';
import { baseFormQuery } from '../../pipeline/lexicon/lemmas.ts';

interface SearchFlags {
  filter?: string;
  facets: string[];
  limit: number;
  offset: number;
  sort?: string[];
  json?: boolean;
  withRepairs?: boolean;
  entities?: boolean;
  semantic?: number;
}

const DEFAULT_FACETS = ['namnd', 'doctype', 'year'];

/** Turns highlight tags into bold on a terminal, into **stars** elsewhere. */
function emphasise(text: string, tty: boolean): string {
  const [on, off] = tty ? ['\x1b[1;33m', '\x1b[0m'] : ['**', '**'];
  return text.split(HIGHLIGHT_PRE).join(on).split(HIGHLIGHT_POST).join(off).replace(/\s+/g, ' ').trim();
}

function printHuman(result: SearchResponse<Hit>, offset: number): void {
  const tty = Boolean(process.stdout.isTTY);
  console.log(`${result.estimatedTotalHits ?? result.hits.length} documents (${result.processingTimeMs} ms)\n`);
  result.hits.forEach((hit, i) => {
    const f = hit._formatted ?? hit;
    const facts = [hit.namnd, hit.doctype, hit.date ?? hit.meetingDate, [...hit.dnr, ...hit.refDnr].join(', ')].filter(Boolean);
    console.log(`${offset + i + 1}. ${emphasise(String(f.title ?? '(utan titel)'), tty)}`);
    if (hit._item) console.log(`   ${[hit._item.paragraf ?? (hit._item.number ? `punkt ${hit._item.number}` : 'punkt'), hit._item.title].filter(Boolean).join(' ')}`);
    console.log(`   ${facts.join(' · ')}`);
    // The matter (the summary) rather than a letterhead's phone numbers, as the page shows it.
    console.log(`   ${hit._letterhead && hit.summary ? hit.summary : emphasise(String(f.text ?? ''), tty)}`);
    const kind = hit.format === 'scan' ? 'skannad' : hit.format === 'pdf' ? 'PDF' : hit.textCondition && hit.textCondition !== 'intact' ? 'OCR-text' : 'text';
    console.log(`   ${kind} · ${hit.sourceName ?? hit.source}${hit.pages ? ` · ${hit.pages} ${hit.pages === 1 ? 'sida' : 'sidor'}` : ''}\n`);
  });
  for (const [facet, counts] of Object.entries(result.facetDistribution ?? {})) {
    const values = Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([value, n]) => `${value} (${n})`);
    console.log(`${facet}: ${values.join(', ') || '-'}`);
  }
}

export function searchCommand(): Command {
  return new Command('search')
    .description('Search the index. An empty query lists all documents.')
    .argument('[query]', 'words to search for', '')
    .option('--filter <expr>', 'Meilisearch filter, e.g. \'namnd = "Socialnämnden" AND year >= 2018\'')
    .option('--facets <list>', `facets to count, comma-separated (default ${DEFAULT_FACETS.join(',')})`, list, DEFAULT_FACETS)
    .option('--limit <n>', 'hits to show (0: only the count and the facets)', wholeNumber, 10)
    .option('--offset <n>', 'hits to skip', wholeNumber, 0)
    .option('--sort <list>', 'e.g. sortDate:desc (default: relevance)', list)
    .option('--json', 'print Meilisearch\'s response as one JSON object')
    .option('--entities', 'print the people, organisations and places of every matching document as CSV (one row each, with the document)')
    .option('--with-repairs', 'with --json: keep each hit\'s repairs (every correction, its rule and why)')
    .option('--semantic <ratio>', 'hybrid search: how much meaning weighs against words, 0 to 1 (needs an embedding model)', ratio)
    .action(async (query: string, flags: SearchFlags) => {
      const config = loadConfig();
      const embedder = flags.semantic !== undefined ? await loadEmbedder(config, 'search') : null;
      const opened = await openDocumentIndex((await connect(config)).client, config.indexName, embedder?.dimensions);
      // Several instances (DIARIUM_REMOTES): the family as one index, searched in one federated search.
      const federation = config.remotes ? new Federation(config.remotes) : null;
      await federation?.join();
      const index = federation ? federation.asIndex(opened) : opened;
      const semantic = embedder && query ? { vector: Array.from(await embedder.query(query)), ratio: flags.semantic! } : undefined;
      if (flags.entities) {
        process.stdout.write(`${ENTITY_COLUMNS.join(',')}\n`);
        for await (const doc of allDocuments(index, { q: query, filter: flags.filter, sort: flags.sort }, ENTITY_FIELDS)) {
          for (const row of entityRows(doc)) process.stdout.write(`${csvLine(row, ENTITY_COLUMNS)}\n`);
        }
        return;
      }
      // Base forms of the query's words, searched after the words as typed (hunspell-sv when installed).
      const lemmatizer = query ? queryLemmatizer(query) : null;
      const baseForms = lemmatizer ? baseFormQuery(query, lemmatizer) : null;
      const result = await searchDocuments(index, { q: query, baseForms, filter: flags.filter, facets: flags.facets, limit: flags.limit, offset: flags.offset, sort: flags.sort, semantic });
      // Every correction of every hit is long: given only when asked for.
      if (flags.json) console.log(JSON.stringify(flags.withRepairs ? result : { ...result, hits: result.hits.map(({ repairs: _, ...hit }) => hit) }));
      else printHuman(result, flags.offset);
    });
}
