import type { CaseNumberSpan } from '../grammar/case-numbers.ts';

/**
 * The government departements by the code their case numbers open with ("Fi2016/02568/K",
 * "S2021/05522"), for a remiss whose letter names no departement in words. Codes of the
 * Regeringskansliet's registry; only the ones whose departement is certain.
 */
export const DEPARTEMENT_BY_CODE: Readonly<Record<string, string>> = {
  A: 'Arbetsmarknadsdepartementet',
  Fi: 'Finansdepartementet',
  Fö: 'Försvarsdepartementet',
  I: 'Infrastrukturdepartementet',
  Ju: 'Justitiedepartementet',
  Jo: 'Jordbruksdepartementet',
  KN: 'Klimat- och näringslivsdepartementet',
  Ku: 'Kulturdepartementet',
  LI: 'Landsbygds- och infrastrukturdepartementet',
  M: 'Miljödepartementet',
  N: 'Näringsdepartementet',
  S: 'Socialdepartementet',
  U: 'Utbildningsdepartementet',
  UD: 'Utrikesdepartementet',
};

/**
 * A departement named in words: "Remiss från Finansdepartementet", "Regeringskansliet
 * Justitiedepartementet", "Miljödepartementets dnr", "Klimat- och näringslivsdepartementet"
 * (utlåtanden and kallelser of several kommuner, world/utlatande/FACTS.md).
 */
const DEPARTEMENT_NAME = /(?<![\p{L}-])((?:\p{L}+- och )?\p{L}+departementet)s?(?![\p{L}])/gu;

/** Shapes of the grammar that designate a remiss itself (a proposition is cited, not answered). */
const REMISS_SHAPES = new Set(['SOU YYYY:N', 'Ds YYYY:N', 'DEPYYYY/NNNNN(/UNIT)']);

export interface RemissFields {
  /** The government remiss designations the document names, canonical ("SOU 2018:22", "Fi2016/02568/K"). */
  remiss: string[];
  /** The departements that sent them, as named or as their case numbers' codes say. */
  departement: string[];
}

/**
 * The remiss a document answers or cites, read from the case numbers the grammar found, and the
 * departement that sent it; both empty in a document that names no remiss.
 */
export function remissOf(numbers: readonly CaseNumberSpan[], text: string): RemissFields {
  const remiss = [...new Set(numbers.filter((s) => REMISS_SHAPES.has(s.shape)).map((s) => s.canonical))];
  if (remiss.length === 0) return { remiss, departement: [] };
  const departement = new Set<string>();
  for (const m of text.matchAll(DEPARTEMENT_NAME)) departement.add(m[1]![0]!.toUpperCase() + m[1]!.slice(1));
  for (const designation of remiss) {
    const code = /^(\p{L}{1,2})\s?\d{4}\//u.exec(designation)?.[1];
    const name = code ? DEPARTEMENT_BY_CODE[code] : undefined;
    if (name) departement.add(name);
  }
  return { remiss, departement: [...departement] };
}
