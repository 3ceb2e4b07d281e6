import { editDistance } from '../edit-distance.ts';
import { fold } from './fold.ts';

/**
 * Labels and headings the extractors key on, as printed. On worn copies OCR damages them
 * ("Handligrare", "Sammanfatining", "Forvaliningens forstag till beslut") and a whole field is lost
 * with one letter; lines that are nearly one of these are read as it.
 */
const LABELS = [
  'Handläggare',
  'Handläggare Till',
  'Förvaltningens förslag till beslut',
  'Förslag till beslut',
  'Sammanfattning',
  'Bakgrund',
  'Ärendet',
  'Ärendets beredning',
  'Förvaltningens synpunkter och förslag',
  'Förvaltningens synpunkter',
  'Beslutsordning',
  'Beslutsunderlag',
  'Tjänsteutlåtande',
  'Protokollsutdrag',
  'Vid protokollet',
];

/** Edits allowed for a label of this length: one per five letters, at most three. */
const allowed = (label: string): number => Math.min(3, Math.floor(label.length / 5));

/** The label a line stands for when it is one, slightly damaged; otherwise the line itself. */
export function canonicalLabel(line: string): string {
  const text = line.trim();
  if (text.length < 6 || text.length > 45) return line;
  const lower = text.toLowerCase();
  for (const label of LABELS) {
    const target = label.toLowerCase();
    if (lower === target) return line;
    if (Math.abs(lower.length - target.length) > allowed(label)) continue;
    if (editDistance([...lower], [...target]) <= allowed(label)) return label;
  }
  return line;
}

/**
 * Labels that open a line with their value after them ("Vår beteckning SOFN-2017-123"). OCR without
 * Swedish data prints them without diacritics ("Var beteckning", "Handlaggare Till"), which the
 * repair stage leaves alone where the result is a word ("var"); they are compared folded, and the
 * longer ones with one slip per eight letters.
 */
const PREFIX_LABELS = ['Vår referens', 'Vår beteckning', 'Er referens', 'Ert diarienummer', 'Diarienummer', 'Ärendenummer', 'Handläggare', 'Sammanträdesdatum', 'Justerat'].map((label) => {
  const words = label.split(' ').length;
  return { label, folded: [...fold(label)], slips: Math.floor(label.length / 8), head: new RegExp(String.raw`^\s*(\S+(?: \S+){${words - 1}})(?=\s|$)`, 'u') };
});

function restorePrefix(line: string): string {
  for (const { label, folded, slips, head } of PREFIX_LABELS) {
    const words = head.exec(line)?.[1];
    if (!words || words === label || Math.abs(words.length - label.length) > slips) continue;
    if (editDistance([...fold(words)], folded) <= slips) return line.replace(words, label);
  }
  // "Dnr" read as "Där", "Dör", "Dur" in front of a case number (capitalised, as the label is;
  // "där" in a sentence is the word).
  return line.replace(/(^|\s)D\p{L}r[:.]?(?= +(?:\p{Lu}{1,4} ?)?\d+[/:.-]\d)/gu, '$1Dnr');
}

/** A decision heading: only protokoll have them, and only protokoll number their items with §. */
const DECISION_HEADING = /^\p{Lu}[\p{L} -]*(?:nämndens|styrelsens|fullmäktiges) beslut\s*$/mu;

/**
 * The text with damaged label lines restored, other lines untouched. In a protokoll, a line that is
 * only "85" or "S 5" is the paragraph sign read as a letter or digit: it becomes "§ 5".
 */
export function restoreLabels(text: string): string {
  const restored = text
    .split('\n')
    .map((line) => restorePrefix(canonicalLabel(line)))
    .join('\n');
  return DECISION_HEADING.test(restored) ? restored.replace(/^[ \t]*[8S$][ \t]?(\d{1,3})[ \t]*$/gm, '§ $1') : restored;
}
