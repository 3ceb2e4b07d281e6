import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handlerFor } from '../../ingest/handlers/index.ts';
import { decodeText, textHandler } from '../../ingest/handlers/text.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** Windows-1252 bytes of Latin-1 text (ä, ö, å and the rest are one byte each). */
const cp1252 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
/** UTF-16 bytes of `s` in either byte order, with or without a byte-order mark (as Windows' "Unicode" text saves it: little-endian, marked). */
const utf16 = (s: string, order: 'le' | 'be', mark = true): Uint8Array => {
  const marked = (mark ? '\uFEFF' : '') + s;
  const units = Array.from({ length: marked.length }, (_, i) => marked.charCodeAt(i));
  return Uint8Array.from(units.flatMap((u) => (order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])));
};

describe('text decoding', () => {
  // Multi-byte characters of two, three and four bytes: ä, the closing quotation mark, an emoji.
  for (const ch of ['ä', '”', '€', '😀']) {
    it(`reads UTF-8 with "${ch}" at every position of the last four bytes`, () => {
      for (let tail = 0; tail <= 4; tail++) {
        const text = `Inför remissen om ${ch}${'.\n.'.slice(0, tail)}`;
        expect(decodeText(utf8(text)), `${tail} bytes after it`).toBe(text);
      }
    });
  }

  it('reads the seed OCR file that ends in ”.\\n as UTF-8, not mojibake', () => {
    const text = decodeText(fs.readFileSync('test/fixtures/scans/001_a424892d2af8109e.good.ocr-eng.txt'));
    expect(text).not.toMatch(/Ã|â€/);
  });

  it('reads a file that is not UTF-8 as Windows-1252', () => {
    expect(decodeText(cp1252('Socialförvaltningen på Söder'))).toBe('Socialförvaltningen på Söder');
  });

  it('reads Windows-1252 dashes, quotation marks, ellipsis and euro sign by the code page, not as Latin-1 controls', () => {
    // "Remissvar – ”Framtidens äldreomsorg” … 5 €" in Windows-1252: 0x96, 0x94, 0x85, 0x80 are no Latin-1 characters.
    const bytes = Uint8Array.from([...cp1252('Remissvar '), 0x96, 0x20, 0x94, ...cp1252('Framtidens äldreomsorg'), 0x94, 0x20, 0x85, ...cp1252(' 5 '), 0x80]);
    expect(decodeText(bytes)).toBe('Remissvar – ”Framtidens äldreomsorg” … 5 €');
  });

  it('drops a byte-order mark', () => {
    expect(decodeText(utf8('\uFEFFTjänsteutlåtande'))).toBe('Tjänsteutlåtande');
  });

  const memo = 'Tjänsteutlåtande\r\nDnr KS 2019/12\r\nSocialnämnden föreslås besluta att godkänna rapporten ”Årets uppföljning” 😀.\r\n';
  for (const [order, mark] of [['le', true], ['be', true], ['le', false], ['be', false]] as const) {
    it(`reads UTF-16 ${order === 'le' ? 'little' : 'big'}-endian text ${mark ? 'with' : 'without'} a byte-order mark`, () => {
      expect(decodeText(utf16(memo, order, mark))).toBe(memo);
    });
  }

  it('ingests a UTF-16 .txt file (Windows "Unicode" text) rather than skipping it as binary', async () => {
    const bytes = utf16(memo, 'le');
    const handler = handlerFor(bytes, 'memo.txt');
    expect('name' in handler && handler.name).toBe('text');
    expect((await textHandler.read(bytes, 'memo.txt', { ocr: () => { throw new Error('no OCR'); } })).text).toBe(memo);
  });

  it('still skips a .txt file of binary bytes', () => {
    const binary = Uint8Array.from({ length: 512 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) % 256));
    expect(handlerFor(binary, 'data.txt')).toEqual({ status: 'skipped', reason: 'unsupported file type' });
  });

  it('the text handler decodes the whole file the same way', async () => {
    const text = 'Yttrande över remissen ”Framtidens socialtjänst”.\n';
    expect((await textHandler.read(utf8(text), 'a.txt', { ocr: () => { throw new Error('no OCR'); } })).text).toBe(text);
  });
});
