/**
 * The word lists inside a tesseract traineddata file (ingest/tessdata.ts), read from the Swedish
 * model OCR installs with npm, and refused clearly when damaged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { swedishData } from '../../ingest/ocr/swedish-data.ts';
import { dawgWords, TESSDATA, tessdataEntry, unichars } from '../../ingest/tessdata.ts';

const swedish = fs.readFileSync(path.join(swedishData().langPath, 'swe.traineddata.gz'));

describe('tessdata', () => {
  it('reads the unicharset and the bigram list of the Swedish model, as dawg2wordlist lists them', () => {
    const symbols = unichars(tessdataEntry(swedish, TESSDATA.unicharset)!);
    expect(symbols[0]).toBe(' ');
    expect(symbols).toContain('ä');
    const pairs = dawgWords(tessdataEntry(swedish, TESSDATA.bigramDawg)!, symbols);
    // `dawg2wordlist swe.unicharset swe.bigram-dawg` (tesseract 5.3) lists 245 550, these first.
    expect(pairs).toHaveLength(245_550);
    expect(pairs.slice(0, 3)).toEqual(['Sunbird-tillägg Sunbird-tillägg', 'Sunbird version', 'Sunbird Add-ons']);
    expect(pairs).toContain('det är');
    // The frequent-word list is one too.
    expect(dawgWords(tessdataEntry(swedish, TESSDATA.freqDawg)!, symbols)).toContain('och');
  });

  it('refuses a file that is no traineddata, and a DAWG with a bad magic number or cut short', () => {
    expect(() => tessdataEntry(Buffer.alloc(64, 7), TESSDATA.bigramDawg)).toThrow(/traineddata/);
    const symbols = [' ', 'a'];
    expect(() => dawgWords(Buffer.alloc(16), symbols)).toThrow(/magic/);
    const header = Buffer.alloc(10);
    header.writeInt16LE(42, 0);
    header.writeInt32LE(2, 2);
    header.writeInt32LE(5, 6);
    expect(() => dawgWords(header, symbols)).toThrow(/do not fit/);
  });
});
