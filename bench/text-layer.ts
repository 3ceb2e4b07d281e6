/**
 * A text as a PDF's text layer, a Word export or a web page delivers it: the same words, with the
 * characters those carry (see pipeline/text/characters.ts). bench:extract reads the world corpus
 * through each and reports what it loses against the plain text; none should lose anything.
 */
export const TEXT_LAYER_VARIANTS: Record<string, (text: string) => string> = {
  // Word keeps "§ 12", "Dnr 2019/12", "4 mars" and a phone number's groups on one line with no-break spaces.
  'no-break spaces': (t) => t.replace(/(§|[Dd]nr:?|\d) (?=\d)/g, '$1\u00a0').replace(/(\d) (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b/g, '$1\u00a0$2'),
  // Hyphenation points Word or a web page keeps in long words.
  'soft hyphens': (t) => t.replace(/(\p{Ll}{4})(\p{Ll}{4,})/gu, '$1\u00ad$2'),
  // A PDF font's ligatures, as a text layer without normalisation gives them.
  ligatures: (t) => t.replace(/ffi/g, '\ufb03').replace(/ffl/g, '\ufb04').replace(/ff/g, '\ufb00').replace(/fi/g, '\ufb01').replace(/fl/g, '\ufb02'),
  // A web page's break opportunities after slashes and in long numbers.
  'zero-width spaces': (t) => t.replace(/\//g, '/\u200b').replace(/§ /g, '§\u200b '),
  // Windows line ends.
  CRLF: (t) => t.replace(/\n/g, '\r\n'),
  // A web page's text exported with its character references undecoded.
  'HTML entities': (t) => t.replace(/[åäöÅÄÖé§–”]/g, (c) => ({ å: '&aring;', ä: '&auml;', ö: '&ouml;', Å: '&Aring;', Ä: '&Auml;', Ö: '&Ouml;', é: '&eacute;', '§': '&sect;', '–': '&ndash;', '”': '&#8221;' })[c]!),
};

/** `line` broken between words into lines of at most `width` characters, as a layout wraps a heading. */
export function wrapLine(line: string, width: number): string {
  if (line.length <= width) return line;
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/(?<= )/)) {
    if ((current + word).length > width && current) {
      out.push(current.trimEnd());
      current = '';
    }
    current += word;
  }
  if (current) out.push(current.trimEnd());
  return out.join('\n');
}

/** The widths bench:extract wraps each title printed alone on its line at: a narrow heading column to a wide one. */
export const TITLE_WIDTHS = [45, 55, 65];

const VOWEL = /[aeiouyåäöé]/i;

/**
 * `text` as justified print sets it: lines of at most `width` characters, a long word that does not
 * fit broken with a hyphen before a consonant that opens a syllable ("kommunfullmäk-" / "tige").
 */
export function hyphenated(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (!current || current.length + 1 + word.length <= width) {
          current = current ? `${current} ${word}` : word;
          continue;
        }
        const room = width - current.length - 2;
        let cut = -1;
        if (/^\p{L}{8,}$/u.test(word)) for (let k = Math.min(room, word.length - 3); k >= 3; k--) if (!VOWEL.test(word[k]!) && VOWEL.test(word[k + 1]!)) { cut = k; break; }
        if (cut > 0) {
          out.push(`${current} ${word.slice(0, cut)}-`);
          current = word.slice(cut);
        } else {
          out.push(current);
          current = word;
        }
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

/** Whether `text` is laid out in lines (not a transcript whose every page is one line, as hosting sites flatten them). */
export function laidOutInLines(text: string): boolean {
  const lines = text.split('\n');
  return !(lines.length < 30 && Math.max(...lines.map((l) => l.length)) > 600);
}
