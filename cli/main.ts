import { Command, CommanderError } from 'commander';
import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { DiariumError, ExitCode } from '../index/errors.ts';
import { alertsCommand, savedCommand } from './commands/saved.ts';
import { correctionsCommand } from './commands/corrections.ts';
import { extractCommand } from './commands/extract.ts';
import { ingestCommand } from './commands/ingest.ts';
import { modelsCommand } from './commands/models.ts';
import { ocrCommand } from './commands/ocr.ts';
import { repairCommand } from './commands/repair.ts';
import { searchCommand } from './commands/search.ts';
import { serveCommand } from './commands/serve.ts';
import { serverCommand } from './commands/server.ts';
import { queueCommand, workerCommand } from './commands/queue.ts';

// A reader that stops early (`diarium search … | head`) closes the pipe: the program stops quietly,
// as Unix tools do, rather than print a stack trace for the write that found it closed.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const program = new Command('diarium')
  .description('Search a city\'s archived diarium documents across nämnder.')
  .version('0.1.0')
  .addHelpText(
    'after',
    `
Exit codes: 0 ok, 1 some inputs failed (see the report), 2 wrong arguments, 3 no search server, 130 stopped by Ctrl-C.
Environment: DIARIUM_HOME (default ./.diarium), MEILI_URL and MEILI_MASTER_KEY (external server), DIARIUM_INDEX.`,
  );

program.addCommand(serverCommand());
program.addCommand(ingestCommand());
program.addCommand(searchCommand());
program.addCommand(serveCommand());
program.addCommand(repairCommand());
program.addCommand(extractCommand());
program.addCommand(ocrCommand());
program.addCommand(modelsCommand());
program.addCommand(correctionsCommand());
program.addCommand(savedCommand());
program.addCommand(alertsCommand());
program.addCommand(workerCommand());
program.addCommand(queueCommand());

/** Added commands do not inherit these settings from the program, so set them on every one. */
function configure(command: Command): void {
  command.exitOverride().showHelpAfterError('(add --help for usage)');
  command.commands.forEach(configure);
}
configure(program);

/** A file-system error about a path (ENOENT, EISDIR, EACCES …). */
function isFileError(error: unknown): error is NodeJS.ErrnoException & { path: string; code: string } {
  const e = error as NodeJS.ErrnoException;
  return typeof e?.code === 'string' && typeof e.path === 'string' && ['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR', 'EPERM'].includes(e.code);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version arrive here too, with exit code 0.
    process.exitCode = error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
  } else if (error instanceof DiariumError) {
    process.stderr.write(`diarium: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else if (error instanceof MeilisearchApiError) {
    // A request Meilisearch refused: a bad filter or sort is the user's to fix.
    const code = error.cause?.code ?? '';
    process.stderr.write(`diarium: Meilisearch refused the request (${code}): ${error.cause?.message ?? error.message}\n`);
    process.exitCode = code.startsWith('invalid_search') ? ExitCode.Usage : ExitCode.Failure;
  } else if (error instanceof MeilisearchRequestError) {
    process.stderr.write(`diarium: lost the connection to Meilisearch: ${error.message}\n`);
    process.exitCode = ExitCode.ServerUnavailable;
  } else if (isFileError(error)) {
    // A path given on the command line that is not there or not readable.
    const reason = error.code === 'ENOENT' ? 'no such file or folder' : error.code === 'EISDIR' ? 'is a folder, not a file' : error.code === 'EACCES' ? 'permission denied' : error.code;
    process.stderr.write(`diarium: ${error.path}: ${reason}\n`);
    process.exitCode = error.code === 'EACCES' ? ExitCode.Failure : ExitCode.Usage;
  } else {
    // One line; the stack only when asked for (a bug report wants it, a user does not).
    process.stderr.write(`diarium: unexpected error: ${(error as Error).message ?? String(error)}${process.env.DIARIUM_DEBUG ? `\n${(error as Error).stack}` : ' (DIARIUM_DEBUG=1 shows where)'}\n`);
    process.exitCode = ExitCode.Failure;
  }
}
