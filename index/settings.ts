import type { Index, Settings } from 'meilisearch';
import { FUNCTION_WORD_LIST } from '../pipeline/lexicon/function-words.ts';
import { settle } from './tasks.ts';

/** Fields holding Swedish prose: tokenised and normalised as Swedish so "år" and "ar" stay apart. */
const SWEDISH_TEXT_FIELDS = ['title', 'text', 'namnd', 'forvaltning', 'forslagTillBeslut', 'beslut', 'items.title', 'items.beslut', 'sections.heading', 'handlaggare.name', 'compoundParts', 'aliases', 'lemmas'];

/**
 * Function words that carry no meaning in a query. Kept searchable: "år" and "för", which are also
 * nouns ("ett år", "fören") and which a search for exactly that word must still find.
 */
export const STOP_WORDS = FUNCTION_WORD_LIST.filter((w) => !['år', 'för', 'två', 'nya', 'första', 'finns', 'kommer', 'säger', 'mot', 'under'].includes(w)).slice(0, 80);

/** Fields a search page facets and filters on. */
export const FACETS = ['municipality', 'namnd', 'forvaltning', 'doctype', 'year', 'dnr', 'refDnr', 'remiss', 'departement', 'people', 'parties', 'organisations', 'places', 'handlaggare.name', 'repairLevel', 'ocrConfidence', 'month'] as const;

/**
 * The index settings diarium relies on.
 *
 * Searchable fields are in order of weight: a hit in the title or case number counts more than one
 * in the body; an item's title (a protokoll's §, an agenda's ärende) weighs as a title does. Case numbers get no typo tolerance ("KS 2018/906" must not match "KS 2018/909").
 * `sort` comes after the relevance rules so "sort by date" orders equally relevant hits only when
 * asked, and relevance stays the default.
 */
export const DOCUMENT_SETTINGS: Settings = {
  searchableAttributes: ['title', 'dnr', 'refDnr', 'items.title', 'items.dnr', 'namnd', 'forvaltning', 'handlaggare.name', 'forslagTillBeslut', 'beslut', 'items.beslut', 'sections.heading', 'text', 'compoundParts', 'aliases', 'lemmas'],
  filterableAttributes: [...FACETS, 'id', 'source', 'sortDate', 'paragraf', 'caseKeys', 'items.dnr', 'format', 'versionOf', 'versionBands', 'indexedAt'],
  sortableAttributes: ['sortDate', 'year', 'title', 'indexedAt'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  localizedAttributes: [{ attributePatterns: SWEDISH_TEXT_FIELDS, locales: ['swe'] }],
  typoTolerance: { disableOnAttributes: ['dnr', 'refDnr', 'items.dnr'] },
  faceting: { maxValuesPerFacet: 200 },
  stopWords: STOP_WORDS,
  pagination: { maxTotalHits: 100_000 },
};

/** Keys whose value is a set: order is not significant when comparing. */
const SET_KEYS = new Set(['filterableAttributes', 'sortableAttributes', 'stopWords', 'disableOnAttributes', 'disableOnWords']);

function canonical(key: string, value: unknown): string {
  if (SET_KEYS.has(key) && Array.isArray(value)) return JSON.stringify([...value].map(String).sort());
  return JSON.stringify(value);
}

/** The part of `wanted` that differs from `current`. */
export function settingsDiff(current: Settings, wanted: Settings): Settings {
  const diff: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    const have = (current as Record<string, unknown>)[key];
    const same =
      value !== null && typeof value === 'object' && !Array.isArray(value) && have && typeof have === 'object'
        ? Object.entries(value).every(([k, v]) => canonical(k, v) === canonical(k, (have as Record<string, unknown>)[k]))
        : canonical(key, value) === canonical(key, have);
    if (!same) diff[key] = value;
  }
  return diff as Settings;
}

/**
 * Brings the index's settings to `wanted`, sending only what differs (a settings change makes
 * Meilisearch re-index, so an unchanged setting must not be sent again), and waits for the task.
 * Returns true when anything was changed.
 */
export async function applySettings(index: Index, wanted: Settings = DOCUMENT_SETTINGS): Promise<boolean> {
  const diff = settingsDiff(await index.getSettings(), wanted);
  if (Object.keys(diff).length === 0) return false;
  await settle(index.updateSettings(diff), `update settings of ${index.uid}`);
  return true;
}
