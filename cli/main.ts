import { Command, CommanderError } from 'commander';
import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { DiariumError, ExitCode } from '../index/errors.ts';
import { extractCommand } from './commands/extract.ts';
import { ingestCommand } from './commands/ingest.ts';
import { modelsCommand } from './commands/models.ts';
import { ocrCommand } from './commands/ocr.ts';
import { repairCommand } from './commands/repair.ts';
import { searchCommand } from './commands/search.ts';
import { serveCommand } from './commands/serve.ts';
import { serverCommand } from './commands/server.ts';

const program = new Command('diarium')
  .description('Search a city\'s archived diarium documents across nämnder.')
  .version('0.1.0')
  .addHelpText(
    'after',
    `
Exit codes: 0 ok, 1 some inputs failed (see the report), 2 wrong arguments, 3 no search server.
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

/** Added commands do not inherit these settings from the program, so set them on every one. */
function configure(command: Command): void {
  command.exitOverride().showHelpAfterError();
  command.commands.forEach(configure);
}
configure(program);

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
  } else {
    process.stderr.write(`diarium: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = ExitCode.Failure;
  }
}
