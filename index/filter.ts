/**
 * Builds Meilisearch filter expressions from values, never by pasting user text into a filter:
 * values are always quoted and escaped, so quotes, `OR` or brackets in a value stay a value.
 */
export function quote(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function inList(attribute: string, values: readonly (string | number)[]): string {
  return `${attribute} IN [${values.map(quote).join(', ')}]`;
}
