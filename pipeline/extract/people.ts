import type { Signatory } from '../document.ts';
import { editDistance } from '../edit-distance.ts';
import { fold } from '../fold.ts';
import { escapeRegExp } from '../escape-regexp.ts';
import { MUNICIPALITIES, municipalDomain } from '../lexicon/municipalities.ts';

/**
 * Where an e-mail address has its "@" and domain. OCR with Swedish data reads "@" as "(" followed by
 * what it made of the inner "a" ("(P", "(ÅM", "(B"), as capitals or letters no address has without
 * the "(" ("QW", "Å", "P"), or as a lower-case letter and a space ("anna.lindqvisto malmo.se"); it
 * may put a space after a dot of the domain ("centrum. goteborg.se").
 */
const AT_DOMAIN = /(?:@|(\()(?:\p{Lu}|[^\x00-\x7f\s]){0,2}|©|(?:\p{Lu}|[^\x00-\x7f\s]){1,2}|[a-z] )([a-z\d-]+(?:\. ?[a-z\d-]+)*\.[a-z]{2,3})\b/gu;
/**
 * The local part before it, as lower-case words: OCR may add a space after a dot, double it, or read
 * the dot as a space. Names written with capitals or å/ä/ö before the address are not part of it.
 */
const LOCAL = /(?<![\p{L}\d])[a-z\d]+(?:(?: ?[._-])+ ?[a-z\d]+| [a-z\d]+)*$/u;
/** A personal name: two to four capitalised words ("Yasmine Ekman Munir", "Veronica Wolgast Karlberg"). */
export const NAME = /^\p{Lu}[\p{Ll}'-]+(?: (?:\p{Lu}[\p{Ll}'-]+|af|von|de)){1,3}$/u;
/** Roles printed under signatures. */
export const ROLE = /^(?:t\.?f\.? |tf |vice |biträdande )?(?:[\p{Ll}-]*(?:chef|direktör|direktor|ordförande|sekreterare|samordnare|utredare|handläggare|strateg|controller|jurist)|ordförande|justerare|sekreterare)$/iu;
/**
 * The domain after an "@" that OCR read as "(": a lower-case letter right after it may be what it
 * made of the "@"'s inner "a" ("(astockholm.se"); it is dropped when the document names the
 * domain without it ("stockholm.se" in the footer).
 */
function domainOf(domain: string, parenthesis: boolean, text: string): string {
  const shorter = domain.slice(1);
  if (!parenthesis || !/^[a-z]/.test(domain) || !shorter.includes('.')) return domain;
  const named = (d: string): boolean => new RegExp(String.raw`(?<![\w.(])${escapeRegExp(d)}\b`).test(text);
  return named(shorter) && !named(domain) ? shorter : domain;
}

/**
 * The city's domain for one a letter off that the document names nowhere else: "und.se" where a
 * worn copy of Lunds kommun's letter lost the l of "lund.se".
 */
function cityDomain(domain: string, text: string): string {
  const cities = cityDomains(text);
  if (cities.has(domain) || text.split(domain).length > 2) return domain;
  const near = [...cities].filter((city) => editDistance([...city], [...domain]) === 1);
  return near.length === 1 ? near[0]! : domain;
}

/**
 * The e-mail address that belongs to a person: its local part is made of at least two of their
 * names, written without diacritics ("Hanna Öberg" is hanna.oberg@). Tolerates what OCR does to
 * addresses ("maria. lindgren@", "per.olsson(Bmalmo.se") and returns the address as printed would
 * read undamaged, separators between names as dots.
 */
export function findEmail(name: string, text: string): string | null {
  const parts = fold(name).split(' ');
  for (const at of addresses(text)) {
    const local = LOCAL.exec(text.slice(Math.max(0, at.index - 80), at.index));
    if (!local) continue;
    // The shortest run of words before the "@" that holds two of the names: a name printed just
    // before the address on the same line ("Per Olsson per.olsson@") is not part of it.
    // Words at even places, separators between them: "_" or "-" as printed, "." for a dot or a space.
    const words = local[0].split(/((?: ?[._-])+) ?| /).map((w, i) => (i % 2 === 0 ? w! : (/[_-]/.exec(w ?? '')?.[0] ?? '.')));
    for (let from = words.length - 1; from >= 0; from -= 2) {
      const tail = words.slice(from);
      const names = tail.filter((w, i) => i % 2 === 0 && parts.some((p) => fold(w).includes(p)));
      if (names.length < 2) continue;
      // A letter between the last name and the "@" is what OCR made of the "@"'s edge ("per.olssong@").
      const last = tail.length - 1;
      if (parts.some((p) => tail[last] === `${p}${tail[last]!.slice(-1)}` && /[a-z]$/.test(tail[last]!))) tail[last] = tail[last]!.slice(0, -1);
      return `${tail.join('')}@${cityDomain(domainOf(at[2]!.replace(/ /g, ''), at[1] !== undefined, text), text)}`;
    }
  }
  return rebuildEmail(name, text);
}

/** A top-level domain's end: where an address can end. */
const TLD = /\.[a-z]{2,3}\b/g;
/** Characters an address (the "@" or what OCR made of it, and the domain) can take before its top-level domain. */
const ADDRESS_REACH = 100;

/**
 * The "@"-and-domain places of `text` (AT_DOMAIN's matches, with `index` in the text), sought only
 * before a top-level domain: most of a document is no address, and the pattern is costly to try at
 * every character.
 */
function* addresses(text: string): Generator<RegExpExecArray & { index: number }> {
  let searched = 0;
  for (const tld of text.matchAll(TLD)) {
    const end = tld.index + tld[0].length;
    if (end <= searched) continue;
    const from = Math.max(searched, tld.index - ADDRESS_REACH);
    const part = text.slice(from, end + 1);
    for (const m of part.matchAll(AT_DOMAIN)) {
      m.index += from;
      yield m as RegExpExecArray & { index: number };
    }
    searched = end;
  }
}

/** A line that ends in an address's top-level domain, as worn copies print it ("anna tindqvistt malmo.se"). */
const ENDS_IN_DOMAIN = /^.*\.(?:se|nu|com|org|eu)\b/gmu;
/**
 * A domain standing alone ("stockholm.se" in a footer, "www.malmo.se") or after an intact "@"
 * ("maria.tindgren@stockholm.se", whose local part OCR damaged).
 */
const NAMED_DOMAIN = /(?<=^|[\s/@])(?:www\.)?((?:[a-z\d-]+\.)+(?:se|nu|com|org|eu))\b/gmu;
/** Length from which a domain may be read through two damaged letters. */
const LONG_DOMAIN = 10;
/** The body in a letterhead, whose domain most municipal addresses use: "Malmö stad" is malmo.se. */
const CITY = /(?<!\p{L})(\p{Lu}\p{Ll}+?)s? (?:stad|kommun)\b/giu;

/** The domains of the cities a document names ("Lunds kommun": lund.se). */
function cityDomains(text: string): Set<string> {
  return new Set([...text.matchAll(CITY)].map((m) => `${fold(m[1]!)}.se`));
}

/** Every Swedish city's domain, for an address whose document does not name its city. */
const MUNICIPAL_DOMAINS: readonly string[] = MUNICIPALITIES.map(municipalDomain);
/** Shortest word of the document that may be an address's subdomain ("centrum" of centrum.goteborg.se). */
const SUBDOMAIN_MIN = 5;

/**
 * An address so worn that its "@" is gone or a letter ("per.olssontmalmo.se", "maria
 * bndgren(Psockholm.se"): rebuilt as the person's names joined by dots at a domain the document
 * names elsewhere, its city's, or (a letter off at most) any Swedish city's, when what stands
 * before that domain, less the one or two characters OCR made of the "@" (a mark of it, for a city
 * the document does not name), is the names with at most one slip per six letters. The domain may have a unit's subdomain that the document names
 * ("sata. johansson@centium, goteborg.se" beside "Socialnämnden Centrum"). Municipal addresses are
 * built so; an address not built from the name is not rebuilt.
 */
function rebuildEmail(name: string, text: string): string | null {
  const target = fold(name).split(' ').join('.');
  const wanted = letters(target);
  const slips = Math.max(1, Math.floor(wanted.length / 6));
  const named = new Set([...[...text.matchAll(NAMED_DOMAIN)].map((m) => m[1]!), ...cityDomains(text)]);
  // [domain, letters it may have damaged, whether the "@" must have left a mark]
  const domains: [string, number, boolean][] = [...named].map((d) => [d, d.length >= LONG_DOMAIN ? 2 : 1, false]);
  for (const d of MUNICIPAL_DOMAINS) if (!named.has(d)) domains.push([d, d.length >= LONG_DOMAIN ? 1 : 0, true]);
  for (const line of text.matchAll(ENDS_IN_DOMAIN)) {
    const printed = fold(line[0]).replace(/\s+/g, '');
    // The document's words off this line, gathered only when a domain matches and the names do not.
    let units: Set<string> | undefined;
    for (const [domain, tolerance, marked] of domains) {
      // Where the domain begins: as long as it is, or a letter shorter or longer when OCR dropped
      // or added one ("sockholm.se"), whichever reads closest to it. A long domain may have two
      // letters damaged ("stor hholm.se").
      const ends = [domain.length, domain.length - 1, domain.length + 1]
        .filter((length) => length <= printed.length)
        .map((length) => ({ length, distance: editDistance([...printed.slice(-length)], [...domain]) }))
        .sort((a, b) => a.distance - b.distance);
      if (ends.length === 0 || ends[0]!.distance > tolerance) continue;
      const rest = printed.slice(0, -ends[0]!.length);
      // A city the document does not name takes the "(" or "@" between name and domain as evidence.
      if (marked && !/[(©@].?$/.test(rest)) continue;
      if (namesBeforeAt(rest, wanted, slips)) return `${target}@${domain}`;
      units ??= documentWords(text.slice(0, line.index) + text.slice(line.index + line[0].length));
      const unit = subdomain(rest, units);
      if (unit && namesBeforeAt(unit.rest, wanted, slips)) return `${target}@${unit.word}.${domain}`;
    }
  }
  return null;
}

const letters = (s: string): string[] => [...s.replace(/[^a-z]/g, '')];

/**
 * True when `rest` ends in the names (`wanted`, letters only) within `slips`, after dropping the one
 * or two characters OCR made of the "@". None, and neither the "@" nor the "(" that OCR makes of
 * it, means a name and a domain side by side ("Anna Lindqvist malmo.se"), not an address.
 */
function namesBeforeAt(rest: string, wanted: string[], slips: number): boolean {
  let best = { junk: 0, distance: Infinity };
  for (let junk = 0; junk <= 2 && junk < rest.length; junk++) {
    const distance = editDistance(letters(rest.slice(0, rest.length - junk)).slice(-wanted.length), wanted);
    if (distance < best.distance) best = { junk, distance };
  }
  return (best.junk > 0 || /[(©@]$/.test(rest)) && best.distance <= slips;
}

/** The words of `text` long enough to name a unit, folded. */
function documentWords(text: string): Set<string> {
  return new Set([...text.matchAll(/\p{L}+/gu)].map((m) => fold(m[0])).filter((w) => w.length >= SUBDOMAIN_MIN));
}

/**
 * The subdomain at the end of `rest` (what stands before a domain and the dot or comma OCR left
 * of the dot between them), read as the word of `units` a letter off at most, unless another is as
 * near; with what stands before it.
 */
function subdomain(rest: string, units: ReadonlySet<string>): { word: string; rest: string } | null {
  const run = /([a-z]+)[.,]$/.exec(rest);
  if (!run) return null;
  let best: { word: string; rest: string; distance: number } | null = null;
  let tied = false;
  for (const word of units) {
    for (const length of [word.length - 1, word.length, word.length + 1]) {
      if (length > run[1]!.length) continue;
      const distance = editDistance([...run[1]!.slice(-length)], [...word]);
      if (distance > 1 || (best && distance > best.distance)) continue;
      tied = best !== null && distance === best.distance && best.word !== word;
      if (!best || distance < best.distance) best = { word, rest: rest.slice(0, run.index + run[1]!.length - length), distance };
    }
  }
  return best && !tied ? best : null;
}

/**
 * Signatures: a name with its role on the next line ("Ulla Thorslund" / "stadsdelsdirektör"), two
 * signatures side by side in two columns, or a role before the name ("Ordförande Jan Jonsson (L)").
 */
export function findSignatories(lines: { text: string }[]): Signatory[] {
  const out: Signatory[] = [];
  // Whether the block prints each role above its name ("Sekreterare / Frida Holmlund / Ordförande /
  // Anneli Strandberg (S)", Luleå, Nordanstig) rather than below it ("Berit Lundqvist / Ordförande",
  // the signature lines of most kommuner): decided by the block's first line, a role or a name.
  let labelAbove = false;
  const partyName = (line: string | undefined): string | null => {
    const m = line ? /^(.+?)(?: \((?:\p{Lu}{1,3}|\p{Ll}{1,3})\))?$/u.exec(line.trim()) : null;
    return m && NAME.test(m[1]!) ? m[1]! : null;
  };
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
    // A role alone on its line, a name under it: the block prints roles above names when it
    // starts so (no name above this role) or already did.
    const below = text.length < 40 && ROLE.test(text.trim()) ? partyName(lines[i + 1]?.text) : null;
    if (below && (labelAbove || !partyName(lines[i - 1]?.text))) {
      out.push({ name: below, role: text.trim().toLowerCase() });
      labelAbove = true;
      i++;
      continue;
    }
    labelAbove = false;
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
