import type { Section } from '../document.ts';
import type { Line } from './lines.ts';

/** Headings used in Swedish municipal documents (matched case-insensitively, whole line). */
const KNOWN = new RegExp(
  '^(?:' +
    [
      'sammanfattning',
      'bakgrund',
      'ärendet',
      'ärendets beredning',
      'ärendebeskrivning',
      'beredning',
      'föredragning',
      'handlingar?',
      'mina synpunkter',
      '(?:beslutet )?skickas till',
      'underskrifter',
      '(?:förvaltningens|kontorets|stadsledningskontorets|nämndens|\\p{L}+nämndens) (?:synpunkter(?: och förslag)?|bedömning|förslag)',
      '(?:[\\p{L}-]+s )?förslag till beslut',
      'beslutsförslag',
      'beslut',
      '\\p{L}[\\p{L} -]*(?:nämndens|styrelsens|fullmäktiges) beslut',
      'beslutsunderlag',
      'beslutsordning',
      'beslutsgång',
      'bilagor?',
      'reservation(?:er)?',
      'särskilt uttalande',
      'protokollsanteckning',
      'yrkanden?',
      'propositionsordning',
      'närvarande',
      'ärenden',
      'konsekvenser(?: för \\p{L}+)?',
      'ekonomiska konsekvenser',
      'barnperspektiv(?:et)?',
      'jämställdhetsperspektiv(?:et)?',
      'uppföljning',
      'slutsats(?:er)?',
      'motivering',
      'analys',
      'syfte',
      '§ ?\\d+',
    ].join('|') +
    ')$',
  'iu',
);

export function isHeading(text: string): boolean {
  return KNOWN.test(text.trim());
}

/**
 * Splits the document into its headed sections, in order, with page furniture left out. Text before
 * the first heading (the letterhead and title block) is not a section.
 */
export function findSections(lines: Line[]): Section[] {
  const sections: Section[] = [];
  let current: { heading: string; body: string[] } | null = null;
  const close = (): void => {
    if (current) sections.push({ heading: current.heading, text: current.body.join('\n').replace(/\n{3,}/g, '\n\n').trim() });
  };
  for (const line of lines) {
    if (line.furniture) continue;
    if (line.text !== '' && isHeading(line.text)) {
      close();
      current = { heading: line.text.replace(/\s+/g, ' '), body: [] };
    } else if (current) {
      current.body.push(line.text);
    }
  }
  close();
  return sections;
}
