/**
 * Submission from the Action, with `submit: true`. Vaults are created only
 * after review: on a push or a manual run (workflow_dispatch) of an allowed
 * branch, never on a pull request, and only when the lint passed. The
 * submit library does the work; this file decides whether it may run, and
 * turns its report into log lines, outputs, a results file and a table.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { ConfigResolver, type VaultlintConfig } from '../engine/config.js';
import { OutputFile } from '../output-file.js';
import { escapeCell } from '../reporters/markdown.js';
import {
  CredentialsError,
  formatTable,
  lineProgress,
  type QuotaCheck,
  Scrubber,
  type SubmitReport,
  type SubmitResult,
  submitExitCode,
  submitRequests,
  summaryLine,
  toJson,
  tuningFrom,
} from '../submit/index.js';
import type { LintResults } from '../types.js';
import type { ActionInputs } from './inputs.js';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const SUBMIT_EVENTS = new Set(['push', 'workflow_dispatch']);
const TITLE = 'vaultlint submit';

/**
 * Credential values the environment may hold, kept out of every output:
 * the names aliyun/configure-aliyun-credentials-action exports.
 */
const SECRET_VARIABLES = [
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALICLOUD_ACCESS_KEY',
  'ALICLOUD_SECRET_KEY',
  'ALICLOUD_SECURITY_TOKEN',
  'ALIBABACLOUD_ACCESS_KEY_ID',
  'ALIBABACLOUD_ACCESS_KEY_SECRET',
  'ALIBABACLOUD_SECURITY_TOKEN',
];

/**
 * Whether this run may submit: the branch it may submit from, or why not
 * and how loudly to say so. A pull request is refused with a notice, as
 * the workflow intends; anything else unexpected, with a warning.
 */
export type SubmitGate =
  | { go: true; branch: string }
  | { go: false; level: 'notice' | 'warning'; message: string };

export interface GateContext {
  results: LintResults;
  /** Absolute path of the checked-out repository. */
  workspace: string;
  /** The `config` input, when given. */
  config?: string;
  env: NodeJS.ProcessEnv;
}

export async function submitGate(context: GateContext): Promise<SubmitGate> {
  const { env } = context;
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (PULL_REQUEST_EVENTS.has(event)) {
    return refuse(
      'notice',
      `this is a ${event} run, and vaults are created only after review: on a push or workflow_dispatch to an allowed branch.`,
    );
  }
  if (!SUBMIT_EVENTS.has(event)) {
    return refuse(
      'warning',
      `vaultlint submits only on push and workflow_dispatch events, and this is a ${event || 'local'} run.`,
    );
  }

  const ref = env.GITHUB_REF ?? '';
  const branch = ref.startsWith('refs/heads/')
    ? ref.slice('refs/heads/'.length)
    : undefined;
  if (!branch) {
    return refuse(
      'warning',
      `the run is for ${ref ? `"${ref}"` : 'no ref'}, not a branch; vaultlint submits only from an allowed branch.`,
    );
  }

  const defaultBranch = readDefaultBranch(env.GITHUB_EVENT_PATH);
  for (const config of await governingConfigs(context)) {
    const listed = config.submit.branches;
    const where = config.path
      ? relative(context.workspace, config.path).split('\\').join('/')
      : '';
    if (!listed && defaultBranch === undefined) {
      return refuse(
        'warning',
        `the event does not name the repository's default branch, and ${where || 'the configuration'} lists no submit.branches to allow.`,
      );
    }
    const allowed = listed ?? [defaultBranch as string];
    if (allowed.includes(branch)) continue;
    const names = allowed.map((b) => `"${b}"`).join(', ') || 'none';
    const source = listed
      ? `submit.branches in ${where}`
      : "the repository's default branch";
    return refuse(
      'warning',
      `branch "${branch}" may not submit; the allowed branches are ${names} (${source}).`,
    );
  }
  return { go: true, branch };
}

function refuse(level: 'notice' | 'warning', reason: string): SubmitGate {
  return {
    go: false,
    level,
    message: `submit is true, but ${reason} No vault was created.`,
  };
}

function readDefaultBranch(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      repository?: { default_branch?: unknown };
    };
    const name = payload.repository?.default_branch;
    return typeof name === 'string' && name ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The configs that govern the requests (the nearest one above each file,
 * or the `config` input); each must allow the branch. Without requests,
 * the workspace's own.
 */
async function governingConfigs(
  context: GateContext,
): Promise<VaultlintConfig[]> {
  const resolver = new ConfigResolver(context.workspace, context.config);
  const configs = await Promise.all(
    context.results.requests.map((r) =>
      resolver.forFile(resolve(context.workspace, r.file)),
    ),
  );
  if (configs.length === 0) {
    configs.push(await resolver.forDir(context.workspace));
  }
  return [...new Set(configs)];
}

export interface ActionSubmitContext extends GateContext {
  gate: SubmitGate;
  inputs: Pick<ActionInputs, 'wait' | 'timeout' | 'endpoint' | 'resultsFile'>;
  /** True when the lint already failed its threshold. */
  lintFailed: boolean;
}

/**
 * Creates the vaults of the approved requests, or explains why not.
 * Resolves to the reason the step fails, or undefined when it need not.
 */
export async function submitFromAction(
  context: ActionSubmitContext,
): Promise<string | undefined> {
  const { gate } = context;
  if (!gate.go) {
    if (gate.level === 'notice') core.notice(gate.message, { title: TITLE });
    else core.warning(gate.message, { title: TITLE });
    return notSubmitted(gate.message);
  }
  if (context.lintFailed) {
    const message =
      'submit is true, but the lint did not pass, so no request was submitted. No vault was created.';
    core.info(message);
    return notSubmitted(message);
  }

  const scrubber = new Scrubber();
  for (const name of SECRET_VARIABLES) scrubber.add(context.env[name]);
  core.info(
    `Submitting the approved requests from branch "${gate.branch}" (${context.env.GITHUB_EVENT_NAME}).`,
  );
  const path = resolve(context.workspace, context.inputs.resultsFile);
  let output: OutputFile;
  try {
    output = OutputFile.open(path, context.inputs.resultsFile, {
      stale: 'remove',
    });
  } catch (error) {
    setOutputs(undefined, '');
    const reason = (error as Error).message;
    await writeSummary(`No vault was created: ${reason}`);
    return `vaultlint: ${reason}`;
  }
  let report: SubmitReport;
  try {
    report = await submitLogged(context, scrubber);
  } catch (error) {
    output.discard();
    setOutputs(undefined, '');
    const message = error instanceof Error ? error.message : String(error);
    const reason = scrubber.scrub(message);
    if (error instanceof CredentialsError) {
      await writeSummary(
        `No vault was created: ${reason}`,
        'Give the job credentials, for example with `aliyun/configure-aliyun-credentials-action` before this step.',
      );
    } else {
      await writeSummary(`Submission stopped: ${reason}`);
    }
    return `vaultlint: ${reason}`;
  }

  output.commit(scrubber.scrub(toJson(report)));
  setOutputs(report, path);
  await writeSummary(scrubber.scrub(reportSummary(report)));
  return submitExitCode(report) === 0
    ? undefined
    : `vaultlint could not submit every approved request: ${summaryLine(report)}`;
}

/**
 * Submits with progress and the results table in the log, scrubbed, with
 * workflow commands off: request files name the vaults and the service
 * writes the errors, and no line of theirs may pass for a command.
 */
async function submitLogged(
  context: ActionSubmitContext,
  scrubber: Scrubber,
): Promise<SubmitReport> {
  const say = (line: string) => core.info(scrubber.scrub(line.trimEnd()));
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}\n`);
  try {
    const report = await submitRequests(context.results, {
      cwd: context.workspace,
      config: context.config,
      endpoint: context.inputs.endpoint,
      wait: context.inputs.wait,
      timeoutSeconds: context.inputs.timeout,
      tuning: tuningFrom(context.env),
      progress: context.inputs.wait ? lineProgress(say) : undefined,
      log: say,
      scrubber,
    });
    say(formatTable(report));
    return report;
  } finally {
    process.stdout.write(`::${token}::\n`);
  }
}

async function notSubmitted(message: string): Promise<undefined> {
  setOutputs(undefined, '');
  await writeSummary(message);
  return undefined;
}

function setOutputs(report: SubmitReport | undefined, path: string): void {
  const summary = report?.summary;
  core.setOutput('created', summary?.created ?? 0);
  core.setOutput('existing', summary?.exists ?? 0);
  core.setOutput('refused', summary?.refused ?? 0);
  core.setOutput('failed', summary?.failed ?? 0);
  core.setOutput('results-file', path);
}

async function writeSummary(text: string, hint?: string): Promise<void> {
  // Outside a runner there is no job summary to write.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  // A blank line first, so the section never joins the lint report's table.
  const parts = ['', '## vaultlint submit', '', text];
  if (hint) parts.push('', hint);
  await core.summary.addRaw(`${parts.join('\n')}\n`).write();
}

const HEADINGS = [
  'File',
  'Vault',
  'Region',
  'Action',
  'Vault ID',
  'Status',
  'Error',
];

/** The job-summary section: a row per request, then what else to know. */
export function reportSummary(report: SubmitReport): string {
  if (report.results.length === 0) return 'No requests to submit.';
  const lines = [summaryLine(report), ''];
  lines.push(row(HEADINGS), row(HEADINGS.map(() => '---')));
  for (const r of report.results) lines.push(row(cells(r)));

  const remarks = report.results.flatMap((r) =>
    [...(r.warnings ?? []), ...(r.notes ?? [])].map(
      (text) => `- ${escapeCell(fileOf(r))}: ${escapeCell(text)}`,
    ),
  );
  if (remarks.length) lines.push('', ...remarks);
  if (report.quota.length) lines.push('', ...report.quota.map(quotaLine));
  return lines.join('\n');
}

function quotaLine(check: QuotaCheck): string {
  const where =
    check.scope === 'region'
      ? `region ${check.region}`
      : `${check.regions} regions`;
  return escapeCell(
    `Quota of account "${check.account}" (${where}): ${check.live} existing + ${check.creating} new of ${check.quota}.`,
  );
}

function cells(r: SubmitResult): string[] {
  const error = r.error
    ? `${r.error.code}: ${r.error.message}${r.error.requestId ? ` (request id ${r.error.requestId})` : ''}`
    : '';
  return [
    fileOf(r),
    r.vaultName ?? '',
    r.region ?? '',
    r.action,
    r.vaultId ?? '',
    r.status ?? '',
    error,
  ].map(escapeCell);
}

function fileOf(r: SubmitResult): string {
  return `${r.file}${r.document > 1 ? `#${r.document}` : ''}`;
}

function row(values: string[]): string {
  return `| ${values.join(' | ')} |`;
}
