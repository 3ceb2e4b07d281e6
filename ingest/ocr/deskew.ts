import sharp from 'sharp';

/** Skews searched, in degrees either way: a page fed crookedly or copied on a tilt. */
const MAX_SKEW = 5;
/** Search step, in degrees: finer than tesseract needs (it reads lines within about 0.2°). */
const STEP = 0.1;
/**
 * Skews below this are left alone: tesseract reads a page tilted by less than half a degree as well
 * as a level one (the good scans, at 0.4°, read the same either way), and turning it costs time.
 */
const MIN_SKEW = 0.5;
/** Width the page is measured at: enough for text lines, a fraction of the pixels. */
const MEASURE_WIDTH = 1000;
/** Grey level under which a pixel counts as ink. */
const INK = 128;

/**
 * The angle in degrees by which the text lines of a greyscale image fall to the right (positive:
 * lines run downwards left to right). Projection profiles: for each candidate angle the ink is
 * summed along lines of that slope, and the angle whose profile is sharpest (the largest sum of
 * squared row counts) is the one where whole text lines fall into single rows. 0 for a page with
 * no ink.
 */
export function estimateSkew(gray: Uint8Array, width: number, height: number): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (gray[row + x]! < INK) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length === 0) return 0;
  const pad = Math.ceil(width * Math.tan((MAX_SKEW * Math.PI) / 180)) + 1;
  const rows = new Float64Array(height + 2 * pad);
  let best = 0;
  let bestScore = -1;
  for (let step = -MAX_SKEW / STEP; step <= MAX_SKEW / STEP; step++) {
    const angle = step * STEP;
    const slope = Math.tan((angle * Math.PI) / 180);
    rows.fill(0);
    for (let i = 0; i < xs.length; i++) rows[Math.round(ys[i]! - xs[i]! * slope) + pad]!++;
    let score = 0;
    for (let r = 0; r < rows.length; r++) score += rows[r]! * rows[r]!;
    // Ties go to the angle nearest level, so a page without lines stays as it is.
    if (score > bestScore || (score === bestScore && Math.abs(angle) < Math.abs(best))) {
      bestScore = score;
      best = angle;
    }
  }
  return Math.round(best * 10) / 10;
}

/**
 * The page image turned so its text lines run level, as PNG; the image itself when it is level
 * already or cannot be decoded (the OCR engine then reports what is wrong with it). Tesseract reads
 * a page tilted by a degree markedly worse (bench:ingest measures it on the worn copies).
 */
export async function deskew(image: Uint8Array): Promise<Uint8Array> {
  let skew: number;
  try {
    const { data, info } = await sharp(image).greyscale().resize({ width: MEASURE_WIDTH, withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
    skew = estimateSkew(data, info.width, info.height);
  } catch {
    return image;
  }
  if (Math.abs(skew) < MIN_SKEW) return image;
  // Lines falling to the right are turned back anticlockwise; sharp turns clockwise for positive angles.
  return new Uint8Array(await sharp(image).greyscale().rotate(-skew, { background: '#ffffff' }).png().toBuffer());
}
