import { editDistance } from '../pipeline/edit-distance.ts';

export const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Word error rate of `hypothesis` against `truth`, whitespace and line breaks ignored. */
export function wer(hypothesis: string, truth: string): { errors: number; total: number } {
  const t = words(truth);
  return { errors: editDistance(words(hypothesis), t), total: t.length };
}

/** Character error rate, with runs of whitespace counted as one space. */
export function cer(hypothesis: string, truth: string): { errors: number; total: number } {
  const norm = (s: string): string[] => [...s.replace(/\s+/g, ' ').trim()];
  const t = norm(truth);
  return { errors: editDistance(norm(hypothesis), t), total: t.length };
}

/** Word and character errors of a text as read and as repaired, against its truth. */
export interface BeforeAfter {
  wordsBefore: number;
  wordsAfter: number;
  words: number;
  charsBefore: number;
  charsAfter: number;
  chars: number;
}

export const noErrors = (): BeforeAfter => ({ wordsBefore: 0, wordsAfter: 0, words: 0, charsBefore: 0, charsAfter: 0, chars: 0 });

export function beforeAfter(raw: string, fixed: string, truth: string): BeforeAfter {
  const [wb, wa, cb, ca] = [wer(raw, truth), wer(fixed, truth), cer(raw, truth), cer(fixed, truth)];
  return { wordsBefore: wb.errors, wordsAfter: wa.errors, words: wb.total, charsBefore: cb.errors, charsAfter: ca.errors, chars: cb.total };
}

/** Adds `more` into `sum`. */
export function addUp(sum: BeforeAfter, more: BeforeAfter): void {
  for (const key of Object.keys(sum) as (keyof BeforeAfter)[]) sum[key] += more[key];
}
