/**
 * How scanned documents are saved one image per page, as data. A scanner or an archivist names
 * the pages of one document either with a page marker in the name (`0123.p1.png`, `0123.p2.png`,
 * `protokoll_page-3.jpg`, `beslut sida 2.tif`) or as a folder that holds nothing but numbered
 * pages (`KS 2019-045/1.png`, `…/2.png`, or `sida01.jpg`, `sida02.jpg`). Each such set is one
 * document with its pages in number order.
 *
 * Deliberately not pages: `Scan_0001.jpg` and `IMG_0002.jpg` (a scanner's running counter: a batch
 * of them is usually many documents), and any name without a page marker outside a numbered-pages
 * folder.
 */

/** Image formats whose files can be pages (the formats the image handler reads). */
export const PAGE_IMAGE = /\.(?:png|jpe?g|tiff?)$/i;

/** The words that mark a page number in a file name, Swedish and English. */
export const PAGE_MARKERS = ['p', 'page', 'sida', 'sid', 's'] as const;

const MARKER = `(?:${[...PAGE_MARKERS].sort((a, b) => b.length - a.length).join('|')})`;

/**
 * `<stem><sep><marker><sep?><n><rest>.<ext>`: a page of the document named by stem and rest. The
 * marker needs a separator before it, so "tips3.png" is no page 3 of "ti".
 */
const MARKED = new RegExp(String.raw`^(?<stem>.*?[^._ -])[._ -]${MARKER}[._ -]?(?<n>\d{1,4})(?<rest>(?:\.[^.\d][^.]*)*?)(?<ext>\.(?:png|jpe?g|tiff?))$`, 'i');

/** `<n>.<ext>` or `<marker><n>.<ext>` alone: a page of the folder's document. */
const BARE = new RegExp(String.raw`^(?:${MARKER}[._ -]?)?(?<n>\d{1,4})(?<ext>\.(?:png|jpe?g|tiff?))$`, 'i');

/** A file name read as a page: the key its document's pages share, and its page number. */
export interface PageName {
  /** Same for every page of one document (within one folder). */
  key: string;
  page: number;
}

/**
 * Reads a file name (no folder) as a page of a document, or null when it names no page. Bare
 * numbered names share a key per extension, so the folder is the document.
 */
export function readPageName(name: string): PageName | null {
  const bare = BARE.exec(name);
  if (bare) return { key: `\0${bare.groups!.ext!.toLowerCase().replace('jpeg', 'jpg').replace('tiff', 'tif')}`, page: Number(bare.groups!.n) };
  const marked = MARKED.exec(name);
  if (!marked) return null;
  const { stem, n, rest, ext } = marked.groups!;
  return { key: `${stem}\0${rest}${ext!.toLowerCase()}`, page: Number(n) };
}
