import path from 'node:path';
import { misreadCaseYears, uncertainDates } from './date-check.ts';
import { summarize } from './summary.ts';
import { emptyMetadata, type Document, type DocumentMetadata, type SourceRecord } from './document.ts';
import { aliases } from './aliases.ts';
import { compoundParts } from './decompound.ts';
import { read } from './extract/index.ts';
import { caseKey } from './grammar/case-numbers.ts';
import { lemmasOf, SnowballStemmer, type Lemmatizer } from './lexicon/lemmas.ts';
import { swedishLexicon } from './lexicon/lexicon.ts';
import { maskPersonnummer } from './personnummer.ts';
import { Repairer } from './repair/repair.ts';
import { normalizeText } from './text/characters.ts';
import { dehyphenate, lineHyphenatedWords } from './text/hyphens.ts';

/** Options that switch pipeline stages on and off. */
export interface PipelineOptions {
  /** Repair OCR damage (on by default). */
  repair?: boolean;
  /** The repairer to use, holding the corpus word model; a lexicon-only one when omitted. */
  repairer?: Repairer;
  /** The version of the word model the repairer holds (`WordModel.version()`), recorded on each document. */
  repairModel?: string;
  /**
   * Personal identity numbers: masked before indexing (the default), or kept for a closed internal
   * deployment (DIARIUM_PERSONNUMMER=keep). The source files are never changed.
   */
  personnummer?: 'mask' | 'keep';
  /**
   * Base forms for inflection-aware search: a Hunspell dictionary's (ingest/lemmatizer.ts) or, by
   * default, the Snowball Swedish stemmer's stems.
   */
  lemmatizer?: Lemmatizer;
}

/** A pipeline stage: reads a record, returns it enriched, and reports through `messages`. */
export type Stage = (doc: Document, options: PipelineOptions) => Document;

/** The characters every stage reads: line ends, HTML references, double-encoded UTF-8, a text layer's no-break spaces, soft hyphens and ligatures, NFC (text/characters.ts). */
export const normalize: Stage = (doc) => {
  const text = normalizeText(doc.text);
  return text === doc.text ? doc : { ...doc, text };
};

let defaultRepairer: Repairer | null = null;

/**
 * Repairs OCR damage. The text as ingested stays in `originalText` (set by {@link runPipeline}),
 * so a wrong correction loses nothing.
 */
export const repairText: Stage = (doc, options) => {
  if (options.repair === false) return doc;
  const repairer = options.repairer ?? (defaultRepairer ??= new Repairer());
  const result = repairer.repair(doc.text);
  const repairModel = options.repairModel ?? null;
  if (result.corrections.length === 0) return { ...doc, textCondition: result.regime, repairModel };
  // Each correction's place in the text as read and in the repaired text (corrections come in order).
  let shift = 0;
  const repairs = result.corrections.map((c) => {
    const note = { rule: c.rule, at: c.index, to: c.index + shift, original: c.original, replacement: c.replacement, reason: c.reason };
    shift += c.replacement.length - c.original.length;
    return note;
  });
  return {
    ...doc,
    textCondition: result.regime,
    repairModel,
    repairs,
    text: result.text,
    corrections: doc.corrections + result.corrections.length,
    messages: [...doc.messages, { stage: 'repair', level: 'info', reason: `${result.corrections.length} words repaired (${result.regime} text)` }],
  };
};

/** Masks personnummer and samordningsnummer in the text, counting them. Runs before extraction, so no field can hold one. */
export const maskIdentityNumbers: Stage = (doc, options) => {
  if (options.personnummer === 'keep') return doc;
  const { text, count } = maskPersonnummer(doc.text);
  if (count === 0) return doc;
  return { ...doc, text, personnummerMasked: count, messages: [...doc.messages, { stage: 'personnummer', level: 'info', reason: `${count} personnummer masked` }] };
};

export const extractMetadata: Stage = (doc) => {
  const { meta: asRead, reading } = read(doc.text);
  const years = misreadCaseYears(asRead);
  const meta = years.readings.size ? withCaseNumbersRead(asRead, years.readings) : asRead;
  const primary = meta.date ?? meta.meetingDate ?? meta.justerat;
  // Item offsets in UTF-8 bytes too: Meilisearch gives match positions so.
  const bytes = (at: number): number => Buffer.byteLength(doc.text.slice(0, at));
  const items = meta.items.map((item) => ({ ...item, byteStart: bytes(item.start), byteEnd: bytes(item.end) }));
  const check = uncertainDates(meta);
  return {
    ...doc,
    ...meta,
    items,
    uncertainDates: check.fields,
    summary: summarize(meta.sections, doc.text),
    // Where the letterhead and header block end (UTF-8 bytes, as match positions count).
    bodyStart: reading ? bytes(reading.bodyStart) : 0,
    messages: [...doc.messages, ...years.messages, ...check.messages],
    year: primary ? Number(primary.slice(0, 4)) : null,
    month: primary ? primary.slice(0, 7) : null,
    sortDate: primary ? Date.parse(`${primary}T00:00:00Z`) / 1000 : null,
    caseKeys: [...new Set([...meta.dnr, ...meta.refDnr, ...meta.items.flatMap((i) => i.dnr)].map(caseKey))],
  };
};

/** `meta` with each case number `readings` holds read so, in every field that holds case numbers (no number twice). */
function withCaseNumbersRead<T extends Pick<DocumentMetadata, 'dnr' | 'refDnr' | 'items'>>(meta: T, readings: ReadonlyMap<string, string>): T {
  const as = (list: string[]): string[] => [...new Set(list.map((n) => readings.get(n) ?? n))];
  const dnr = as(meta.dnr);
  return { ...meta, dnr, refDnr: as(meta.refDnr).filter((n) => !dnr.includes(n)), items: meta.items.map((i) => ({ ...i, dnr: as(i.dnr) })) };
}

let defaultLemmatizer: Lemmatizer | null = null;

/**
 * Splits the text's compounds into parts, adds abbreviation forms, the words a line's end
 * hyphenated (whole) and the base forms of its inflected words, for the index.
 */
export const searchTerms: Stage = (doc, options) => {
  // Words a line's end hyphenated are read whole ("kommunfullmäk-" / "tige"), and searchable whole.
  const text = dehyphenate(`${doc.title ?? ''}\n${doc.text}`);
  const lemmatizer = options.lemmatizer ?? (defaultLemmatizer ??= new SnowballStemmer());
  return { ...doc, compoundParts: compoundParts(text, swedishLexicon()), aliases: [...aliases(text), ...lineHyphenatedWords(doc.text)], lemmas: lemmasOf(text, lemmatizer) };
};

export const STAGES: Stage[] = [normalize, repairText, maskIdentityNumbers, extractMetadata, searchTerms];

/** The facet value for how many words repair changed. */
export function repairLevel(corrections: number): string {
  if (corrections === 0) return 'ingen rättning';
  if (corrections <= 10) return '1–10 ord';
  if (corrections <= 100) return '11–100 ord';
  return 'över 100 ord';
}

/** Turns one source record into a Document by running every stage in order. */
export function runPipeline(record: SourceRecord, options: PipelineOptions = {}, stages: Stage[] = STAGES): Document {
  const initial: Document = {
    ...emptyMetadata(),
    id: record.id,
    source: record.source,
    sourceName: record.sourceName ?? path.basename(record.source),
    sourceFiles: record.sourceFiles ?? null,
    format: record.format ?? 'text',
    text: record.text,
    originalText: null,
    corrections: 0,
    pages: record.pages ?? null,
    ocr: record.ocr ?? null,
    year: null,
    month: null,
    sortDate: null,
    caseKeys: [],
    uncertainDates: [],
    textCondition: null,
    repairModel: null,
    repairs: [],
    repairLevel: 'ingen rättning',
    ocrConfidence: null,
    summary: null,
    bodyStart: 0,
    compoundParts: [],
    aliases: [],
    personnummerMasked: 0,
    messages: [],
  };
  const staged = stages.reduce((current, stage) => stage(current, options), initial);
  const doc = { ...staged, repairLevel: repairLevel(staged.corrections), ocrConfidence: staged.ocr?.pages.length ? (staged.ocr.lowConfidencePages.length ? 'låg på någon sida' : 'god') : null };
  // The text as read is kept, masked like the rest, in the characters every stage reads, so a
  // repair's place in it (`RepairNote.at`) is where the stages saw it.
  const asRead = normalizeText(record.text);
  const original = options.personnummer === 'keep' ? asRead : maskPersonnummer(asRead).text;
  return { ...doc, originalText: doc.text === original ? null : original };
}
