import type { Finding, Severity } from '../types.js';
import type { Reporter } from './types.js';

const COMMAND: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/**
 * GitHub workflow commands, one annotation per finding, for running the
 * CLI in a workflow step. Suppressed findings are left out.
 */
export const github: Reporter = (results) => {
  const lines = results.files.flatMap((file) =>
    file.findings.filter((f) => !f.suppressed).map(command),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
};

function command(f: Finding): string {
  const { start, end } = f.range;
  // GitHub takes columns only for an annotation on a single line.
  const oneLine = start.line === end.line;
  const properties = [
    ['file', f.file],
    ['line', start.line],
    ...(oneLine ? [['col', start.column]] : []),
    ['endLine', end.line],
    ...(oneLine ? [['endColumn', end.column]] : []),
    ['title', f.ruleId],
  ]
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${COMMAND[f.severity]} ${properties}::${escapeData(f.message)}`;
}

/** Escapes a command's message, as the runner unescapes it. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: also `:` and `,`, which delimit properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
