/**
 * Municipal bodies as documents name them: nämnder, styrelser, fullmäktige and their utskott and
 * beredningar ("Kommunstyrelsens arbetsutskott", "Kommunstyrelsens sociala utskott"), in running
 * text, in capitals in a letterhead, and in the genitive of a heading ("Kommunfullmäktiges
 * beslut"). Which one a document belongs to is decided in extract/namnd.ts.
 */
import { NAMND } from './organs.ts';

/** An utskott or beredning of a body: "Kommunstyrelsens arbetsutskott", "Kommunstyrelsens sociala utskott", "Socialnämndens arbetsutskott". */
const COMMITTEE = /(?<![\p{L}-])\p{Lu}[\p{Ll}-]{0,40}(?:nämndens|styrelsens|fullmäktiges)(?: (?:sociala|allmänna|tekniska|beredande|personal|plan-|planerings)[\p{Ll}-]*)? (?:arbetsutskott|utskott|planeringsberedning|beredning|ledningsutskott|[\p{Ll}-]*utskott)(?:et)?(?![\p{L}])/gu;
/** A body named by its own compound: "Kommunstyrelsen", "Kommunfullmäktige", "Arbetsutskottet", "Regionstyrelsen". */
const SINGLE = /(?<![\p{L}-])(?:(?:[Bb]eredande )?[Kk]ommunstyrelsen|[Kk]ommunfullmäktige|[Rr]egion(?:styrelsen|fullmäktige)|\p{Lu}\p{Ll}*utskottet)(?![\p{L}])/gu;

export interface FoundBody {
  name: string;
  index: number;
}

/**
 * All-capitals text in sentence case ("KOMMUNSTYRELSENS SOCIALA UTSKOTT" → "Kommunstyrelsens sociala
 * utskott"); a double name keeps the capital after its hyphen ("HÄGERSTEN-ÄLVSJÖ STADSDELSNÄMND" →
 * "Hägersten-Älvsjö stadsdelsnämnd", as the districts' names are printed), a part before "och" not
 * ("SOCIAL- OCH ÄLDRENÄMNDEN").
 */
export function sentenceCase(text: string): string {
  return text.replace(/\p{Lu}[\p{Lu}\s-]{3,}\p{Lu}/gu, (caps) => caps[0] + caps.slice(1).toLowerCase().replace(/(?<=\p{L}-)\p{Ll}/gu, (c) => c.toUpperCase()));
}

const NAMND_ALL = new RegExp(NAMND.source, 'gu');
/** A word every body's name has (COMMITTEE, SINGLE and NAMND each need one). */
const BODY_WORD = /nämnd|styrelse|fullmäktige|utskott/i;

/** Bodies named in `text`, in order, the longest name at each place. */
export function findBodies(text: string): FoundBody[] {
  // Every name the patterns read has one of these words: most lines asked about have none.
  if (!BODY_WORD.test(text)) return [];
  const source = sentenceCase(text);
  const found: FoundBody[] = [];
  for (const pattern of [COMMITTEE, SINGLE, NAMND_ALL]) {
    for (const m of source.matchAll(pattern)) found.push({ name: m[0].trim(), index: m.index });
  }
  found.sort((a, b) => a.index - b.index || b.name.length - a.name.length);
  const out: FoundBody[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.index < last.index + last.name.length) continue;
    out.push(f);
  }
  return out;
}

/**
 * A body's name as the document's value: a one-word name capitalised ("kommunstyrelsen" in a
 * sentence is "Kommunstyrelsen"), a name with a qualifier as printed ("humanistiska nämnden",
 * "beredande kommunstyrelsen"), without a municipality's genitive before it ("Göteborgs
 * kommunfullmäktige" is "Kommunfullmäktige").
 */
export function bodyValue(name: string): string {
  const words = name.split(' ');
  if (words.length === 1) return name[0]!.toUpperCase() + name.slice(1);
  return name;
}

/** The nominative of a body's genitive: "Kommunstyrelsens" → "Kommunstyrelsen", "Arbetsutskottets" → "Arbetsutskottet". */
export function fromGenitive(word: string): string {
  return word.replace(/(nämnden|styrelsen|fullmäktige|utskottet|beredningen|nämnd|förvaltningen)s$/u, '$1');
}
