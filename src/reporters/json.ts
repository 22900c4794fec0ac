import type { FileResult } from '../types.js';
import type { Reporter } from './types.js';

/**
 * The machine-readable contract: one entry per file, 1-based positions.
 * The report is handed over file by file, so a run over 100,000 files
 * never holds it as one string; the pieces join to exactly what
 * `JSON.stringify(report, null, 2)` gives.
 */
export const json: Reporter<Iterable<string>> = function* (results) {
  const descriptions = new Map(results.rules.map((r) => [r.id, r.description]));
  yield '{\n  "files": [';
  let first = true;
  for (const file of results.files) {
    yield `${first ? '' : ','}\n    ${nested(entry(file, descriptions), 2)}`;
    first = false;
  }
  yield first ? ']' : '\n  ]';
  const {
    files: count,
    requests,
    errors,
    warnings,
    infos,
    suppressed,
  } = results.summary;
  const summary = {
    files: count,
    requests,
    errors,
    warnings,
    infos,
    suppressed,
  };
  yield `,\n  "summary": ${nested(summary, 1)}`;
  yield `,\n  "accounts": ${nested(results.accounts, 1)}\n}\n`;
};

function entry(file: FileResult, descriptions: Map<string, string>) {
  return {
    file: file.file,
    requests: file.requests,
    findings: file.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line,
      column: f.range.start.column,
      endLine: f.range.end.line,
      endColumn: f.range.end.column,
      pointer: f.pointer ?? null,
      document: f.document ?? null,
      description: descriptions.get(f.ruleId) ?? null,
      docs: f.docs ?? null,
      suggestions: f.suggestions ?? [],
      ...(f.fix ? { fix: f.fix } : {}),
      ...(f.suppressed ? { suppressed: f.suppressed } : {}),
    })),
  };
}

/**
 * A value as `JSON.stringify(…, null, 2)` writes it `depth` levels down:
 * JSON escapes every line break inside strings, so each newline left is
 * the formatting's own.
 */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll(
    '\n',
    `\n${'  '.repeat(depth)}`,
  );
}
