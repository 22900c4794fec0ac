/** The submit report for people (a table) and for machines (JSON). */
import type { SubmitReport, SubmitResult } from './types.js';

const HEADINGS = ['REQUEST', 'VAULT', 'REGION', 'ACTION', 'VAULT ID', 'STATUS'];

/** A table of the results, notes under each row, then a summary line. */
export function formatTable(report: SubmitReport): string {
  if (report.results.length === 0) return 'No requests to submit.\n';
  const rows = report.results.map((r) => [
    `${r.file}${r.document > 1 ? `#${r.document}` : ''}`,
    r.vaultName ?? '-',
    r.region ?? '-',
    r.action,
    r.vaultId ?? '-',
    r.status ?? '-',
  ]);
  const widths = HEADINGS.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const out = [line(HEADINGS)];
  report.results.forEach((result, index) => {
    out.push(line(rows[index]));
    for (const note of notes(result)) out.push(`  ${note}`);
  });
  out.push('', ...report.quota.map(quotaLine), summaryLine(report));
  return `${out.join('\n')}\n`;
}

function notes(result: SubmitResult): string[] {
  const out: string[] = [];
  if (result.error) {
    const id = result.error.requestId
      ? ` (request id ${result.error.requestId})`
      : '';
    out.push(`${result.error.code}: ${result.error.message}${id}`);
  }
  for (const warning of result.warnings ?? []) out.push(`warning: ${warning}`);
  for (const note of result.notes ?? []) out.push(`note: ${note}`);
  return out;
}

function quotaLine(check: SubmitReport['quota'][number]): string {
  const where =
    check.scope === 'region'
      ? `region ${check.region}`
      : `${check.regions} regions`;
  return `Quota of account "${check.account}" (${where}): ${check.live} existing + ${check.creating} new of ${check.quota}.`;
}

export function summaryLine(report: SubmitReport): string {
  const s = report.summary;
  const parts = report.dryRun
    ? [`${s.planned} to create`, `${s.exists} existing`]
    : [`${s.created} created`, `${s.exists} existing`];
  parts.push(`${s.refused} refused`, `${s.failed} failed`);
  const tail = report.dryRun ? ' Dry run: nothing was created.' : '';
  return `${parts.join(', ')}.${tail}`;
}

/** The results file: every key present, null when unknown. */
export function toJson(report: SubmitReport): string {
  const results = report.results.map((r) => ({
    file: r.file,
    document: r.document,
    vaultName: r.vaultName ?? null,
    region: r.region ?? null,
    account: r.account ?? null,
    action: r.action,
    vaultId: r.vaultId ?? null,
    taskId: r.taskId ?? null,
    requestId: r.requestId ?? r.error?.requestId ?? null,
    status: r.status ?? null,
    error: r.error ? { code: r.error.code, message: r.error.message } : null,
    warnings: r.warnings ?? [],
    notes: r.notes ?? [],
  }));
  return `${JSON.stringify(
    {
      dryRun: report.dryRun,
      results,
      summary: report.summary,
      quota: report.quota,
    },
    null,
    2,
  )}\n`;
}
