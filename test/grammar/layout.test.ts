import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_OF_TOTAL, WRAPPER_LINES, wrapperLine } from '../../pipeline/grammar/layout.ts';
import { readText } from '../../pipeline/text/model.ts';

/** Every line of the fixtures' texts and OCR, trimmed: web pages, hosting sites' transcripts, scans. */
function fixtureLines(): string[] {
  const lines = new Set<string>();
  for (const dir of ['test/fixtures/world', 'test/fixtures/held-out-c059', 'test/fixtures/dev-p052', 'test/fixtures/ocr']) {
    for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
      if (!f.endsWith('.txt')) continue;
      for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) if (line.trim()) lines.add(line.trim());
    }
  }
  return [...lines];
}

describe('wrapper lines', () => {
  it('finds the row a line matches as testing the rows one by one does, on every line of the fixtures', () => {
    const lines = fixtureLines();
    const oneByOne = (line: string) => WRAPPER_LINES.find((w) => w.line.test(line));
    const found = lines.filter((line) => oneByOne(line) !== undefined);
    // Not a vacuous comparison: the fixtures hold wrapper lines of many rows.
    expect(new Set(found.map((line) => oneByOne(line)!.name)).size).toBeGreaterThanOrEqual(10);
    for (const line of lines) expect(wrapperLine(line), line).toBe(oneByOne(line));
  });

  it('matches case and line breaks as each row does, not as the union it tests first', () => {
    // "Storlek: px" is case-sensitive; "Publicerad" is not.
    expect(wrapperLine('STORLEK: PX')).toBeUndefined();
    expect(wrapperLine('PUBLICERAD 2021-03-04')?.name).toBe('page dates');
    expect(wrapperLine('Download "Kallelse\ntill sammanträde"')?.name).toBe('docplayer download');
    expect(wrapperLine('Logotyp för\nBorås')).toBeUndefined();
  });

  it("reads docplayer's download line whose opening quote a worn copy's OCR lost, and its title", () => {
    const line = 'Download Riktlinjer för bokning av kommunala idrottshallar och gymnastiksalar”';
    expect(wrapperLine(line)?.name).toBe('docplayer download');
    expect(readText(`Storlek: px\n\n${line}\nTranskript\n\n1 Tjänsteskrivelse`).wrapperTitle).toBe('Riktlinjer för bokning av kommunala idrottshallar och gymnastiksalar');
    // A sentence that opens with the word and closes no quote is the document's own.
    expect(wrapperLine('Download av kartan sker från kommunens webbplats.')).toBeUndefined();
  });

  it("reads a web page's video player's clock as a scan's OCR damaged it, and no time span of the text", () => {
    for (const line of ['NaN:NaN / 00:00', 'NAN:NaN 00:00', 'O0:00--00:00', '00:00 / 00:00', '01:25 / 00:00']) expect(wrapperLine(line)?.name, line).toBe('media player');
    for (const line of ['13:00-15:00', '13:00 / 15:30', 'kl 13:00-15:00', '13:00-15:00 Sammanträde', 'Tid 09:00']) expect(wrapperLine(line), line).toBeUndefined();
  });
});

describe('page counters with their total', () => {
  it('reads the page, the space and the total, not inside a number, a date or a word', () => {
    const at = new RegExp(PAGE_OF_TOTAL, 'u');
    expect(at.exec('2 (9) Plats och tid')?.slice(1)).toEqual(['2', ' ', '9']);
    expect(at.exec('Sida 1(12)')?.slice(1)).toEqual(['1', '', '12']);
    for (const text of ['2016/22 (9)', 'Bilaga2 (3)', '4 (19)x', '2019-05-13 (2)']) expect(at.test(text), text).toBe(false);
  });
});
