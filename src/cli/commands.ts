/** The subcommands beside the default lint command. */
import type { Command } from 'commander';
import schema from '../../schemas/create-vault.schema.json' with {
  type: 'json',
};
import { listRules } from '../engine/effective-config.js';
import { registerSubmitCommands } from '../submit/cli.js';
import { type CliIO, EXIT } from './io.js';

export function registerCommands(
  program: Command,
  io: CliIO,
  setCode: (code: number) => void,
): void {
  program
    .command('rules')
    .description('list the rules with their default severity and description')
    .option('--json', 'print as JSON')
    .action((flags: { json?: boolean }) => {
      const rules = listRules();
      if (flags.json) {
        io.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
      } else {
        const width = Math.max(...rules.map((r) => r.id.length));
        for (const rule of rules) {
          io.stdout.write(
            `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description}\n`,
          );
        }
      }
      setCode(EXIT.ok);
    });

  program
    .command('schema')
    .description('print the JSON Schema of a CreateVault request')
    .action(() => {
      io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
      setCode(EXIT.ok);
    });

  registerSubmitCommands(program, io, setCode);
}
