/**
 * The command-line front end: `run(argv)` parses flags, calls the engine,
 * prints the report and returns the exit code. Only the bin sets it.
 */
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
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
import {
  effectiveConfig,
  type FlagSettings,
} from '../engine/effective-config.js';
import { lint } from '../engine/lint.js';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/read.js';
import { makeFolders, refuseInput } from '../output-file.js';
import { FORMATS, type Format, loadReporter } from '../reporters/index.js';
import { thresholdCrossed } from '../threshold.js';
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

/** The commander program: lint options, then the subcommands. */
export function buildProgram(
  io: CliIO,
  setCode: (code: number) => void,
): Command {
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

  program.action(
    async (paths: string[], flags: LintFlags, command: Command) => {
      const fromFlags = new Set(
        Object.keys(flags).filter(
          (key) => command.getOptionValueSource(key) === 'cli',
        ),
      );
      setCode(await runLint(paths, flags, io, fromFlags));
    },
  );
  registerCommands(program, io, setCode);
  return program;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value))
    throw new InvalidArgumentError('Expected a whole number.');
  return Number(value);
}

/**
 * The default command: lint, report, and decide the exit code. `fromFlags`
 * names the options given on the command line rather than defaulted.
 */
export async function runLint(
  paths: string[],
  flags: LintFlags,
  io: CliIO,
  fromFlags: ReadonlySet<string> = new Set(),
): Promise<number> {
  const rules = parseRuleFlags(flags.rule ?? []);
  if (flags.printConfig !== undefined) {
    const file = flags.printConfig;
    if (!file || !existsSync(resolve(io.cwd, file))) {
      throw new UsageError(
        `No such file for --print-config: "${file}"; name a request file.`,
      );
    }
    if (statSync(resolve(io.cwd, file)).isDirectory()) {
      throw new UsageError(
        `Unexpected folder for --print-config: "${file}"; name a request file.`,
      );
    }
    const shown = await effectiveConfig(resolve(io.cwd, file), {
      cwd: io.cwd,
      config: flags.config,
      rules,
      flags: flagSettings(flags, fromFlags),
    });
    io.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    return EXIT.ok;
  }

  if (paths.includes('')) {
    throw new UsageError(
      'Unexpected empty path argument; name a file, folder or glob.',
    );
  }
  const outputs = parseFormats(flags.format ?? [], flags.outputFile, io.cwd);
  for (const { file } of outputs) if (file) checkOutputFile(file, io.cwd);
  const readsStdin = paths.length === 1 && paths[0] === '-';
  if (!readsStdin && paths.includes('-')) {
    throw new UsageError(
      'Unexpected - among other paths; standard input is read alone, as one request file (- --stdin-filename NAME).',
    );
  }
  if (readsStdin && !flags.stdinFilename) {
    throw new UsageError(
      'Reading standard input (-) needs --stdin-filename to name the request.',
    );
  }
  if (paths.length === 0) paths = ['.'];

  let results = await lint(readsStdin ? [] : paths, {
    cwd: io.cwd,
    outputs: outputs.flatMap(({ file }) =>
      file && !STREAMS.has(file) ? [resolve(io.cwd, file)] : [],
    ),
    config: flags.config,
    maxFileSize: flags.maxFileSize,
    inlineConfig: flags.inlineConfig,
    rules,
    stdin: readsStdin
      ? {
          text: await io.readStdin(flags.maxFileSize),
          filename: flags.stdinFilename as string,
        }
      : undefined,
  });
  const code = exitCode(results, flags);
  const { warnings } = results.summary;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    io.stderr.write(
      `vaultlint: ${warnings} warning${warnings === 1 ? '' : 's'} found; --max-warnings is ${flags.maxWarnings}.\n`,
    );
  }
  if (flags.quiet) results = errorsOnly(results);

  for (const { file } of outputs) {
    if (!file || STREAMS.has(file)) continue;
    const target = resolve(io.cwd, file);
    refuseInput(target, file, results.sources, results.outputsRead);
  }
  const color = flags.color && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  for (const { format, file } of outputs) {
    const report = (await loadReporter(format))(results, {
      cwd: io.cwd,
      color: file ? false : color,
    });
    // The standard streams by name are written as streams: opened by path,
    // a socket (as a parent process may give) cannot be.
    const stream =
      file === undefined || file === '/dev/stdout'
        ? io.stdout
        : file === '/dev/stderr'
          ? io.stderr
          : undefined;

    if (stream) {
      for (const piece of batched(report)) stream.write(piece);
    } else {
      writeReport(file as string, io.cwd, report);
    }
  }
  return code;
}

/** Report files that name the standard streams, written as streams. */
const STREAMS = new Set(['/dev/stdout', '/dev/stderr']);

export function exitCode(
  results: LintResults,
  flags: Pick<LintFlags, 'failOn' | 'maxWarnings'>,
): number {
  return thresholdCrossed(results, flags) ? EXIT.findings : EXIT.ok;
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

/** The flag-only settings that `--print-config` shows. */
function flagSettings(
  flags: LintFlags,
  fromFlags: ReadonlySet<string>,
): FlagSettings {
  const setting = <T>(key: keyof LintFlags, value: T) => ({
    value,
    source: fromFlags.has(key) ? ('flag' as const) : ('default' as const),
  });
  return {
    maxFileSize: setting(
      'maxFileSize',
      flags.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ),
    inlineConfig: setting('inlineConfig', flags.inlineConfig),
    failOn: setting('failOn', flags.failOn),
    maxWarnings: setting('maxWarnings', flags.maxWarnings ?? null),
  };
}

/** A report file must not be a folder; say so before linting. */
function checkOutputFile(file: string, cwd: string): void {
  if (
    existsSync(resolve(cwd, file)) &&
    statSync(resolve(cwd, file)).isDirectory()
  )
    throw new UsageError(
      `Cannot write the report to "${file}": it is a folder; name a file.`,
    );
}

function writeReport(
  file: string,
  cwd: string,
  report: string | Iterable<string>,
): void {
  const target = resolve(cwd, file);
  let fd: number | undefined;
  try {
    makeFolders(dirname(target));
    fd = openSync(target, 'w');
    for (const piece of batched(report)) writeSync(fd, piece);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw new UsageError(
      code === 'EISDIR'
        ? `Cannot write the report to "${file}": it is a folder; name a file.`
        : `Cannot write the report to "${file}" (${code}).`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A report in pieces of 64 KiB or more: few writes, and no huge string. */
function* batched(report: string | Iterable<string>): Generator<string> {
  if (typeof report === 'string') {
    yield report;
    return;
  }
  let buffer = '';
  for (const piece of report) {
    buffer += piece;
    if (buffer.length >= 1 << 16) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/**
 * `--format sarif=out.sarif` writes that format to a file; two reports
 * bound for one file would overwrite each other, so that is a usage error.
 */
export function parseFormats(
  given: string[],
  outputFile?: string,
  cwd = '.',
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
  if (outputFile !== undefined && toStdout.length === 0) {
    throw new UsageError(
      `Unexpected --output-file "${outputFile}": every --format names a file of its own (FORMAT=FILE), so no report is left for it.`,
    );
  }
  if (outputFile !== undefined) {
    for (const output of toStdout) output.file = outputFile;
  } else if (toStdout.length > 1) {
    throw new UsageError(
      'Only one --format can print to standard output; give the others a file (FORMAT=FILE).',
    );
  }
  const byFile = new Map<string, Format>();
  for (const { format, file } of outputs) {
    if (file === undefined) continue;
    if (file === '')
      throw new UsageError(
        `Unexpected empty file name for the ${format} report; name a file.`,
      );
    const other = byFile.get(resolve(cwd, file));
    if (other)
      throw new UsageError(
        `Two reports, ${other} and ${format}, would both go to "${file}"; give each --format its own file (FORMAT=FILE).`,
      );
    byFile.set(resolve(cwd, file), format);
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
