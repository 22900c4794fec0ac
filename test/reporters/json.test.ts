// The JSON report is written in pieces; joined, they must be exactly the
// indented JSON of the whole report, whatever the results hold.
import { describe, expect, it } from 'vitest';
import { json } from '../../src/reporters/json.js';
import type { Finding } from '../../src/types.js';
import { resultsWith } from './helpers.js';

const context = { cwd: '/repo', color: false };

function finding(
  file: string,
  line: number,
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId: 'deprecated-storage-class',
    severity: 'warning',
    message: 'VaultStorageClass "IA" is deprecated;\nuse "STANDARD".',
    file,
    range: { start: { line, column: 20 }, end: { line, column: 24 } },
    pointer: '/VaultStorageClass',
    document: 1,
    docs: 'https://example.test/docs',
    ...extra,
  };
}

describe('json reporter', () => {
  it.each([
    ['no files', resultsWith([])],
    ['one finding', resultsWith([finding('a.vault.yaml', 3)])],
    [
      'files with fixes, suggestions and suppressions',
      resultsWith([
        finding('a.vault.yaml', 3, {
          fix: { range: [5, 9], text: 'STANDARD' },
        }),
        finding('a.vault.yaml', 4, { suggestions: ['STANDARD', 'ARCHIVE'] }),
        finding('b/c.vault.yaml', 1, {
          suppressed: { kind: 'disable-line', reason: 'kept on "IA"', line: 1 },
        }),
      ]),
    ],
  ])('joins to the indented JSON of the report: %s', (_, results) => {
    const pieces = [...json(results, context)];
    const text = pieces.join('');
    expect(pieces.length).toBe(results.files.length + 4);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const report = JSON.parse(text);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(
      results.files.map((f) => f.file),
    );
    expect(report.summary).toEqual(results.summary);
    expect(report.accounts).toEqual(results.accounts);
    expect(
      report.files.flatMap((f: { findings: unknown[] }) => f.findings),
    ).toHaveLength(results.files.reduce((n, f) => n + f.findings.length, 0));
  });
});
