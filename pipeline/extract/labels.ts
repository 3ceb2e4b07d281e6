import { editDistance } from '../edit-distance.ts';

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

/** A decision heading: only protokoll have them, and only protokoll number their items with §. */
const DECISION_HEADING = /^\p{Lu}[\p{L} -]*(?:nämndens|styrelsens|fullmäktiges) beslut\s*$/mu;

/**
 * The text with damaged label lines restored, other lines untouched. In a protokoll, a line that is
 * only "85" or "S 5" is the paragraph sign read as a letter or digit: it becomes "§ 5".
 */
export function restoreLabels(text: string): string {
  const restored = text
    .split('\n')
    .map((line) => canonicalLabel(line))
    .join('\n');
  return DECISION_HEADING.test(restored) ? restored.replace(/^[ \t]*[8S$][ \t]?(\d{1,3})[ \t]*$/gm, '§ $1') : restored;
}
