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
