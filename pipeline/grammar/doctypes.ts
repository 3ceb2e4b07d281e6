/**
 * Document types, as data: the vocabulary of ../shared/world/README.md and the words documents
 * print for their own genre, with what each word means. A type word is read where a document
 * prints its genre: opening a line of the header, or in capitals; structure decides where words do
 * not (see extract/doctype.ts).
 */

export const DOCTYPES = [
  'tjänsteutlåtande',
  'yttrande',
  'utlåtande',
  'promemoria',
  'protokoll',
  'protokollsutdrag',
  'kallelse',
  'anmälningslista',
  'beslut',
  'motion',
  'skrivelse',
  'okänd',
] as const;
export type Doctype = (typeof DOCTYPES)[number];

/**
 * A meeting's documents, and those whose type OCR left unread (what a worn protokoll or kallelse
 * becomes): where a damaged copy's structure is read as a meeting's (a number alone on its line
 * heads an item; the body named most is the meeting's).
 */
export const MEETING_OR_UNREAD: ReadonlySet<Doctype> = new Set(['protokoll', 'protokollsutdrag', 'kallelse', 'okänd']);

/**
 * Documents that are an agenda and nothing more: every case number they print heads one of their
 * rows (a "Dnr" column flattened to the row's end or start, or a "Dnr" over each item: FACTS
 * kallelse A1-A5, A8, A9, C2 and C10, nine municipalities and a region), and one they cite stands
 * in parentheses or after a reference's words. A protokoll's paragraphs cite earlier decisions in
 * their text, so it is not one.
 */
export const AGENDA_ONLY: ReadonlySet<Doctype> = new Set(['kallelse']);

export interface TypeWord {
  doctype: Doctype;
  /** The word or phrase, a regex source matched case-insensitively as whole words. */
  forms: string;
  /** A weak word names a type only when no other type word is printed ("Handling", "Beslutsunderlag"). */
  weak?: boolean;
  seenIn: string;
}

export const TYPE_WORDS: readonly TypeWord[] = [
  { doctype: 'protokollsutdrag', forms: String.raw`protokollsutdrag|utdrag ur (?:sammanträdes)?protokoll(?:et)?`, seenIn: 'Sollentuna, Hörby, Uppsala, Göteborg' },
  { doctype: 'protokoll', forms: String.raw`sammanträdesprotokoll|justerat protokoll|protokoll|s a m m a n t r ä d e s p r o t o k o l l|p r o t o k o l l`, seenIn: '≈ 80 protokoll in 40 municipalities (protokoll/FACTS)' },
  { doctype: 'anmälningslista', forms: String.raw`anmälningslista|anmälningsärenden|delegationslista|förteckning över delegationsbeslut|redovisning av delegationsbeslut|anmälan (?:om|av) delegationsbeslut|meddelandeförteckning`, seenIn: 'Uppsala, Västervik, Östersund, Ockelbo (kallelse/FACTS D)' },
  { doctype: 'kallelse', forms: String.raw`kallelse\s*(?:\/|och)\s*(?:underrättelse|ärendelista|föredragningslista)|kallelse|föredragningslista|dagordning|kungörelse|aktuell kungörelse`, seenIn: 'Höör, Lindesberg, Falköping, Trosa, Gnesta, Ockelbo, Kalmar, Uppsala, Örebro (kallelse/FACTS A, C)' },
  { doctype: 'beslut', forms: String.raw`beslut i korthet|beslutsnotis(?:er)?|beslutat av|sammanfattning från [\p{L} ]*sammanträde|rapport från [\p{L}]+|pressmeddelande|vad hände på mötet`, seenIn: 'Karlstad, Östersund, Falun, Hylte, Örnsköldsvik (kallelse/FACTS E)' },
  { doctype: 'tjänsteutlåtande', forms: String.raw`tjänsteutlåtande|tjänsteskrivelse|tjänstemannaförslag`, seenIn: 'Stockholm, Uppsala, Malmö, Lysekil, Södertälje, Strängnäs, Karlskoga, Upplands Väsby, Upplands-Bro (utlatande/FACTS)' },
  { doctype: 'tjänsteutlåtande', forms: String.raw`beslutsunderlag|handling`, weak: true, seenIn: 'Göteborg KF "Handling" (utlatande/FACTS A14)' },
  { doctype: 'yttrande', forms: String.raw`remissyttrande|remissvar|yttrande`, seenIn: 'Östersund, Norsjö, Lysekil, Boverket (utlatande/FACTS A1, A2, A8)' },
  { doctype: 'promemoria', forms: String.raw`promemoria|pm`, seenIn: 'Katrineholm, Järfälla (utlatande/FACTS A12, A13)' },
  { doctype: 'utlåtande', forms: String.raw`utlåtande`, seenIn: 'Stockholm' },
  { doctype: 'motion', forms: String.raw`motion (?:om|till|angående|av|gällande)`, seenIn: 'Stockholm, Västerås, Helsingborg' },
  { doctype: 'skrivelse', forms: String.raw`skrivelse`, seenIn: 'Stockholm, Lund' },
];

/**
 * Titles that name a genre where the header prints none: "Svar på motion …" is an utlåtande,
 * "Yttrande över …" a yttrande, "PM – …" a promemoria.
 */
export const TITLE_TYPES: readonly { doctype: Doctype; pattern: RegExp; seenIn: string }[] = [
  { doctype: 'utlåtande', pattern: /^svar på (?:motion|medborgarförslag|interpellation|e-förslag)\b/i, seenIn: 'Sala, Habo, Göteborg, Falkenberg, Stockholm' },
  { doctype: 'yttrande', pattern: /^(?:\p{Lu}\p{L}+ (?:kommuns|stads) )?(?:yttrande|remissvar|remissyttrande)\b/iu, seenIn: 'Norsjö, Lysekil, Södertälje' },
  { doctype: 'promemoria', pattern: /^(?:PM|promemoria)\b/, seenIn: 'Katrineholm, Järfälla' },
];
