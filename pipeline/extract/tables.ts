/**
 * Headers flattened from a table: PDF text extraction and OCR print a row of labels over a row of
 * values ("Handläggare   Datum   Diarienummer" / "Sara Berglund   2021-05-10   KSN-2021-00456").
 * Each value belongs to the label above it, so the pair becomes one "Label value" line per cell,
 * the form every extractor already reads.
 */
const LABEL = /^(?:handläggare|till|datum|diarienummer|diarienr|dnr|telefon|tfn|e-post|vår beteckning|vår referens|er referens|ärendenummer|sammanträdesdatum|mottagare|sida)$/i;
/** Cells are separated by runs of at least two spaces (or a tab). */
const CELLS = /\s{2,}|\t/;

export function unfoldTables(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const labels = lines[i]!.trim().split(CELLS);
    const values = lines[i + 1]?.trim().split(CELLS) ?? [];
    if (labels.length >= 2 && labels.length === values.length && labels.every((l) => LABEL.test(l))) {
      labels.forEach((label, k) => out.push(`${label} ${values[k]}`));
      i++;
    } else {
      out.push(lines[i]!);
    }
  }
  return out.join('\n');
}
