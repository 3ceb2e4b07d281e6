/**
 * The last part of the name of a municipal body, office or post. The dictionary lists a few such
 * compounds ("socialnämnden") but every city coins its own ("stadsområdesnämnd",
 * "arbetsmarknadsförvaltningen", "stadsområdesdirektör"), and they are the words documents are
 * faceted by: a compound that ends in one is as likely as a listed word.
 */
export const ORGAN_HEAD = /(?:nämnd|förvaltning|direktör|kontor|styrelse|fullmäktige|chef)(?:en|ens|et|ets|er|erna|ernas|ar|arna|s|n|ns)?$/;

/**
 * The words every municipal case document is written with: its kinds, its parts and the verbs of
 * its decisions, in the forms they take there, and the services that name the nämnder of most
 * kommuner ("vård- och omsorgsnämnden", where OCR leaves "Vard-"). A city's own clean documents teach the repair stage
 * their frequencies (`WordModel`); this list gives a fresh install, or an archive with no clean
 * text, the same lean: where OCR leaves "Yttrande" or "tjurande" (for "Yurande"), the genre's word
 * is the likely one.
 */
export const GENRE_WORDS: ReadonlySet<string> = new Set(
  `yttrande yttrandet yttranden remiss remissen remisser remissvar remissvaret remissyttrande
  tjänsteutlåtande tjänsteutlåtandet tjänsteskrivelse tjänsteskrivelsen skrivelse skrivelsen
  svar motion motionen motioner protokoll protokollet protokollsutdrag utdrag kallelse val
  föredragningslista ärende ärendet ärenden beslut beslutet besluta beslutar beslutade
  förslag förslaget förslagen sammanträde sammanträdet sammanträdesdatum justera justeras
  justerat justerar justering paragraf paragrafen omedelbart handläggare handlingarna
  nämnd nämnden nämnder nämnderna förvaltning förvaltningen förvaltningens förvaltningarna
  kommunstyrelsen kommunfullmäktige stadsdelsnämnd stadsdelsnämnden stadsdelsförvaltningen
  godkänner godkänna överlämnar överlämna tillstyrker avstyrker hänvisar bifaller bifalla
  avslår avslå antar anta lägger lägga uppdrag uppdrar uppdra utreda utredning redovisning
  redovisningen synpunkter sammanfattning bakgrund bedömning samverkan verksamheten
  budget budgeten uppföljning riktlinjer reservation yrkande proposition
  vård vården vårdens omsorg omsorgen`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Prior weight of a genre word, on the scale of `FUNCTION_WORD_WEIGHT` (which gives its 150th word
 * 20): as common in municipal text as a mid-list function word, far below "och" or "att".
 */
export const GENRE_WORD_WEIGHT = 30;

/**
 * The last parts of the names of the places documents give: streets and squares in the definite
 * form they are named with ("Lärkvägen", "Strömsgatan", "Fruängsgången", "Fiskartorget") and the
 * schools, farms and halls meetings are held in ("Vikdalsskolan", "Sörgården", "Slättbergshallen"),
 * and the lakes, rivers and islands a detaljplan or a permit is about ("Stocksjön", "Sigtunaån").
 * Documents of every kommun give an address for a meeting, a building or a detaljplan. The first
 * part is any noun or name, often one no dictionary marks as a compound's first part ("lärk",
 * "norrglänta"), so such a name is a compound the lexicon cannot build.
 */
export const PLACE_ENDINGS: readonly string[] = [
  ...['vägen', 'gatan', 'gränd', 'stigen', 'gången', 'backen', 'torget', 'platsen', 'allén', 'leden', 'parken', 'plan', 'skolan', 'gården', 'hallen'],
  // Lakes, rivers, islands, bays, meadows and hills, in the definite form nature's places are named with.
  ...['sjön', 'ån', 'ön', 'viken', 'ängen', 'berget', 'skogen', 'dalen', 'holmen', 'udden'],
];

/**
 * The last parts of Swedish surnames: most are made, as place names are, of a nature word and one
 * of these ("Fjällström", "Berglöf", "Lövdahl", "Tjärnström", "Sjöberg"), and every protokoll lists
 * a dozen. Old spellings included (-qvist, -löf, -dahl), as the names keep them.
 */
export const SURNAME_ENDINGS: readonly string[] = ['ström', 'berg', 'gren', 'lund', 'qvist', 'kvist', 'holm', 'löf', 'löv', 'dahl', 'dal', 'sjö', 'bäck', 'stedt', 'strand', 'mark', 'borg', 'blad', 'näs', 'fors', 'by'];
