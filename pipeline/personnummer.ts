/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer,
 * day + 60), found with their checksum so that case numbers, phone numbers and dates that merely
 * look alike are left alone, and masked before anything is indexed.
 */

/** YYMMDD-NNNN, YYMMDD+NNNN (over 100), YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDDNNNN. */
const CANDIDATE = /(?<![\d/.:-])(?<century>18|19|20)?(?<yy>\d{2})(?<mm>\d{2})(?<dd>\d{2})(?<sep>[-+]?)(?<serial>\d{3})(?<check>\d)(?![\d/:.]\d)(?!-\d)/g;

/** The Luhn checksum over the ten digits YYMMDDNNNC. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function validDate(yy: string, mm: string, dd: string): boolean {
  const month = Number(mm);
  let day = Number(dd);
  if (day > 60) day -= 60; // samordningsnummer
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export interface Masked {
  text: string;
  count: number;
}

/**
 * Replaces every valid personnummer or samordningsnummer in `text` with X's of the same shape
 * ("19800101-1234" -> "XXXXXXXX-XXXX"), keeping offsets and line structure.
 */
export function maskPersonnummer(text: string): Masked {
  let count = 0;
  const masked = text.replace(CANDIDATE, (match, ...args) => {
    const g = args[args.length - 1] as Record<string, string>;
    // Ten digits run together without a separator are too often other numbers: require the century then.
    if (!g.sep && !g.century) return match;
    if (!validDate(g.yy!, g.mm!, g.dd!) || !luhn(`${g.yy}${g.mm}${g.dd}${g.serial}${g.check}`)) return match;
    count++;
    return match.replace(/\d/g, 'X');
  });
  return { text: masked, count };
}
