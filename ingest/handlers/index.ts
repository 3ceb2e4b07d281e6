import { textHandler } from './text.ts';
import type { Handler } from './types.ts';

/** Handlers in the order they are asked; the first that accepts a file reads it. */
export const HANDLERS: Handler[] = [textHandler];

export function pickHandler(head: Uint8Array, filePath: string, handlers: Handler[] = HANDLERS): Handler | null {
  return handlers.find((handler) => handler.accepts(head, filePath)) ?? null;
}
