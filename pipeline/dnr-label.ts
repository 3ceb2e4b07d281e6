import { withinEdits } from './edit-distance.ts';
import { findCaseNumbers } from './grammar/case-numbers.ts';

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
/**
 * Any other label one slip from "Dnr" (a letter read as another, lost or added; the round D read as
 * an O): "Ont", "One", "Dny", "Dn", "Dr", "Dnxr" in worn copies of nine world layouts, English model.
 * Capitalised, and taken for the label only before what the case-number grammar reads as a case
 * number with its year ("Ont KS-2023-388", "Dn TFN/2023:409-271", "Dr 288/2017"): no word of a
 * sentence stands right before one. A bare number without a four-digit year is no sign ("Ons 15/10"
 * is a date). The letters are matched first, what stands before them checked after. The number
 * may stand at the start of the next line (OCR wraps a line of running text at the page's width:
 * "Samhällsbyggnadschefens beslut Ont" / "2022/66 Lokal trafikföreskrift"; "yttrande (Ont" /
 * "2014/287)").
 */
const NEAR_LABEL = /[DO]\p{Ll}{0,3}(?<=(?:^|[\s(])[DO]\p{Ll}{0,3})(?=([:.]?)(?: +|[ \t]*\n[ \t]*)[\p{Lu}\d])/gu;
/** How much after the label a case number may take ("KFKS 2016/22-002", "2019/BUN 0204 001"). */
const NUMBER_REACH = 30;
/** An apostrophe between two digits: a slash worn type left as its top stroke. */
const APOSTROPHE_SLASH = /(?<=\d)['’](?=\d)/g;
/** A year of the registries' time, which a bare number must hold to count (see NEAR_LABEL). */
const FOUR_DIGIT_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/** Whether a case number the grammar reads begins `rest` (read as if after a label). */
function caseNumberFirst(rest: string): boolean {
  // A slash worn type left as an apostrophe ("2021’412", "2016'187", "UN23'94": worn copies of
  // seventeen world documents) is read as the slash here; the label's line is mended after
  // (labels.ts gives the slash back once the label stands before it).
  const [first] = findCaseNumbers(`Dnr ${rest.replace(APOSTROPHE_SLASH, '/')}`);
  return first !== undefined && first.start === 4 && first.kind === 'case' && (first.context === 'any' || FOUR_DIGIT_YEAR.test(first.printed));
}

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
  for (const m of text.matchAll(NEAR_LABEL)) {
    if (found.has(m.index) || m[0] === 'Dnr' || !withinEdits(`d${m[0].slice(1)}`, 'dnr', 1)) continue;
    const from = m.index + m[0].length + m[1]!.length;
    if (caseNumberFirst(text.slice(from, from + NUMBER_REACH).trimStart())) found.set(m.index, { index: m.index, original: m[0], replacement: 'Dnr' });
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
