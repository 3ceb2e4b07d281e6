/**
 * English in a Swedish archive: a summary in English, an EU project's description, a letter from
 * abroad, a whole document. It has no å/ä/ö, so repair would take it for Swedish text that lost them
 * and "repair" it ("for" -> "för", "air" -> "är", "cities" -> "cilies"). Its words are none of
 * Swedish's, so no word of it is read as another.
 */

/**
 * English function words that are no Swedish words, nor Swedish words without their å/ä/ö, nor
 * what OCR makes of common Swedish words ("is", "in", "by", "an", "on", "for" are left out: Swedish
 * words, or "för" and "om" as an old engine reads them; "to" too: "t o m" that lost a space).
 */
const MARKERS = new Set(['the', 'and', 'of', 'with', 'was', 'were', 'will', 'would', 'which', 'this', 'that', 'these', 'those', 'have', 'has', 'been', 'are', 'their', 'there', 'should', 'could', 'from', 'what', 'who']);
/**
 * Swedish function words, also as an engine without Swedish data prints them ("ar", "pa", "for").
 * Not the lexicon's FUNCTION_WORD_LIST: that holds words English text has too ("i", "in", "man", "men").
 */
const SWEDISH = new Set(['och', 'att', 'som', 'det', 'den', 'är', 'ar', 'för', 'for', 'med', 'till', 'av', 'på', 'pa', 'om', 'inte', 'har', 'ska', 'från', 'fran', 'vid', 'eller', 'samt']);
const WORD = /\p{L}+/gu;
/** A paragraph: lines up to a blank one. A sentence of a very long one. */
const PARAGRAPH = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
const SENTENCE = /[^.!?]+[.!?]*/g;
/** A stretch is English with at least this many marker words (two of them different), making up at least this share of its words. */
const MIN_MARKERS = 2;
const MIN_SHARE = 0.12;
/** Shortest stretch judged (fewer words say too little). */
const MIN_WORDS = 4;
/** A paragraph longer than this (a page flattened onto one line) is judged sentence by sentence. */
const LONG_PARAGRAPH = 1000;

/** Whether `stretch` reads as English: enough of its words are English function words. */
function english(stretch: string): boolean {
  let words = 0;
  let markers = 0;
  const distinct = new Set<string>();
  for (const m of stretch.matchAll(WORD)) {
    words++;
    const word = m[0].toLowerCase();
    if (!MARKERS.has(word)) continue;
    markers++;
    distinct.add(word);
  }
  return words >= MIN_WORDS && markers >= MIN_MARKERS && distinct.size >= 2 && markers >= words * MIN_SHARE;
}

/**
 * The spans of `text` that are English: paragraphs (sentences of a very long one) that read so;
 * the whole text when the rest has no Swedish in it (the title of an English memo too).
 */
export function englishSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const paragraph of text.matchAll(PARAGRAPH)) {
    const pieces = paragraph[0].length > LONG_PARAGRAPH ? [...paragraph[0].matchAll(SENTENCE)] : [paragraph];
    for (const piece of pieces) {
      if (!english(piece[0])) continue;
      const start = paragraph.index + (piece === paragraph ? 0 : piece.index);
      spans.push([start, start + piece[0].length]);
    }
  }
  if (spans.length === 0) return spans;
  let rest = '';
  let at = 0;
  for (const [from, to] of spans) {
    rest += `${text.slice(at, from)} `;
    at = to;
  }
  rest += text.slice(at);
  let swedish = 0;
  for (const m of rest.matchAll(WORD)) if (SWEDISH.has(m[0].toLowerCase())) swedish++;
  return swedish < 2 ? [[0, text.length]] : spans;
}
