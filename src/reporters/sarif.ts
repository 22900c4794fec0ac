import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import pkg from '../../package.json' with { type: 'json' };
import type {
  Finding,
  LintResults,
  Range,
  RuleInfo,
  Severity,
  SeveritySetting,
} from '../types.js';
import type { Reporter } from './types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const WEB_PAGE = /^https?:\/\/[^\s]+$/i;
const PLACE = /\b\d+:\d+\b|\bline \d+\b/g;

/** The key under which results carry vaultlint's own fingerprint. */
export const FINGERPRINT_KEY = 'vaultlint/v1';

const LEVEL: Record<SeveritySetting, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  off: 'none',
};

/**
 * SARIF 2.1.0 with one run, as GitHub code scanning reads it: every result
 * located, URIs relative to the working directory, suppressed findings
 * kept with their reason, and fingerprints that survive unrelated edits.
 */
export const sarif: Reporter = (results) => {
  const rules = ruleDescriptors(results);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const identities = requestIdentities(results);
  const occurrences = new Map<string, number>();

  const sarifResults = results.files.flatMap((file) =>
    file.findings.map((finding) => {
      const identity = identities.get(`${finding.file}\0${finding.document}`);
      const base = fingerprint(finding, identity ?? [finding.document ?? 0]);
      const seen = occurrences.get(base) ?? 0;
      occurrences.set(base, seen + 1);
      return result(finding, index.get(finding.ruleId) ?? 0, `${base}:${seen}`);
    }),
  );

  const log: Sarif.Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: pkg.name,
            version: pkg.version,
            semanticVersion: pkg.version,
            informationUri: pkg.homepage,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** The configured rules, plus any rule a finding names that is not listed. */
function ruleDescriptors(results: LintResults): Sarif.ReportingDescriptor[] {
  const infos = new Map<string, RuleInfo>(results.rules.map((r) => [r.id, r]));
  for (const file of results.files) {
    for (const f of file.findings) {
      if (infos.has(f.ruleId)) continue;
      infos.set(f.ruleId, {
        id: f.ruleId,
        type: 'problem',
        severity: f.severity,
        description: f.ruleId,
        docs: f.docs ?? pkg.homepage,
      });
    }
  }
  return [...infos.values()].map((info) => ({
    id: info.id,
    shortDescription: { text: info.description },
    // A plugin's page may be a file of the repository or a relative path:
    // code scanning links only to the web, and a local path is nobody's.
    ...(WEB_PAGE.test(info.docs)
      ? {
          helpUri: info.docs,
          help: {
            text: `${info.description}. See ${info.docs}`,
            markdown: `${info.description}. [Documentation](${info.docs})`,
          },
        }
      : { help: { text: `${info.description}.` } }),
    defaultConfiguration: {
      level: LEVEL[info.severity],
      ...(info.severity === 'off' ? { enabled: false } : {}),
    },
    properties: { tags: [info.type] },
  }));
}

function result(
  finding: Finding,
  ruleIndex: number,
  print: string,
): Sarif.Result {
  const uri = fileUri(finding.file);
  const extra = {
    ...(finding.pointer !== undefined ? { pointer: finding.pointer } : {}),
    ...(finding.document !== undefined ? { document: finding.document } : {}),
    ...(finding.suggestions?.length
      ? { suggestions: finding.suggestions }
      : {}),
  };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity as Severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          region: region(finding.range),
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: print },
    ...(finding.suppressed
      ? {
          suppressions: [
            {
              kind: 'inSource',
              justification: finding.suppressed.reason,
              location: {
                physicalLocation: {
                  artifactLocation: { uri },
                  region: { startLine: Math.max(1, finding.suppressed.line) },
                },
              },
            },
          ],
        }
      : {}),
    ...(finding.fix
      ? {
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
                        charLength: finding.fix.range[1] - finding.fix.range[0],
                      },
                      insertedContent: { text: finding.fix.text },
                    },
                  ],
                },
              ],
            },
          ],
        }
      : {}),
    ...(Object.keys(extra).length ? { properties: extra } : {}),
  };
}

/** A valid region: 1-based, never ending before it starts. */
export function region(range: Range): Sarif.Region {
  const startLine = Math.max(1, range.start.line || 1);
  const startColumn = Math.max(1, range.start.column || 1);
  const endLine = Math.max(startLine, range.end.line || startLine);
  const endColumn =
    endLine === startLine
      ? Math.max(startColumn, range.end.column || startColumn)
      : Math.max(1, range.end.column || 1);
  return { startLine, startColumn, endLine, endColumn };
}

/**
 * A relative URI reference, each segment encoded. Paths in results already
 * use forward slashes; a backslash left in one is part of a file's name.
 */
export function fileUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * What identifies each request apart from where it sits: its region and
 * vault name. A request that lacks either, or that holds credentials (its
 * name may be one), is known by its document number instead.
 */
function requestIdentities(results: LintResults): Map<string, unknown[]> {
  const identities = new Map<string, unknown[]>();
  for (const request of results.requests) {
    if (request.blocked || !request.region || !request.vaultName) continue;
    identities.set(`${request.file}\0${request.document}`, [
      request.region,
      request.vaultName,
    ]);
  }
  return identities;
}

/**
 * What identifies a finding apart from where it sits: moving unrelated
 * lines, or adding a document above, changes no part of it. Identical
 * findings in one file are told apart by their order.
 */
function fingerprint(finding: Finding, request: unknown[]): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        finding.ruleId,
        finding.file,
        request,
        finding.pointer ?? '',
        // Messages may name a place ("first given at 2:1", "on line 5").
        finding.message.replace(PLACE, '#'),
      ]),
    )
    .digest('hex')
    .slice(0, 32);
}
