import type { FileOutcome } from './ingest.ts';

/** Counts of a running ingest and the rates and ETA derived from them. */
export class Progress {
  private readonly started = Date.now();
  total = 0;
  private processed = 0;
  private pages = 0;
  private failed = 0;

  add(outcome: FileOutcome): void {
    this.processed++;
    if (outcome.status === 'done') this.pages += outcome.pages ?? 1;
    if (outcome.status === 'failed') this.failed++;
  }

  /** One line: bar (when `width` > 0), counts, files and pages per minute, ETA. */
  line(width = 0): string {
    const minutes = Math.max((Date.now() - this.started) / 60_000, 1e-6);
    const filesPerMinute = this.processed / minutes;
    const left = this.total - this.processed;
    const eta = filesPerMinute > 0 && this.processed > 0 ? formatDuration((left / filesPerMinute) * 60) : '?';
    const share = this.total ? this.processed / this.total : 1;
    const bar = width > 0 ? `[${'#'.repeat(Math.round(share * width)).padEnd(width, '-')}] ` : '';
    return (
      `${bar}${this.processed}/${this.total} files (${Math.round(share * 100)}%) · ${this.pages} pages · ` +
      `${filesPerMinute.toFixed(1)} files/min · ${(this.pages / minutes).toFixed(1)} pages/min · ETA ${eta}` +
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
