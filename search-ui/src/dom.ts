/**
 * DOM helpers that only ever create text nodes from data: nothing from the index is parsed as HTML.
 * Highlights come from Meilisearch as <mark> markers and are rebuilt as <mark> elements.
 */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** Text with <mark>…</mark> markers as text nodes and <mark> elements. */
export function marked(text: string | null | undefined): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of String(text ?? '').split(/(<mark>[\s\S]*?<\/mark>)/)) {
    const m = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    fragment.append(m ? h('mark', {}, m[1]!) : document.createTextNode(part));
  }
  return fragment;
}

/** Text with every occurrence of the query's words marked (case-insensitive), as DOM nodes. */
export function highlightWords(text: string, query: string): DocumentFragment {
  const words = query.split(/\s+/).filter((w) => w.length > 1).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const fragment = document.createDocumentFragment();
  if (!words.length) {
    fragment.append(text);
    return fragment;
  }
  // Splitting on a capturing group leaves the matches at the odd positions.
  text.split(new RegExp(`(${words.join('|')})`, 'iu')).forEach((part, i) => fragment.append(i % 2 ? h('mark', {}, part) : part));
  return fragment;
}
