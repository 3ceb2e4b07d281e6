/**
 * The OCR channel model: for a string OCR printed, which true strings it may stand for and at
 * what cost (a negative log probability: 0 is certain, higher is less likely).
 *
 * The classes follow how OCR engines fail on Swedish, not any one document:
 * - an engine without Swedish data has no å/ä/ö, so it prints the nearest glyph it knows: the base
 *   letter (a, o), an accented letter (á, à, é, ó), or a look-alike (d and i for ä, 4 for å, 6 for ö);
 *   at word start Å/Ä/Ö become A/O, or 4/6;
 * - any engine confuses narrow glyphs (i, l, 1, I, |, t, f) and rounded ones (h/b/k, c/e, n/u, rn/m).
 * `bench/coverage.ts` checks the table against the aligned OCR/truth pairs of the development and
 * held-out sets (`npm run bench:repair`; `--unexplained` lists what it misses, by documents).
 *
 * In a document short of å/ä/ö (see `regime`) every word is read through the whole table; in text
 * that has its diacritics only unknown words are (a worn page inside a good scan), and the repair
 * asks a wider margin there.
 */
export interface Confusion {
  /** What OCR printed. */
  ocr: string;
  /** What the text said. */
  truth: string;
  cost: number;
}

/** The diacritics an engine without Swedish data loses. */
const DIACRITIC: [string, string, number][] = [
  // An engine without Swedish data prints both as "a"; ä is the commoner letter of Swedish text (1.4
  // times å in the world documents and seeds and in the cfi-sv book), so where two readings
  // are otherwise alike ("järnvägen", "järnvågen") the ä reading is the likelier.
  ['a', 'å', 0.75],
  ['a', 'ä', 0.65],
  ['o', 'ö', 0.6],
  // Worn dots over an ö that closed its bowl: "averens", "Ordlarande", "Alvsja"; and a sans serif's
  // ö, read as an a in one case in fifty ("far" for "för", "hasten"; Nimbus Sans, URW Gothic).
  ['a', 'ö', 2.5],
  ['é', 'å', 1.2],
  ['é', 'ä', 1.4],
  ['é', 'ö', 1.0],
  ['á', 'å', 1.2],
  ['á', 'ä', 1.4],
  ['à', 'å', 1.4],
  ['à', 'ä', 1.6],
  // An "&" or "@" beside a small letter: the legacy engine's sign for an å/ä/ö it had no glyph for
  // ("p&", "avst&r", "L&nk", "N@mnden"; every font of the world documents prints some, 3 to 18 per
  // 45 documents). Nothing else puts one inside a word in lower case ("S&P" stays, see `WORD`).
  ['&', 'ä', 1.0],
  ['&', 'å', 1.1],
  ['&', 'ö', 1.1],
  ['@', 'ä', 1.0],
  ['@', 'å', 1.1],
  ['@', 'ö', 1.1],
  ['ó', 'ö', 1.2],
  ['ò', 'ö', 1.6],
  // The bowl of an ä or å with its dot or ring read as a d's bowl and stem: every font here prints
  // some (ä: 1-2% in Bookman and DejaVu, 6-14% in C059, P052 and Times, 22% in URW Gothic).
  ['d', 'ä', 2.0],
  ['d', 'ö', 3.0],
  ['d', 'å', 2.0],
  // A dot of an ä read as an i's dot and its bowl dropped: Times (Nimbus Roman) prints more than
  // half its ä so, C059 a fifth, P052 an eighth, the others hardly any.
  ['i', 'ä', 1.5],
  ['i', 'ö', 3.0],
  // A serif face's ring read as the stem of an i ("bistind", "avslis"), and its two dots as two i's
  // ("fortsiitter", "samhiillet", "Granstriim"): Palatino's and Century Schoolbook's å/ä/ö, read by
  // the English model.
  ['i', 'å', 3.0],
  ['ii', 'ä', 2.5],
  // The dots or ring read as an i after the a: "gailla", "Sammantraidesdatum", "svairt" (P052,
  // Nimbus Roman, URW Bookman, URW Gothic, the narrow faces); Swedish words hardly have "ai".
  ['ai', 'ä', 2.0],
  ['ai', 'å', 2.0],
  ['ii', 'ö', 3.0],
  // Times's (Nimbus Roman's) ö read as an S ("fSr", "Sver", "Sppet") or as "dé" ("Ansdékan"). Its ä
  // read as "di" ("direnden") is not here: as a row it misread more words of the other fonts than
  // it gave back.
  ['S', 'ö', 3.0],
  ['dé', 'ö', 3.0],
  // A capital A inside a small word: the engine's å, or ä ("frAn", "sammantrAde"; URW Bookman,
  // Nimbus Sans, the narrow faces, Courier most of all). The row reads it at the start of a word too.
  ['A', 'å', 2.0],
  ['A', 'ä', 2.5],
  // An ä or ö read as its letter and its dots as an accent ("raétt", "ordfoérande", "naémnden"):
  // P052, URW Gothic, URW Bookman, Nimbus Sans, the narrow faces and Courier.
  ['aé', 'ä', 2.5],
  ['oé', 'ö', 2.5],
  // A typewriter face (Courier) sets each letter in a cell of its own, and the engine reads an å, ä
  // or ö as its letter and its mark side by side: "vAald", "La&nk", "fdSreslagna" (11-12 each in
  // the world documents in Nimbus Mono; Aa twice in URW Bookman, a@ three times in URW Gothic).
  ['Aa', 'å', 2.5],
  ['a&', 'ä', 2.0],
  ['dS', 'ö', 2.5],
  // An ö lost altogether before its r ("fr brott", "fr att", "infrs"): the seeds' Liberation Serif and
  // P052 scans, read by the English model;
  ['r', 'ör', 3.0],
  // ... and before its v ("ver" for "över", "vet" as a word would read it; P052 and Nimbus Roman).
  ['v', 'öv', 3.0],
  // ... and before its k ("kat", "kar" for "ökat", "ökar": five fonts).
  ['k', 'ök', 3.0],
  ['4', 'å', 2.5],
  ['4', 'ä', 3.0],
  ['6', 'ö', 2.0],
  // An ö read as two glyphs, its dots as an accent and its bowl as a 6 ("é6ver", "é6ppnas",
  // "G6éteborgs"): the seeds' Liberation Serif, DejaVu Serif, C059, URW Bookman and the other fonts.
  ['é6', 'ö', 2.0],
  ['6é', 'ö', 2.0],
  ['é', 'e', 1.5],
  // An engine with Swedish data sees diacritics in the specks of a worn copy ("Träfik", "svår").
  ['ä', 'a', 3.0],
  ['å', 'a', 3.0],
  ['ö', 'o', 3.0],
];

/** Glyph confusions any engine makes, with or without Swedish data. */
const GLYPH: [string, string, number][] = [
  ['1', 'i', 2.0],
  ['1', 'l', 2.5],
  ['l', 'i', 3.5],
  ['i', 'l', 3.5],
  ['I', 'l', 3.0],
  ['|', 'i', 3.0],
  ['|', 'l', 3.0],
  // Worn copies lose the bar of the f more often than they grow one on a t ("tamiljenamnden").
  ['t', 'f', 3.0],
  ['f', 't', 3.5],
  // An f whose bar wore away: "Sociallorvaltningen", "skafla".
  ['l', 'f', 3.5],
  ['l', 't', 4.0],
  // A sans face's l read as a t ("forstaget" for "förslaget"): 3-4% of the l in wrong words of
  // Nimbus Sans, URW Gothic and the narrow faces, a fraction of that in serif faces.
  ['t', 'l', 3.5],
  // An l whose foot ran into the next letter's first stroke: "beshut", "olaghig"; what is left of the
  // letter reads as an i ("Beshitet", "karthiggning").
  ['h', 'l', 4.5],
  ['hi', 'lu', 3.5],
  ['hi', 'lä', 3.5],
  // An f and a t run together at the bar, read as one stroke with a hump: "eher", "Syhet".
  ['h', 'ft', 4.0],
  ['h', 'b', 4.0],
  ['b', 'h', 4.0],
  ['h', 'k', 4.0],
  ['k', 'h', 4.0],
  ['b', 'k', 4.0],
  // A g whose lower bowl worn type opened: "trygphet", "Bakptund", "repional"; or whose bowls ran
  // into one, read as the q Swedish words never have ("Bakqrund", "genom" as "qenom", "bebyqgelse":
  // a typewriter face's worn copies most, Noto Sans Mono's good scans too; names with a q, such as
  // "Lindqvist", are read so only where a listed word stands for them).
  ['p', 'g', 3.5],
  ['q', 'g', 3.5],
  ['c', 'e', 4.0],
  ['e', 'c', 4.0],
  ['u', 'n', 4.0],
  ['n', 'u', 4.0],
  ['rn', 'm', 3.5],
  ['m', 'rn', 4.0],
  ['cl', 'd', 4.0],
  ['li', 'h', 4.0],
  // A t and an i joined at the foot of a serif face, read as a capital U inside a word's start:
  // "Ulstyrker", "Udigare", "Ullgdngligheten" (URW Bookman's worn copies and Nimbus Roman's good
  // scans, eleven world documents; the small u is a worn stroke below).
  ['U', 'ti', 4.0],
  // ... and the other way: an l run into the i after it at the foot, read as an h ("bibhoteket",
  // "otillrackhg", "kommunstyrelsen tillhka"; worn copies, 16 world documents, mostly narrow faces).
  ['h', 'li', 3.5],
  // An l whose foot worn type hooked, read as a capital J ("Jokala", "Jämnar", "Jopande"; 15 world
  // documents in five faces) or with a bar, as an f ("fokala", "fånets"; 14 documents); and an r
  // whose arm closed down, read as an s ("sunt om", "siktlinjer"; 14 documents).
  ['J', 'l', 3.5],
  ['f', 'l', 3.5],
  ['s', 'r', 4.0],
  ['ii', 'u', 4.0],
  ['0', 'o', 3.0],
  // An ö whose dots worn type ran into its bowl, read as the e it then resembles: "fer", "ferslag",
  // "Ledameter", "uppfeljning" (worn copies of the world documents in Nimbus Mono, URW Bookman, URW
  // Gothic and Liberation Sans Narrow; Nimbus Roman's good scans twice). In lower case only: a
  // capital Ö keeps its dots clear of the letter.
  ['e', 'ö', 3.0],
  // A round letter with marks above read as a G: Times's ö ("Gver"), and the ä of a face whose a is
  // round, an o with a stem (the geometric sans of URW Gothic, Futura, Century Gothic: "Gr", "Grendet").
  ['G', 'ö', 3.0],
  ['G', 'Ö', 3.0],
  ['G', 'ä', 3.0],
  ['5', 's', 4.0],
  ['i', 't', 4.0],
  ['t', 'i', 4.5],
  ['u', 'tt', 4.0],
  ['t', 'r', 4.0],
  ['r', 't', 4.5],
  ['l', 'r', 4.5],
  ['v', 'y', 3.5],
  ['y', 'v', 4.0],
  // Letters with a descender: a worn j's dot lost and its hook opened ("yustera").
  ['y', 'j', 4.0],
  // ... and a j after an l whose descender blurred away: "liust", "Liungen" (URW Gothic a tenth of
  // its j, the narrow faces some). Only after an l: an i for any j read names as others ("Wiik").
  ['li', 'lj', 3.5],
  ['Li', 'Lj', 3.5],
  ['c', 's', 4.0],
  ['u', 'a', 4.0],
  ['a', 'u', 4.5],
  ['a', 'o', 4.5],
  ['o', 'a', 4.5],
  ['ni', 'm', 4.0],
  // An m whose last leg ran into the next letter: "renuss" for "remiss".
  ['nu', 'mi', 4.0],
  ['u', 'o', 4.0],
  // An i and the stroke beside it run together: "krinunalitet", "valdspreventuva", "renussvar".
  ['u', 'i', 4.0],
  // An r whose arm wore away: "progiam", "centium".
  ['i', 'r', 4.5],
  ['in', 'm', 4.0],
  ['w', 'v', 3.5],
  // Two v set close, read as one w: "Awikelser", "budgetawikelse", "Aweckling" (six fonts).
  ['w', 'vv', 3.0],
  // "tj" run together by the j's hook: "Uansteutlatande", "Yansteutlatandet", "socialyansten".
  ['U', 'tj', 3.0],
  ['Y', 'tj', 3.0],
  // The fl ligature of serif type read as one capital: "Her fältassistenter".
  ['H', 'fl', 3.0],
  ['y', 'tj', 3.5],
  // A t or f whose top OCR read as an opening parenthesis: "(agit fram", "(vsiska".
  ['(', 't', 3.0],
  ['(', 'f', 3.5],
  // Braces, which Swedish prose never prints: the legacy engine's l ("til}", "tl}") and f ("{or").
  ['}', 'l', 2.5],
  // A bracket no bracket opened (`WORD` takes only such a one into a word), the engine's l as the
  // brace is: "skal]", "famil]", "Kallhal]" (ten faces here, serif, sans and typewriter).
  [']', 'l', 2.5],
  // A sans face's l as an exclamation mark: "til! nämnden", "hyres!agenheter" (Nimbus Sans, DejaVu
  // Sans, URW Gothic and the narrow faces; `WORD` takes a "!" into a word only between small letters).
  ['!', 'l', 1.5],
  ['{', 'f', 2.5],
  ['¢', 'c', 2.0],
  ['€', 'e', 3.0],
  ['¥', 'v', 3.0],
];

/**
 * What worn type does to letters: it loses thin strokes (the second t of "ett", the i of "till"),
 * whichever engine reads it, and blurs a ring into dots, which only an engine with Swedish data
 * reads as either. The "at" an engine without Swedish data prints for "åt" stays "åt" where the
 * word before calls for it ("uppdra åt"); elsewhere "att" is the likelier word.
 */
const WORN_STROKE: [string, string, number][] = [
  ['t', 'tt', 4.0],
  ['tl', 'til', 3.0],
  ['l', 'll', 4.0],
  // A t and an i joined at the foot: "ull" for "till".
  ['u', 'ti', 4.0],
  // A worn t, with or without the i after it, run into one blot; two l joined at the foot or by a
  // speck: "Gl", "GH", "GU" for "till".
  ['G', 't', 4.0],
  ['G', 'ti', 4.0],
  ['H', 'll', 4.0],
  ['U', 'll', 4.0],
  // An r and an i whose arm and dot wore away, their two stems read as an n: "Ovnga", "penoden",
  // "Forvanngsplats", "Transknpt", "januan" (worn copies of the world documents in Liberation
  // Sans Narrow, URW Gothic and URW Bookman, and of the seeds; about fifty documents).
  ['n', 'ri', 3.5],
  // A y whose tail wore away and the t after it that lost its bar: "vitrande", "viterstaden".
  ['vi', 'yt', 3.0],
  // The fl ligature of serif type, worn down to its bar and stem: "ter fältassistenter", "tera".
  ['t', 'fl', 4.0],
  // The second of two t whose stem wore away, leaving the bar and the hook: "ate" for "att".
  ['te', 'tt', 4.0],
  // The first of two t whose bar wore away, its stem and the next t's read as an n: "ant" for
  // "att" ("Utses ant justera", "föreslår ant kön flyttas"; eight documents' worn copies read with
  // Swedish data).
  ['nt', 'tt', 4.0],
  // The ring and the dots: on worn type one looks like the other ("två är", "det år").
  ['ä', 'å', 2.0],
  ['å', 'ä', 2.0],
];

/** The ring and the dots, which only text read with Swedish data has. */
const RING = new Set(['å', 'ä']);

/** Cost of a letter OCR dropped or added: rare, and only worth it in long words. */
export const INSERT_COST = 4.5;
export const DELETE_COST = 4.5;
/**
 * Cost of reading a letter as another that the table does not pair it with: worn type breaks
 * letters into any shape ("unbildningstörvalkningen"). Searched only in long words, where a
 * string that close to a listed word is that word.
 */
export const WILD_COST = 3.5;
/** Cost of reading a word as a compound of listed parts rather than a listed word, per joint. */
export const COMPOUND_COST = 0.8;

/**
 * How a document's text came to be, judged from the text itself: "stripped" of å/ä/ö by an engine
 * without Swedish data, "intact", or "worn": diacritics kept but many words damaged, as OCR reads a
 * worn copy (told apart from intact text with the lexicon, see `Repairer`).
 */
export type Regime = 'stripped' | 'intact' | 'worn';

/**
 * "stripped" when the text is Swedish but holds (almost) no å/ä/ö: Swedish prose has them in about
 * 3-5% of its letters, so under 0.5% means the OCR lost them.
 */
export function regime(text: string): Exclude<Regime, 'worn'> {
  let letters = 0;
  let swedish = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else if (c >= 0xc0 && c <= 0x24f) {
      letters++;
      if (c === 0xe5 || c === 0xe4 || c === 0xf6 || c === 0xc5 || c === 0xc4 || c === 0xd6) swedish++;
    }
  }
  return letters > 0 && swedish / letters < 0.005 ? 'stripped' : 'intact';
}

/**
 * Confusions by the OCR string; diacritic pairs also hold in upper case (A for Å, O for Ö). Every
 * table has the thin strokes worn type loses; a worn copy's read with Swedish data also has the
 * ring blurred into dots.
 */
export type ConfusionTable = Map<string, Confusion[]>;

export function confusionTable(mode: Regime = 'stripped'): ConfusionTable {
  const table: ConfusionTable = new Map();
  const add = (ocr: string, truth: string, cost: number): void => {
    const list = table.get(ocr) ?? [];
    if (!list.some((c) => c.truth === truth)) list.push({ ocr, truth, cost });
    table.set(ocr, list);
  };
  for (const [ocr, truth, cost] of DIACRITIC) {
    add(ocr, truth, cost);
    add(ocr.toUpperCase(), truth.toUpperCase(), cost);
  }
  for (const [ocr, truth, cost] of GLYPH) add(ocr, truth, cost);
  for (const [ocr, truth, cost] of WORN_STROKE) if (mode === 'worn' || !RING.has(ocr)) add(ocr, truth, cost);
  return table;
}
