import { MeilisearchTaskTimeOutError, type EnqueuedTaskPromise, type Task } from 'meilisearch';
import { DiariumError } from './errors.ts';

/** How long to wait for one Meilisearch task; large settings changes re-index everything. */
const TASK_TIMEOUT_MS = 10 * 60_000;

/**
 * How long one of the library's own waits may last. meilisearch-js arms a timer for the whole wait
 * and clears it only when the task is done: when a poll fails (the server died mid-ingest) the timer
 * stays, and a pending timer keeps Node running after its work is done (a finished ingest that did
 * not exit for ten minutes). Waits this short leave at most this much behind.
 */
const WAIT_SLICE_MS = 2_000;

/**
 * Waits for an enqueued task and throws when it did not succeed, with Meilisearch's own reason,
 * so a rejected batch or setting never passes silently. A failed poll throws at once (ingest
 * retries it); a task still unfinished after `TASK_TIMEOUT_MS` throws a task time-out.
 */
export async function settle(enqueued: EnqueuedTaskPromise, what: string): Promise<Task> {
  const deadline = Date.now() + TASK_TIMEOUT_MS;
  let task: Task | undefined;
  while (task === undefined) {
    try {
      task = await enqueued.waitTask({ timeout: Math.min(WAIT_SLICE_MS, Math.max(1, deadline - Date.now())), interval: 50 });
    } catch (error) {
      if (!(error instanceof MeilisearchTaskTimeOutError)) throw error;
      if (Date.now() >= deadline) throw new MeilisearchTaskTimeOutError((await enqueued).taskUid, TASK_TIMEOUT_MS);
    }
  }
  if (task.status !== 'succeeded') {
    const reason = task.error ? `${task.error.message} (${task.error.code})` : task.status;
    throw new DiariumError(`Meilisearch task ${task.uid} (${what}) ${task.status}: ${reason}`);
  }
  return task;
}
