import { DiariumError, ExitCode } from '../../index/errors.ts';
import type { OcrEngine } from './engine.ts';
import { NativeTesseractEngine, nativeTesseractAvailable } from './native.ts';
import { TesseractJsEngine } from './tesseract-js.ts';

export const OCR_ENGINES = ['tesseract.js', 'native'] as const;
export type OcrEngineName = (typeof OCR_ENGINES)[number];

/** A factory for the named engine; checks up front that the native one is installed. */
export function ocrEngineFactory(name: string): () => OcrEngine {
  if (name === 'native') {
    if (!nativeTesseractAvailable()) {
      throw new DiariumError('--ocr-engine native needs the `tesseract` command with Swedish data (Debian: apt-get install tesseract-ocr tesseract-ocr-swe).', ExitCode.Usage);
    }
    return () => new NativeTesseractEngine();
  }
  if (name === 'tesseract.js') return () => new TesseractJsEngine();
  throw new DiariumError(`unknown OCR engine "${name}" (one of: ${OCR_ENGINES.join(', ')})`, ExitCode.Usage);
}
