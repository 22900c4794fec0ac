import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import "./chunk-6SQFYNWU.js";

// src/reporters/stylish.ts
import { styleText } from "node:util";
var SEVERITY_STYLE = {
  error: "red",
  warning: "yellow",
  info: "blue"
}, stylish = (results, { color }) => {
  let paint = (style, text) => color ? styleText(style, text, { validateStream: !1 }) : text, lines = [];
  for (let file of results.files) {
    let shown = file.findings.filter((f) => !f.suppressed);
    if (shown.length === 0) continue;
    let width = Math.max(
      ...shown.map(
        (f) => `${f.range.start.line}:${f.range.start.column}`.length
      )
    );
    lines.push(paint("underline", file.file));
    for (let f of shown) {
      let where = `${f.range.start.line}:${f.range.start.column}`.padEnd(
        width
      ), severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
      lines.push(
        `  ${where}  ${severity}  ${f.message}  ${paint("dim", f.ruleId)}`
      );
    }
    lines.push("");
  }
  let { errors, warnings, infos } = results.summary, total = errors + warnings + infos;
  if (total === 0) return lines.join(`
`);
  let parts = [plural(errors, "error"), plural(warnings, "warning")];
  infos > 0 && parts.push(plural(infos, "info"));
  let summary = `\u2716 ${plural(total, "problem")} (${parts.join(", ")})`;
  return lines.push(paint(errors > 0 ? "red" : "yellow", summary), ""), lines.join(`
`);
};
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
export {
  stylish
};
