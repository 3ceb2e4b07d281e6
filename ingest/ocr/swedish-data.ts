import { createRequire } from 'node:module';

/**
 * Swedish traineddata from `@tesseract.js-data/swe`, read from node_modules: no CDN, no cache
 * download. The package exports its own folder and gzip flag. Shared by OCR (tesseract.js) and by
 * repair's background text (the model's word pairs), without either loading the other.
 */
export function swedishData(): { langPath: string; gzip: boolean } {
  return createRequire(import.meta.url)('@tesseract.js-data/swe') as { langPath: string; gzip: boolean };
}
