/**
 * The command-line front end: `run(argv)` parses flags, calls the engine,
 * prints the report and returns the exit code. Only the bin sets it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  Command,
  CommanderError,
  InvalidArgumentError,
  Option,
} from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { ConfigError } from '../engine/config.js';
import { UsageError } from '../engine/discover.js';
import { effectiveConfig } from '../engine/effective-config.js';
import { lint } from '../engine/lint.js';
import { FORMATS, type Format, loadReporter } from '../reporters/index.js';
import type { LintResults, SeveritySetting } from '../types.js';
import { registerCommands } from './commands.js';
import { type CliIO, EXIT, processIO } from './io.js';
import { LINT_OPTIONS } from './options.js';

export interface LintFlags {
  format?: string[];
  outputFile?: string;
  config?: string;
  failOn: 'error' | 'warning' | 'info';
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  stdinFilename?: string;
  maxFileSize?: number;
  inlineConfig: boolean;
  rule?: string[];
  printConfig?: string;
  verbose?: boolean;
}

/** Runs vaultlint with the given arguments; resolves to the exit code. */
export async function run(
  argv: string[],
  io: CliIO = processIO(),
): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not failures; every other parse error is usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportToolError(error, io, argv.includes('--verbose'));
  }
  return code;
}

export function reportToolError(
  error: unknown,
  io: CliIO,
  verbose = false,
): number {
  if (error instanceof UsageError || error instanceof ConfigError) {
    io.stderr.write(`vaultlint: ${error.message}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`vaultlint: internal error: ${message}\n`);
  if (verbose && error instanceof Error && error.stack)
    io.stderr.write(`${error.stack}\n`);
  return EXIT.usage;
}

function buildProgram(io: CliIO, setCode: (code: number) => void): Command {
  const program = new Command('vaultlint')
    .description(pkg.description)
    .version(pkg.version)
    .argument(
      '[paths...]',
      'files, folders and globs to lint; - reads standard input',
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showSuggestionAfterError(true);

  for (const spec of LINT_OPTIONS) {
    const option = new Option(spec.flags, spec.description);
    if (spec.choices) option.choices(spec.choices);
    if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
    if (spec.integer) option.argParser(parseCount);
    if (spec.repeatable)
      option.argParser((value: string, previous?: string[]) => [
        ...(previous ?? []),
        value,
      ]);
    program.addOption(option);
  }

  program.action(async (paths: string[], flags: LintFlags) => {
    setCode(await runLint(paths, flags, io));
  });
  registerCommands(program, io, setCode);
  return program;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value))
    throw new InvalidArgumentError('Expected a whole number.');
  return Number(value);
}

/** The default command: lint, report, and decide the exit code. */
export async function runLint(
  paths: string[],
  flags: LintFlags,
  io: CliIO,
): Promise<number> {
  const rules = parseRuleFlags(flags.rule ?? []);
  if (flags.printConfig) {
    const shown = await effectiveConfig(resolve(io.cwd, flags.printConfig), {
      cwd: io.cwd,
      config: flags.config,
      rules,
    });
    io.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    return EXIT.ok;
  }

  const outputs = parseFormats(flags.format ?? [], flags.outputFile);
  const readsStdin = paths.length === 1 && paths[0] === '-';
  if (readsStdin && !flags.stdinFilename) {
    throw new UsageError(
      'Reading standard input (-) needs --stdin-filename to name the request.',
    );
  }
  if (paths.length === 0) paths = ['.'];

  let results = await lint(readsStdin ? [] : paths, {
    cwd: io.cwd,
    config: flags.config,
    maxFileSize: flags.maxFileSize,
    inlineConfig: flags.inlineConfig,
    rules,
    stdin: readsStdin
      ? { text: await io.readStdin(), filename: flags.stdinFilename as string }
      : undefined,
  });
  const code = exitCode(results, flags);
  if (flags.quiet) results = errorsOnly(results);

  const color = flags.color && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  for (const { format, file } of outputs) {
    const report = (await loadReporter(format))(results, {
      cwd: io.cwd,
      color: file ? false : color,
    });
    if (file) {
      const target = resolve(io.cwd, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, report);
    } else {
      io.stdout.write(report);
    }
  }
  return code;
}

export function exitCode(
  results: LintResults,
  flags: Pick<LintFlags, 'failOn' | 'maxWarnings'>,
): number {
  const { errors, warnings, infos } = results.summary;
  const failing =
    errors > 0 ||
    (flags.failOn !== 'error' && warnings > 0) ||
    (flags.failOn === 'info' && infos > 0) ||
    (flags.maxWarnings !== undefined && warnings > flags.maxWarnings);
  return failing ? EXIT.findings : EXIT.ok;
}

function errorsOnly(results: LintResults): LintResults {
  return {
    ...results,
    files: results.files.map((f) => ({
      ...f,
      findings: f.findings.filter((x) => x.severity === 'error'),
    })),
    summary: { ...results.summary, warnings: 0, infos: 0 },
  };
}

/** `--format sarif=out.sarif` writes that format to a file. */
export function parseFormats(
  given: string[],
  outputFile?: string,
): Array<{ format: Format; file?: string }> {
  const list = given.length ? given : ['stylish'];
  const outputs = list.map((entry) => {
    const [name, ...rest] = entry.split('=');
    if (!FORMATS.includes(name as Format)) {
      throw new UsageError(
        `Unknown format "${name}" for --format; expected one of ${FORMATS.join(', ')}.`,
      );
    }
    return {
      format: name as Format,
      file: rest.length ? rest.join('=') : undefined,
    };
  });
  const toStdout = outputs.filter((o) => !o.file);
  if (outputFile) {
    for (const output of toStdout) output.file = outputFile;
  } else if (toStdout.length > 1) {
    throw new UsageError(
      'Only one --format can print to standard output; give the others a file (FORMAT=FILE).',
    );
  }
  return outputs;
}

function parseRuleFlags(given: string[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  for (const entry of given) {
    const match = /^([\w-]+)=(off|info|warning|error)$/.exec(entry);
    if (!match)
      throw new UsageError(
        `Unexpected --rule "${entry}"; expected ID=off|info|warning|error.`,
      );
    rules[match[1]] = match[2] as SeveritySetting;
  }
  return rules;
}
