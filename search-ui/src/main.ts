/**
 * The search page: faceted search across nämnder (state in the URL), a document view and a case
 * view. It talks only to diarium's own API; see search-ui/server.ts.
 */
import type { DocumentItem } from '../../pipeline/document.ts';
import { h, highlightWords, marked } from './dom.ts';
import { chosenWords, correctionDialog, send, type PersonCorrection } from './edit.ts';
import { reflowPieces, type Paragraph } from './reflow.ts';

interface Handlaggare {
  name: string | null;
  phone: string | null;
  email: string | null;
}
/** A document's § or agenda point, as the index stores it. */
type Item = DocumentItem;
interface Version {
  id: string;
  kind: string;
  sourceName: string;
  pages: number | null;
}
type DateField = 'date' | 'meetingDate' | 'justerat';
interface Doc {
  id: string;
  title: string | null;
  municipality?: string | null;
  items?: Item[];
  /** The item a search hit matched in. */
  _item?: { index: number; paragraf: string | null; number: string | null; title: string | null };
  /** The document's other versions (text, scan, old OCR), best first, itself among them. */
  _versions?: Version[];
  /** In the case view: the items that handle the case. */
  caseItems?: Item[];
  doctype: string;
  namnd: string | null;
  forvaltning: string | null;
  date: string | null;
  meetingDate: string | null;
  justerat: string | null;
  uncertainDates?: DateField[];
  deadline?: string | null;
  dnr: string[];
  refDnr: string[];
  /** Government remisses the document names ("SOU 2018:22"), and who sent them. */
  remiss?: string[];
  /** People it names, and (on a person's page) their parts and the items that name them. */
  people?: string[];
  organisations?: string[];
  places?: string[];
  roles?: string[];
  personItems?: { paragraf: string | null; number: string | null; title: string | null; index: number }[];
  departement?: string[];
  handlaggare: Handlaggare | null;
  paragraf?: string | null;
  forslagTillBeslut?: string[];
  beslut?: string[];
  summary?: string | null;
  text?: string;
  originalText?: string | null;
  corrections?: number;
  repairs?: { rule: string; at: number; to: number; original: string; replacement: string; reason: string }[];
  /** Corrections a person made (serve --edit). */
  personCorrections?: PersonCorrection[];
  pages: number | null;
  ocr?: { pages: { page: number; confidence: number }[]; lowConfidencePages: number[] } | null;
  source: string;
  sourceName?: string;
  sourceFiles?: string[] | null;
  format?: 'text' | 'pdf' | 'scan';
  textCondition?: 'intact' | 'stripped' | 'worn' | null;
  _formatted?: { title?: string; text?: string };
  /** The snippet would show the letterhead: the summary is shown instead. */
  _letterhead?: true;
}
interface SearchResult {
  hits: Doc[];
  estimatedTotalHits: number;
  offset: number;
  limit: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

const FACETS: [string, string][] = [
  ['municipality', 'Kommun'],
  ['namnd', 'Nämnd'],
  ['forvaltning', 'Förvaltning'],
  ['doctype', 'Dokumenttyp'],
  ['year', 'År'],
  ['handlaggare.name', 'Handläggare'],
  ['people', 'Person'],
  ['parties', 'Parti'],
  ['organisations', 'Organisation'],
  ['places', 'Plats'],
  ['refDnr', 'Ärende (diarienummer)'],
  ['remiss', 'Remiss (SOU, Ds, departement)'],
  ['departement', 'Departement'],
  ['repairLevel', 'Rättade ord'],
  ['ocrConfidence', 'OCR-kvalitet'],
];
const SORTS: [string, string][] = [
  ['', 'Relevans'],
  ['date', 'Datum, nyast först'],
  ['oldest', 'Datum, äldst först'],
  ['title', 'Titel A–Ö'],
];
const PAGE_SIZE = 20;
/** The last search's words, to highlight in the document opened from it. */
let lastQuery = '';
const main = document.getElementById('main')!;
const queryInput = document.getElementById('q') as HTMLInputElement;

class ApiError extends Error {}

async function api<T>(path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path);
  } catch {
    throw new ApiError('diarium-servern svarar inte. Kör `npm start` igen.');
  }
  const body = await response.json().catch(() => ({ error: `Fel ${response.status}` }));
  if (!response.ok) throw new ApiError((body as { error?: string }).error ?? `Fel ${response.status}`);
  return body as T;
}

function message(text: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return h('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

function docLink(doc: Pick<Doc, 'id'>, content: Node | string): HTMLAnchorElement {
  return h('a', { href: `/dokument/${doc.id}` }, content);
}

/** "1 sida", "4 sidor". */
const pagesText = (n: number): string => `${n} ${n === 1 ? 'sida' : 'sidor'}`;

/** An item's label: "§ 163", "punkt 7", "punkt". */
function itemLabel(item: { paragraf: string | null; number: string | null }): string {
  return item.paragraf ?? (item.number ? `punkt ${item.number}` : 'punkt');
}

/** A link that opens the document at one of its items. */
function itemLink(doc: Doc, index: number, item: { paragraf: string | null; number: string | null; title: string | null }): HTMLAnchorElement {
  return h('a', { href: `/dokument/${doc.id}#punkt-${index + 1}`, class: 'item-link' }, `${itemLabel(item)} ${item.title ?? ''}`.trim());
}

/** The date a list shows for a document, with a warning when its year is probably misread. */
function shownDate(doc: Doc): HTMLElement | null {
  const field = (['date', 'meetingDate', 'justerat'] as const).find((f) => doc[f]);
  if (!field) return null;
  return h('span', { class: 'date' }, doc[field]!, doc.uncertainDates?.includes(field) ? uncertain() : null);
}

function uncertain(): HTMLElement {
  return h('span', { class: 'uncertain', title: 'Året stämmer inte med ärendets diarienummer: troligen felläst vid OCR.' }, ' osäkert datum');
}

/** The meta line of a hit: nämnd, type, date, and the case numbers said for what they are. */
function facts(doc: Doc): HTMLElement {
  const parts: (Node | string)[] = [];
  for (const part of [doc.namnd, doc.doctype, shownDate(doc), doc.dnr.length ? `Dnr ${doc.dnr.join(', ')}` : null, doc.refDnr.length ? `Ärende ${doc.refDnr.join(', ')}` : null]) {
    if (!part) continue;
    if (parts.length) parts.push(' · ');
    parts.push(part);
  }
  return h('p', { class: 'meta' }, ...parts);
}

/** What the original is and where it came from: "skannad · scans/002.pdf · 2 sidor". */
function sourceLine(doc: Doc): HTMLElement {
  const kind = doc.format === 'scan' ? 'skannad' : doc.format === 'pdf' ? 'PDF' : doc.textCondition && doc.textCondition !== 'intact' ? 'OCR-text' : 'text';
  return h('p', { class: 'source' }, [kind, doc.sourceName ?? doc.source, doc.pages ? pagesText(doc.pages) : null].filter(Boolean).join(' · '));
}

/** "2 versioner: text · skannad", each a link, the one shown marked. */
function versionsLine(doc: Doc): HTMLElement | null {
  if (!doc._versions || doc._versions.length < 2) return null;
  const links: (Node | string)[] = [];
  doc._versions.forEach((v, i) => {
    if (i) links.push(' · ');
    links.push(v.id === doc.id ? h('span', { class: 'this-version', title: v.sourceName }, v.kind) : h('a', { href: `/dokument/${v.id}`, title: v.sourceName }, v.kind));
  });
  return h('p', { class: 'versions' }, `${doc._versions.length} versioner: `, ...links);
}

/** Navigates inside the page without a reload, keeping the URL as the state. */
function go(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void route();
}

document.addEventListener('click', (event) => {
  const a = (event.target as Element).closest('a');
  if (!a || a.target || a.hasAttribute('download') || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
  event.preventDefault();
  // A link to an item of the document on screen only scrolls to it.
  if (url.pathname === location.pathname && url.hash) {
    history.pushState(null, '', url.hash);
    showItem();
    return;
  }
  go(url.pathname + url.search + url.hash);
});
window.addEventListener('popstate', () => void route());

let typing: number | undefined;
queryInput.addEventListener('input', () => {
  clearTimeout(typing);
  typing = window.setTimeout(() => go(searchUrl({ q: queryInput.value, page: null }), location.pathname === '/'), 200);
});
document.getElementById('search-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  go(searchUrl({ q: queryInput.value, page: null }));
});

/** The current search URL with some parameters replaced (null removes one). */
function searchUrl(changes: Record<string, string | null>, base = location.pathname === '/' ? location.search : ''): string {
  const params = new URLSearchParams(base);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

async function route(): Promise<void> {
  const path = decodeURIComponent(location.pathname);
  try {
    if (path.startsWith('/dokument/')) await showDocument(path.slice('/dokument/'.length));
    else if (path.startsWith('/arende/')) await showCase(path.slice('/arende/'.length));
    else if (path.startsWith('/remiss/')) await showRemiss(path.slice('/remiss/'.length));
    else if (path.startsWith('/person/')) await showPerson(path.slice('/person/'.length));
    else await showSearch(new URLSearchParams(location.search));
  } catch (error) {
    main.replaceChildren(message((error as Error).message, 'error'));
  }
}

async function showSearch(params: URLSearchParams): Promise<void> {
  queryInput.value = params.get('q') ?? '';
  lastQuery = queryInput.value;
  document.title = params.get('q') ? `${params.get('q')} – diarium` : 'diarium – sök i diariet';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const apiParams = new URLSearchParams(params);
  apiParams.set('limit', String(PAGE_SIZE));
  const [status, result, saved] = await Promise.all([api<{ documents: number; semantic: boolean }>('/api/status'), api<SearchResult>(`/api/search?${apiParams}`), api<SavedSearch[]>('/api/saved').catch(() => [])]);
  if (status.documents === 0) {
    main.replaceChildren(message('Det finns inga dokument ännu. Läs in några med `npx diarium ingest MAPP` (eller `npm start`, som läser in corpora/).'));
    return;
  }

  const total = result.estimatedTotalHits;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const exportParams = new URLSearchParams(params);
  exportParams.delete('page');
  const chips = filterChips(params);

  // On a phone the filters open above the results from this button; elsewhere they are always shown.
  const filterButton = h('button', { type: 'button', class: 'filter-toggle', 'aria-expanded': 'false', 'aria-controls': 'facets' }, `Filter${chips.count ? ` (${chips.count})` : ''}`);
  const toolbar = h(
    'div',
    { class: 'toolbar' },
    h('p', { id: 'count', role: 'status', 'aria-live': 'polite' }, total === 0 ? 'Inga träffar.' : `${total} dokument`),
    filterButton,
    h('label', { for: 'sort' }, 'Sortera '),
    sortSelect(params),
    h('span', { class: 'export' }, 'Exportera: ', exportLink(exportParams, 'csv'), ' ', exportLink(exportParams, 'json'), ' ', h('a', { href: `/api/entities.csv?${exportParams}`, download: 'diarium-entities.csv', class: 'export-entities' }, 'Personer, organisationer, platser (CSV)')),
    saveSearchForm(exportParams),
    status.semantic ? semanticToggle(params) : null,
  );
  // Said once per visit, plainly: what search can and cannot do here.
  const note = !status.semantic && !sessionStorage.getItem('keyword-note') ? h('p', { class: 'note' }, 'Sökningen går på ord: ingen embeddingmodell är installerad, så sökning på betydelse är avstängd.') : null;
  if (note) sessionStorage.setItem('keyword-note', '1');

  const list = h('ol', { class: 'hits', start: String((page - 1) * PAGE_SIZE + 1) });
  for (const hit of result.hits) {
    // The text around a match; without one (no query, a match in the title) what the document is about.
    const snippet = hit._formatted?.text?.includes('<mark>') && !hit._letterhead ? marked(hit._formatted.text) : hit.summary ? highlightWords(hit.summary, params.get('q') ?? '') : marked(hit._formatted?.text ?? '');
    list.append(
      h(
        'li',
        { class: 'hit' },
        h('h2', {}, docLink(hit, hit._formatted?.title ? marked(hit._formatted.title) : highlightWords(hit.title ?? '(utan titel)', params.get('q') ?? ''))),
        hit._item ? h('p', { class: 'item-hit' }, 'Träff i ', itemLink(hit, hit._item.index, hit._item)) : null,
        facts(hit),
        h('p', { class: 'snippet' }, snippet),
        sourceLine(hit),
        versionsLine(hit),
      ),
    );
  }

  const nav = h('nav', { class: 'pager', 'aria-label': 'Sidor' });
  if (page > 1) nav.append(h('a', { href: searchUrl({ page: String(page - 1) }), rel: 'prev' }, '← Föregående'));
  nav.append(h('span', {}, ` Sida ${page} av ${pages} `));
  if (page < pages) nav.append(h('a', { href: searchUrl({ page: String(page + 1) }), rel: 'next' }, 'Nästa →'));

  const noHits = total === 0 ? message(params.get('q') ? `Inga dokument matchar "${params.get('q')}". Pröva färre ord eller ta bort filter.` : 'Inga dokument matchar filtren.') : null;
  const facets = facetPanel(params, result);
  if (saved.length) facets.prepend(savedSearchList(saved));
  filterButton.addEventListener('click', () => {
    const open = !facets.classList.contains('open');
    facets.classList.toggle('open', open);
    filterButton.setAttribute('aria-expanded', String(open));
    if (open) facets.querySelector<HTMLElement>('input')?.focus();
  });
  main.replaceChildren(h('div', { class: 'layout' }, facets, h('section', { class: 'results', 'aria-label': 'Träffar' }, toolbar, chips.element, timeline(result), note, noHits, list, total > 0 ? nav : null)));
}

/** The tallest bar of the timeline, in pixels. */
const BAR_HEIGHT = 56;

interface SavedSearch {
  name: string;
  params: string;
}

/**
 * "Spara sökningen": a name, and the current search (query, filters, sort) is saved beside the
 * index, to open again, follow as an Atom feed, and be told of by `diarium alerts`.
 */
function saveSearchForm(params: URLSearchParams): HTMLElement {
  const name = h('input', { type: 'text', id: 'save-name', required: true, maxlength: '60', placeholder: 'Namn på sökningen' });
  const status = h('span', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { class: 'save-search', hidden: true }, h('label', { for: 'save-name', class: 'visually-hidden' }, 'Namn på sökningen'), name, h('button', { type: 'submit' }, 'Spara'));
  const open = h('button', { type: 'button', class: 'save-toggle', 'aria-expanded': 'false' }, 'Spara sökningen');
  open.addEventListener('click', () => {
    form.hidden = !form.hidden;
    open.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) name.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      try {
        const saved = await send<SavedSearch>('/api/saved', { name: name.value, params: params.toString() });
        status.textContent = `Sparad som "${saved.name}".`;
        form.hidden = true;
        open.setAttribute('aria-expanded', 'false');
        // The list above the filters, now with it.
        const panel = document.getElementById('facets');
        panel?.querySelector('.saved-searches')?.remove();
        panel?.prepend(savedSearchList(await api<SavedSearch[]>('/api/saved')));
      } catch (error) {
        status.textContent = (error as Error).message;
      }
    })();
  });
  return h('span', { class: 'save' }, open, form, status);
}

/** The saved searches, each opening its search, with its Atom feed. */
function savedSearchList(saved: SavedSearch[]): HTMLElement {
  return h(
    'section',
    { class: 'saved-searches', 'aria-label': 'Sparade sökningar' },
    h('h2', {}, 'Sparade sökningar'),
    h('ul', {}, ...saved.map((s) => h('li', {}, h('a', { href: `/?${s.params}` }, s.name), ' ', h('a', { href: `/api/feeds/${encodeURIComponent(s.name)}.atom`, class: 'feed', title: `Atom-flöde för ${s.name}` }, 'flöde')))),
  );
}

/** The last day of a month, `YYYY-MM-DD`. */
function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * Hits per year as a small bar chart from the facet counts, per month when they fall in two years
 * or fewer; a bar sets the date range to its year or month. Screen readers get the same as a table.
 */
function timeline(result: SearchResult): HTMLElement | null {
  const years = Object.entries(result.facetDistribution?.year ?? {}).sort(([a], [b]) => Number(a) - Number(b));
  const months = Object.entries(result.facetDistribution?.month ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const byMonth = years.length <= 2 && months.length > 1;
  const bars: [string, number, string, string][] = byMonth
    ? months.map(([m, n]) => [m, n, `${m}-01`, lastDay(m)])
    : years.map(([y, n]) => [y, n, `${y}-01-01`, `${y}-12-31`]);
  if (bars.length < 2) return null;
  const most = Math.max(...bars.map(([, n]) => n));
  const unit = byMonth ? 'månad' : 'år';
  const chart = h(
    'div',
    { class: 'timeline-bars', role: 'group', 'aria-label': `Visa bara ett ${unit === 'år' ? 'år' : 'månad'}` },
    ...bars.map(([label, n, from, to]) => {
      const fill = h('span', { class: 'timeline-fill' });
      // Through the CSSOM: the page's content security policy allows no style attributes.
      fill.style.height = `${Math.max(3, Math.round((BAR_HEIGHT * n) / most))}px`;
      const bar = h('button', { type: 'button', class: 'timeline-bar', title: `${label}: ${n} dokument`, 'aria-label': `${label}: ${n} dokument` }, fill, h('span', { class: 'timeline-label', 'aria-hidden': 'true' }, label));
      bar.addEventListener('click', () => go(searchUrl({ from, to, page: null })));
      return bar;
    }),
  );
  const table = h(
    'table',
    { class: 'visually-hidden' },
    h('caption', {}, `Träffar per ${unit}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, byMonth ? 'Månad' : 'År'), h('th', { scope: 'col' }, 'Dokument'))),
    h('tbody', {}, ...bars.map(([label, n]) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, String(n))))),
  );
  return h('figure', { class: 'timeline' }, h('figcaption', {}, `Träffar per ${unit}`), chart, table);
}

/** The active filters as chips, each removing itself, and "Rensa alla". */
function filterChips(params: URLSearchParams): { element: HTMLElement | null; count: number } {
  const chips: HTMLElement[] = [];
  const without = (key: string, value?: string): string => {
    const next = new URLSearchParams(params);
    const rest = value === undefined ? [] : next.getAll(key).filter((v) => v !== value);
    next.delete(key);
    for (const v of rest) next.append(key, v);
    next.delete('page');
    const query = next.toString();
    return query ? `/?${query}` : '/';
  };
  for (const [facet, label] of FACETS) {
    for (const value of params.getAll(facet)) chips.push(h('a', { href: without(facet, value), class: 'chip', 'aria-label': `Ta bort filtret ${label}: ${value}` }, `${label}: ${value} `, h('span', { 'aria-hidden': 'true' }, '×')));
  }
  for (const [key, label] of [['from', 'Från'], ['to', 'Till']] as const) {
    const value = params.get(key);
    if (value) chips.push(h('a', { href: without(key), class: 'chip', 'aria-label': `Ta bort filtret ${label} ${value}` }, `${label} ${value} `, h('span', { 'aria-hidden': 'true' }, '×')));
  }
  if (chips.length === 0) return { element: null, count: 0 };
  const keep = new URLSearchParams();
  for (const key of ['q', 'sort', 'semantic']) if (params.get(key)) keep.set(key, params.get(key)!);
  const clear = h('a', { href: keep.toString() ? `/?${keep}` : '/', class: 'clear-filters' }, 'Rensa alla');
  return { element: h('div', { class: 'chips', 'aria-label': 'Valda filter' }, ...chips, clear), count: chips.length };
}

function sortSelect(params: URLSearchParams): HTMLSelectElement {
  const select = h('select', { id: 'sort' }, ...SORTS.map(([value, label]) => h('option', { value }, label)));
  select.value = params.get('sort') ?? '';
  select.addEventListener('change', () => go(searchUrl({ sort: select.value, page: null })));
  return select;
}

function semanticToggle(params: URLSearchParams): HTMLLabelElement {
  const box = h('input', { type: 'checkbox', id: 'semantic', checked: Boolean(params.get('semantic')) });
  box.addEventListener('change', () => go(searchUrl({ semantic: box.checked ? '0.5' : null, page: null })));
  return h('label', { for: 'semantic' }, box, ' Sök även på betydelse');
}

function exportLink(params: URLSearchParams, format: 'csv' | 'json'): HTMLAnchorElement {
  const p = new URLSearchParams(params);
  p.set('format', format);
  return h('a', { href: `/api/export?${p}`, download: `diarium-export.${format}`, class: `export-${format}` }, format.toUpperCase());
}

function facetPanel(params: URLSearchParams, result: SearchResult): HTMLElement {
  const panel = h('aside', { class: 'facets', id: 'facets', 'aria-label': 'Filter' });
  const dates = h('fieldset', {}, h('legend', {}, 'Datum'));
  for (const [key, label] of [['from', 'Från'], ['to', 'Till']] as const) {
    const input = h('input', { type: 'date', id: `date-${key}`, value: params.get(key) ?? undefined });
    input.addEventListener('change', () => go(searchUrl({ [key]: input.value, page: null })));
    dates.append(h('label', { for: `date-${key}` }, label), input);
  }
  panel.append(dates);
  for (const [facet, label] of FACETS) {
    const counts = result.facetDistribution?.[facet] ?? {};
    const selected = params.getAll(facet);
    const values = Object.entries(counts).sort((a, b) => b[1] - a[1]);
    for (const value of selected) if (!(value in counts)) values.push([value, 0]);
    if (values.length === 0) continue;
    const id = `facet-${facet.replace(/\W/g, '-')}`;
    const list = h('ul', { class: 'facet-values' });
    const render = (entries: [string, number][]): void => {
      list.replaceChildren(
        ...entries.slice(0, 12).map(([value, count], i) => {
          const box = h('input', { type: 'checkbox', id: `${id}-${i}`, checked: selected.includes(value) });
          box.addEventListener('change', () => {
            const next = new URLSearchParams(location.search);
            const rest = next.getAll(facet).filter((v) => v !== value);
            next.delete(facet);
            for (const v of box.checked ? [...rest, value] : rest) next.append(facet, v);
            next.delete('page');
            go(`/?${next}`);
          });
          return h('li', {}, box, h('label', { for: `${id}-${i}` }, `${value} `, h('span', { class: 'count' }, `(${count})`)));
        }),
      );
    };
    render(values);
    const search = h('input', { type: 'search', class: 'facet-search', 'aria-label': `Sök ${label.toLowerCase()}`, placeholder: `Sök ${label.toLowerCase()}…` });
    search.addEventListener('input', async () => {
      if (!search.value) return render(values);
      const p = new URLSearchParams(location.search);
      p.set('facetQuery', search.value);
      const hits = await api<{ value: string; count: number }[]>(`/api/facets/${encodeURIComponent(facet)}?${p}`).catch(() => []);
      render(hits.map((hit) => [hit.value, hit.count]));
    });
    panel.append(h('fieldset', {}, h('legend', {}, label), values.length > 6 ? search : null, list));
  }
  return panel;
}

function field(label: string, value: Node | string | null | undefined, ...more: (Node | null)[]): HTMLElement[] {
  if (value === null || value === undefined || value === '') return [];
  return [h('dt', {}, label), h('dd', {}, value, ...more)];
}

/** Links to pages of their own, `path` + each value: a case, a remiss thread, a person. */
function linksTo(path: string, values: string[]): DocumentFragment | null {
  if (!values.length) return null;
  const fragment = document.createDocumentFragment();
  values.forEach((v, i) => fragment.append(i ? ', ' : '', h('a', { href: `${path}${encodeURIComponent(v)}` }, v)));
  return fragment;
}

const caseLinks = (numbers: string[]): DocumentFragment | null => linksTo('/arende/', numbers);

/**
 * Documents in date order as the remiss and person pages show them: date, kommun, nämnd, type and
 * the document, then the page's own columns. Each cell says what it is, so a phone shows cards.
 */
function documentTable(kind: string, caption: string, docs: Doc[], more: [string, (doc: Doc) => Node | string][]): HTMLElement {
  const cell = (label: string, ...content: (Node | string | null)[]): HTMLElement => h('td', { 'data-label': label }, ...content);
  return h(
    'table',
    { class: `case ${kind}` },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...['Datum', 'Kommun', 'Nämnd', 'Typ', 'Dokument', ...more.map(([label]) => label)].map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...docs.map((doc) =>
        h(
          'tr',
          {},
          cell('Datum', shownDate(doc) ?? ''),
          cell('Kommun', doc.municipality ?? ''),
          cell('Nämnd', doc.namnd ?? ''),
          cell('Typ', doc.doctype),
          cell('Dokument', docLink(doc, doc.title ?? '(utan titel)'), versionsLine(doc)),
          ...more.map(([label, content]) => cell(label, content(doc))),
        ),
      ),
    ),
  );
}

/** A person's page: the documents that name them in date order, their parts, the items that name them. */
async function showPerson(name: string): Promise<void> {
  const docs = await api<Doc[]>(`/api/person?name=${encodeURIComponent(name)}`);
  document.title = `${name} – diarium`;
  const table = documentTable('person', `${docs.length} dokument nämner ${name}, i datumordning`, docs, [
    ['Roll', (doc) => (doc.roles ?? []).join(', ')],
    ['Paragraf eller punkt', (doc) => h('div', {}, ...(doc.personItems ?? []).map((item) => h('div', { class: 'case-item' }, itemLink(doc, item.index, item))))],
  ]);
  main.replaceChildren(h('p', {}, h('a', { href: '/', class: 'back' }, '← Till sökningen')), h('h1', {}, name), docs.length ? table : message('Inga dokument nämner den här personen.'));
  main.focus();
}

type Repair = NonNullable<Doc['repairs']>[number];

/** A stretch of the text shown as changed: by repair, or by a person. */
interface Changed {
  start: number;
  end: number;
  attrs: (shown: string) => Record<string, string>;
}

/** What repair changed (dotted underline, what OCR printed on hover or focus) and what a person corrected. */
function changes(repairs: readonly Repair[], mine: readonly PersonCorrection[]): Changed[] {
  const repaired = repairs.map((r): Changed => {
    const label = `Rättat från ”${r.original}” (${r.rule})`;
    return { start: r.to, end: r.to + r.replacement.length, attrs: (shown) => ({ class: 'repaired', tabindex: '0', title: `${label}: ${r.reason}`, 'data-original': r.original, 'aria-label': `${shown}, ${label.toLowerCase()}` }) };
  });
  const corrected = mine
    .filter((c) => c.kind === 'text' && c.start !== undefined)
    .map((c): Changed => {
      const label = `Rättat för hand från ”${c.old}”${c.note ? `: ${c.note}` : ''}`;
      return { start: c.start!, end: c.start! + c.new.length, attrs: (shown) => ({ class: 'person-corrected', tabindex: '0', title: label, 'data-original': c.old, 'aria-label': `${shown}, ${label.toLowerCase()}` }) };
    });
  return [...repaired, ...corrected].sort((a, b) => a.start - b.start);
}

/** A stretch of the text for reading: the search's words marked, and each changed word underlined. */
function marks(text: string, from: number, to: number, changed: readonly Changed[], query: string): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = from;
  for (const c of changed) {
    if (c.end <= from || c.start >= to || c.end <= at) continue;
    const start = Math.max(c.start, at);
    if (start > at) out.append(highlightWords(text.slice(at, start), query));
    const stop = Math.min(c.end, to);
    out.append(h('span', c.attrs(text.slice(start, stop)), highlightWords(text.slice(start, stop), query)));
    at = stop;
  }
  if (at < to) out.append(highlightWords(text.slice(at, to), query));
  return out;
}

/** One paragraph for reading; each piece says where it stands in the text (for corrections). */
function paragraph(text: string, p: Paragraph, changed: readonly Changed[], query: string): HTMLParagraphElement {
  const el = h('p', {});
  p.pieces.forEach((piece, i) => {
    if (i) el.append(p.joins[i - 1]!);
    el.append(h('span', { 'data-from': String(piece.from) }, marks(text, piece.from, piece.to, changed, query)));
  });
  return el;
}

/** The document's text for reading: its pages' paragraphs, the search's words marked, corrections underlined. */
function readableText(text: string, query: string, changed: readonly Changed[] = []): HTMLElement {
  const pages = reflowPieces(text);
  return h(
    'div',
    { class: 'text reflowed' },
    ...pages.flatMap((paragraphs, i) => [
      i > 0 ? h('p', { class: 'page-break', 'aria-label': `Sida ${i + 1}` }, `Sida ${i + 1}`) : null,
      ...paragraphs.map((p) => paragraph(text, p, changed, query)),
    ]),
  );
}

/** Where the original can be fetched: the file, or each page's file of a scan saved page by page. */
function originalLinks(doc: Doc): HTMLElement {
  if (doc.sourceFiles && doc.sourceFiles.length > 1) {
    const links = doc.sourceFiles.map((file, i) => h('a', { href: `/api/documents/${doc.id}/original/${i + 1}`, download: file.split('/').pop() ?? `sida-${i + 1}` }, `sida ${i + 1}`));
    return h('span', { class: 'original' }, ' · Ladda ner originalet: ', ...links.flatMap((a, i) => (i ? [', ', a] : [a])));
  }
  return h('span', { class: 'original' }, ' · ', h('a', { href: `/api/documents/${doc.id}/original`, download: (doc.sourceName ?? doc.source).split('/').pop() ?? 'original' }, 'Ladda ner originalet'));
}

/** A thumbnail of each original page; a click shows the page full width with its text beside it. */
function pageImages(doc: Doc): HTMLElement | null {
  if (!doc.pages || doc.format === 'text') return null;
  const texts = (doc.text ?? '').split('\f');
  const dialog = h('dialog', { class: 'page-view', 'aria-label': 'Originalsida' });
  const open = (n: number): void => {
    const close = h('button', { type: 'button', class: 'close' }, 'Stäng');
    close.addEventListener('click', () => dialog.close());
    const img = h('img', { src: `/api/documents/${doc.id}/pages/${n}`, alt: `Sida ${n} av originalet` });
    const pageText = texts[n - 1] ?? '';
    dialog.replaceChildren(
      h('div', { class: 'page-view-head' }, h('h2', {}, `Sida ${n} av ${doc.pages}`), close),
      h('div', { class: 'page-view-body' }, h('div', { class: 'page-image' }, img), h('div', { class: 'page-text' }, h('h3', {}, doc.format === 'scan' || doc.ocr ? 'Sidans text (OCR)' : 'Sidans text'), readableText(pageText, lastQuery))),
    );
    dialog.showModal();
    close.focus();
  };
  return h(
    'section',
    { class: 'pages' },
    h('h2', {}, 'Originalsidor'),
    ...Array.from({ length: Math.min(doc.pages, 50) }, (_, i) => {
      const button = h('button', { type: 'button', class: 'page-thumb', 'aria-label': `Visa sida ${i + 1} i full storlek` }, h('img', { src: `/api/documents/${doc.id}/pages/${i + 1}`, alt: '', loading: 'lazy' }));
      button.addEventListener('click', () => open(i + 1));
      return h('figure', {}, button, h('figcaption', {}, `Sida ${i + 1}${doc.ocr?.lowConfidencePages.includes(i + 1) ? ' (osäker OCR)' : ''}`));
    }),
    dialog,
  );
}

/** Whether the server lets the page correct documents (serve --edit); asked once. */
let editable: Promise<boolean> | null = null;
const canEdit = (): Promise<boolean> => (editable ??= api<{ edit?: boolean }>('/api/status').then((s) => s.edit === true, () => false));
/** Whether the document view shows its correction controls; kept while documents are opened. */
let editing = false;

/** The fields a person may correct (pipeline/corrections.ts), with their names on the page. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Titel',
  doctype: 'Dokumenttyp',
  dnr: 'Diarienummer',
  refDnr: 'Ärende',
  namnd: 'Nämnd',
  forvaltning: 'Förvaltning',
  date: 'Datum',
  meetingDate: 'Sammanträde',
  justerat: 'Justerat',
  'handlaggare.name': 'Handläggare',
};
const FIELD_HINTS: Record<string, string> = { dnr: 'flera skiljs med komma', refDnr: 'flera skiljs med komma', date: 'ÅÅÅÅ-MM-DD', meetingDate: 'ÅÅÅÅ-MM-DD', justerat: 'ÅÅÅÅ-MM-DD' };

/** A field's value as the server compares it: lists joined by ", ", a handläggare by name. */
function fieldValue(doc: Doc, name: string): string {
  if (name === 'handlaggare.name') return doc.handlaggare?.name ?? '';
  const value = (doc as unknown as Record<string, unknown>)[name];
  return Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
}

/** Shows the document again (after a correction), where the reader was. */
async function redraw(id: string): Promise<void> {
  const y = window.scrollY;
  await showDocument(id, false);
  window.scrollTo(0, y);
}

/** The document's corrections by hand, each with an undo while editing. */
function personCorrections(doc: Doc, edit: boolean): HTMLElement | null {
  const mine = doc.personCorrections ?? [];
  if (!mine.length) return null;
  return h(
    'section',
    { class: 'person-corrections' },
    h('h2', {}, `Rättat för hand (${mine.length})`),
    h(
      'ul',
      {},
      ...mine.map((c) => {
        const undo = edit && editing ? h('button', { type: 'button', class: 'undo', 'aria-label': `Ångra rättelsen av ”${c.old}”` }, 'Ångra') : null;
        undo?.addEventListener('click', () => {
          send(`/api/documents/${doc.id}/corrections/${c.id}/revert`, {}).then(
            () => redraw(doc.id),
            (e: Error) => undo.replaceWith(message(e.message, 'error')),
          );
        });
        return h('li', {}, `${c.kind === 'field' ? FIELD_LABELS[c.field!] ?? c.field : 'Text'}: `, h('del', {}, c.old || '(tomt)'), ' → ', h('ins', {}, c.new), ` · ${c.at.slice(0, 10)}`, c.note ? ` · ${c.note}` : '', undo ? ' ' : '', undo);
      }),
    ),
  );
}

async function showDocument(id: string, focus = true): Promise<void> {
  const [doc, edit] = await Promise.all([api<Doc>(`/api/documents/${encodeURIComponent(id)}`), canEdit()]);
  const query = lastQuery;
  document.title = `${doc.title ?? 'Dokument'} – diarium`;
  const dated = (f: DateField): (Node | null)[] => [doc.uncertainDates?.includes(f) ? uncertain() : null];
  const fixing = edit && editing;
  /** A "Rätta" button for a field while editing: a form with its value now, sent as a correction. */
  const fix = (name: string): HTMLElement | null => {
    if (!fixing) return null;
    const label = FIELD_LABELS[name]!;
    const button = h('button', { type: 'button', class: 'fix', 'aria-label': `Rätta ${label.toLowerCase()}` }, 'Rätta');
    button.addEventListener('click', () => {
      const current = fieldValue(doc, name);
      correctionDialog(`Rätta ${label.toLowerCase()}`, current, FIELD_HINTS[name] ?? null, async (value, note) => {
        await send(`/api/documents/${doc.id}/corrections`, { kind: 'field', field: name, old: current, new: value, note });
        await redraw(doc.id);
      });
    });
    return h('span', {}, ' ', button);
  };
  /** A field, shown also when empty while editing (a missing nämnd can be filled in). */
  const editableField = (name: string, value: Node | string | null | undefined, ...more: (Node | null)[]): HTMLElement[] =>
    fixing ? [h('dt', {}, FIELD_LABELS[name]!), h('dd', {}, value || '–', ...more, fix(name))] : field(FIELD_LABELS[name]!, value, ...more);
  const header = h(
    'dl',
    { class: 'metadata' },
    ...editableField('doctype', doc.doctype),
    ...editableField('dnr', caseLinks(doc.dnr)),
    ...editableField('refDnr', caseLinks(doc.refDnr)),
    ...field('Personer', linksTo('/person/', doc.people ?? [])),
    // Organisations and places link to the search filtered by them.
    ...field('Organisationer', linksTo('/?organisations=', doc.organisations ?? [])),
    ...field('Platser', linksTo('/?places=', doc.places ?? [])),
    ...field('Remiss', linksTo('/remiss/', doc.remiss ?? []), doc.departement?.length ? document.createTextNode(` (${doc.departement.join(', ')})`) : null),
    ...field('Kommun', doc.municipality),
    ...editableField('namnd', doc.namnd),
    ...editableField('forvaltning', doc.forvaltning),
    ...editableField('date', doc.date, ...dated('date')),
    ...editableField('meetingDate', doc.meetingDate, ...dated('meetingDate')),
    ...editableField('justerat', doc.justerat, ...dated('justerat')),
    ...field('Paragraf', doc.paragraf),
    ...editableField('handlaggare.name', doc.handlaggare ? [doc.handlaggare.name, doc.handlaggare.phone, doc.handlaggare.email].filter(Boolean).join(', ') : null),
    ...field('Källa', sourceLine(doc).textContent, originalLinks(doc)),
    ...(doc._versions && doc._versions.length > 1 ? field('Versioner', versionsLine(doc)!) : []),
  );
  const lists = [
    ['Förslag till beslut', doc.forslagTillBeslut ?? []],
    ['Beslut', doc.beslut ?? []],
  ] as const;
  // A protokoll's §§, an agenda's ärenden: each with its case numbers and decisions, an anchor to open it at.
  const items = doc.items?.length
    ? h(
        'section',
        { class: 'items' },
        h('h2', {}, doc.doctype === 'protokoll' || doc.doctype === 'protokollsutdrag' ? 'Paragrafer' : 'Punkter'),
        h(
          'ol',
          { class: 'item-list' },
          ...doc.items.map((item, i) =>
            h(
              'li',
              { id: `punkt-${i + 1}`, class: 'item', tabindex: '-1' },
              h('h3', {}, h('span', { class: 'item-number' }, itemLabel(item)), ' ', item.title ?? ''),
              item.dnr.length ? h('p', { class: 'item-dnr' }, 'Diarienummer: ', caseLinks(item.dnr)) : null,
              ...[
                ['Förslag till beslut', item.forslagTillBeslut],
                ['Beslut', item.beslut],
              ]
                .filter(([, list]) => (list as string[]).length)
                .map(([label, list]) => h('div', { class: 'item-decision' }, h('h4', {}, label as string), h('ul', {}, ...(list as string[]).map((b) => h('li', {}, b))))),
            ),
          ),
        ),
      )
    : null;
  // An itemised document's decisions are shown with their items.
  const decisions = items ? [] : lists.filter(([, list]) => list.length).map(([label, list]) => h('section', { class: 'decisions' }, h('h2', {}, label), h('ol', {}, ...list.map((item) => h('li', {}, item)))));

  // One text: the document as it reads; the text as OCR read it beside it on demand.
  const repairs = [...(doc.repairs ?? [])].sort((a, b) => a.to - b.to);
  const note = repairs.length ? h('p', { class: 'note' }, `Understrukna ord har rättats automatiskt (${repairs.length}); håll muspekaren över eller tabba till ett ord för att se vad OCR läste.`) : null;
  const text = doc.text ?? '';
  const shown = readableText(text, query, changes(repairs, doc.personCorrections ?? []));
  // While editing, a click on a word (or on a selection of words) opens a form to correct it.
  const correctWords = (event?: MouseEvent): boolean => {
    const words = chosenWords(text, event);
    if (!words) return false;
    const old = text.slice(words.start, words.end);
    correctionDialog(`Rätta ”${old.length > 40 ? `${old.slice(0, 40)}…` : old}”`, old, null, async (value, note) => {
      await send(`/api/documents/${doc.id}/corrections`, { kind: 'text', start: words.start, old, new: value, note });
      await redraw(doc.id);
    });
    return true;
  };
  if (fixing) shown.addEventListener('click', (event) => void correctWords(event));
  const selected = fixing ? h('button', { type: 'button', class: 'fix' }, 'Rätta markerade ord') : null;
  const help = fixing ? h('p', { class: 'note edit-help' }, 'Klicka på ett ord i texten, eller markera flera och välj ', h('q', {}, 'Rätta markerade ord'), ', för att rätta dem. Rättelsen sparas vid sidan av originalet och kan ångras.') : null;
  selected?.addEventListener('click', () => {
    if (!correctWords()) help!.textContent = 'Markera först orden i texten som ska rättas, eller klicka på ett ord.';
  });
  const textPanel = h('div', { class: 'text-panel' }, h('h2', {}, 'Text'), note, help, selected, shown);
  const label = `Jämför med texten före rättning (${doc.corrections ?? 0} rättade ord)`;
  const compare = doc.originalText ? h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'original' }, label) : null;
  const original = doc.originalText ? h('div', { class: 'text-panel', id: 'original', hidden: true }, h('h2', {}, 'Texten som den lästes (OCR)'), h('pre', { class: 'text' }, doc.originalText)) : null;
  compare?.addEventListener('click', () => {
    const open = original!.hidden;
    original!.hidden = !open;
    compare.setAttribute('aria-expanded', String(open));
    compare.textContent = open ? 'Dölj texten före rättning' : label;
  });

  const toggle = edit ? h('button', { type: 'button', class: 'edit-toggle', 'aria-pressed': String(editing) }, editing ? 'Sluta rätta' : 'Rätta dokumentet') : null;
  toggle?.addEventListener('click', () => {
    editing = !editing;
    void redraw(doc.id);
  });
  const similar = h('section', { class: 'similar' }, h('h2', {}, 'Liknande dokument'));
  main.replaceChildren(
    h(
      'article',
      { class: `document${fixing ? ' editing' : ''}` },
      h('p', {}, h('a', { href: '/', class: 'back' }, '← Till sökningen'), toggle ? ' ' : '', toggle),
      h('h1', {}, doc.title ?? '(utan titel)', fix('title')),
      header,
      personCorrections(doc, edit),
      items,
      ...decisions,
      pageImages(doc),
      compare,
      h('div', { class: 'texts' }, textPanel, original),
      similar,
    ),
  );
  if (focus) main.focus();
  showItem();
  try {
    const result = await api<{ hits: Doc[]; method: string; note?: string }>(`/api/documents/${doc.id}/similar`);
    similar.append(result.note ? message(result.note) : '', h('ul', {}, ...result.hits.map((hit) => h('li', {}, docLink(hit, hit.title ?? '(utan titel)'), ' – ', facts(hit)))));
  } catch (error) {
    similar.append(message((error as Error).message));
  }
}

async function showCase(dnr: string): Promise<void> {
  const docs = await api<Doc[]>(`/api/case?dnr=${encodeURIComponent(dnr)}`);
  document.title = `Ärende ${dnr} – diarium`;
  // Each cell says what it is, so a phone can show the rows as cards (see style.css).
  const cell = (label: string, ...content: (Node | string | null)[]): HTMLElement => h('td', { 'data-label': label }, ...content);
  const table = h(
    'table',
    { class: 'case' },
    h('caption', {}, `${docs.length} dokument i ärendet, i datumordning`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Datum'), h('th', { scope: 'col' }, 'Nämnd'), h('th', { scope: 'col' }, 'Typ'), h('th', { scope: 'col' }, 'Dokument'), h('th', { scope: 'col' }, 'Paragraf eller punkt'))),
    h(
      'tbody',
      {},
      ...docs.map((doc) =>
        h(
          'tr',
          {},
          cell('Datum', shownDate(doc) ?? ''),
          cell('Nämnd', doc.namnd ?? ''),
          cell('Typ', doc.doctype),
          cell('Dokument', docLink(doc, doc.title ?? '(utan titel)'), versionsLine(doc)),
          h(
            'td',
            { class: 'case-items', 'data-label': 'Paragraf eller punkt' },
            ...(doc.caseItems ?? []).map((item) => h('div', { class: 'case-item' }, itemLink(doc, (doc.items ?? []).findIndex((x) => x.start === item.start), item), item.beslut.length ? h('p', { class: 'case-beslut' }, item.beslut.join(' ')) : null)),
          ),
        ),
      ),
    ),
  );
  main.replaceChildren(h('p', {}, h('a', { href: '/', class: 'back' }, '← Till sökningen')), h('h1', {}, `Ärende ${dnr}`), docs.length ? table : message('Inga dokument hör till det här ärendet.'));
  main.focus();
}

/**
 * A remiss thread: every document that names one government remiss, across kommuner and nämnder,
 * in date order, with what each proposed and decided side by side; downloadable as CSV.
 */
async function showRemiss(designation: string): Promise<void> {
  const query = `designation=${encodeURIComponent(designation)}`;
  const docs = await api<Doc[]>(`/api/remiss?${query}`);
  document.title = `Remiss ${designation} – diarium`;
  const list = (items: string[] | undefined): HTMLElement | string => (items?.length ? h('ul', {}, ...items.map((x) => h('li', {}, x))) : '–');
  const table = documentTable('remiss', `${docs.length} dokument om remissen, i datumordning`, docs, [
    ['Förslag till beslut', (doc) => list(doc.forslagTillBeslut)],
    ['Beslut', (doc) => list(doc.beslut)],
  ]);
  const departements = [...new Set(docs.flatMap((d) => d.departement ?? []))];
  main.replaceChildren(
    h('p', {}, h('a', { href: '/', class: 'back' }, '← Till sökningen')),
    h('h1', {}, `Remiss ${designation}`),
    departements.length ? h('p', {}, `Från ${departements.join(', ')}.`) : '',
    docs.length ? h('p', {}, h('a', { href: `/api/remiss.csv?${query}`, download: '' }, 'Ladda ner som CSV')) : '',
    docs.length ? table : message('Inga dokument nämner den här remissen.'),
  );
  main.focus();
}

/** Opens the document at the item the URL names (#punkt-N): scrolled to, marked, focused. */
function showItem(): void {
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (!target) return;
  document.querySelectorAll('.item.current').forEach((el) => el.classList.remove('current'));
  target.classList.add('current');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

void route();
