import fs from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { deskew, estimateSkew } from '../../ingest/ocr/deskew.ts';

/** The skew of a page image as `deskew` measures it. */
async function skewOf(image: Uint8Array): Promise<number> {
  const { data, info } = await sharp(image).greyscale().resize({ width: 1000, withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
  return estimateSkew(data, info.width, info.height);
}

// make-scans.sh turns good pages 0.4° clockwise and worn copies 1.2° anticlockwise.
const good = fs.readFileSync('test/fixtures/scans/000_550816b0be03c5e1.p1.good.png');
const worn = fs.readFileSync('test/fixtures/scans/000_550816b0be03c5e1.p1.poor.png');

describe('deskew', () => {
  it('measures how far the text lines of a scan are tilted', async () => {
    expect(await skewOf(good)).toBeCloseTo(0.4, 1);
    expect(await skewOf(worn)).toBeCloseTo(-1.2, 1);
    const tilted = await sharp(good).rotate(3, { background: '#ffffff' }).png().toBuffer();
    expect(await skewOf(tilted)).toBeCloseTo(3.4, 1);
  });

  it('turns a tilted page level and leaves a nearly level one as it is', async () => {
    const levelled = await deskew(worn);
    expect(levelled).not.toBe(worn);
    expect(Math.abs(await skewOf(levelled))).toBeLessThanOrEqual(0.1);
    expect(await deskew(good)).toBe(good);
  });

  it('leaves a blank page and bytes that are no image to the OCR engine', async () => {
    const blank = await sharp({ create: { width: 400, height: 600, channels: 3, background: '#ffffff' } }).png().toBuffer();
    expect(estimateSkew(new Uint8Array(400 * 600).fill(255), 400, 600)).toBe(0);
    expect(await deskew(blank)).toBe(blank);
    const garbage = new Uint8Array([1, 2, 3, 4]);
    expect(await deskew(garbage)).toBe(garbage);
  });
});
