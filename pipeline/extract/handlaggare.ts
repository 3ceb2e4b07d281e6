/**
 * The official handling a case (handläggare), as the header names them: after a label
 * ("Handläggare", "Handläggare:", "Ansvarig handläggare:", "Vår referens"), or without one as
 * catalogued across municipalities (utlatande/FACTS C "Handläggare printing"): a role and a name
 * ("Utredare Jonas Ekwall"), a name under its role, a name with a phone number or an address
 * ("Emma Karlgren, 0523 – 61 34 27"), or the name the header prints and the document is signed with.
 */
import type { Handlaggare } from '../document.ts';
import type { Line, TextModel } from '../text/model.ts';
import { findBodies } from './bodies.ts';
import { beforeFirstHeading, type HeaderField } from './header.ts';
import { findEmail } from './people.ts';
import { looksLikeOrgan } from './organs.ts';
import { labelAt } from '../grammar/labels.ts';
import { MONTH_NAME_PATTERN } from '../lexicon/months.ts';

/**
 * A Swedish phone number as printed: "08-508 21 417", "0152-29618", "0523 – 61 34 27", "054-540 10
 * 38". Not into a date after it on the line: "031-365 00 00 31 mars 2020" ends before the day.
 */
export const PHONE_NUMBER = new RegExp(String.raw`(?<![\d-])0\d{1,3}\s?[-–]\s?(?:\d{2,3}(?:[ -]\d{2,3}){1,3}|\d{2,3} \d{4}|\d{5,8})(?![\d-])(?!\s+(?:${MONTH_NAME_PATTERN})\b)`, 'u');
/**
 * A phone number as printed, less the space PDF text extraction sets before a hyphen ("08 -508 43
 * 112" is "08-508 43 112"); a spaced en dash is the writer's own typography and stays.
 */
function printedPhone(text: string): string | null {
  const found = PHONE_NUMBER.exec(text)?.[0];
  return found ? found.replace(/ -(?=\S)/, '-') : null;
}

/** What follows a phone label on a line that holds only the number (see `phoneLine`). */
const PHONE_ONLY = new RegExp(String.raw`^[.:]?\s*${PHONE_NUMBER.source}\s*$`, 'u');
/** Whether a line is a phone number under its label only ("Telefon: 08 -508 43 112"): the header's labels decide. */
const phoneLine = (text: string): boolean => {
  const label = labelAt(text);
  return label?.role === 'phone' && PHONE_ONLY.test(text.slice(label.length));
};

/** Two or three capitalised words: a person's name. */
const NAME_WORDS = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: (?:af |von |de )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}/u;
/** A job title as headers print it before or after the name. */
const ROLE = /(?:^|\s)(?:[\p{L}-]{0,40}(?:chef|strateg|utredare|handläggare|direktör|sekreterare|inspektör|ekonom|jurist|controller|samordnare|arkitekt|ingenjör|planerare|specialist|konsulent|rådgivare|assistent|ansvarig))$/iu;
const ROLE_WORD = /^(?:[\p{L}-]{0,40}(?:chef|strateg|utredare|handläggare|direktör|sekreterare|inspektör|ekonom|jurist|controller|samordnare|arkitekt|ingenjör|planerare|specialist|konsulent|rådgivare|assistent|ansvarig))$/iu;

/** A name at the start of `text` that is a person's, not a body's or a place's ("Ylva Brandt Kultur- och …" → "Ylva Brandt"). */
function nameAtStart(text: string): string | null {
  const m = NAME_WORDS.exec(text.trim());
  if (!m) return null;
  let name = m[0];
  // A third word that opens a body's name ("Ylva Brandt Kultur- och föreningsnämnden") or a role is not the name's.
  const words = name.split(' ');
  if (words.length === 3 && (findBodies(text.trim().slice(text.trim().indexOf(words[2]!))).some((b) => b.index === 0) || ROLE_WORD.test(words[2]!) || /^(?:Kommun|Stad|Region)/.test(words[2]!))) name = words.slice(0, 2).join(' ');
  if (findBodies(name).length || looksLikeOrgan(name) || name.split(' ').some((w) => /(?:kommun|stad|förvaltning|förvaltningen|kontor|kontoret|nämnd|nämnden|avdelningen|enheten)$/i.test(w))) return null;
  return name;
}

export function findHandlaggare(model: TextModel, lines: Line[], header: HeaderField[], headLines: Line[], text: string): Handlaggare | null {
  const make = (name: string, near: string): Handlaggare => ({ name, phone: printedPhone(near), email: findEmail(name, text) });
  // After a label.
  const labelled = header.find((f) => f.role === 'handlaggare');
  if (labelled) {
    // The value, or the next line when the label stands alone ("Vår referens" / "Per Olsson").
    const labelLine = lines.findIndex((l) => l.n === labelled.line);
    const value = (labelled.value || lines[labelLine + 1]?.text || '').replace(/^(?:Till\b\s*)/, '');
    const name = nameAtStart(value);
    if (name) {
      const after = value.slice(value.indexOf(name) + name.length, value.indexOf(name) + name.length + 60);
      const phoneField = header.find((f) => f.role === 'phone' && f.start > labelled.start);
      const found = make(name, `${after} ${phoneField?.value ?? ''}`);
      // The phone on a labelled line right under the name ("Erik Nordstrand" / "Telefon: 08-508 43
      // 112"), where a page break (a scan's page cut the letterhead's columns) ended the header before it.
      if (found.phone === null) {
        const at = lines.findIndex((l, i) => i > labelLine && l.text.startsWith(name));
        const under = at < 0 ? undefined : lines.slice(at + 1, at + 3).find((l) => phoneLine(l.text));
        if (under) found.phone = printedPhone(under.text);
      }
      return found;
    }
  }
  // Without a label: in the header block, before the first section heading or the first paragraph of prose.
  const block = beforeFirstHeading(headLines, 16);
  const firstProse = block.findIndex((l) => l.text.length > 120);
  const head = (firstProse >= 0 ? block.slice(0, firstProse) : block).filter((l) => l.text.length < 120);
  const signed = new Set(lines.slice(-14).map((l) => l.text.trim()));
  for (let i = 0; i < head.length; i++) {
    const t = head[i]!.text;
    // "Utredare Jonas Ekwall": a role, then the name.
    const roleFirst = /^([\p{L}-]+)\s+(.+)$/u.exec(t);
    if (roleFirst && ROLE_WORD.test(roleFirst[1]!) && nameAtStart(roleFirst[2]!) === roleFirst[2]!.trim()) return make(roleFirst[2]!.trim(), '');
    const name = nameAtStart(t);
    if (!name) continue;
    const rest = t.slice(name.length);
    // "Emma Karlgren, 0523 – 61 34 27" or a name with its address on the next line.
    if (PHONE_NUMBER.test(rest) || /@/.test(head[i + 1]?.text ?? '')) return make(name, rest);
    if (rest.trim()) continue;
    // A name alone under its role ("Miljöstrateg" / "Hanna Öberg"), or signed at the end too.
    const above = head[i - 1]?.text ?? '';
    if (ROLE.test(above) || signed.has(name)) return make(name, head[i + 1]?.text ?? '');
  }
  // The label on a line of its own further down: under the text, beside the signatures
  // ("Handläggare: Karin Ström, tfn 013-20 61 00"). A label says whose name it is wherever it
  // stands (a case document has one handläggare; protokoll and lists, which name one per item,
  // are not asked). Its value beside it, or on the next line where the label stands alone.
  for (const [i, line] of lines.entries()) {
    const label = labelAt(line.text.trimStart());
    if (label?.role !== 'handlaggare') continue;
    const value = line.text.trimStart().slice(label.length).trim() || (lines[i + 1]?.text.trim() ?? '');
    const name = nameAtStart(value);
    if (name) return make(name, value.slice(name.length));
  }
  return null;
}
