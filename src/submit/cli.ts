/**
 * Declares `submit` and `inventory` on the CLI. Only the declarations live
 * here: the commands themselves, and the cloud SDK with them, are imported
 * when one of them runs, so linting never loads them.
 */
import { type Command, InvalidArgumentError } from 'commander';
import type { CliIO } from '../cli/io.js';

export function registerSubmitCommands(
  program: Command,
  io: CliIO,
  setCode: (code: number) => void,
): void {
  program
    .command('submit')
    .description(
      'lint, then create the vaults of approved requests in Cloud Backup',
    )
    .argument('[paths...]', 'files, folders and globs of request files')
    .option('-c, --config <file>', 'use this config file')
    .option(
      '--endpoint <url>',
      'call this endpoint instead of hbr.<region>.aliyuncs.com ({region} is replaced)',
    )
    .option('--dry-run', 'print the plan and create nothing')
    .option(
      '--partial',
      'submit the approved requests even when others have errors',
    )
    .option(
      '--account <name>',
      'submit only the requests of this account (see accounts in the config)',
    )
    .option('--wait', 'follow each new vault until it is CREATED')
    .option(
      '--timeout <seconds>',
      'seconds to wait per vault (default: submit.timeout, 600)',
      parsePositive,
    )
    .option('-o, --output-file <file>', 'write the results as JSON')
    .option('--verbose', 'show retries and the cause of tool errors')
    .action(async (paths: string[], _flags: unknown, command: Command) => {
      const { runSubmit } = await import('./run.js');
      setCode(await runSubmit(paths, command.optsWithGlobals(), io));
    });

  program
    .command('inventory')
    .description(
      'write the existing vaults as DescribeVaults pages, for accounts.<name>.inventory',
    )
    .option(
      '--region <id>',
      'list this region only (repeatable; default: every region Cloud Backup serves)',
      (value: string, previous?: string[]) => [...(previous ?? []), value],
    )
    .option('-c, --config <file>', 'use this config file')
    .option('--endpoint <url>', 'call this endpoint instead of the public one')
    .option('-o, --output-file <file>', 'write the JSON to a file')
    .action(async (_flags: unknown, command: Command) => {
      const { runInventory } = await import('./run.js');
      setCode(await runInventory(command.optsWithGlobals(), io));
    });
}

function parsePositive(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError('Expected a whole number of seconds.');
  return Number(value);
}
