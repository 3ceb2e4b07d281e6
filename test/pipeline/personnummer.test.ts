import { describe, expect, it } from 'vitest';
import { maskPersonnummer } from '../../pipeline/personnummer.ts';
import { runPipeline } from '../../pipeline/pipeline.ts';

/** A valid number: the Luhn check digit computed for YYMMDDNNN. */
function withCheck(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return nine + ((10 - (sum % 10)) % 10);
}

const valid = withCheck('811228987'); // 811228-987?
const [date, serial] = [valid.slice(0, 6), valid.slice(6)];
const samordning = withCheck('811288123'); // day 28 + 60

describe('personnummer', () => {
  it.each([
    [`${date}-${serial}`, 'XXXXXX-XXXX'],
    [`19${date}-${serial}`, 'XXXXXXXX-XXXX'],
    [`19${date}${serial}`, 'XXXXXXXXXXXX'],
    [`${date}+${serial}`, 'XXXXXX+XXXX'],
    [`${samordning.slice(0, 6)}-${samordning.slice(6)}`, 'XXXXXX-XXXX'],
  ])('masks %s', (number, masked) => {
    expect(maskPersonnummer(`Klienten ${number} kallades.`)).toEqual({ text: `Klienten ${masked} kallades.`, count: 1 });
  });

  it('leaves numbers with a wrong check digit or an impossible date', () => {
    const wrong = `${date}-${serial.slice(0, 3)}${(Number(serial[3]) + 1) % 10}`;
    expect(maskPersonnummer(wrong).count).toBe(0);
    expect(maskPersonnummer('811328-1234 och 811200-1234').count).toBe(0);
  });

  it('never touches case numbers, phone numbers, dates or ten bare digits', () => {
    const text = `Dnr 1.7.1-310/2018, KS 2018/906, KS-2019-00123, 2019.1234.012, Telefon: 08-508 43 112, 070-123 45 67, 2018-10-25, 0701234567, ${valid}`;
    expect(maskPersonnummer(text)).toEqual({ text, count: 0 });
  });

  it('masks the text, the kept original and every extracted field, and counts per document', () => {
    // Text an old OCR engine stripped of its å/ä/ö: repair changes it, so the original is kept beside it.
    const text = `Till\nSocialnamnden\n2020-01-01\n\nArende om ${date}-${serial}\n\nSammanfattning\n\nUtredning av ${date}-${serial} och 19${date}-${serial} infor forvaltningens forslag.`;
    const doc = runPipeline({ id: 'a'.repeat(32), source: '/x.txt', text });
    expect(doc.personnummerMasked).toBe(3);
    expect(JSON.stringify(doc)).not.toContain(`${date}-${serial}`);
    expect(doc.originalText).toContain('XXXXXX-XXXX');
    const kept = runPipeline({ id: 'a'.repeat(32), source: '/x.txt', text }, { personnummer: 'keep' });
    expect(kept.text).toContain(`${date}-${serial}`);
    expect(kept.personnummerMasked).toBe(0);
  });
});
