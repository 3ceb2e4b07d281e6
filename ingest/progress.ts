import type { FileOutcome } from './ingest.ts';

/**
 * Counts of a running ingest and the rates and ETA derived from them. A scanned document moves the
 * bar page by page while it is read, not only when it is done, so a run of long scans never sits
 * at 0%.
 */
export class Progress {
  private readonly started: number;
  /** Documents to process: null while the files are still being found (the walk comes first). */
  total: number | null = null;
  /** Files found so far by the walk, before `total` is known. */
  private found = 0;
  private processed = 0;
  private pages = 0;
  private failed = 0;
  /** OCR pages read so far of each document being read. */
  private readonly reading = new Map<string, { done: number; of: number }>();

  constructor(now = Date.now()) {
    this.started = now;
  }

  /** The walk has found `files` files so far. */
  finding(files: number): void {
    this.found = files;
  }

  /** A page of `source` was read by OCR: `done` of its `of` pages. */
  page(source: string, done: number, of: number): void {
    const before = this.reading.get(source)?.done ?? 0;
    this.pages += Math.max(0, done - before);
    this.reading.set(source, { done, of });
  }

  add(outcome: FileOutcome): void {
    const read = this.reading.get(outcome.path)?.done ?? 0;
    this.reading.delete(outcome.path);
    this.processed++;
    // Its pages not yet counted page by page (text layers, text files).
    if (outcome.status === 'done') this.pages += Math.max(0, (outcome.pages ?? 1) - read);
    if (outcome.status === 'failed') this.failed++;
  }

  /** Documents processed, counting the part read of those in flight. */
  private share(): number {
    if (!this.total) return 1;
    let partial = 0;
    for (const { done, of } of this.reading.values()) partial += of ? done / of : 0;
    return Math.min(1, (this.processed + partial) / this.total);
  }

  /**
   * One line: bar (when `width` > 0), counts, documents and pages per minute, ETA. While the files
   * are still being found (a network share of a million files takes minutes to walk) it says so,
   * rather than show an empty run as done.
   */
  line(width = 0, now = Date.now()): string {
    if (this.total === null) return `finding files: ${this.found} found · ${formatDuration((now - this.started) / 1000)}`;
    const minutes = Math.max((now - this.started) / 60_000, 1e-6);
    const share = this.share();
    const eta = share > 0 && share < 1 ? formatDuration((minutes * 60 * (1 - share)) / share) : share >= 1 ? '0s' : '?';
    const bar = width > 0 ? `[${'#'.repeat(Math.round(share * width)).padEnd(width, '-')}] ` : '';
    const pages = `${this.pages} ${this.pages === 1 ? 'page' : 'pages'}`;
    return (
      `${bar}${this.processed}/${this.total} documents (${Math.floor(share * 100)}%) · ${pages} · ` +
      `${(this.processed / minutes).toFixed(1)} documents/min · ${(this.pages / minutes).toFixed(1)} pages/min · ETA ${eta}` +
      (this.failed ? ` · ${this.failed} failed` : '')
    );
  }
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
