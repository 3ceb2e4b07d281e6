/**
 * The record that flows ingest -> pipeline -> index.
 *
 * Ingest creates a {@link SourceRecord} from a file; the pipeline turns it into a
 * {@link Document} by running stages that each enrich the record and attach
 * {@link Message}s instead of throwing (the unified/vfile model). The index
 * stores Documents as they are, so these field names are also the Meilisearch
 * field names that `diarium search --json` and the search API return.
 */

import type { AppliedCorrection } from './corrections.ts';
import type { Doctype } from './grammar/doctypes.ts';
export { DOCTYPES, type Doctype } from './grammar/doctypes.ts';

/** The official handling the case (handläggare), as printed in the document header. */
export interface Handlaggare {
  name: string | null;
  phone: string | null;
  email: string | null;
}

/** A headed part of the document ("Sammanfattning", "Bakgrund", "Ärendet", ...), in document order. */
export interface Section {
  heading: string;
  text: string;
}

/** Someone who signed the document, with the role printed under the name. */
export interface Signatory {
  name: string;
  role: string;
}

/** A note a stage leaves on a record: a warning, a correction made, a field it could not find. */
export interface Message {
  stage: string;
  level: 'info' | 'warning' | 'error';
  reason: string;
}

/**
 * A part of a document that is decided or listed on its own: a protokoll's §, a kallelse's
 * ärende, an anmälningslista's entry, a beslutsnotis's decision.
 */
export interface DocumentItem {
  /** "§ 163" for a protokoll's paragraph; null for an agenda item. */
  paragraf: string | null;
  /** An agenda item's number as printed ("7", "2.1"); null for a § or an unnumbered entry. */
  number: string | null;
  title: string | null;
  /** The case numbers the item decides or lists, as printed. */
  dnr: string[];
  beslut: string[];
  forslagTillBeslut: string[];
  /** Where the item starts and ends in the document's `text` (UTF-16 offsets, as JavaScript counts). */
  start: number;
  end: number;
  /**
   * The same in UTF-8 bytes, the unit of Meilisearch's match positions, so a hit in the text can be
   * placed in its item without the text at hand. Set by the pipeline.
   */
  byteStart?: number;
  byteEnd?: number;
}

/** Structured fields extracted from the text. Dates are ISO `YYYY-MM-DD`. */
export interface DocumentMetadata {
  /** The municipality whose document it is, as Sweden's list of municipalities names it. */
  municipality: string | null;
  doctype: Doctype;
  title: string | null;
  namnd: string | null;
  forvaltning: string | null;
  /** The document's own date (the date it was written). */
  date: string | null;
  /** The date of the nämnd meeting it is addressed to ("Till <nämnd> <date>") or was decided at. */
  meetingDate: string | null;
  /** The document's own diarienummer(s), canonical form. */
  dnr: string[];
  /** Case numbers the document answers or refers to (the remiss, the motion), canonical form. */
  refDnr: string[];
  /**
   * The government remisses it names (also in `refDnr`), canonical: "SOU 2018:22", "Ds 2015:53",
   * "Fi2016/02568/K". Every answer to one remiss, across kommuner, shares the value.
   */
  remiss: string[];
  /** The departements that sent them ("Finansdepartementet"), as printed or by their numbers' codes. */
  departement: string[];
  /** People it names: politicians with their party, who signed it, its handläggare. */
  people: string[];
  /** The parties of the politicians it names, by their letters ("S", "MP"; grammar/parties.ts). */
  parties: string[];
  /**
   * People's parts where the document says them: signed as (ordförande, justerare…), handläggare,
   * motionär, ledamot, ersättare or an official's title from the attendance lists, yrkande and
   * reservation.
   */
  personRoles: { name: string; role: string }[];
  /** Each politician's party, where the document prints it ("Eva Lind (S)", "Ingrid Wallén, C"). */
  personParties: { name: string; party: string }[];
  /** Organisations it names: authorities, regions, companies (AB), föreningar (extract/entities.ts). */
  organisations: string[];
  /** Places it names: municipalities, län, landskap, orter and stadsdelar, streets, properties' trakter. */
  places: string[];
  handlaggare: Handlaggare | null;
  forslagTillBeslut: string[];
  beslut: string[];
  /** Protocol paragraph, e.g. "§ 5". */
  paragraf: string | null;
  /** Date the protocol was approved (justerat). */
  justerat: string | null;
  /** Deadline for an answer ("senast den 26 oktober 2018"). */
  deadline: string | null;
  sections: Section[];
  signatories: Signatory[];
  /** The document's items in order (§ of a protokoll, ärenden of a kallelse, entries of a list). */
  items: DocumentItem[];
}

/**
 * One correction the repair stage made, kept on the document so a person can see what was changed,
 * by which rule and why, and find it in both texts.
 */
export interface RepairNote {
  /** The rule that made it (pipeline/repair/rules.ts). */
  rule: string;
  /** Where it is in `originalText` (the text as read) and in `text` (the repaired text), UTF-16 offsets. */
  at: number;
  to: number;
  /** What OCR printed, and what repair read it as. */
  original: string;
  replacement: string;
  reason: string;
}

/** How OCR read a scanned document: per-page confidence, and the pages a person should check. */
export interface OcrSummary {
  engine: string;
  /** Pages read by OCR (1-based) with their mean word confidence (0-100); other pages had a text layer. */
  pages: { page: number; confidence: number }[];
  /** Pages whose confidence is below the threshold. */
  lowConfidencePages: number[];
}

/**
 * The kind of original a document was read from: a text file, a PDF with a text layer, or a scan
 * (page images, or a PDF whose pages are mostly images) read by OCR.
 */
export type SourceFormat = 'text' | 'pdf' | 'scan';

/** What ingest hands to the pipeline: one source's text and identity. */
export interface SourceRecord {
  /** Content hash of the source file, or of a scan's page images in order (see {@link contentId}). */
  id: string;
  /** Absolute path of the source file (the first page image of a scan saved one image per page). */
  source: string;
  /** The source as shown: relative to the folder it was ingested from. Default: the file name. */
  sourceName?: string;
  /** The page images, in order, of a scan saved one image per page; null for one file. */
  sourceFiles?: string[] | null;
  format?: SourceFormat;
  /** Text as read or OCR'd, before any repair. */
  text: string;
  /** Number of pages of the source, when it has pages (PDF, TIFF). */
  pages?: number | null;
  /** Present when some or all of the text came from OCR. */
  ocr?: OcrSummary | null;
}

/** The full record: identity, text and metadata. */
export interface Document extends DocumentMetadata {
  id: string;
  source: string;
  sourceName: string;
  sourceFiles: string[] | null;
  format: SourceFormat;
  /** Text after the pipeline (repaired where repair is on). This is what is searched. */
  text: string;
  /**
   * The text as ingested, kept when a stage changed it so nothing is lost; null when identical to
   * `text`. In the characters every stage reads (Unix line ends, plain spaces, no soft hyphens or
   * ligatures, NFC: see text/characters.ts), so repairs' places in it hold; the source file keeps the bytes.
   */
  originalText: string | null;
  /**
   * How the text read when it arrived, as repair judged it: intact, stripped of its å/ä/ö (an old
   * OCR engine without Swedish data), or worn (a damaged copy's OCR); null when repair was off.
   */
  textCondition: 'intact' | 'stripped' | 'worn' | null;
  /** The version of the corpus word model that repaired the text (null: the lexicon alone, or no repair). */
  repairModel: string | null;
  /** Number of corrections the repair stage made. */
  corrections: number;
  /** Every correction, in order (see RepairNote). */
  repairs: RepairNote[];
  /** How much repair changed, for a facet: "ingen rättning", "1–10 ord", "11–100 ord", "över 100 ord". */
  repairLevel: string;
  /** "låg på någon sida" when OCR read a page with low confidence, "god" for OCR that read well; null for text never OCR'd. */
  ocrConfidence: string | null;
  /** Number of personnummer/samordningsnummer masked in the text. */
  personnummerMasked: number;
  pages: number | null;
  ocr: OcrSummary | null;
  /** Year of the document's primary date, for faceting. */
  year: number | null;
  /** The month of the same date, `YYYY-MM`: the timeline's bars when a search spans a year or two. */
  month: string | null;
  /** When ingest sent it to the index (ms since 1970): what a saved search's alert calls new. */
  indexedAt?: number;
  /** Parts of the compounds in the text ("social", "nämnden"), searchable so parts find compounds. */
  compoundParts: string[];
  /**
   * Other forms search finds the text's words by: each abbreviation's or name's other form ("KS" <->
   * "kommunstyrelsen"), and each word a line's end hyphenated, whole ("kommunfullmäktige").
   */
  aliases: string[];
  /**
   * Base forms of the text's inflected words ("obelisk" for "obelisken"), searched after the words
   * themselves, so a query in one form finds the others and the exact form ranks first.
   */
  lemmas?: string[];
  /** Unix seconds of the primary date (date, else meetingDate, else justerat), for sorting and ranges. */
  sortDate: number | null;
  /**
   * Date fields whose year is more than a year before the document's own case numbers': most likely
   * misread ("osäkert datum", see date-check.ts), with a warning in `messages`.
   */
  uncertainDates: ('date' | 'meetingDate' | 'justerat')[];
  /** A few sentences on what the document is about (its summary section), for lists (pipeline/summary.ts). */
  summary: string | null;
  /**
   * Where the header block (letterhead, labels, title) ends in `text`, in UTF-8 bytes: a hit that
   * matched only before it shows the summary, not the letterhead's phone numbers.
   */
  bodyStart: number;
  /** Every case number of the document and its items as a lookup key (see grammar/case-numbers.ts `caseKey`), for the case view. */
  caseKeys: string[];
  messages: Message[];
  /** Corrections a person made to this document (pipeline/corrections.ts), applied after the pipeline. */
  personCorrections?: AppliedCorrection[];
  /**
   * The id of the first version of this document ingest met (its own id when it is the first or
   * the only one): the text, the scan and the old OCR of one document share it (pipeline/versions.ts).
   * Set at ingest, where the other versions are known.
   */
  versionOf?: string;
  /** The version sketch's band keys, for finding a new document's versions with one filter. */
  versionBands?: string[];
  /** The version sketch, for telling how close a candidate is. */
  versionSketch?: number[];
  /** The document's embedding (normalised mean of its passages'), when a model is installed. */
  _vectors?: { default: number[] };
}

/** An empty metadata record: every field present, nothing known. */
export function emptyMetadata(): DocumentMetadata {
  return {
    municipality: null,
    doctype: 'okänd',
    title: null,
    namnd: null,
    forvaltning: null,
    date: null,
    meetingDate: null,
    dnr: [],
    refDnr: [],
    remiss: [],
    departement: [],
    people: [],
    parties: [],
    personRoles: [],
    personParties: [],
    organisations: [],
    places: [],
    handlaggare: null,
    forslagTillBeslut: [],
    beslut: [],
    paragraf: null,
    justerat: null,
    deadline: null,
    sections: [],
    signatories: [],
    items: [],
  };
}
