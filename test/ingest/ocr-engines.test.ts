import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NativeTesseractEngine, nativeTesseractAvailable } from '../../ingest/ocr/native.ts';
import { TesseractJsEngine } from '../../ingest/ocr/tesseract-js.ts';

const page = fs.readFileSync('test/fixtures/scans/002_1a29c63b3b3a44df.p2.good.png');

describe('OCR engines', () => {
  it('tesseract.js reads Swedish from the local data, and a broken image fails only its own page', async () => {
    const engine = new TesseractJsEngine(1);
    try {
      await expect(engine.recognize(Buffer.from('not an image'))).rejects.toThrow(/OCR failed/);
      const result = await engine.recognize(page);
      expect(result.text).toContain('Maria Adell');
      expect(result.confidence).toBeGreaterThan(60);
    } finally {
      await engine.close();
    }
  });

  it.skipIf(!nativeTesseractAvailable())('the native tesseract command reads the same page', async () => {
    const result = await new NativeTesseractEngine(1).recognize(page);
    expect(result.text).toContain('Maria Adell');
    expect(result.confidence).toBeGreaterThan(60);
  });
});
