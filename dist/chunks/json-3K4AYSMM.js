import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import "./chunk-6SQFYNWU.js";

// src/reporters/json.ts
var json = (results) => {
  let descriptions = new Map(results.rules.map((r) => [r.id, r.description])), files = results.files.map((file) => ({
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
      ...f.fix ? { fix: f.fix } : {},
      ...f.suppressed ? { suppressed: f.suppressed } : {}
    }))
  })), {
    files: count,
    requests,
    errors,
    warnings,
    infos,
    suppressed
  } = results.summary;
  return `${JSON.stringify(
    {
      files,
      summary: { files: count, requests, errors, warnings, infos, suppressed },
      accounts: results.accounts
    },
    null,
    2
  )}
`;
};
export {
  json
};
