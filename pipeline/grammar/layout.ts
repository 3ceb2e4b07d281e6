/**
 * What surrounds a document's own text when it comes from a document-sharing site, a municipal web
 * page or a paginated PDF: wrapper and navigation lines, page counters, running footers. Data, one
 * row a pattern, each with the sites or municipalities it was seen on (../shared/world/*\/FACTS.md).
 * Such text stays in the document (nothing is lost) but is never read as a title or a field.
 */

export interface LayoutPattern {
  /** What the pattern is. */
  name: string;
  /** Matches a whole line (trimmed). */
  line: RegExp;
  seenIn: string;
  /**
   * The line's fixed wording, when it has one: a scan's OCR damages it ("+ No results tound",
   * "Dov nload"), and a line this close to it is the same chrome (see `wrapperPhrase`).
   */
  phrase?: string;
  /**
   * The line is fixed wording of the site, no text of the document's (repair leaves it as printed:
   * "Save this PDF as" is not Swedish misread). Lines that carry the document's own words (a
   * breadcrumb, a quoted title) are not.
   */
  fixed?: boolean;
  /**
   * The fixed word that opens a line which goes on with the document's own words in quotes
   * ("Download \"…\""): a line opening with a word this close to it before a quote is the same
   * chrome, as a scan's OCR damaged it ("Downlvad ”…”").
   */
  opening?: string;
}

/**
 * Lines of a hosting site's or a web page's chrome. A document's own text never consists of these
 * lines alone.
 */
/** The line a hosting site prints before a document's transcript (docplayer's, doczz's). */
export const TRANSCRIPT_MARKER = String.raw`(?:Transkript|Transcription)`;

export const WRAPPER_LINES: readonly LayoutPattern[] = [
  // docplayer.se ("Transkript" pages, > 30 documents in the catalogues)
  { name: 'docplayer save-as', line: /^(?:Save this PDF as:?|WORD\s+PNG\s+TXT\s+JPG)$/, seenIn: 'docplayer', phrase: 'Save this PDF as', fixed: true },
  { name: 'docplayer size', line: /^Storlek:\s*px$/, seenIn: 'docplayer', phrase: 'Storlek: px', fixed: true },
  { name: 'docplayer start page', line: /^Starta visningen från sidan:?$/, seenIn: 'docplayer', phrase: 'Starta visningen från sidan', fixed: true },
  // The title in quotes; a worn copy's OCR may lose the opening one, the closing one then ends the line.
  { name: 'docplayer download', line: /^Download\s+(?:["”“„].*|\S.*["”“]\s*)$/s, seenIn: 'docplayer', opening: 'Download' },
  { name: 'transcript marker', line: new RegExp(`^${TRANSCRIPT_MARKER}$`), seenIn: 'docplayer, doczz', fixed: true },
  { name: 'docplayer views', line: /^\|\s*\|.*Visningar:?.*$/, seenIn: 'docplayer (alternative frame)', fixed: true },
  { name: 'related documents', line: /^Relevanta dokument$/, seenIn: 'docplayer /amp/', phrase: 'Relevanta dokument', fixed: true },
  // 5dok.org (6 documents)
  { name: '5dok no results', line: /^•?\s*No results found$/, seenIn: '5dok', phrase: 'No results found', fixed: true },
  { name: '5dok N/A', line: /^N\/A$/, seenIn: '5dok', fixed: true },
  { name: '5dok protected', line: /^Protected$/, seenIn: '5dok', fixed: true },
  { name: '5dok academic year', line: /^Academic year:\s*\d{4}$/, seenIn: '5dok', fixed: true },
  { name: '5dok share', line: /^Share\s+["”“„].*$/s, seenIn: '5dok' },
  { name: '5dok copied', line: /^Copied!$/, seenIn: '5dok', fixed: true },
  { name: '5dok loading', line: /^Loading\.+\s*\(view fulltext now\)$/, seenIn: '5dok', phrase: 'Loading (view fulltext now)', fixed: true },
  { name: '5dok full text', line: /^Full text$/, seenIn: '5dok', phrase: 'Full text', fixed: true },
  { name: '5dok in document', line: /^In document\s.*\(Page \d+-\d+\)$/, seenIn: '5dok article' },
  // pdfslide, vdocuments, dokumen.tips, yumpu
  { name: 'preview chrome', line: /^(?:Upload others View Download Embed Size \(px\)|Citation preview|Page 1:.*·|Create successful ePaper yourself.*|SHOW (?:MORE|LESS)|Views)$/, seenIn: 'pdfslide, dokumen.tips, yumpu', fixed: true },
  // Municipal web pages: skip links, breadcrumbs, cookie banners, sharing, dates of the page, links
  { name: 'skip link', line: /^(?:Hoppa (?:över navigering|till (?:huvudinnehåll(?:et)?|innehåll(?:et)?|meny(?:n)?))(?:\s+Hoppa till (?:innehåll|meny))?(?:\s*\/\s*Skip to main content)?|Skip to main content)$/i, seenIn: 'Alingsås, Hylte, Linköping, Gotland, Region Stockholm', fixed: true },
  { name: 'close box', line: /^Stäng rutan$/, seenIn: 'Gotland', fixed: true },
  { name: 'breadcrumb', line: /^(?:Din position|Du är här):\s*\S.*$/, seenIn: 'insynsverige (Tyresö), portals' },
  { name: 'cookie banner', line: /^(?:Vi använder (?:kakor|cookies)\b.*|Läs mer om (?:kakor|cookies).*|Jag (?:godkänner|förstår)|Vad är cookies\?|Godkänn (?:alla )?(?:kakor|cookies))$/i, seenIn: 'Örebro', fixed: true },
  { name: 'site notice', line: /^VIKTIG INFORMATION:?$/, seenIn: 'Örebro', fixed: true },
  { name: 'menu', line: /^(?:Meny|Öppna sök(?:\s+Sök)?|Sök)$/, seenIn: 'Örebro, Leksand', fixed: true },
  { name: 'share', line: /^Dela (?:sidan|på)\b.*$/, seenIn: 'Falun' },
  { name: 'contact heading', line: /^(?:Kontaktinformation|Kontakt)$/, seenIn: 'Falun, Hylte', fixed: true },
  { name: 'page dates', line: /^(?:Publicerad|Senast (?:uppdaterad|ändrad)(?: den)?|Sidan uppdaterad|Uppdaterad)\b:?.*$/i, seenIn: 'Östersund, Hylte, Kalmar, Falun, Österåker, Sundbyberg, Linköping' },
  { name: 'old news warning', line: /^Den här (?:nyheten|sidan) publicerades för mer än .*$/, seenIn: 'Hylte' },
  { name: 'printed from', line: /^Utskrivet från:?\s*\S+$/, seenIn: 'Gotland' },
  { name: 'more pages', line: /^(?:Fler sidor inom\b.*|Tidigare kallelser, handlingar och protokoll.*)$/, seenIn: 'Kalmar' },
  // A web page's video player's clock before it loads ("NaN:NaN / 00:00"), also as a scan's OCR reads
  // it: the slash lost or read as dashes, a zero as an O, "NaN" in other case ("NAN:NaN 00:00"). One
  // side at least is NaN or a zero clock: a meeting's "13:00-15:00" alone on its line is no player.
  { name: 'media player', line: /^(?=(?:.*\b[Nn][Aa][Nn]:[Nn][Aa][Nn]|[O0]0:00\b|.*[ \t/|-][O0]0:00$))(?:[Nn][Aa][Nn]:[Nn][Aa][Nn]|[\dO]\d:\d\d)[ \t]*(?:[\/|]|-{1,2})?[ \t]*(?:[Nn][Aa][Nn]:[Nn][Aa][Nn]|[\dO]\d:\d\d)$/, seenIn: 'Habo', fixed: true },
  { name: 'programme counter', line: /^(?:Program|\d+ av \d+)$/, seenIn: 'Habo' },
  { name: 'file table', line: /^Filer tillgängliga för nedladdning$/, seenIn: 'Borås', phrase: 'Filer tillgängliga för nedladdning', fixed: true },
  { name: 'logo text', line: /^Logotyp för .*$/, seenIn: 'Borås' },
];

/** The note's "i" (see `LINK_NOTE`), as printed or as OCR reads a narrow letter, with the space after it. */
export const NOTE_I = String.raw`(?:(?:i|[|/!:({[1l])\s*)?`;
/** The note's tail after "webbplats" (see `LINK_NOTE`). */
const NOTE_TAIL = String.raw`[,.]?\s*öppnas\s+${NOTE_I}nytt fönster[.,]?`;
/**
 * A link's trailing note on web pages ("… Länk till annan webbplats, öppnas i nytt fönster."; four
 * municipalities' sites, kallelse FACTS): cut from the line. Also as OCR reads the fixed wording of
 * a printed page: its "i" as a narrow mark or bracket ("öppnas / nytt", "öppnas {nytt", "öppnas !
 * nytt"), its stops as commas and back, and "Länk" with its ä read as a or i (held-out faces and
 * development faces alike). With its whole tail, the note's first word as any word OCR made of it
 * ("Tänk", "bank": worn copies): the tail's wording is the site's, no sentence's.
 */
export const LINK_NOTE = new RegExp(
  String.raw`\s*(?:L[äai]nk till annan webbplats(?:${NOTE_TAIL}|\.)?|(?<![\p{L}\d])\p{L}{3,5} till annan webbplats${NOTE_TAIL})\s*$`,
  'iu',
);

/**
 * Page counters as they reach the text: "1 (36)", "1(36)", "Sida 1 (41)", "Sida 1(16)", "1/54",
 * "Sid 1/2", "1[25]", "[36]", "(27)", "Sidan 3 av 115", "1 av 2", "l (2)" (OCR); a 5dok page marker
 * "(1)"; a docplayer page prefix "2 2 (8)".
 */
export const PAGE_COUNTER = new RegExp(
  String.raw`(?:\bSid(?:a|an)?\.?\s*\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|\/\s*\d{1,4}|av\s+\d{1,4})?|(?<![\d/.,:-])[\dl]{1,4}\s?\(\s?\d{1,4}\s?\)|(?<![\d/.,:-])\d{1,4}\s?\[\d{1,4}\]|(?<![\d/.,:-])\d{1,3}\s?\/\s?\d{1,3}(?![\d/])|\b\d{1,4} av \d{1,4}\b)`,
  'u',
);

/**
 * A page's counter with its total in parentheses, as a regex source: "2 (9)", "1(2)"; the page, the
 * space before the parenthesis and the total are captured. Shared by the readers that need the page's
 * own number: the text model, repair of damaged counters, a body's name before its page counter.
 */
export const PAGE_OF_TOTAL = String.raw`(?<![\p{L}\p{N}/.,:-])(\d{1,3})( ?)\((\d{1,4})\)(?![\p{L}\p{N}])`;
/**
 * A page counter "N (M)" opening a line as OCR with Swedish data damages it: the "(" lost or read
 * as a digit, the space lost ("219)", "119)" for "2 (9)", "1(9)"); see repair/page-counters.ts.
 */
export const DAMAGED_COUNTER = /^(\d{2,8})\)(?=[ \t]|$)/;

/** A line that is only a page counter (or a 5dok page marker "(2)", or both "(2)(3)"). */
export const PAGE_LINE = new RegExp(String.raw`^(?:${PAGE_COUNTER.source}|(?:\(\d{1,4}\))+|\[\d{1,4}\]|- ?\d{1,4} ?-|\d{1,4}\s*:)$`, 'u');

/**
 * Footers a protokoll repeats on every page ("Justerandes sign Utdragsbestyrkande", 16 + 9
 * documents of the catalogue), also at the end of a page flattened onto one line.
 */
export const FOOTER = /(?:Justerandes\s+sign(?:atur)?|Justerarsignaturer|Justerare)?\s*Utdragsbestyrkande(?:\s+Justerarsignaturer)?$/u;

/**
 * The rows of `WRAPPER_LINES` as one test, for a line that is none of them (most lines): their
 * union, matched blind to case and line breaks, says yes to every line one of them matches (and to
 * a few more, which the rows then turn down). Every row is anchored at the line's start, so the
 * union is tried there only: one test where a line was tried against each row in turn (a twentieth
 * of repair's time). A row whose flags the union cannot hold (Unicode, sticky) is tested by itself.
 */
const UNITED = WRAPPER_LINES.filter((w) => !/[gmuy]/.test(w.line.flags));
const APART = WRAPPER_LINES.filter((w) => /[gmuy]/.test(w.line.flags));
const UNION = new RegExp(UNITED.map((w) => `(?:${w.line.source})`).join('|'), 'is');

/** The row of `WRAPPER_LINES` that matches a whole (trimmed) line, the first in the table's order. */
export function wrapperLine(text: string): LayoutPattern | undefined {
  if (!UNION.test(text) && !APART.some((w) => w.line.test(text))) return undefined;
  return WRAPPER_LINES.find((w) => w.line.test(text));
}
