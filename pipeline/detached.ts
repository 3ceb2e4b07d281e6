/**
 * `text` as a string of its own. V8 makes a substring of 13 characters or more (a word a regular
 * expression matched, a slice) a view into the string it was cut from, and the view keeps that
 * string alive: a memo that keeps a document's long word as a key keeps the whole document. A
 * repairer lives as long as an ingest, and the lexicon and the lemmatizer as long as the process,
 * so their memos store outside keys through this (a copy, made only when a key is new).
 */
export function detached(text: string): string {
  // The JSON round trip makes a flat copy of the characters (joining and slicing, the other
  // common way, gives a view again: of a copy, but a view).
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
