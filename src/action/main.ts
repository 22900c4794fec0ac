/**
 * The GitHub Action: lints the workspace, annotates the most important
 * findings, prints every finding to the log, writes the job summary and
 * SARIF, sets the outputs, and fails the step past the threshold.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import { lint } from '../engine/lint.js';
import { makeFolders, refuseInput } from '../output-file.js';
import { plural } from '../plural.js';
import { markdown } from '../reporters/markdown.js';
import { sarif } from '../reporters/sarif.js';
import { stylish } from '../reporters/stylish.js';
import { thresholdCrossed } from '../threshold.js';
import type { Finding, LintResults, Severity } from '../types.js';
import { leftOutNotice, planAnnotations, whereListed } from './annotations.js';
import { changedFiles } from './changed.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { submitFromAction, submitGate } from './submit.js';

const ANNOTATE: Record<
  Severity,
  (message: string, properties: core.AnnotationProperties) => void
> = {
  error: core.error,
  warning: core.warning,
  info: core.notice,
};

async function run(): Promise<void> {
  const env = process.env;
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const inputs = readInputs();
  const results = await lint(inputs.paths, {
    cwd: workspace,
    config: inputs.config,
    outputs: inputs.sarifFile ? [resolve(workspace, inputs.sarifFile)] : [],
  });
  const context = { cwd: workspace, color: true };
  const failure = thresholdCrossed(results, inputs);

  printLog(stylish(results, context));
  const notes: string[] = [];
  const findings = annotatable(results, inputs, workspace, env, notes);
  const sarifPath = inputs.sarifFile
    ? writeReport(
        resolve(workspace, inputs.sarifFile),
        inputs.sarifFile,
        results,
        sarif(results, context),
      )
    : '';
  const where = whereListed(
    results.summary.errors + results.summary.warnings + results.summary.infos,
    Boolean(sarifPath),
  );
  const gate = inputs.submit
    ? await submitGate({ results, workspace, config: inputs.config, env })
    : undefined;
  // A failed step adds one error annotation of its own, and a refused
  // submission one notice or warning.
  const reserved = { error: failure ? 1 : 0, warning: 0, info: 0 };
  if (gate && !gate.go)
    reserved[gate.level === 'notice' ? 'info' : 'warning'] += 1;
  annotate(findings, results, reserved, where);
  await writeSummary(markdown(results, context), notes, env);

  core.setOutput('errors', results.summary.errors);
  core.setOutput('warnings', results.summary.warnings);
  core.setOutput('sarif-file', sarifPath);

  const submitFailure = gate
    ? await submitFromAction({
        results,
        workspace,
        config: inputs.config,
        env,
        gate,
        inputs,
        lintFailed: failure !== undefined,
      })
    : undefined;
  const stepFailure = failure ?? submitFailure;
  if (stepFailure) core.setFailed(stepFailure);
}

/**
 * The findings to annotate: all of them, or with `changed-only` on a pull
 * request, those in the files it changes. Notes for the summary say which.
 */
function annotatable(
  results: LintResults,
  inputs: ActionInputs,
  workspace: string,
  env: NodeJS.ProcessEnv,
  notes: string[],
): Finding[] {
  const findings = results.files.flatMap((f) => f.findings);
  if (!inputs.changedOnly) return findings;

  const changed = changedFiles(workspace, env, inputs.paths);
  if (!changed.ok) {
    const note = `changed-only: every finding is annotated, because ${changed.reason}`;
    core.info(note);
    // On a push this is expected; on a pull request, the summary says why.
    if (changed.pullRequest) notes.push(note);
    return findings;
  }
  const inChanged = findings.filter((f) => changed.files.has(f.file));
  const elsewhere = findings.filter(
    (f) => !f.suppressed && !changed.files.has(f.file),
  ).length;
  notes.push(
    `changed-only: annotations cover the ${plural(changed.files.size, 'file')} this pull request changes (${changed.base.slice(0, 7)}...${changed.head.slice(0, 7)}); ${plural(elsewhere, 'finding')} in other files ${elsewhere === 1 ? 'is' : 'are'} listed above and in the log.`,
  );
  return inChanged;
}

function annotate(
  findings: Finding[],
  results: LintResults,
  reserved: Record<Severity, number>,
  where: string,
): void {
  const plan = planAnnotations(findings, results.rules, reserved);
  for (const f of plan.shown) {
    const { start, end } = f.range;
    const oneLine = start.line === end.line;
    // GitHub takes columns only for an annotation on a single line.
    ANNOTATE[f.severity](f.message, {
      title: f.ruleId,
      file: f.file,
      startLine: start.line,
      endLine: end.line,
      ...(oneLine ? { startColumn: start.column, endColumn: end.column } : {}),
    });
  }
  const notice = leftOutNotice(plan.leftOut, where);
  if (notice) core.notice(notice, { title: 'vaultlint' });
}

/**
 * The stylish report, with workflow commands switched off around it so
 * that nothing a request file says can pass for one.
 */
function printLog(report: string): void {
  if (!report) return;
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}\n`);
  process.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
  process.stdout.write(`::${token}::\n`);
}

/** Writes the SARIF file, never in place of a file the run read. */
function writeReport(
  path: string,
  shown: string,
  results: LintResults,
  text: string,
): string {
  refuseInput(path, shown, results.sources, results.outputsRead);
  makeFolders(dirname(path));
  writeFileSync(path, text);
  return path;
}

async function writeSummary(
  report: string,
  notes: string[],
  env: NodeJS.ProcessEnv,
): Promise<void> {
  // Outside a runner there is no job summary to write.
  if (!env.GITHUB_STEP_SUMMARY) return;
  const text = [report.trimEnd(), ...notes.map((n) => `> ${n}`)].join('\n\n');
  await core.summary.addRaw(`${text}\n`).write();
}

run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(`vaultlint: ${message}`);
});
