import fs from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderPdfPage } from '../../ingest/handlers/pdf.ts';

describe('rendering a scanned PDF page for OCR', () => {
  it('draws the page at the resolution of its scan, not resampled to 300 dpi', async () => {
    // make-scans.sh put each 1363 × 1901 page image on a page of 1363 × 1901 points.
    const png = await renderPdfPage(fs.readFileSync('test/fixtures/scans/000_550816b0be03c5e1.poor.scan.pdf'), 1);
    const { width, height } = await sharp(png).metadata();
    expect([width, height]).toEqual([1363, 1901]);
  });
});
