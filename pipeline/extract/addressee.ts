/**
 * The addressee block of a tjänsteutlåtande: "Till" and the nämnd it goes to, with the date of the
 * meeting it is for ("Till / Socialnämnden / 2019-08-20", Stockholm, Göteborg; utlatande/FACTS C).
 * In a two-column header flattened by PDF extraction the label stands beside another ("Handläggare
 * Till") and the nämnd comes a few lines later, after the handläggare's lines.
 */
import { labelAt } from '../grammar/labels.ts';
import type { Line } from '../text/model.ts';
import { bodyValue, findBodies } from './bodies.ts';
import { datesAsIso, findDates } from './dates.ts';

/** A line that is a date and nothing else (tested on `datesAsIso`). */
const DATE_ALONE = /^\s*(?:19|20)\d\d-\d\d-\d\d\s*$/;

export interface Addressee {
  namnd: string;
  meetingDate: string | null;
  /** First and last line (indices in the given lines) of the block. */
  first: number;
  last: number;
}

/** "Till" alone, or beside the handläggare's label of a two-column letterhead ("Handläggare Till", "Kontaktperson Till"). */
const TILL_ALONE = /^Till:?$/;
function labelAlone(text: string): boolean {
  if (TILL_ALONE.test(text)) return true;
  const label = labelAt(text);
  return label?.role === 'handlaggare' && TILL_ALONE.test(text.slice(label.length).trim());
}
const LABEL_INLINE = /^Till:?\s+(\S.*)$/u;
/** "Göteborgs kommunfullmäktige": the municipality's genitive before a body in small letters is not the body's name. */
const OWNER_GENITIVE = /^\p{Lu}\p{L}+s (?=\p{Ll})/u;

export function findAddressee(lines: Line[]): Addressee | null {
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    const text = lines[i]!.text;
    const inline = LABEL_INLINE.exec(text);
    if (inline) {
      const body = findBodies(inline[1]!.replace(OWNER_GENITIVE, ''))[0];
      if (!body) continue;
      const date = findDates(inline[1]!)[0]?.iso;
      if (date) return { namnd: bodyValue(body.name), meetingDate: date, first: i, last: i };
      // The meeting's date alone on the line under it, as under a "Till" alone ("Till Socialnämnden" / "2019-08-20").
      const next = lines[i + 1]?.text ?? '';
      if (DATE_ALONE.test(datesAsIso(next))) return { namnd: bodyValue(body.name), meetingDate: findDates(next)[0]!.iso, first: i, last: i + 1 };
      return { namnd: bodyValue(body.name), meetingDate: null, first: i, last: i };
    }
    if (!labelAlone(text)) continue;
    // The nämnd: the first body named after the label (the handläggare's lines may come first).
    for (let j = i + 1; j < Math.min(lines.length, i + 7); j++) {
      // As the label's own line reads it: "Till" / "Göteborgs kommunfullmäktige".
      const line = lines[j]!.text.replace(OWNER_GENITIVE, '');
      const body = findBodies(line)[0];
      // The body opens its line, or follows the handläggare's name beside it ("Sara Johansson Socialnämnden Centrum").
      if (!body || (body.index > 0 && !/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}\s+$/u.test(line.slice(0, body.index)))) continue;
      const rest = line.slice(body.index + body.name.length);
      for (let k = j; k < Math.min(lines.length, j + 3); k++) {
        const date = findDates(k === j ? rest : lines[k]!.text)[0];
        if (date && !/telefon|tfn/i.test(lines[k]!.text)) return { namnd: bodyValue(body.name), meetingDate: date.iso, first: i, last: k };
      }
      return { namnd: bodyValue(body.name), meetingDate: null, first: i, last: j };
    }
  }
  return null;
}
