/**
 * Abbreviations in municipal Swedish and the names they stand for. Meilisearch's synonyms cannot
 * carry them: it normalises synonyms without the Swedish rules, so "socialnämnden" as a synonym
 * never matches the Swedish-indexed word. Instead each document gets, in an extra searchable field,
 * the other form of every abbreviation or name it contains: "KS" finds "kommunstyrelsen" and back.
 */
const PAIRS: [string, string[]][] = [
  ['KS', ['kommunstyrelsen', 'kommunstyrelse']],
  ['KF', ['kommunfullmäktige']],
  ['SDN', ['stadsdelsnämnd', 'stadsdelsnämnden', 'stadsdelsnämnder']],
  ['SDF', ['stadsdelsförvaltning', 'stadsdelsförvaltningen']],
  ['SN', ['socialnämnden', 'socialnämnd']],
  ['SoF', ['socialförvaltningen', 'socialförvaltning']],
  ['SLK', ['stadsledningskontoret']],
];

/** The other forms of the abbreviations and names in `text`, each once. */
export function aliases(text: string): string[] {
  const words = new Set(text.match(/\p{L}+/gu) ?? []);
  const lower = new Set([...words].map((w) => w.toLowerCase()));
  const out = new Set<string>();
  for (const [short, longs] of PAIRS) {
    // Abbreviations count only as written (upper case): "sn" in running text is not Socialnämnden.
    if (words.has(short) || words.has(short.toUpperCase())) longs.forEach((l) => out.add(l));
    if (longs.some((l) => lower.has(l) || [...lower].some((w) => w.endsWith(l) && w !== l))) out.add(short.toLowerCase());
  }
  return [...out];
}
