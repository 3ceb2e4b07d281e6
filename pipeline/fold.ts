/** Only ASCII: no diacritics to remove (most of what OCR without Swedish data prints). */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lower case without diacritics. OCR without Swedish data drops å/ä/ö ("Var referens",
 * "Handlaggare") and e-mail addresses spell names without them (hanna.oberg@ for Hanna Öberg), so
 * labels and names are compared folded. ASCII text skips the Unicode decomposition, the costly part.
 */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}
