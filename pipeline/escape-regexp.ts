/**
 * `text` with the characters a regular expression gives meaning escaped, to match it literally. A
 * hyphen stays as it is: it means nothing outside a class, and escaping it is an error in a pattern
 * with the `u` flag.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
