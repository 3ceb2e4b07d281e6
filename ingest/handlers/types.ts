/** The text a handler read from a source file. */
export interface Extracted {
  text: string;
  pages: number | null;
}

/**
 * One handler per format, chosen by what the content is (the ingest-file model): `accepts` looks at
 * the first bytes and the name, `read` turns the bytes into text or throws an Error whose message
 * is the reason recorded in the report.
 */
export interface Handler {
  name: string;
  accepts(head: Uint8Array, filePath: string): boolean;
  read(bytes: Uint8Array, filePath: string): Promise<Extracted>;
}
