// The SARIF report: every log the tests produce must pass the SARIF 2.1.0
// schema, and hold what GitHub code scanning needs on top of it.
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/reporters/sarif.js';
import type { Finding, LintResults } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { GOOD_REQUEST, resultsWith, tempTree } from './helpers.js';
import { sarifErrors } from './sarif-schema.js';

const cases = join(import.meta.dirname, '..', '..', 'fixtures', 'cases');

/** Lints with the SARIF format and returns the validated log. */
async function sarifOf(argv: string[], cwd: string): Promise<Sarif.Log> {
  const out = await runCli(['--format', 'sarif', ...argv], { cwd });
  expect(out.stderr).toBe('');
  return valid(out.stdout);
}

function valid(text: string): Sarif.Log {
  const log = JSON.parse(text) as Sarif.Log;
  expect(sarifErrors(log)).toEqual([]);
  expect(log.runs).toHaveLength(1);
  return log;
}

function render(results: LintResults): Sarif.Log {
  return valid(sarif(results, { cwd: '/repo', color: false }));
}

function regionOf(result: Sarif.Result): Sarif.Region | undefined {
  return result.locations?.[0].physicalLocation?.region;
}

function uriOf(result: Sarif.Result): string | undefined {
  return result.locations?.[0].physicalLocation?.artifactLocation?.uri;
}

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'invalid-value',
  severity: 'error',
  message: 'Unexpected VaultType "x"; expected "STANDARD".',
  file: 'vaults/a.yaml',
  range: { start: { line: 2, column: 12 }, end: { line: 2, column: 13 } },
  pointer: '/VaultType',
  document: 1,
  docs: 'https://github.com/vaultlint/vaultlint/blob/main/docs/rules/invalid-value.md',
  ...over,
});

describe('sarif reporter', () => {
  it('writes an empty run for a clean file, with the rules listed', async () => {
    const cwd = tempTree({ 'clean.vault.yaml': GOOD_REQUEST });
    const log = await sarifOf(['clean.vault.yaml'], cwd);
    const run = log.runs[0];

    expect(log.version).toBe('2.1.0');
    expect(run.results).toEqual([]);
    expect(run.tool.driver.name).toBe('vaultlint');
    expect(run.tool.driver.informationUri).toBe(
      'https://github.com/vaultlint/vaultlint',
    );
    const kms = run.tool.driver.rules?.find((r) => r.id === 'invalid-value');
    expect(kms).toMatchObject({
      shortDescription: {
        text: 'Enforce the values CreateVault accepts for each parameter',
      },
      helpUri:
        'https://github.com/vaultlint/vaultlint/blob/main/docs/rules/invalid-value.md',
      defaultConfiguration: { level: 'error' },
    });
  });

  it('writes an empty run for results with no file at all', () => {
    const log = render(resultsWith([]));
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
  });

  it('locates each of twelve errors, 1-based, pointing at its rule', async () => {
    const log = await sarifOf(['B32.yaml'], cases);
    const run = log.runs[0];
    const results = run.results ?? [];

    expect(results).toHaveLength(12);
    expect(results.map((r) => regionOf(r)?.startLine)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
    ]);
    expect(regionOf(results[0])).toEqual({
      startLine: 3,
      startColumn: 1,
      endLine: 3,
      endColumn: 5,
    });
    for (const result of results) {
      expect(result.level).toBe('error');
      expect(uriOf(result)).toBe('B32.yaml');
      expect(run.tool.driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(
        result.ruleId,
      );
    }
  });

  it('encodes spaces and # in a relative URI with no base id', async () => {
    const log = await sarifOf(
      ['requests/prod vaults/cn-hangzhou #1.yaml'],
      join(cases, 'B28-layout'),
    );
    const [result] = log.runs[0].results ?? [];
    const location = result.locations?.[0].physicalLocation;

    expect(location?.artifactLocation).toEqual({
      uri: 'requests/prod%20vaults/cn-hangzhou%20%231.yaml',
    });
    expect(location?.region).toEqual({
      startLine: 3,
      startColumn: 12,
      endLine: 3,
      endColumn: 23,
    });
    expect(log.runs[0].originalUriBaseIds).toBeUndefined();
  });

  it('encodes a backslash, a colon and a percent sign as parts of a name', () => {
    const log = render(
      resultsWith([finding({ file: 'odd/100%?[a]é:\\x.yaml' })]),
    );
    expect(uriOf(log.runs[0].results?.[0] as Sarif.Result)).toBe(
      'odd/100%25%3F%5Ba%5D%C3%A9%3A%5Cx.yaml',
    );
  });

  it('points a finding without a position at 1:1', () => {
    const log = render(
      resultsWith([
        finding({
          ruleId: 'unreadable-file',
          range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } },
          pointer: undefined,
          document: undefined,
        }),
      ]),
    );
    expect(regionOf(log.runs[0].results?.[0] as Sarif.Result)).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
  });

  it('lists a rule that only a finding names, with its docs link', () => {
    const log = render(resultsWith([finding({})]));
    expect(log.runs[0].tool.driver.rules).toEqual([
      expect.objectContaining({
        id: 'invalid-value',
        helpUri:
          'https://github.com/vaultlint/vaultlint/blob/main/docs/rules/invalid-value.md',
      }),
    ]);
  });

  it('maps info to note and keeps the pointer and document', () => {
    const log = render(resultsWith([finding({ severity: 'info' })]));
    const [result] = log.runs[0].results ?? [];
    expect(result.level).toBe('note');
    expect(result.properties).toEqual({ pointer: '/VaultType', document: 1 });
  });

  it('keeps a suppressed finding with its reason', async () => {
    const cwd = tempTree({
      'cold.vault.yaml': `${GOOD_REQUEST}VaultStorageClass: IA  # vaultlint-disable-line deprecated-storage-class -- migrating in Q3\n`,
    });
    const log = await sarifOf(['cold.vault.yaml'], cwd);
    const [result] = log.runs[0].results ?? [];

    expect(result.ruleId).toBe('deprecated-storage-class');
    expect(result.level).toBe('warning');
    expect(regionOf(result)).toMatchObject({ startLine: 4, startColumn: 20 });
    expect(result.suppressions).toEqual([
      {
        kind: 'inSource',
        justification: 'migrating in Q3',
        location: {
          physicalLocation: {
            artifactLocation: { uri: 'cold.vault.yaml' },
            region: { startLine: 4 },
          },
        },
      },
    ]);
  });

  it('keeps fingerprints when unrelated lines move', async () => {
    const body = `VaultName: media-archive\nVaultType: standard\nVaultStorageClass: IA\n`;
    const before = tempTree({
      'a.vault.yaml': `VaultRegionId: cn-hangzhou\n${body}`,
    });
    const after = tempTree({
      'a.vault.yaml': `# Owned by the media team.\n\nVaultRegionId: cn-hangzhou\n${body}`,
    });
    const first = (await sarifOf(['a.vault.yaml'], before)).runs[0].results;
    const second = (await sarifOf(['a.vault.yaml'], after)).runs[0].results;

    expect(first?.map((r) => regionOf(r)?.startLine)).toEqual([3, 4]);
    expect(second?.map((r) => regionOf(r)?.startLine)).toEqual([5, 6]);
    const prints = (results?: Sarif.Result[]) =>
      results?.map((r) => r.partialFingerprints?.['vaultlint/v1']);
    expect(prints(second)).toEqual(prints(first));
    expect(new Set(prints(first)).size).toBe(2);
  });

  it('keeps fingerprints of messages that name a place when lines move', async () => {
    const body =
      'VaultRegionId: cn-hangzhou\nVaultName: a\nVaultName: b\nVaultStorageClass: IA  # vaultlint-disable-line deprecated-storage-class -- kept\n';
    const config = 'mandatory: [deprecated-storage-class]\n';
    const before = tempTree({
      '.vaultlint.yaml': config,
      'a.vault.yaml': body,
    });
    const after = tempTree({
      '.vaultlint.yaml': config,
      'a.vault.yaml': `# header\n${body}`,
    });
    const first = (await sarifOf(['a.vault.yaml'], before)).runs[0].results;
    const second = (await sarifOf(['a.vault.yaml'], after)).runs[0].results;

    expect(first?.map((r) => r.message.text)).toEqual([
      expect.stringContaining('first given at 2:1'),
      expect.stringContaining('the suppression on line 4 cannot silence it'),
    ]);
    const prints = (results?: Sarif.Result[]) =>
      results?.map((r) => r.partialFingerprints?.['vaultlint/v1']);
    expect(prints(second)).toEqual(prints(first));
  });

  it('links only to web pages, not to a plugin file', () => {
    const log = render(
      resultsWith([
        finding({
          ruleId: 'team-rule',
          docs: 'file:///home/me/policy/rule.mjs',
        }),
        finding({ ruleId: 'relative-rule', docs: 'docs/rule.md' }),
      ]),
    );
    const rules = log.runs[0].tool.driver.rules ?? [];
    for (const id of ['team-rule', 'relative-rule']) {
      const rule = rules.find((r) => r.id === id);
      expect(rule?.helpUri).toBeUndefined();
      expect(JSON.stringify(rule)).not.toContain('rule.m');
    }
  });

  it('keeps fingerprints when a document is inserted above', async () => {
    const doc = (name: string) =>
      `VaultRegionId: cn-hangzhou\nVaultName: ${name}\nVaultStorageClass: IA\n`;
    const before = tempTree({
      'a.vault.yaml': `${doc('media-archive')}---\n${doc('logs-archive')}`,
    });
    const after = tempTree({
      'a.vault.yaml': `${doc('new-archive')}---\n${doc('media-archive')}---\n${doc('logs-archive')}`,
    });
    const first = (await sarifOf(['a.vault.yaml'], before)).runs[0].results;
    const second = (await sarifOf(['a.vault.yaml'], after)).runs[0].results;

    const documents = (results?: Sarif.Result[]) =>
      results?.map((r) => r.properties?.document);
    expect(documents(first)).toEqual([1, 2]);
    expect(documents(second)).toEqual([1, 2, 3]);
    const prints = (results?: Sarif.Result[]) =>
      results?.map((r) => r.partialFingerprints?.['vaultlint/v1']);
    expect(prints(second)?.slice(1)).toEqual(prints(first));
    expect(new Set(prints(second)).size).toBe(3);
  });

  it('tells identical findings in one file apart', () => {
    const twice = finding({ pointer: undefined, ruleId: 'syntax-error' });
    const log = render(
      resultsWith([
        twice,
        {
          ...twice,
          range: { start: { line: 7, column: 1 }, end: { line: 7, column: 2 } },
        },
      ]),
    );
    const prints = log.runs[0].results?.map(
      (r) => r.partialFingerprints?.['vaultlint/v1'],
    );
    expect(new Set(prints).size).toBe(2);
  });

  it('offers a machine-applicable fix as a replacement', async () => {
    const log = await sarifOf(
      ['requests/prod vaults/cn-hangzhou #1.yaml'],
      join(cases, 'B28-layout'),
    );
    const [result] = log.runs[0].results ?? [];
    expect(result.fixes?.[0].artifactChanges[0].replacements).toEqual([
      {
        deletedRegion: { charOffset: 61, charLength: 11 },
        insertedContent: { text: 'STANDARD' },
      },
    ]);
  });
});
