import { setTimeout as sleep } from 'node:timers/promises';
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError } from 'meilisearch';

/**
 * Faults worth another try: the server unreachable or restarting, overloaded (429, 5xx), or slow.
 * A request Meilisearch refused (4xx) or a task that failed is permanent: retrying cannot help.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof MeilisearchApiError) return error.response.status >= 500 || error.response.status === 429;
  return error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError || error instanceof MeilisearchTaskTimeOutError;
}

export interface RetryOptions {
  attempts?: number;
  /** First wait; it doubles each time, with jitter. */
  baseMs?: number;
  /** Called before each new attempt, e.g. to restart the embedded server. */
  recover?: () => Promise<void>;
  onRetry?: (attempt: number, error: unknown) => void;
}

/** Runs `work`, retrying transient faults with exponential backoff; the last error is thrown. */
export async function withRetry<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 6;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      options.onRetry?.(attempt, error);
      await sleep((options.baseMs ?? 500) * 2 ** (attempt - 1) * (0.75 + Math.random() / 2));
      await options.recover?.().catch(() => undefined);
    }
  }
}
