import fs from 'node:fs/promises';
import path from 'node:path';
import { DiariumError, ExitCode } from '../index/errors.ts';
import type { Document } from '../pipeline/document.ts';
import { contentId } from '../pipeline/hash.ts';
import { runPipeline, type PipelineOptions } from '../pipeline/pipeline.ts';
import { formatOf, handlerFor } from './handlers/index.ts';
import type { Extracted } from './handlers/types.ts';
import type { OcrEngine } from './ocr/engine.ts';

/** Reads one file of any supported format to text (running OCR where needed), closing the engine after. */
export async function readText(file: string, ocr: () => OcrEngine): Promise<{ bytes: Uint8Array; extracted: Extracted; handler: string }> {
  const bytes = await fs.readFile(file);
  const handler = handlerFor(bytes, file);
  if ('status' in handler) throw new DiariumError(`${file}: ${handler.reason}`, ExitCode.Failure);
  let engine: OcrEngine | null = null;
  try {
    return { bytes, extracted: await handler.read(bytes, file, { ocr: () => (engine ??= ocr()) }), handler: handler.name };
  } catch (error) {
    throw new DiariumError(`${file}: ${(error as Error).message}`, ExitCode.Failure);
  } finally {
    await (engine as OcrEngine | null)?.close();
  }
}

/** One file through the whole pipeline, as ingest would index it. */
export async function readDocument(file: string, ocr: () => OcrEngine, pipeline: PipelineOptions): Promise<Document> {
  const { bytes, extracted, handler } = await readText(file, ocr);
  return runPipeline({ id: contentId(bytes), source: path.resolve(file), format: formatOf(handler, extracted), ...extracted }, pipeline);
}
