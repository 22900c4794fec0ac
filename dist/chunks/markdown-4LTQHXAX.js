import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import "./chunk-6SQFYNWU.js";

// src/reporters/markdown.ts
var MAX_ROWS = 1e3;
var ICON = {
  error: "\u274C",
  warning: "\u26A0\uFE0F",
  info: "\u2139\uFE0F"
}, markdown = (results) => {
  let findings = results.files.flatMap((f) => f.findings), live = findings.filter((f) => !f.suppressed), suppressed = findings.filter((f) => f.suppressed), parts = ["## vaultlint", "", headline(results), ""];
  return live.length && parts.push(...findingTable(live), ""), results.accounts.length && parts.push(...quotaTable(results.accounts), ""), suppressed.length && parts.push(...suppressedTable(suppressed), ""), parts.join(`
`);
};
function headline(results) {
  let { errors, warnings, infos, suppressed } = results.summary, scope = `${plural(results.summary.files, "file")} (${plural(results.summary.requests, "request")})`;
  if (errors + warnings + infos === 0) {
    let quiet = suppressed ? `; ${suppressed} suppressed` : "";
    return `\u2705 No problems in ${scope}${quiet}.`;
  }
  let counts = [emphasise(errors, "error"), emphasise(warnings, "warning")];
  return infos && counts.push(emphasise(infos, "info")), suppressed && counts.push(`${suppressed} suppressed`), `${errors ? ICON.error : warnings ? ICON.warning : ICON.info} ${counts.join(", ")} in ${scope}.`;
}
function emphasise(count, word) {
  return count ? `**${plural(count, word)}**` : plural(count, word);
}
function findingTable(findings) {
  let rows = findings.slice(0, 1e3).map(
    (f) => row([
      `${ICON[f.severity]} ${f.severity}`,
      escapeCell(f.file),
      `${f.range.start.line}:${f.range.start.column}`,
      ruleLink(f),
      escapeCell(f.message)
    ])
  ), lines = [
    row(["Severity", "File", "Line", "Rule", "Message"]),
    row(["---", "---", "---:", "---", "---"]),
    ...rows
  ];
  return findings.length > 1e3 && lines.push(
    "",
    `${findings.length - 1e3} more findings are not shown here; the other reports list every one.`
  ), lines;
}
function quotaTable(accounts) {
  return [
    "### Vault quota",
    "",
    row(["Account", "Usage", "Vaults"]),
    row(["---", "---", "---"]),
    ...accounts.map((a) => {
      let used = a.existing + a.requested, scope = a.scope === "region" ? " (per region)" : "", over = used > a.quota ? ` ${ICON.error} over quota` : "";
      return row([
        `${escapeCell(a.name)}${scope}`,
        `\`${bar(used, a.quota)}\` ${percent(used, a.quota)}${over}`,
        `${used} of ${a.quota} (${a.existing} existing + ${a.requested} requested)`
      ]);
    })
  ];
}
function suppressedTable(findings) {
  return [
    `<details><summary>${plural(findings.length, "suppressed finding")}</summary>`,
    "",
    row(["File", "Line", "Rule", "Reason"]),
    row(["---", "---:", "---", "---"]),
    ...findings.slice(0, 1e3).map(
      (f) => row([
        escapeCell(f.file),
        `${f.range.start.line}:${f.range.start.column}`,
        ruleLink(f),
        escapeCell(f.suppressed?.reason ?? "")
      ])
    ),
    "",
    "</details>"
  ];
}
function bar(used, quota) {
  let ratio = quota > 0 ? used / quota : used > 0 ? 1 : 0, cells = Math.round(ratio * 20), filled = Math.min(20, used > 0 ? Math.max(1, cells) : 0);
  return "\u2588".repeat(filled) + "\u2591".repeat(20 - filled);
}
function percent(used, quota) {
  return quota <= 0 ? used > 0 ? "\u221E %" : "0 %" : `${Math.round(used / quota * 100)} %`;
}
function ruleLink(f) {
  return f.docs ? `[${escapeCell(f.ruleId)}](${f.docs})` : escapeCell(f.ruleId);
}
function row(cells) {
  return `| ${cells.join(" | ")} |`;
}
function escapeCell(value) {
  return value.replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, " ");
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
export {
  MAX_ROWS,
  bar,
  escapeCell,
  markdown
};
