import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, textHandler } from '../../ingest/handlers/text.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** Windows-1252 bytes of Latin-1 text (ä, ö, å and the rest are one byte each). */
const cp1252 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

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

  it('drops a byte-order mark', () => {
    expect(decodeText(utf8('\uFEFFTjänsteutlåtande'))).toBe('Tjänsteutlåtande');
  });

  it('the text handler decodes the whole file the same way', async () => {
    const text = 'Yttrande över remissen ”Framtidens socialtjänst”.\n';
    expect((await textHandler.read(utf8(text), 'a.txt', { ocr: () => { throw new Error('no OCR'); } })).text).toBe(text);
  });
});
