/**
 * The `submit` and `inventory` commands: lint, submit, print the table and
 * write the results file. Loaded only when one of them runs.
 */
import { resolve } from 'node:path';
import type { CliIO } from '../cli/io.js';
import {
  ConfigError,
  ConfigResolver,
  type VaultlintConfig,
} from '../engine/config.js';
import { UsageError } from '../engine/discover.js';
import { lint } from '../engine/lint.js';
import { nearest } from '../engine/suggest.js';
import { OutputFile, refuseInput } from '../output-file.js';
import type { LintResults } from '../types.js';
import { endpointProblem } from './endpoint.js';
import { CredentialsError, Scrubber } from './errors.js';
import { takeInventory } from './inventory.js';
import { barProgress, lineProgress } from './progress.js';
import { HBR_REGIONS } from './regions.js';
import { formatTable, toJson } from './report.js';
import { DEFAULT_BACKOFF } from './retry.js';
import {
  DEFAULT_TUNING,
  type SubmitTuning,
  submitExitCode,
  submitRequests,
} from './submit.js';
import type { WaitProgress } from './wait.js';

export interface SubmitFlags {
  config?: string;
  endpoint?: string;
  dryRun?: boolean;
  partial?: boolean;
  account?: string;
  wait?: boolean;
  timeout?: number;
  outputFile?: string;
  verbose?: boolean;
}

export interface InventoryFlags {
  config?: string;
  endpoint?: string;
  region?: string[];
  outputFile?: string;
}

const EXIT_USAGE = 2;

/** `vaultlint submit [paths...]`; resolves to the exit code. */
export async function runSubmit(
  paths: string[],
  flags: SubmitFlags,
  io: CliIO,
): Promise<number> {
  checkEndpoint(flags.endpoint);
  const target = flags.outputFile && resolve(io.cwd, flags.outputFile);
  const results = await lint(paths.length ? paths : ['.'], {
    cwd: io.cwd,
    config: flags.config,
    outputs: target ? [target] : [],
  });
  // Prepared before the first call, and never in place of a request.
  let output: OutputFile | undefined;
  if (flags.outputFile && target) {
    refuseInput(target, flags.outputFile, results.sources, results.outputsRead);
    output = OutputFile.open(target, flags.outputFile, { stale: 'remove' });
  }
  try {
    return await submitTo(output, results, flags, io);
  } finally {
    output?.discard();
  }
}

async function submitTo(
  output: OutputFile | undefined,
  results: LintResults,
  flags: SubmitFlags,
  io: CliIO,
): Promise<number> {
  const scrubber = new Scrubber();
  io.stdout.write(lintErrors(results));
  if (
    flags.account &&
    !results.requests.some((r) => r.account === flags.account)
  ) {
    const known = [...new Set(results.requests.map((r) => r.account))];
    throw new UsageError(
      `Unexpected --account "${flags.account}": no request belongs to it; the requests belong to ${known.map((n) => `"${n}"`).join(', ') || 'no account'}.`,
    );
  }

  const progress = flags.wait ? await progressFor(io) : undefined;
  let report: Awaited<ReturnType<typeof submitRequests>>;
  try {
    report = await submitRequests(results, {
      cwd: io.cwd,
      config: flags.config,
      endpoint: flags.endpoint,
      partial: flags.partial,
      account: flags.account,
      dryRun: flags.dryRun,
      wait: flags.wait,
      timeoutSeconds: flags.timeout,
      tuning: tuningFrom(io.env),
      progress,
      scrubber,
      log: flags.verbose
        ? (line) => io.stderr.write(`${scrubber.scrub(line)}\n`)
        : undefined,
    });
  } catch (error) {
    progress?.stop();
    if (error instanceof CredentialsError) {
      io.stderr.write(`vaultlint: ${scrubber.scrub(error.message)}\n`);
      return EXIT_USAGE;
    }
    throw scrubbed(error, scrubber);
  }

  io.stdout.write(scrubber.scrub(formatTable(report)));
  output?.commit(scrubber.scrub(toJson(report)));
  return submitExitCode(report);
}

/** `vaultlint inventory`; resolves to the exit code. */
export async function runInventory(
  flags: InventoryFlags,
  io: CliIO,
): Promise<number> {
  checkEndpoint(flags.endpoint);
  const config = await new ConfigResolver(io.cwd, flags.config).forDir(io.cwd);
  let output: OutputFile | undefined;
  if (flags.outputFile) {
    const target = resolve(io.cwd, flags.outputFile);
    refuseInput(target, flags.outputFile, [
      ...(config.path ? [config.path] : []),
      ...config.plugins,
    ]);
    output = OutputFile.open(target, flags.outputFile);
  }
  try {
    return await inventoryTo(output, config, flags, io);
  } finally {
    output?.discard();
  }
}

async function inventoryTo(
  output: OutputFile | undefined,
  config: VaultlintConfig,
  flags: InventoryFlags,
  io: CliIO,
): Promise<number> {
  const served = [...new Set([...HBR_REGIONS, ...config.regions.supported])];
  const regions = flags.region?.length ? [...new Set(flags.region)] : served;
  for (const region of regions) {
    if (served.includes(region)) continue;
    const guess = nearest(region, served);
    throw new UsageError(
      `Unexpected --region "${region}": Cloud Backup serves no such region${guess ? `; did you mean "${guess}"?` : ' (add it to regions.supported in .vaultlint.yaml if it does).'}`,
    );
  }
  const tuning = tuningFrom(io.env);
  const scrubber = new Scrubber();
  let inventory: Awaited<ReturnType<typeof takeInventory>>;
  try {
    inventory = await takeInventory({
      regions,
      endpoint: flags.endpoint ?? config.submit.endpoint,
      requestTimeoutMs: tuning.requestTimeoutMs,
      backoff: tuning.backoff,
      scrubber,
    });
  } catch (error) {
    if (error instanceof CredentialsError) {
      io.stderr.write(`vaultlint: ${scrubber.scrub(error.message)}\n`);
      return EXIT_USAGE;
    }
    throw scrubbed(error, scrubber);
  }

  if (inventory.errors.length > 0) {
    for (const { region, error } of inventory.errors) {
      const id = error.requestId ? ` (request id ${error.requestId})` : '';
      io.stderr.write(
        scrubber.scrub(
          `vaultlint: cannot list the vaults of ${region}: ${error.code}: ${error.message}${id}\n`,
        ),
      );
    }
    io.stderr.write('vaultlint: no inventory written.\n');
    return 1;
  }
  const text = `${JSON.stringify(inventory.pages, null, 2)}\n`;
  const count = inventory.pages.reduce((n, p) => n + p.Vaults.Vault.length, 0);
  if (output) {
    output.commit(scrubber.scrub(text));
    io.stderr.write(
      `Wrote ${count} vault${count === 1 ? '' : 's'} from ${regions.length} region${regions.length === 1 ? '' : 's'} to ${flags.outputFile}.\n`,
    );
  } else {
    io.stdout.write(scrubber.scrub(text));
  }
  return 0;
}

function checkEndpoint(endpoint: string | undefined): void {
  const problem =
    endpoint === undefined ? undefined : endpointProblem(endpoint);
  if (problem)
    throw new UsageError(`Unexpected --endpoint "${endpoint}"; ${problem}.`);
}

/** The lint errors that stand in the way, one line each. */
function lintErrors(results: LintResults): string {
  const lines: string[] = [];
  for (const file of results.files) {
    for (const f of file.findings) {
      if (f.severity !== 'error' || f.suppressed) continue;
      lines.push(
        `${file.file}:${f.range.start.line}:${f.range.start.column}  ${f.message}  ${f.ruleId}`,
      );
    }
  }
  return lines.length ? `Lint errors:\n${lines.join('\n')}\n\n` : '';
}

async function progressFor(io: CliIO): Promise<WaitProgress> {
  const stream = io.stderr as unknown as NodeJS.WriteStream;
  if (io.stderr.isTTY && typeof stream.cursorTo === 'function')
    return barProgress(stream);
  return lineProgress((line) => io.stderr.write(line));
}

/**
 * Timing knobs from the environment, for tests and slow networks:
 * VAULTLINT_SUBMIT_BACKOFF_MS (first retry delay), _RETRY_BUDGET_MS,
 * _POLL_MS (status polls) and _REQUEST_TIMEOUT_MS (one call).
 */
export function tuningFrom(env: NodeJS.ProcessEnv): SubmitTuning {
  const number = (name: string) => {
    const value = Number(env[`VAULTLINT_SUBMIT_${name}`]);
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  const base = number('BACKOFF_MS') ?? DEFAULT_BACKOFF.baseMs;
  return {
    ...DEFAULT_TUNING,
    backoff: {
      baseMs: base,
      maxMs: Math.max(base * 16, 1),
      budgetMs: number('RETRY_BUDGET_MS') ?? DEFAULT_BACKOFF.budgetMs,
    },
    pollIntervalMs: number('POLL_MS') ?? DEFAULT_TUNING.pollIntervalMs,
    requestTimeoutMs:
      number('REQUEST_TIMEOUT_MS') ?? DEFAULT_TUNING.requestTimeoutMs,
  };
}

function scrubbed(error: unknown, scrubber: Scrubber): Error {
  if (error instanceof UsageError || error instanceof ConfigError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const out = new Error(scrubber.scrub(message));
  out.name = error instanceof Error ? error.name : 'Error';
  return out;
}
