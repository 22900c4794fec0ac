import { plural } from '../plural.js';
import type { AccountUsage, Finding, LintResults, Severity } from '../types.js';
import type { Reporter } from './types.js';

/** Rows past this stay in the other reports; job summaries hold 1 MiB. */
export const MAX_ROWS = 1000;
const BAR_WIDTH = 20;

const ICON: Record<Severity, string> = {
  error: '❌',
  warning: '⚠️',
  info: 'ℹ️',
};

/**
 * A summary for people, as a job summary or a pull-request comment:
 * counts, a table of findings linking to the rule docs, and how full each
 * account's vault quota would be.
 */
export const markdown: Reporter = (results) => {
  const findings = results.files.flatMap((f) => f.findings);
  const live = findings.filter((f) => !f.suppressed);
  const suppressed = findings.filter((f) => f.suppressed);
  const parts = ['## vaultlint', '', headline(results), ''];

  if (live.length) parts.push(...findingTable(live), '');
  if (results.accounts.length) parts.push(...quotaTable(results.accounts), '');
  if (suppressed.length) parts.push(...suppressedTable(suppressed), '');
  return parts.join('\n');
};

function headline(results: LintResults): string {
  const { errors, warnings, infos, suppressed } = results.summary;
  const scope = `${plural(results.summary.files, 'file')} (${plural(results.summary.requests, 'request')})`;
  if (errors + warnings + infos === 0) {
    const quiet = suppressed ? `; ${suppressed} suppressed` : '';
    return `✅ No problems in ${scope}${quiet}.`;
  }
  const counts = [emphasise(errors, 'error'), emphasise(warnings, 'warning')];
  if (infos) counts.push(emphasise(infos, 'info'));
  if (suppressed) counts.push(`${suppressed} suppressed`);
  const icon = errors ? ICON.error : warnings ? ICON.warning : ICON.info;
  return `${icon} ${counts.join(', ')} in ${scope}.`;
}

/** Counts that matter stand out; zero stays plain. */
function emphasise(count: number, word: string): string {
  return count ? `**${plural(count, word)}**` : plural(count, word);
}

function findingTable(findings: Finding[]): string[] {
  const rows = findings
    .slice(0, MAX_ROWS)
    .map((f) =>
      row([
        `${ICON[f.severity]} ${f.severity}`,
        escapeCell(f.file),
        `${f.range.start.line}:${f.range.start.column}`,
        ruleLink(f),
        escapeCell(f.message),
      ]),
    );
  const lines = [
    row(['Severity', 'File', 'Line', 'Rule', 'Message']),
    row(['---', '---', '---:', '---', '---']),
    ...rows,
  ];
  if (findings.length > MAX_ROWS) {
    lines.push(
      '',
      `${findings.length - MAX_ROWS} more findings are not shown here; the other reports list every one.`,
    );
  }
  return lines;
}

function quotaTable(accounts: AccountUsage[]): string[] {
  return [
    '### Vault quota',
    '',
    row(['Account', 'Usage', 'Vaults']),
    row(['---', '---', '---']),
    ...accounts.map((a) => {
      const used = a.existing + a.requested;
      const scope = a.scope === 'region' ? ' (per region)' : '';
      const over = used > a.quota ? ` ${ICON.error} over quota` : '';
      return row([
        `${escapeCell(a.name)}${scope}`,
        `\`${bar(used, a.quota)}\` ${percent(used, a.quota)}${over}`,
        `${used} of ${a.quota} (${a.existing} existing + ${a.requested} requested)`,
      ]);
    }),
  ];
}

function suppressedTable(findings: Finding[]): string[] {
  return [
    `<details><summary>${plural(findings.length, 'suppressed finding')}</summary>`,
    '',
    row(['File', 'Line', 'Rule', 'Reason']),
    row(['---', '---:', '---', '---']),
    ...findings
      .slice(0, MAX_ROWS)
      .map((f) =>
        row([
          escapeCell(f.file),
          `${f.range.start.line}:${f.range.start.column}`,
          ruleLink(f),
          escapeCell(f.suppressed?.reason ?? ''),
        ]),
      ),
    '',
    '</details>',
  ];
}

/** A text bar of BAR_WIDTH cells; full means the quota is reached. */
export function bar(used: number, quota: number): string {
  const ratio = quota > 0 ? used / quota : used > 0 ? 1 : 0;
  const cells = Math.round(ratio * BAR_WIDTH);
  // Any use at all shows, however small beside the quota.
  const filled = Math.min(BAR_WIDTH, used > 0 ? Math.max(1, cells) : 0);
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

function percent(used: number, quota: number): string {
  if (quota <= 0) return used > 0 ? '∞ %' : '0 %';
  return `${Math.round((used / quota) * 100)} %`;
}

function ruleLink(f: Finding): string {
  return f.docs ? `[${escapeCell(f.ruleId)}](${f.docs})` : escapeCell(f.ruleId);
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Text that reads as itself in a table cell: no markup, no line breaks. */
export function escapeCell(value: string): string {
  return value
    .replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ');
}
