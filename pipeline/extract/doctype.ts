import type { Doctype } from '../document.ts';
import type { Line } from './lines.ts';

/** Words that name the document type where it is printed in the header, as other cities write them. */
const NAMED: [RegExp, Doctype][] = [
  [/^(?:protokollsutdrag|utdrag ur protokoll|protokollsutdrag från)\b/i, 'protokollsutdrag'],
  [/^(?:justerat )?protokoll\b/i, 'protokoll'],
  [/^(?:kallelse|föredragningslista|kallelse\s*\/\s*föredragningslista)\b/i, 'kallelse'],
  [/^motion\b/i, 'motion'],
  [/^(?:remissyttrande|yttrande)\b/i, 'yttrande'],
  [/^(?:tjänsteutlåtande|tjänsteskrivelse)\b/i, 'tjänsteutlåtande'],
  [/^utlåtande\b/i, 'utlåtande'],
  [/^skrivelse\b/i, 'skrivelse'],
];

/**
 * The document type: from the type word printed in the header (first lines, or after the
 * organisation's name on the same line), else from the layout (a "Till <nämnd>" block with förslag
 * till beslut is a tjänsteutlåtande; one § with a decision and justering is a protokollsutdrag).
 * "okänd" when neither says, rather than a guess.
 */
export function findDoctype(lines: Line[], text: string): Doctype {
  const head = lines.filter((l) => l.text !== '').slice(0, 12);
  for (const line of head) {
    for (const word of line.text.split(/\s{2,}|(?<=\p{Ll}) (?=\p{Lu}\p{Ll}+$)/u).concat(line.text)) {
      for (const [pattern, type] of NAMED) {
        // "Motion" must open a title ("Motion om", "Motion till"), not mention one.
        if (pattern.test(word.trim()) && (type !== 'motion' || /^motion (?:om|till|angående|av)\b/i.test(word.trim()))) return type;
      }
    }
  }
  const paragraphs = (text.match(/^\s*§ ?\d+\s*$/gm) ?? []).length;
  const decided = /^\p{Lu}[\p{L} -]*(?:nämndens|styrelsens|fullmäktiges) beslut\s*$/mu.test(text);
  if (paragraphs >= 2 && decided) return 'protokoll';
  if (paragraphs === 1 && decided && /^\s*justerat\b/im.test(text)) return 'protokollsutdrag';
  // A handläggare's proposal to a nämnd, with or without a "Till" block (Uppsala heads it "Beslutsförslag").
  if (/^\s*handläggare\b/im.test(text) && /^\s*(?:[\p{L}-]+s )?(?:förslag till beslut|beslutsförslag)\s*$/imu.test(text)) return 'tjänsteutlåtande';
  return 'okänd';
}
