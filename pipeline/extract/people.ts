import type { Handlaggare, Signatory } from '../document.ts';
import { DATE_PATTERN } from './dates.ts';
import { fold } from './fold.ts';
import type { Line } from './lines.ts';
import { NAMND } from './organs.ts';

/** Swedish phone numbers: "08-508 43 112", "08 -508 43 112", "040-34 12 56", "031-365 00 00". */
const PHONE = /\b0\d{1,3} ?- ?\d{2,3}(?: \d{2,3}){1,3}\b/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** A personal name: two to four capitalised words ("Yasmine Ekman Munir", "Veronica Wolgast Karlberg"). */
export const NAME = /^\p{Lu}[\p{Ll}'-]+(?: (?:\p{Lu}[\p{Ll}'-]+|af|von|de)){1,3}$/u;
/** Roles printed under signatures. */
export const ROLE = /^(?:t\.?f\.? |tf |vice |biträdande )?(?:[\p{Ll}-]*(?:chef|direktör|direktor|ordförande|sekreterare|samordnare|utredare|handläggare|strateg|controller|jurist)|ordförande|justerare|sekreterare)$/iu;
const HANDLAGGARE_LABEL = /^(?:handläggare|vår referens|kontaktperson)\b:?\s*/i;

export function normalisePhone(phone: string): string {
  return phone.replace(/ ?- ?/, '-');
}

/** The official named in the header: "Handläggare" block, "Vår referens", or "Handläggare: name, tfn ...". */
export function findHandlaggare(lines: Line[], fullText: string): Handlaggare | null {
  const index = lines.findIndex((l) => HANDLAGGARE_LABEL.test(l.text));
  if (index < 0) return null;
  const label = lines[index]!.text;
  const rest = label.replace(HANDLAGGARE_LABEL, '').replace(/^Till\b\s*/, '');
  // The name is on the label's line ("Vår referens Anna Lindqvist, utredare") or the next one.
  const window = [rest, ...lines.slice(index + 1, index + 5).map((l) => l.text)].filter(Boolean);
  let name: string | null = null;
  let phone: string | null = null;
  for (const text of window) {
    const candidate = text.split(/,|\s{2,}/)[0]!.replace(NAMND, '').replace(DATE_PATTERN, '').trim();
    if (!name && NAME.test(candidate)) name = candidate;
    const p = PHONE.exec(text);
    if (!phone && p) phone = normalisePhone(p[0]);
  }
  if (!name) return null;
  // The e-mail address that belongs to the person: its local part is made of their names, written
  // without diacritics ("Hanna Öberg" is hanna.oberg@).
  const parts = fold(name).split(' ');
  const email = [...fullText.matchAll(EMAIL)].map((m) => m[0]).find((e) => parts.filter((p) => fold(e.split('@')[0]!).includes(p)).length >= 2) ?? null;
  return { name, phone, email };
}

/**
 * Signatures: a name with its role on the next line ("Ulla Thorslund" / "stadsdelsdirektör"), two
 * signatures side by side in two columns, or a role before the name ("Ordförande Jan Jonsson (L)").
 */
export function findSignatories(lines: Line[]): Signatory[] {
  const out: Signatory[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const prefixed = /^((?:vice )?ordförande|justerare) (\p{Lu}[\p{L} -]+?)(?: \(\p{Lu}+\))?$/iu.exec(text);
    if (prefixed) {
      out.push({ name: prefixed[2]!, role: prefixed[1]!.toLowerCase() });
      continue;
    }
    const suffixed = /^(\p{Lu}[\p{L} -]+?)(?: \(\p{Lu}+\))?, ((?:vice )?ordförande|justerare)$/u.exec(text);
    if (suffixed) {
      out.push({ name: suffixed[1]!, role: suffixed[2]! });
      continue;
    }
    const next = lines[i + 1]?.text;
    if (!next) continue;
    const names = text.split(/\s{2,}/);
    const roles = next.split(/\s{2,}/);
    if (names.length === roles.length && names.every((n) => NAME.test(n)) && roles.every((r) => ROLE.test(r))) {
      names.forEach((name, k) => out.push({ name, role: roles[k]! }));
      i++;
    }
  }
  return out;
}
