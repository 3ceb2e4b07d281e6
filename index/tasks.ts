import type { EnqueuedTaskPromise, Task } from 'meilisearch';
import { DiariumError } from './errors.ts';

/** How long to wait for one Meilisearch task; large settings changes re-index everything. */
const TASK_TIMEOUT_MS = 10 * 60_000;

/**
 * Waits for an enqueued task and throws when it did not succeed, with Meilisearch's own reason,
 * so a rejected batch or setting never passes silently.
 */
export async function settle(enqueued: EnqueuedTaskPromise, what: string): Promise<Task> {
  const task = await enqueued.waitTask({ timeout: TASK_TIMEOUT_MS, interval: 50 });
  if (task.status !== 'succeeded') {
    const reason = task.error ? `${task.error.message} (${task.error.code})` : task.status;
    throw new DiariumError(`Meilisearch task ${task.uid} (${what}) ${task.status}: ${reason}`);
  }
  return task;
}
