import { styleText } from 'node:util';
import { plural } from '../plural.js';
import type { Severity } from '../types.js';
import type { Reporter } from './types.js';

type Style = Parameters<typeof styleText>[0];

const SEVERITY_STYLE: Record<Severity, Style> = {
  error: 'red',
  warning: 'yellow',
  info: 'blue',
};

/**
 * Control characters spelled out: a file name or a plugin's message that
 * holds a line break or a terminal escape cannot break or restyle the
 * report around it.
 */
const CONTROL = /\p{Cc}/gu;
const printable = (text: string) =>
  text.replace(
    CONTROL,
    (char) =>
      `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );

/** For people: a heading per file, a line per finding, a summary. */
export const stylish: Reporter = (results, { color }) => {
  // The caller decides about colour; styleText would otherwise look at
  // process.stdout, which is not where a report written to a file goes.
  const paint = (style: Style, text: string) =>
    color ? styleText(style, text, { validateStream: false }) : text;
  const lines: string[] = [];

  for (const file of results.files) {
    const shown = file.findings.filter((f) => !f.suppressed);
    if (shown.length === 0) continue;
    const width = Math.max(
      ...shown.map(
        (f) => `${f.range.start.line}:${f.range.start.column}`.length,
      ),
    );
    lines.push(paint('underline', printable(file.file)));
    for (const f of shown) {
      const where = `${f.range.start.line}:${f.range.start.column}`.padEnd(
        width,
      );
      const severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
      lines.push(
        `  ${where}  ${severity}  ${printable(f.message)}  ${paint('dim', f.ruleId)}`,
      );
    }
    lines.push('');
  }

  const { errors, warnings, infos } = results.summary;
  const total = errors + warnings + infos;
  if (total === 0) return lines.join('\n');
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos > 0) parts.push(plural(infos, 'info'));
  const summary = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
  lines.push(paint(errors > 0 ? 'red' : 'yellow', summary), '');
  return lines.join('\n');
};
