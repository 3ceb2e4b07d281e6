import { memoize } from '../memo.ts';
/**
 * The label vocabulary of Swedish municipal documents, as data: header labels with what their
 * value is, and section headings with what their section holds. Counts and sources are in
 * ../shared/world/*\/FACTS.md (tables 2c, D2, D3, G3); each family has its test.
 */

/** What a header label's value is. */
export type LabelRole =
  | 'dnr'
  | 'refDnr'
  | 'date'
  | 'meetingDate'
  | 'placeTime'
  | 'justering'
  | 'organ'
  | 'handlaggare'
  | 'forvaltning'
  | 'paragraphs'
  | 'till'
  | 'anslag'
  | 'phone'
  | 'email'
  | 'attendance'
  | 'signature'
  | 'page';

export interface HeaderLabel {
  role: LabelRole;
  /** The label's forms, as a regex source matched case-insensitively at a word boundary. */
  forms: string;
  /** Where the family was seen. */
  seenIn: string;
}

/**
 * Header labels, longest forms first within a family; the order of families decides between
 * labels that start at the same place ("Tid och plats för justering" before "Tid och plats").
 */
export const HEADER_LABELS: readonly HeaderLabel[] = [
  { role: 'justering', forms: String.raw`Justeringens\s+plats\s+och\s+tid|Justeringens\s+tid\s+och\s+plats|(?:Tid\s+och\s+plats|Plats\s+och\s+tid)\s+för\s+justering|Justeringsdatum|Justeringsdag|Justerat|Dag\s+för\s+justering|Justeringens(?=\s)|Tid\s+och\s+plats\s+för(?=\s)`, seenIn: '33 + 12 + 4 + 1 + 1 protokoll (2c); Gnesta kallelse; the label wrapped around its value ("Justeringens … plats och tid", Norrtälje, Simrishamn, Hultsfred, Ystad, Trollhättan)' },
  { role: 'anslag', forms: String.raw`Datum\s+för\s+anslags\s+(?:uppsättande|nedtagande)|Datum\s+(?:då|när)\s+anslaget\s+(?:sätts\s+upp|tas\s+(?:ned|ner)|publiceras|tas\s+bort)|Anslaget\s+(?:sätts\s+upp|tas\s+(?:ned|ner)|uppsatt\s+den|nedtas\s+den|har\s+satts\s+upp)|Anslags\s+(?:uppsättande|nedtagande)|Sista\s+(?:dag|datum)\s+för\s+överklagande|Förvaringsplats(?:\s+för\s+protokollet)?|Underskrift`, seenIn: 'the bevis block of ≈ 40 protokoll' },
  { role: 'organ', forms: String.raw`Organ\s+och\s+sammanträdesdatum|Beslutande\s+organ|Nämnd\s*\/\s*[Ss]tyrelse|Organ|Instans|Forum`, seenIn: 'bevis blocks: Organ (most), Nämnd/Styrelse (Högsby, Emmaboda), Instans (Mark, unidentified KS), Forum (Ljusdal)' },
  { role: 'meetingDate', forms: String.raw`Sammanträdesdatum|Sammanträdesdag|Mötesdatum|Sammanträde`, seenIn: 'protokoll headers (most), kallelser' },
  { role: 'placeTime', forms: String.raw`Plats\s+och\s+tid|Tid\s+och\s+plats(?:\s+för\s+sammanträde)?|Tid|Plats|Klockan|Dag`, seenIn: 'protokoll (≈ 45), kallelser (G3)' },
  { role: 'paragraphs', forms: String.raw`Justerade\s+paragrafer|Paragrafer|Paragraf|Omfattning`, seenIn: '38 + 8 + 2 protokoll (2c)' },
  { role: 'refDnr', forms: String.raw`Er\s+referens|Ert\s+(?:diarienummer|dnr)|Er\s+beteckning|Ref`, seenIn: 'Malmö, Boverket, Norsjö (D2)' },
  { role: 'dnr', forms: String.raw`Diarienummer|Diarienr|Dnr|Ärendenummer|Ärendenr|Vår\s+beteckning|Beteckning|Referens|Änr`, seenIn: 'Dnr (17 municipalities), Diarienummer (3), Diarienr, Ärendenummer, Vår beteckning, Referens (D2, G1)' },
  { role: 'handlaggare', forms: String.raw`Ansvarig\s+handläggare|Handläggare,?\s+telefon|Handläggare|Kontaktperson|Vår\s+referens`, seenIn: 'Handläggare (6 municipalities), Ansvarig handläggare (Karlstad), Vår referens (Malmö) (D2)' },
  { role: 'forvaltning', forms: String.raw`Kontor|Förvaltning|Avdelning|Enhet`, seenIn: 'Södertälje (Kontor)' },
  { role: 'till', forms: String.raw`Till`, seenIn: 'Stockholm, Göteborg (D2)' },
  { role: 'date', forms: String.raw`Datum|Upprättad|Utfärdat|Daterad`, seenIn: 'Datum (5 municipalities), Upprättad (Gnesta)' },
  { role: 'phone', forms: String.raw`Telefon|Tel|Tfn|Mobil`, seenIn: '6 municipalities (D2)' },
  { role: 'email', forms: String.raw`E-post|Epost|E-mail`, seenIn: 'Stockholm, Uppsala' },
  { role: 'attendance', forms: String.raw`Beslutande(?:\s+ledamöter)?|Övriga\s+(?:deltagande|närvarande|deltagare|kallade|närvarand)|Ledamöter|Ersättare|Tjänstepersoner|Kallade\s+ledamöter|För\s+kännedom|Närvarande|Utses\s+att\s+justera|Utsedd\s+att\s+justera|Justerare|Protokollsjusterare|Förslag\s+till\s+justerare`, seenIn: 'protokoll and kallelser (2c, G3)' },
  { role: 'signature', forms: String.raw`Underskrifter|Sekreterare|Ordförande|Justerande`, seenIn: 'protokoll signature blocks' },
  { role: 'page', forms: String.raw`Sida|Sid|Blad`, seenIn: 'the page column of a letterhead\'s table, "Datum Sida" over "2023-11-09 1 (3)", "Sida 1(2)": 11 world documents' },
];

/** What a section holds. */
export type HeadingRole =
  /** A proposal: "Förslag till beslut", "Förvaltningens förslag till beslut", "Kommunstyrelsens förslag", "Arbetsutskottets förslag till kommunstyrelsen". */
  | 'proposal'
  /** A decision: "Beslut", "Kommunfullmäktiges beslut", "UTSKOTTETS BESLUT". */
  | 'decision'
  /** The account of the matter. */
  | 'body'
  /** The motions and votes of a protokoll's §. */
  | 'yrkanden'
  | 'reservation'
  | 'anteckning'
  | 'underlag'
  /** The end matter: bilagor, who gets the decision. */
  | 'end';

export interface Heading {
  role: HeadingRole;
  /** A regex source matching the whole heading, case-insensitive. */
  forms: string;
  seenIn: string;
  /** A heading only as a line of its own (inside a flattened line it is the start of a sentence). */
  lineOnly?: boolean;
}

/** A body's genitive as the heading of its proposal or decision prints it: "Kommunstyrelsens", "Barn- och utbildningsnämndens", "Arbetsutskottets", "UTSKOTTETS". */
export const BODY_GENITIVE = String.raw`(?<![\p{L}])(?:\p{L}{1,30}-\s(?:och|eller)\s|\p{L}{1,30}\s(?=\p{L}{0,40}(?:nämndens|styrelsens|utskottets|beredningens)))?(?<![\p{L}])[\p{L}-]{0,40}?(?:nämndens|styrelsens|fullmäktiges|utskottets|beredningens|förvaltningens|kontorets|kommunens|regionens|direktörens|chefens)`;

/** A body in the nominative, as the subject of its decision: "Arbetsutskottet", "Kultur- och fritidsnämnden", "Nämnden". */
export const BODY_NAME = String.raw`(?<![\p{L}])(?:\p{L}{1,30}-\s(?:och|eller)\s)?[\p{L}-]{0,40}?(?:nämnden|nämnd|styrelsen|fullmäktige|utskottet|beredningen)`;

export const HEADINGS: readonly Heading[] = [
  { role: 'proposal', forms: String.raw`(?:${BODY_GENITIVE}\s+)?förslag(?:\s+till\s+(?:beslut|nämndens\s+beslut|\p{L}*(?:styrelsen|fullmäktige|nämnden|utskottet)))?|Förslag\s+till\s+nämndens\s+beslut|Beslutsförslag|Tjänstemannaförslag|Förslag`, seenIn: 'Förslag till beslut (9 municipalities), <Organ>s förslag (Göteborg, Gotland, Tyresö, Högsby, Falkenberg, Sollentuna, Avesta, Hultsfred, Simrishamn) (D3, 2c)' },
  { role: 'decision', forms: String.raw`(?:${BODY_GENITIVE}\s+)?beslut|Beslut\s+i\s+korthet`, seenIn: 'Beslut (5 protokoll), <Organ>s beslut (4 + 2 + 1) (2c)' },
  { role: 'decision', forms: String.raw`${BODY_NAME}\s+beslutar(?:\s+för\s+egen\s+del)?`, seenIn: 'Orust, Hultsfred, Norrtälje ("Arbetsutskottet beslutar", "Kommunfullmäktige beslutar:")', lineOnly: true },
  { role: 'body', forms: String.raw`Sammanfattning(?:\s+av\s+ärendet)?|Ärendet|Ärendebeskrivning|Beskrivning\s+av\s+ärendet|Bakgrund(?:\s+till\s+ärendet)?|Historik|Inledning|Uppdraget|Uppdrag|Nuläge|Ärendets\s+beredning|Beredning|Föredragning|${BODY_GENITIVE}\s+(?:bedömning|synpunkter(?:\s+och\s+förslag)?|yttrande)|Bedömning|Synpunkter|Analys|Motivering|Syfte|Slutsats(?:er)?|Aktuella\s+frågor|(?:Ekonomiska|Övriga)\s+konsekvenser(?:\s+för\s+\p{L}+)?|Konsekvenser|Barnperspektiv(?:et)?|Jämställdhetsperspektiv(?:et)?|Uppföljning|Fortsatt\s+arbete|Mina\s+synpunkter`, seenIn: 'Sammanfattning (8), Bakgrund (4), Ärendet (3), Beskrivning av ärendet (3), Ärendebeskrivning (2) … (D3)' },
  { role: 'yrkanden', forms: String.raw`Yrkanden?|Propositionsordning|Propositioner?|Beslutsgång|Beslutsordning|Omröstning(?:sresultat)?|Votering|Omröstningsbilaga`, seenIn: 'Nordanstig, Nacka, Trollhättan, Högsby (2c)' },
  { role: 'reservation', forms: String.raw`Reservation(?:er)?|Särskilt\s+uttalande|Särskilda\s+yttranden`, seenIn: 'Nacka, Trollhättan, Högsby' },
  { role: 'anteckning', forms: String.raw`Protokollsanteckning(?:ar)?`, seenIn: 'Trollhättan' },
  { role: 'underlag', forms: String.raw`Beslutsunderlag|Handlingar(?:\s+i\s+ärendet)?|Handling|Beslutsplanering|Underlag`, seenIn: 'Beslutsunderlag (5), Handlingar i ärendet (Nacka, Stockholm), Beslutsplanering (Malmö) (D3)' },
  { role: 'end', forms: String.raw`Bilagor|Bilaga|Bilaga\/or|(?:Beslutet\s+)?(?:ska\s+)?skickas\s+till|Kopia\s+av\s+beslut\s+till|Expedieras\s+till|Exp|Ansvariga|Kontakt`, seenIn: 'Lysekil, Upplands-Bro, Tyresö (D3)' },
];

const LOWER_START = /^\p{Ll}/u;

/**
 * Every heading of the table as one anchored alternation, a group per row: the first row (in table
 * order) that makes the whole line match is the one whose group is set, as testing the rows one by
 * one would find, for one regex run instead of ten.
 */
const HEADING_LINE = new RegExp(`^(?:${HEADINGS.map((h, i) => `(?<h${i}>${h.forms})`).join('|')})[.:]?$`, 'iu');

/**
 * The role of a line that is, whole, a section heading; null for any other line. A heading opens
 * with a capital: a line in lower case that reads as one ends a sentence a page's width wrapped
 * ("… föreslår att" / "kommunfullmäktige beslutar:", "… enligt" / "kommunstyrelsens förslag.":
 * all seven such lines of the world documents' OCR; no document prints a heading in lower case).
 */
export const headingRole: (line: string) => HeadingRole | null = memoize((line) => {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text.length > 80 || LOWER_START.test(text)) return null;
  const groups = HEADING_LINE.exec(text)?.groups;
  if (!groups) return null;
  const row = HEADINGS.findIndex((_, i) => groups[`h${i}`] !== undefined);
  return HEADINGS[row]?.role ?? null;
});

/** A regex source matching any heading of the table (for headings inside a flattened line). */
export const ANY_HEADING = HEADINGS.filter((h) => !h.lineOnly).map((h) => `(?:${h.forms})`).join('|');

/**
 * A regex source of Swedish words as an engine without Swedish data prints them too: å and ä as a,
 * ö as o ("Var referens" for "Vår referens"). Repair gives most words their letters back, but not
 * one whose stripped form is a word of its own ("Var", "for", "Dar"). For literal forms only (no
 * character classes holding å, ä or ö).
 */
export function strippedToo(source: string): string {
  return source.replace(/[åäÅÄ]/g, (c) => `[${c}${c === c.toLowerCase() ? 'a' : 'A'}]`).replace(/[öÖ]/g, (c) => `[${c}${c === 'ö' ? 'o' : 'O'}]`);
}

/** Compiled header labels: the label at the start of `text`, if any. */
const LABEL_AT = HEADER_LABELS.map((l) => ({ role: l.role, regex: new RegExp(`^(?:${strippedToo(l.forms)})(?![\\p{L}])[.:]?`, 'iu') }));

/** The header label `text` opens with, and how long it is. */
export function labelAt(text: string): { role: LabelRole; length: number } | null {
  // A label is short: its first characters decide (asked of the same lines by several stages).
  return labelOpening(text.slice(0, LABEL_PREFIX));
}
const LABEL_PREFIX = 120;
const labelOpening = memoize((text: string): { role: LabelRole; length: number } | null => {
  let best: { role: LabelRole; length: number } | null = null;
  for (const { role, regex } of LABEL_AT) {
    const m = regex.exec(text);
    if (m && (!best || m[0].length > best.length)) best = { role, length: m[0].length };
  }
  return best;
});

/** The case-number label's forms ("Dnr", "Diarienummer", "Ärendenummer", "Vår beteckning", …) as a regex source, stripped forms too. */
export const CASE_NUMBER_LABEL = strippedToo(HEADER_LABELS.find((l) => l.role === 'dnr')!.forms);
/** The label of a case number the document answers or cites ("Er referens", "Ert dnr", "Ref"), as a regex source. */
export const REFERENCE_LABEL = strippedToo(HEADER_LABELS.find((l) => l.role === 'refDnr')!.forms);

/**
 * A label's forms as printed and in capitals, as letterheads print their labels ("DNR",
 * "DIARIENR:", "VÅR BETECKNING"): for a pattern that is matched with regard to case. The letters
 * of escapes ("\s") are kept as they are.
 */
export function casedForms(source: string): string {
  return `${source}|${source.replace(/\\.|\p{Ll}/gu, (c) => (c.length === 2 ? c : c.toUpperCase()))}`;
}

/** A regex source matching any header label (global search over a flattened header). */
export const ANY_LABEL = HEADER_LABELS.map((l) => `(?:${strippedToo(l.forms)})`).join('|');
