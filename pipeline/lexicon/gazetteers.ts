/**
 * Names of organisations and places that municipal documents of every kommun mention, as data:
 * the national authorities they answer remisser from or report to, and Sweden's län and
 * landskap. The 290 municipalities are in municipalities.ts. Public facts, no source to credit.
 */

/**
 * National authorities and bodies a kommun's documents name (remiss senders, supervisors,
 * partners). Names whose ending alone marks them as authorities ("-verket", "-myndigheten",
 * "-inspektionen") are found by AUTHORITY_ENDINGS as well; listed here are those they miss.
 */
export const AUTHORITIES: readonly string[] = [
  'Arbetsförmedlingen', 'Boverket', 'Domstolsverket', 'Ekobrottsmyndigheten', 'Energimyndigheten', 'Folkhälsomyndigheten',
  'Försäkringskassan', 'Havs- och vattenmyndigheten', 'Inspektionen för vård och omsorg', 'Jordbruksverket',
  'Kammarkollegiet', 'Kemikalieinspektionen', 'Konkurrensverket', 'Konsumentverket', 'Kriminalvården', 'Lantmäteriet',
  'Livsmedelsverket', 'Länsstyrelsen', 'Migrationsverket', 'Myndigheten för samhällsskydd och beredskap',
  'Naturvårdsverket', 'Pensionsmyndigheten', 'Polismyndigheten', 'Regeringen', 'Regeringskansliet',
  'Riksantikvarieämbetet', 'Riksdagen', 'Skatteverket', 'Skolinspektionen', 'Skolverket', 'Socialstyrelsen',
  'Specialpedagogiska skolmyndigheten', 'Statens institutionsstyrelse', 'Strålsäkerhetsmyndigheten',
  'Sveriges Kommuner och Landsting', 'Sveriges Kommuner och Regioner', 'Tillväxtverket', 'Trafikverket',
  'Transportstyrelsen', 'Upphandlingsmyndigheten', 'Vinnova', 'Åklagarmyndigheten',
];

/** The endings of Swedish authorities' names (Trafikverket, Energimyndigheten, Skolinspektionen, Kammarkollegiet). */
export const AUTHORITY_ENDINGS: readonly string[] = ['verket', 'myndigheten', 'inspektionen', 'kollegiet', 'ämbetet'];

/** Sweden's 21 län, as "X län" is printed ("Länsstyrelsen i Kalmar län", "Region Skåne"). */
export const COUNTIES: readonly string[] = [
  'Blekinge', 'Dalarnas', 'Gotlands', 'Gävleborgs', 'Hallands', 'Jämtlands', 'Jönköpings', 'Kalmar', 'Kronobergs',
  'Norrbottens', 'Skåne', 'Stockholms', 'Södermanlands', 'Uppsala', 'Värmlands', 'Västerbottens', 'Västernorrlands',
  'Västmanlands', 'Västra Götalands', 'Örebro', 'Östergötlands',
];

/** Sweden's 25 landskap, which documents name as regions ("i Norrbotten", "Dalarna"). */
export const PROVINCES: readonly string[] = [
  'Blekinge', 'Bohuslän', 'Dalarna', 'Dalsland', 'Gotland', 'Gästrikland', 'Halland', 'Hälsingland', 'Härjedalen',
  'Jämtland', 'Lappland', 'Medelpad', 'Norrbotten', 'Närke', 'Skåne', 'Småland', 'Södermanland', 'Uppland',
  'Värmland', 'Västerbotten', 'Västergötland', 'Västmanland', 'Ångermanland', 'Öland', 'Östergötland',
];

/**
 * Municipalities whose names are also given names, surnames or words ("Mark", "Lund", "Nora",
 * "Vara"): a gazetteer match alone does not make them places, only "i X", "X kommun".
 */
export const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set(['Ale', 'Berg', 'Eda', 'Kil', 'Lund', 'Mark', 'Mora', 'Nora', 'Sala', 'Salem', 'Vara']);
