/** The subcommands beside the default lint command. */
import { writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Command } from 'commander';
import schema from '../../schemas/create-vault.schema.json' with {
  type: 'json',
};
import { CONFIG_NAME, ConfigResolver } from '../engine/config.js';
import { UsageError } from '../engine/discover.js';
import { listRules, starterConfig } from '../engine/effective-config.js';
import { loadPlugins } from '../engine/rule-set.js';
import { registerSubmitCommands } from '../submit/cli.js';
import { type CliIO, EXIT } from './io.js';

export function registerCommands(
  program: Command,
  io: CliIO,
  setCode: (code: number) => void,
): void {
  program
    .command('rules')
    .description(
      "list the rules, the config's plugin rules included, with their default severity and description",
    )
    .option('-c, --config <file>', 'take the plugin rules of this config file')
    .option('--json', 'print as JSON')
    .action(async (_flags: unknown, command: Command) => {
      // --config is also the lint option, which takes it wherever it stands.
      const flags = command.optsWithGlobals<{
        json?: boolean;
        config?: string;
      }>();
      const config = await new ConfigResolver(io.cwd, flags.config).forDir(
        io.cwd,
      );
      const shown = (p: string) => relative(io.cwd, p).split(sep).join('/');
      const rules = listRules(await loadPlugins(config), shown);
      if (flags.json) {
        io.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
      } else {
        const width = Math.max(...rules.map((r) => r.id.length));
        for (const rule of rules) {
          const plugin = rule.plugin ? `  plugin ${rule.plugin}` : '';
          io.stdout.write(
            `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description}${plugin}\n`,
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

  program
    .command('init')
    .description(
      'write a commented starter .vaultlint.yaml into the working directory',
    )
    .action(() => {
      try {
        writeFileSync(join(io.cwd, CONFIG_NAME), starterConfig(), {
          flag: 'wx',
        });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(
          code === 'EEXIST'
            ? `${CONFIG_NAME} already exists here; init never overwrites it.`
            : `Cannot write ${CONFIG_NAME} (${code}).`,
        );
      }
      io.stdout.write(
        `Wrote ${CONFIG_NAME}; switch on the policy rules your team wants.\n`,
      );
      setCode(EXIT.ok);
    });

  registerSubmitCommands(program, io, setCode);
}
