/**
 * The search page: faceted search across nämnder (state in the URL), a document view and a case
 * view. It talks only to diarium's own API; see search-ui/server.ts.
 */
import { h, highlightWords, marked } from './dom.ts';

interface Handlaggare {
  name: string | null;
  phone: string | null;
  email: string | null;
}
interface Item {
  paragraf: string | null;
  number: string | null;
  title: string | null;
  dnr: string[];
  beslut: string[];
  forslagTillBeslut: string[];
  start: number;
  end: number;
}
interface Doc {
  id: string;
  title: string | null;
  municipality?: string | null;
  items?: Item[];
  /** The item a search hit matched in. */
  _item?: { index: number; paragraf: string | null; number: string | null; title: string | null };
  /** In the case view: the items that handle the case. */
  caseItems?: Item[];
  doctype: string;
  namnd: string | null;
  forvaltning: string | null;
  date: string | null;
  meetingDate: string | null;
  justerat: string | null;
  deadline?: string | null;
  dnr: string[];
  refDnr: string[];
  handlaggare: Handlaggare | null;
  paragraf?: string | null;
  forslagTillBeslut?: string[];
  beslut?: string[];
  sections?: { heading: string; text: string }[];
  text?: string;
  originalText?: string | null;
  corrections?: number;
  pages: number | null;
  ocr?: { pages: { page: number; confidence: number }[]; lowConfidencePages: number[] } | null;
  source: string;
  _formatted?: { title?: string; text?: string };
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
  ['refDnr', 'Ärende (diarienummer)'],
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

function docLink(doc: Doc, content: Node | string): HTMLAnchorElement {
  const a = h('a', { href: `/dokument/${doc.id}` }, content);
  return a;
}

/** An item's label: "§ 163", "punkt 7", "punkt". */
function itemLabel(item: { paragraf: string | null; number: string | null }): string {
  return item.paragraf ?? (item.number ? `punkt ${item.number}` : 'punkt');
}

/** A link that opens the document at one of its items. */
function itemLink(doc: Doc, index: number, item: { paragraf: string | null; number: string | null; title: string | null }): HTMLAnchorElement {
  return h('a', { href: `/dokument/${doc.id}#punkt-${index + 1}`, class: 'item-link' }, `${itemLabel(item)} ${item.title ?? ''}`.trim());
}

function facts(doc: Doc): string {
  return [doc.namnd, doc.doctype, doc.date ?? doc.meetingDate ?? doc.justerat, ...doc.dnr, ...doc.refDnr].filter(Boolean).join(' · ');
}

/** Navigates inside the page without a reload, keeping the URL as the state. */
function go(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
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
  const [status, result] = await Promise.all([api<{ documents: number; semantic: boolean }>('/api/status'), api<SearchResult>(`/api/search?${apiParams}`)]);
  if (status.documents === 0) {
    main.replaceChildren(message('Det finns inga dokument ännu. Läs in några med `npx diarium ingest MAPP` (eller `npm start`, som läser in corpora/).'));
    return;
  }

  const total = result.estimatedTotalHits;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const exportParams = new URLSearchParams(params);
  exportParams.delete('page');

  const toolbar = h(
    'div',
    { class: 'toolbar' },
    h('p', { id: 'count', role: 'status', 'aria-live': 'polite' }, total === 0 ? 'Inga träffar.' : `${total} dokument`),
    h('label', { for: 'sort' }, 'Sortera '),
    sortSelect(params),
    h('span', { class: 'export' }, 'Exportera: ', exportLink(exportParams, 'csv'), ' ', exportLink(exportParams, 'json')),
    status.semantic ? semanticToggle(params) : null,
  );
  // Said once per visit, plainly: what search can and cannot do here.
  const note = !status.semantic && !sessionStorage.getItem('keyword-note') ? h('p', { class: 'note' }, 'Sökningen går på ord: ingen embeddingmodell är installerad, så sökning på betydelse är avstängd.') : null;
  if (note) sessionStorage.setItem('keyword-note', '1');

  const list = h('ol', { class: 'hits', start: String((page - 1) * PAGE_SIZE + 1) });
  for (const hit of result.hits) {
    list.append(
      h(
        'li',
        { class: 'hit' },
        h('h2', {}, docLink(hit, marked(hit._formatted?.title ?? hit.title ?? '(utan titel)'))),
        hit._item ? h('p', { class: 'item-hit' }, 'Träff i ', itemLink(hit, hit._item.index, hit._item)) : null,
        h('p', { class: 'meta' }, facts(hit)),
        h('p', { class: 'snippet' }, marked(hit._formatted?.text ?? '')),
      ),
    );
  }

  const nav = h('nav', { class: 'pager', 'aria-label': 'Sidor' });
  if (page > 1) nav.append(h('a', { href: searchUrl({ page: String(page - 1) }), rel: 'prev' }, '← Föregående'));
  nav.append(h('span', {}, ` Sida ${page} av ${pages} `));
  if (page < pages) nav.append(h('a', { href: searchUrl({ page: String(page + 1) }), rel: 'next' }, 'Nästa →'));

  const noHits = total === 0 ? message(params.get('q') ? `Inga dokument matchar "${params.get('q')}". Pröva färre ord eller ta bort filter.` : 'Inga dokument matchar filtren.') : null;
  main.replaceChildren(h('div', { class: 'layout' }, facetPanel(params, result), h('section', { class: 'results', 'aria-label': 'Träffar' }, toolbar, note, noHits, list, total > 0 ? nav : null)));
}

function sortSelect(params: URLSearchParams): HTMLSelectElement {
  const select = h('select', { id: 'sort' }, h('option', { value: '' }, 'Relevans'), h('option', { value: 'date' }, 'Datum, nyast först'));
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
  const panel = h('aside', { class: 'facets', 'aria-label': 'Filter' });
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

function field(label: string, value: Node | string | null | undefined): HTMLElement[] {
  if (value === null || value === undefined || value === '') return [];
  return [h('dt', {}, label), h('dd', {}, value)];
}

function caseLinks(numbers: string[]): DocumentFragment | null {
  if (!numbers.length) return null;
  const fragment = document.createDocumentFragment();
  numbers.forEach((n, i) => fragment.append(i ? ', ' : '', h('a', { href: `/arende/${encodeURIComponent(n)}` }, n)));
  return fragment;
}

async function showDocument(id: string): Promise<void> {
  const doc = await api<Doc>(`/api/documents/${encodeURIComponent(id)}`);
  const query = lastQuery;
  document.title = `${doc.title ?? 'Dokument'} – diarium`;
  const header = h(
    'dl',
    { class: 'metadata' },
    ...field('Dokumenttyp', doc.doctype),
    ...field('Diarienummer', caseLinks(doc.dnr)),
    ...field('Ärende', caseLinks(doc.refDnr)),
    ...field('Kommun', doc.municipality),
    ...field('Nämnd', doc.namnd),
    ...field('Förvaltning', doc.forvaltning),
    ...field('Datum', doc.date),
    ...field('Sammanträde', doc.meetingDate),
    ...field('Justerat', doc.justerat),
    ...field('Paragraf', doc.paragraf),
    ...field('Handläggare', doc.handlaggare ? [doc.handlaggare.name, doc.handlaggare.phone, doc.handlaggare.email].filter(Boolean).join(', ') : null),
    ...field('Källa', `${doc.source}${doc.pages ? ` (${doc.pages} sidor)` : ''}`),
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
              ].filter(([, list]) => (list as string[]).length).map(([label, list]) => h('div', { class: 'item-decision' }, h('h4', {}, label as string), h('ul', {}, ...(list as string[]).map((b) => h('li', {}, b))))),
            ),
          ),
        ),
      )
    : null;
  // An itemised document's decisions are shown with their items.
  const decisions = items ? [] : lists.filter(([, list]) => list.length).map(([label, list]) => h('section', {}, h('h2', {}, label), h('ol', {}, ...list.map((item) => h('li', {}, item)))));
  // Decision sections are shown as the lists above; the rest in document order.
  const sections = (doc.sections ?? [])
    .filter((s) => !/förslag till beslut$|s beslut$/i.test(s.heading))
    .map((s) => h('section', { class: 'section' }, h('h3', {}, s.heading), h('p', { class: 'section-text' }, highlightWords(s.text, query))));

  const textPanel = h('div', { class: 'text-panel' }, h('h2', {}, 'Text'), h('pre', { class: 'text' }, highlightWords(doc.text ?? '', query)));
  const compare = doc.originalText ? h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'original' }, `Visa originaltexten (${doc.corrections ?? 0} rättade ord)`) : null;
  const original = doc.originalText ? h('div', { class: 'text-panel', id: 'original', hidden: true }, h('h2', {}, 'Originaltext (OCR)'), h('pre', { class: 'text' }, doc.originalText)) : null;
  compare?.addEventListener('click', () => {
    const open = original!.hidden;
    original!.hidden = !open;
    compare.setAttribute('aria-expanded', String(open));
    compare.textContent = open ? 'Dölj originaltexten' : `Visa originaltexten (${doc.corrections ?? 0} rättade ord)`;
  });

  const images = doc.ocr && doc.pages
    ? h(
        'section',
        { class: 'pages' },
        h('h2', {}, 'Originalsidor'),
        ...Array.from({ length: Math.min(doc.pages, 50) }, (_, i) =>
          h('figure', {}, h('img', { src: `/api/documents/${doc.id}/pages/${i + 1}`, alt: `Sida ${i + 1} av originalet`, loading: 'lazy' }), h('figcaption', {}, `Sida ${i + 1}${doc.ocr!.lowConfidencePages.includes(i + 1) ? ' (osäker OCR)' : ''}`)),
        ),
      )
    : null;

  const similar = h('section', { class: 'similar' }, h('h2', {}, 'Liknande dokument'));
  main.replaceChildren(
    h('article', { class: 'document' }, h('p', {}, h('a', { href: '/', class: 'back' }, '← Till sökningen')), h('h1', {}, doc.title ?? '(utan titel)'), header, items, ...decisions, ...sections, compare, h('div', { class: 'texts' }, textPanel, original), images, similar),
  );
  main.focus();
  showItem();
  try {
    const result = await api<{ hits: Doc[]; method: string; note?: string }>(`/api/documents/${doc.id}/similar`);
    similar.append(result.note ? message(result.note) : '', h('ul', {}, ...result.hits.map((hit) => h('li', {}, docLink(hit, hit.title ?? '(utan titel)'), ` – ${facts(hit)}`))));
  } catch (error) {
    similar.append(message((error as Error).message));
  }
}

async function showCase(dnr: string): Promise<void> {
  const docs = await api<Doc[]>(`/api/case?dnr=${encodeURIComponent(dnr)}`);
  document.title = `Ärende ${dnr} – diarium`;
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
          h('td', {}, doc.date ?? doc.meetingDate ?? doc.justerat ?? ''),
          h('td', {}, doc.namnd ?? ''),
          h('td', {}, doc.doctype),
          h('td', {}, docLink(doc, doc.title ?? '(utan titel)')),
          h('td', { class: 'case-items' }, ...(doc.caseItems ?? []).map((item) => h('div', { class: 'case-item' }, itemLink(doc, (doc.items ?? []).findIndex((x) => x.start === item.start), item), item.beslut.length ? h('p', { class: 'case-beslut' }, item.beslut.join(' ')) : null))),
        ),
      ),
    ),
  );
  main.replaceChildren(h('p', {}, h('a', { href: '/', class: 'back' }, '← Till sökningen')), h('h1', {}, `Ärende ${dnr}`), docs.length ? table : message('Inga dokument hör till det här ärendet.'));
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
