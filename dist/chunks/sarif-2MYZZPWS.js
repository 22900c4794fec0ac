import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import {
  package_default
} from "./chunk-HJCEFN4A.js";
import "./chunk-6SQFYNWU.js";

// src/reporters/sarif.ts
import { createHash } from "node:crypto";
var SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json", FINGERPRINT_KEY = "vaultlint/v1", LEVEL = {
  error: "error",
  warning: "warning",
  info: "note",
  off: "none"
}, sarif = (results) => {
  let rules = ruleDescriptors(results), index = new Map(rules.map((rule, i) => [rule.id, i])), occurrences = /* @__PURE__ */ new Map(), sarifResults = results.files.flatMap(
    (file) => file.findings.map((finding) => {
      let base = fingerprint(finding), seen = occurrences.get(base) ?? 0;
      return occurrences.set(base, seen + 1), result(finding, index.get(finding.ruleId) ?? 0, `${base}:${seen}`);
    })
  ), log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: package_default.name,
            version: package_default.version,
            semanticVersion: package_default.version,
            informationUri: package_default.homepage,
            rules
          }
        },
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
function ruleDescriptors(results) {
  let infos = new Map(results.rules.map((r) => [r.id, r]));
  for (let file of results.files)
    for (let f of file.findings)
      infos.has(f.ruleId) || infos.set(f.ruleId, {
        id: f.ruleId,
        type: "problem",
        severity: f.severity,
        description: f.ruleId,
        docs: f.docs ?? package_default.homepage
      });
  return [...infos.values()].map((info) => ({
    id: info.id,
    shortDescription: { text: info.description },
    helpUri: info.docs,
    help: {
      text: `${info.description}. See ${info.docs}`,
      markdown: `${info.description}. [Documentation](${info.docs})`
    },
    defaultConfiguration: {
      level: LEVEL[info.severity],
      ...info.severity === "off" ? { enabled: !1 } : {}
    },
    properties: { tags: [info.type] }
  }));
}
function result(finding, ruleIndex, print) {
  let uri = fileUri(finding.file), extra = {
    ...finding.pointer !== void 0 ? { pointer: finding.pointer } : {},
    ...finding.document !== void 0 ? { document: finding.document } : {},
    ...finding.suggestions?.length ? { suggestions: finding.suggestions } : {}
  };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          region: region(finding.range)
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: print },
    ...finding.suppressed ? {
      suppressions: [
        {
          kind: "inSource",
          justification: finding.suppressed.reason,
          location: {
            physicalLocation: {
              artifactLocation: { uri },
              region: { startLine: Math.max(1, finding.suppressed.line) }
            }
          }
        }
      ]
    } : {},
    ...finding.fix ? {
      fixes: [
        {
          description: { text: `Replace with "${finding.fix.text}".` },
          artifactChanges: [
            {
              artifactLocation: { uri },
              replacements: [
                {
                  deletedRegion: {
                    charOffset: finding.fix.range[0],
                    charLength: finding.fix.range[1] - finding.fix.range[0]
                  },
                  insertedContent: { text: finding.fix.text }
                }
              ]
            }
          ]
        }
      ]
    } : {},
    ...Object.keys(extra).length ? { properties: extra } : {}
  };
}
function region(range) {
  let startLine = Math.max(1, range.start.line || 1), startColumn = Math.max(1, range.start.column || 1), endLine = Math.max(startLine, range.end.line || startLine), endColumn = endLine === startLine ? Math.max(startColumn, range.end.column || startColumn) : Math.max(1, range.end.column || 1);
  return { startLine, startColumn, endLine, endColumn };
}
function fileUri(file) {
  return file.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join("/");
}
function fingerprint(finding) {
  return createHash("sha256").update(
    JSON.stringify([
      finding.ruleId,
      finding.file,
      finding.document ?? 0,
      finding.pointer ?? "",
      finding.message
    ])
  ).digest("hex").slice(0, 32);
}
export {
  FINGERPRINT_KEY,
  fileUri,
  region,
  sarif
};
