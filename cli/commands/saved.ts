import { Command } from 'commander';
import { loadConfig } from '../../index/config.ts';
import { connect } from '../../index/connect.ts';
import { openDocumentIndex } from '../../index/documents.ts';
import { DiariumError, ExitCode } from '../../index/errors.ts';
import { InvalidSavedSearch, newDocuments, SavedSearches } from '../../index/saved-searches.ts';
import { list } from '../options.ts';

interface AddFlags {
  filter?: string;
  sort?: string[];
}

/** Saved searches of the index (DIARIUM_INDEX), kept under DIARIUM_HOME: add, list, remove. */
export function savedCommand(): Command {
  const command = new Command('saved').description('Searches saved by name (also from the page); `diarium alerts` says what is new for each.');
  command
    .command('add')
    .description('Save a search: a query, a filter and a sort, as `diarium search` takes them; a name already saved is replaced.')
    .argument('<name>', 'letters, digits, space, - and _')
    .argument('[query]', 'the words to search for', '')
    .option('--filter <expr>', 'a Meilisearch filter, e.g. \'remiss = "SOU 2018:22"\'')
    .option('--sort <list>', 'e.g. sortDate:desc', list)
    .action((name: string, query: string, flags: AddFlags) => {
      const config = loadConfig();
      try {
        const saved = SavedSearches.load(config.home, config.indexName).save({ name, q: query, filter: flags.filter ?? '', sort: flags.sort ?? [] });
        console.log(`saved "${saved.name}"; \`diarium alerts\` lists what arrives from now on`);
      } catch (error) {
        if (error instanceof InvalidSavedSearch) throw new DiariumError(error.message, ExitCode.Usage);
        throw error;
      }
    });
  command
    .command('list')
    .description('The saved searches, with their query, filter and last check.')
    .option('--json', 'as JSON')
    .action((flags: { json?: boolean }) => {
      const config = loadConfig();
      const all = SavedSearches.load(config.home, config.indexName).list();
      if (flags.json) return console.log(JSON.stringify(all));
      if (all.length === 0) return console.log('no saved searches (diarium saved add NAME QUERY)');
      for (const s of all) console.log(`${s.name}\t${s.q ? `"${s.q}"` : '(all)'}${s.filter ? ` filter ${s.filter}` : ''}\tlast checked ${new Date(s.checked).toISOString()}`);
    });
  command
    .command('remove')
    .description('Forget a saved search.')
    .argument('<name>')
    .action((name: string) => {
      const config = loadConfig();
      if (!SavedSearches.load(config.home, config.indexName).remove(name)) throw new DiariumError(`no saved search "${name}" (diarium saved list)`, ExitCode.Usage);
      console.log(`removed "${name}"`);
    });
  return command;
}

/** What `alerts --json` prints for one saved search. */
interface Alert {
  name: string;
  since: string;
  documents: { id: string; title: string | null; doctype: string; municipality: string | null; namnd: string | null; date: string | null; dnr: string[] }[];
}

/**
 * For each saved search, the documents indexed since its last check; then records the check. Exit
 * 0 whether or not anything is new (a cron job mails the output when there is some).
 */
export function alertsCommand(): Command {
  return new Command('alerts')
    .description('List, for each saved search, the documents new since it was last checked (exit 0; --json for a program).')
    .option('--json', 'as one JSON array')
    .option('--peek', 'look without recording the check')
    .action(async (flags: { json?: boolean; peek?: boolean }) => {
      const config = loadConfig();
      const store = SavedSearches.load(config.home, config.indexName);
      const searches = store.list();
      if (searches.length === 0) {
        if (flags.json) console.log('[]');
        else console.log('no saved searches (diarium saved add NAME QUERY)');
        return;
      }
      const index = await openDocumentIndex((await connect(config)).client, config.indexName);
      const alerts: Alert[] = [];
      for (const search of searches) {
        const now = Date.now();
        const docs = await newDocuments(index, search, search.checked);
        alerts.push({ name: search.name, since: new Date(search.checked).toISOString(), documents: docs.map((d) => ({ id: d.id, title: d.title, doctype: d.doctype, municipality: d.municipality ?? null, namnd: d.namnd, date: d.date ?? d.meetingDate, dnr: d.dnr })) });
        if (!flags.peek) store.markChecked(search.name, now);
      }
      if (flags.json) return console.log(JSON.stringify(alerts));
      for (const a of alerts) printAlert(a);
    });
}

function printAlert(a: Alert): void {
  console.log(`${a.name}: ${a.documents.length === 0 ? 'nothing new' : `${a.documents.length} new`} since ${a.since}`);
  for (const d of a.documents) console.log(`  ${d.date ?? '          '}  ${d.title ?? '(utan titel)'}  [${[d.municipality, d.namnd, d.doctype].filter(Boolean).join(', ')}]`);
}

