/**
 * Lower case without diacritics. OCR without Swedish data drops å/ä/ö ("Var referens",
 * "Handlaggare") and e-mail addresses spell names without them (hanna.oberg@ for Hanna Öberg), so
 * labels and names are compared folded.
 */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}
