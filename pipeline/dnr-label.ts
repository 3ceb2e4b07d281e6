/**
 * The "Dnr" label as worn copies print it in front of a case number: "Där", "Dör", "Dur", "Dnt",
 * "Dns", "Onr" (the round D read as O), or "Por", "Par" ("Dör 1.7.1-310 2018", "Par KS 2021 0055"), capitalised as the label is
 * ("där" in a sentence is the word, and "Per 2019-12-31" is no label); in parentheses in lower case
 * ("(dor RK 2020 87)", "(dnt 0456/19)"); and in a sentence "där" before a registry's number that
 * lost its slash ("remiss från kommunstyrelsen, dar KS 2019 656"). A year that lost its decade digit to a
 * speck or a letter still marks the number ("Dor KS 20f1 0101"). Shared by repair, which gives
 * the label back in the text, and by extraction, which reads text that was never repaired.
 */
// The label's letters are matched first and what stands before them checked after, by a
// look-behind over them: a look-behind first is tried at every position of the text.
const CAPITALISED = /(?:D\p{L}[rts]|On[rt]|P[ao]r|d\p{L}[rt])(?<=(?:^|\s|\()(?:D\p{L}[rts]|On[rt]|P[ao]r)|\(d\p{L}[rt])(?=[:.]? +(?:(?:\p{Lu}{1,4} ?)?\d+[/:.-]\d|\p{Lu}{1,4} (?:19|20)[^\s/]\d \d))/gu;
const IN_SENTENCE = /d(?<=(?:, |\()d)\p{L}[rt](?= +(?:\p{Lu}{2,4} (?:19|20)\d\d \d{1,6}\b|\d{3,5} \d{2}\)))/gu;

/** A misread label: where it stands, as printed, and the label it is. */
export interface DnrLabel {
  index: number;
  original: string;
  replacement: 'Dnr' | 'dnr';
}

/** The misread "Dnr" labels of `text`, in order; a label printed right is none. */
export function misreadDnrLabels(text: string): DnrLabel[] {
  const found = new Map<number, DnrLabel>();
  // Both patterns need a case number's digits after the label.
  if (!/\d/.test(text)) return [];
  for (const m of text.matchAll(CAPITALISED)) {
    const replacement = text[m.index - 1] === '(' ? 'dnr' : 'Dnr';
    if (m[0] !== replacement) found.set(m.index, { index: m.index, original: m[0], replacement });
  }
  for (const m of text.matchAll(IN_SENTENCE)) if (m[0] !== 'dnr') found.set(m.index, { index: m.index, original: m[0], replacement: 'dnr' });
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/** `text` with its misread "Dnr" labels given back. */
export function restoreDnrLabels(text: string): string {
  let out = '';
  let at = 0;
  for (const label of misreadDnrLabels(text)) {
    out += text.slice(at, label.index) + label.replacement;
    at = label.index + label.original.length;
  }
  return out + text.slice(at);
}
