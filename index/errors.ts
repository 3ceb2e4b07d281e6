/**
 * An error the user can act on: the message says what went wrong and what to do,
 * and `exitCode` is what the CLI exits with (see the README's exit code table).
 */
export class DiariumError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.Failure,
  ) {
    super(message);
    this.name = 'DiariumError';
  }
}

export const ExitCode = {
  Ok: 0,
  /** The command ran but some inputs failed (see its report). */
  Failure: 1,
  /** Wrong arguments. */
  Usage: 2,
  /** No search server could be reached or started. */
  ServerUnavailable: 3,
  /** Stopped by Ctrl-C (SIGINT, 128 + 2) after saving what was done. */
  Interrupted: 130,
  /** Stopped by SIGTERM (128 + 15) after saving what was done. */
  Terminated: 143,
} as const;
