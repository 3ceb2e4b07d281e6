import type { DocumentMetadata } from '../document.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { personName } from './politicians.ts';

/** An entity a token-classification model found in a document's text. */
export interface ModelEntity {
  type: 'person' | 'organisation' | 'place';
  /** As printed in the text. */
  name: string;
  /** The model's confidence, 0 to 1. */
  score: number;
}

/**
 * The label schemes of named-entity models, as data: CoNLL (PER, ORG, LOC, MISC), OntoNotes (PERSON,
 * GPE, FAC), and the Swedish SUC scheme of KB's and others' models (PRS, ORG, LOC). Labels not
 * here (times, measures, works, events) are left out.
 */
export const ENTITY_LABELS: Readonly<Record<string, ModelEntity['type']>> = {
  PER: 'person', PERSON: 'person', PRS: 'person',
  ORG: 'organisation', ORGANIZATION: 'organisation',
  LOC: 'place', GPE: 'place', FAC: 'place', LOCATION: 'place',
};

/** Below this confidence a model's entity is not added. */
export const MIN_SCORE = 0.6;

/**
 * The document with a model's entities added to what the rules found: a person only when the name
 * reads as one (two to four capitalised words), organisations and places as printed; nothing the
 * rules found is removed. Pure: the model runs at the edge (ingest/entity-model.ts).
 */
export function withModelEntities<T extends DocumentMetadata>(meta: T, entities: readonly ModelEntity[], lexicon: Lexicon): T {
  const sure = entities.filter((e) => e.score >= MIN_SCORE && /\p{Lu}/u.test(e.name));
  const people = sure.filter((e) => e.type === 'person').map((e) => personName(e.name, lexicon)).filter((n): n is string => n !== null);
  const add = (list: string[], more: string[]): string[] => [...new Set([...list, ...more])];
  return {
    ...meta,
    people: add(meta.people, people),
    organisations: add(meta.organisations, sure.filter((e) => e.type === 'organisation').map((e) => e.name)),
    places: add(meta.places, sure.filter((e) => e.type === 'place').map((e) => e.name)),
  };
}
