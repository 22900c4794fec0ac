import type { Reporter } from './types.js';

/** The machine-readable contract: one entry per file, 1-based positions. */
export const json: Reporter = (results) => {
  const descriptions = new Map(results.rules.map((r) => [r.id, r.description]));
  const files = results.files.map((file) => ({
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
  }));
  const {
    files: count,
    requests,
    errors,
    warnings,
    infos,
    suppressed,
  } = results.summary;
  return `${JSON.stringify(
    {
      files,
      summary: { files: count, requests, errors, warnings, infos, suppressed },
      accounts: results.accounts,
    },
    null,
    2,
  )}\n`;
};
