/**
 * Submitting approved requests: decide which may go, plan against the
 * live service (exists? quota?), create once, and wait. Every front end
 * (the CLI, the GitHub Action) calls `submitRequests` with lint results.
 */
import { resolve } from 'node:path';
import { ConfigResolver, type VaultlintConfig } from '../engine/config.js';
import type { Finding, LintResults, RequestSummary } from '../types.js';
import { createAll } from './apply.js';
import { createHbrClient } from './client.js';
import { resolveEndpoint } from './endpoint.js';
import { Scrubber } from './errors.js';
import {
  type AccountSettings,
  checkQuotas,
  describeQuota,
  errorOf,
  fail,
  type Job,
  listRegions,
  matchExisting,
  overQuota,
} from './plan.js';
import { HBR_REGIONS } from './regions.js';
import { type Backoff, DEFAULT_BACKOFF } from './retry.js';
import type {
  HbrApi,
  QuotaCheck,
  SubmitReport,
  SubmitResult,
  SubmitSummary,
} from './types.js';
import { type WaitProgress, waitAll } from './wait.js';

/** The rule whose findings point at the credentials in a request. */
const CREDENTIALS_RULE = 'no-credentials';

export interface SubmitTuning {
  backoff: Backoff;
  /** Pause between status polls while waiting. */
  pollIntervalMs: number;
  /** Milliseconds before one call without an answer is abandoned. */
  requestTimeoutMs: number;
  /** CreateVault calls in flight at once. */
  concurrency: number;
}

export const DEFAULT_TUNING: SubmitTuning = {
  backoff: DEFAULT_BACKOFF,
  pollIntervalMs: 3_000,
  requestTimeoutMs: 30_000,
  concurrency: 4,
};

export interface SubmitOptions {
  /** Folder the lint ran in; request paths are relative to it. */
  cwd: string;
  /** The config file given with --config, if any. */
  config?: string;
  /** Endpoint override above every config's `submit.endpoint`. */
  endpoint?: string;
  /** Submit the approved requests even when others have errors. */
  partial?: boolean;
  /** Submit only the requests of this configured account. */
  account?: string;
  /** Plan only: list, count, and create nothing. */
  dryRun?: boolean;
  /** Follow each new vault until it is CREATED. */
  wait?: boolean;
  /** Seconds to wait per vault, above the config's `submit.timeout`. */
  timeoutSeconds?: number;
  /** The service to call; default the SDK client with the default chain. */
  client?: HbrApi;
  tuning?: Partial<SubmitTuning>;
  progress?: WaitProgress;
  /** Diagnostics (throttling retries), for --verbose. */
  log?: (line: string) => void;
  /** Collects values to keep out of output; one is made when absent. */
  scrubber?: Scrubber;
}

/**
 * Submits the approved requests of a lint run and reports each request's
 * outcome. Throws CredentialsError (exit 2) when there is something to
 * send and no credentials; every other failure is inside the report.
 */
export async function submitRequests(
  results: LintResults,
  options: SubmitOptions,
): Promise<SubmitReport> {
  const tuning = { ...DEFAULT_TUNING, ...options.tuning };
  const scrubber = options.scrubber ?? new Scrubber();
  const jobs = await makeJobs(results, options);
  const candidates = oneAccount(
    refuse(jobs, results, Boolean(options.partial), scrubber),
  );
  const report = (quota: QuotaCheck[] = []) =>
    buildReport(jobs, Boolean(options.dryRun), quota);
  if (candidates.length === 0) return report();

  const api =
    options.client ??
    (await createHbrClient({
      scrubber,
      requestTimeoutMs: tuning.requestTimeoutMs,
    }));

  const listings = await listRegions(api, candidates, tuning.backoff);
  matchExisting(candidates, listings);
  const creating = candidates.filter((j) => j.result.action === 'create');
  const listingFailed = candidates.find((j) => j.result.action === 'failed');
  if (listingFailed) {
    stop(creating, 'failed', {
      code: listingFailed.result.error?.code ?? 'PlanFailed',
      message: `Not created: listing the vaults of ${listingFailed.endpoint.region} failed, so the plan is incomplete.`,
    });
    return report();
  }
  if (creating.length === 0) return report();

  const quota = await checkQuotas(api, creating, listings, tuning.backoff);
  if (quota.error) {
    stop(creating, 'failed', {
      ...errorOf(quota.error.error),
      message: `Not created: counting the vaults of ${quota.error.region} for the quota failed: ${quota.error.error.message}`,
    });
    return report(quota.checks);
  }
  const over = overQuota(quota.checks);
  if (over.length > 0) {
    const figures = over.map(describeQuota).join('; ');
    stop(creating, 'refused', {
      code: 'QuotaExceeded',
      message: `Not created: ${figures}.`,
    });
    return report(quota.checks);
  }
  if (options.dryRun) return report(quota.checks);

  await createAll(api, creating, {
    backoff: tuning.backoff,
    pollIntervalMs: tuning.pollIntervalMs,
    concurrency: tuning.concurrency,
    log: options.log,
  });
  if (options.wait) {
    const created = creating.filter(
      (j) => j.result.action === 'created' && j.result.status !== 'CREATED',
    );
    await waitAll(api, created, {
      backoff: tuning.backoff,
      pollIntervalMs: tuning.pollIntervalMs,
      progress: options.progress,
    });
  }
  return report(quota.checks);
}

/** 0 when every request ended created or exists (or would be, in a dry run). */
export function submitExitCode(report: SubmitReport): 0 | 1 {
  const fine = report.results.every((r) =>
    report.dryRun
      ? r.action === 'create' || r.action === 'exists'
      : r.action === 'created' || r.action === 'exists',
  );
  return fine ? 0 : 1;
}

async function makeJobs(
  results: LintResults,
  options: SubmitOptions,
): Promise<Job[]> {
  const configs = new ConfigResolver(options.cwd, options.config);
  const requests = options.account
    ? results.requests.filter((r) => r.account === options.account)
    : results.requests;
  const governing = await Promise.all(
    requests.map((r) => configs.forFile(resolve(options.cwd, r.file))),
  );
  return requests.map((request, index) => {
    const config = governing[index];
    const override = options.endpoint ?? config.submit.endpoint;
    const region = request.region ?? '';
    const result: SubmitResult = {
      file: request.file,
      document: request.document,
      ...(request.vaultName !== undefined
        ? { vaultName: request.vaultName }
        : {}),
      ...(request.region !== undefined ? { region: request.region } : {}),
      ...(request.account !== undefined ? { account: request.account } : {}),
      action: 'create',
    };
    const seconds = options.timeoutSeconds ?? config.submit.timeout;
    return {
      request,
      result,
      endpoint: resolveEndpoint(region, override),
      account: accountSettings(config, request, override),
      timeoutMs: seconds * 1000,
    };
  });
}

function accountSettings(
  config: VaultlintConfig,
  request: RequestSummary,
  endpointOverride: string | undefined,
): AccountSettings {
  const name = request.account ?? 'default';
  const found = config.accounts.find((a) => a.name === name);
  const regions = new Set([...HBR_REGIONS, ...config.regions.supported]);
  if (request.region) regions.add(request.region);
  return {
    name,
    quota: found?.quota ?? 100,
    scope: found?.scope ?? 'account',
    regions: [...regions],
    endpointOverride,
  };
}

/** Marks what may not be sent; returns the candidates. */
function refuse(
  jobs: Job[],
  results: LintResults,
  partial: boolean,
  scrubber: Scrubber,
): Job[] {
  const errors = results.summary.errors;
  const candidates: Job[] = [];
  for (const job of jobs) {
    const { request, result } = job;
    if (request.blocked) {
      hideSecrets(results, request, result, scrubber);
      result.action = 'refused';
      result.error = {
        code: 'CredentialsInRequest',
        message:
          'Refused: the request holds credentials; remove them and rotate the key.',
      };
    } else if (!request.approved) {
      const own = errorFindings(results, request);
      const first = own[0];
      result.action = 'refused';
      result.error = {
        code: 'LintErrors',
        message: first
          ? `Refused: ${plural(own.length, 'lint error')}; first at ${first.range.start.line}:${first.range.start.column}: ${first.message} (${first.ruleId})`
          : 'Refused: the request has lint errors.',
      };
    } else if (errors > 0 && !partial) {
      result.action = 'refused';
      result.error = {
        code: 'LintErrorsElsewhere',
        message: `Not submitted: ${plural(errors, 'lint error')} in this run ${errors === 1 ? 'refuses' : 'refuse'} the whole run; fix ${errors === 1 ? 'it' : 'them'}, or use --partial to submit the approved requests.`,
      };
    } else if (!request.region || !request.vaultName) {
      result.action = 'refused';
      result.error = {
        code: 'LintErrors',
        message: 'Refused: the request names no VaultRegionId or VaultName.',
      };
    } else {
      candidates.push(job);
    }
  }
  return candidates;
}

/**
 * A blocked request's values that the credential check pointed at join
 * the scrubber, and its name and region in the result are masked: the
 * request may name its vault with an access key.
 */
function hideSecrets(
  results: LintResults,
  request: RequestSummary,
  result: SubmitResult,
  scrubber: Scrubber,
): void {
  const file = results.files.find((f) => f.file === request.file);
  for (const finding of file?.findings ?? []) {
    if (finding.ruleId !== CREDENTIALS_RULE) continue;
    if (finding.document !== request.document || !finding.pointer) continue;
    const key = finding.pointer
      .slice(1)
      .replace(/~1/g, '/')
      .replace(/~0/g, '~');
    const value = request.params[key as keyof RequestSummary['params']];
    if (typeof value === 'string') scrubber.add(value);
  }
  if (result.vaultName !== undefined)
    result.vaultName = scrubber.scrub(result.vaultName);
  if (result.region !== undefined)
    result.region = scrubber.scrub(result.region);
}

/**
 * One run submits with one identity, so requests of different configured
 * accounts in one run would all land in the same cloud account: refuse.
 */
function oneAccount(candidates: Job[]): Job[] {
  const names = [...new Set(candidates.map((j) => j.account.name))].sort();
  if (names.length < 2) return candidates;
  stop(candidates, 'refused', {
    code: 'MixedAccounts',
    message: `Not submitted: this run holds requests of accounts ${names.map((n) => `"${n}"`).join(', ')}, and one run uses one set of credentials; submit each account on its own with --account NAME.`,
  });
  return [];
}

function errorFindings(
  results: LintResults,
  request: RequestSummary,
): Finding[] {
  const file = results.files.find((f) => f.file === request.file);
  return (file?.findings ?? []).filter(
    (f) =>
      f.severity === 'error' &&
      !f.suppressed &&
      (f.document === request.document || f.document === undefined),
  );
}

function stop(
  jobs: Job[],
  action: 'failed' | 'refused',
  error: { code: string; message: string; requestId?: string },
): void {
  for (const job of jobs) {
    if (action === 'failed') fail(job, error);
    else {
      job.result.action = 'refused';
      job.result.error = error;
    }
  }
}

function buildReport(
  jobs: Job[],
  dryRun: boolean,
  quota: QuotaCheck[],
): SubmitReport {
  const results = jobs.map((j) => j.result);
  const summary: SubmitSummary = {
    requests: results.length,
    created: 0,
    exists: 0,
    refused: 0,
    failed: 0,
    planned: 0,
  };
  for (const r of results) {
    if (r.action === 'create') summary.planned += 1;
    else summary[r.action] += 1;
  }
  return { dryRun, results, summary, quota };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
