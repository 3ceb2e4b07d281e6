/**
 * The most frequent Swedish function words (conjunctions, prepositions, pronouns, auxiliaries) and
 * the forms of "år" (municipal text dates everything: "2020 års budget"), roughly in order of
 * frequency in general Swedish prose. They make up a third of running text, so
 * where OCR leaves a choice between one of them and a rarer word ("for"/"för", "ar"/"är"/"år",
 * "pa"/"på", "at"/"åt"), the frequent one is the likely reading.
 */
export const FUNCTION_WORD_LIST: readonly string[] = `och i att det som en på är av för med till den har de inte om ett han men var jag sig
  från vi så kan man när år hon under också efter eller nu sin där vid mot ska skulle kommer ut får
  finns vara hade alla andra mycket än här då sedan över bara in blir upp även vad få två vill ha
  många hur mer går detta nya skall hans utan sina något allt första måste mellan blev bli dessa
  deras dess denna enligt inom genom samt både hos bland kring åt vilka vilket vilken därför
  eftersom själv oss dem honom henne någon inga ingen inför vår våra vårt ur redan dock bör kunna
  gäller såsom års året`
  .split(/\s+/)
  .filter(Boolean);

/** Function words with a Zipf weight (proportional to 1/rank), for use as a frequency prior. */
export const FUNCTION_WORD_WEIGHT: ReadonlyMap<string, number> = new Map(FUNCTION_WORD_LIST.map((word, rank) => [word, 3000 / (rank + 1)]));
