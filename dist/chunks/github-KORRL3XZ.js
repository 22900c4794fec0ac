import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import "./chunk-6SQFYNWU.js";

// src/reporters/github.ts
var COMMAND = {
  error: "error",
  warning: "warning",
  info: "notice"
}, github = (results) => {
  let lines = results.files.flatMap(
    (file) => file.findings.filter((f) => !f.suppressed).map(command)
  );
  return lines.length ? `${lines.join(`
`)}
` : "";
};
function command(f) {
  let { start, end } = f.range, oneLine = start.line === end.line, properties = [
    ["file", f.file],
    ["line", start.line],
    ...oneLine ? [["col", start.column]] : [],
    ["endLine", end.line],
    ...oneLine ? [["endColumn", end.column]] : [],
    ["title", f.ruleId]
  ].map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${COMMAND[f.severity]} ${properties}::${escapeData(f.message)}`;
}
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
export {
  escapeData,
  escapeProperty,
  github
};
