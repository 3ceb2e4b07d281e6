/**
 * One CSV cell: quoted, quotes doubled, lists joined with "; ", and a leading = + - @ neutralised
 * so a spreadsheet does not run a cell from the archive as a formula.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : typeof value === 'object' ? ((value as { name?: string }).name ?? '') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A CSV line of `columns` from `row`. */
export function csvLine<K extends string>(row: Record<K, unknown>, columns: readonly K[]): string {
  return columns.map((c) => csvCell(row[c])).join(',');
}
