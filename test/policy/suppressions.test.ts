// Inline suppressions: YAML comments that silence findings, with a reason.
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { brief, lintJson, project } from './helpers.js';

/** The brief form, without the message of a rule this file does not test. */
const briefOf = (f: Record<string, unknown>) =>
  f.ruleId === 'deprecated-storage-class'
    ? `${f.file} ${f.line}:${f.column} ${f.severity} ${f.ruleId}`
    : brief(f);

const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('inline suppressions', () => {
  it('silences a finding on its own line with disable-line', async () => {
    const dir = project({
      'cold.vault.yaml': lines(
        'VaultRegionId: cn-hangzhou',
        'VaultName: media-cold',
        'VaultStorageClass: IA  # vaultlint-disable-line deprecated-storage-class -- migrating in Q3',
      ),
    });
    const run = await lintJson(dir, ['cold.vault.yaml']);
    expect(run.code).toBe(0);
    expect(run.findings).toHaveLength(1);
    expect(run.findings[0]).toMatchObject({
      ruleId: 'deprecated-storage-class',
      severity: 'warning',
      line: 3,
      column: 20,
      suppressed: {
        kind: 'disable-line',
        reason: 'migrating in Q3',
        line: 3,
      },
    });
    expect(run.report.summary).toMatchObject({ warnings: 0, suppressed: 1 });
  });

  it('silences the line below with disable-next-line', async () => {
    const dir = project({
      'cold.vault.yaml': lines(
        'VaultRegionId: cn-hangzhou',
        'VaultName: media-cold',
        '# vaultlint-disable-next-line deprecated-storage-class -- migrating in Q3',
        'VaultStorageClass: IA',
      ),
    });
    const run = await lintJson(dir, ['cold.vault.yaml']);
    expect(run.findings.map((f) => [f.line, f.column, f.suppressed])).toEqual([
      [
        4,
        20,
        { kind: 'disable-next-line', reason: 'migrating in Q3', line: 3 },
      ],
    ]);
  });

  it('silences every document of the file with disable-file', async () => {
    const dir = project({
      'legacy.vault.yaml': lines(
        '# vaultlint-disable-file deprecated-storage-class -- legacy vaults, migrated in Q3',
        'VaultRegionId: cn-hangzhou',
        'VaultName: legacy-a',
        'VaultStorageClass: IA',
        '---',
        'VaultRegionId: cn-hangzhou',
        'VaultName: legacy-b',
        'VaultStorageClass: ARCHIVE',
      ),
    });
    const run = await lintJson(dir, ['legacy.vault.yaml']);
    expect(run.code).toBe(0);
    expect(
      run.findings.map((f) => [f.ruleId, f.line, f.document, f.suppressed]),
    ).toEqual([
      [
        'deprecated-storage-class',
        4,
        1,
        {
          kind: 'disable-file',
          reason: 'legacy vaults, migrated in Q3',
          line: 1,
        },
      ],
      [
        'deprecated-storage-class',
        8,
        2,
        {
          kind: 'disable-file',
          reason: 'legacy vaults, migrated in Q3',
          line: 1,
        },
      ],
    ]);
  });

  it('takes several rule ids, and every rule when none is named', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'rules:\n  allowed-regions: [error, { regions: [cn-shanghai] }]\n  vault-name-pattern: error\n',
      'a.vault.yaml': lines(
        'VaultRegionId: cn-beijing  # vaultlint-disable-line allowed-regions, vault-name-pattern -- pilot in Beijing',
        'VaultName: Media_Cold  # vaultlint-disable-line -- named before the policy',
      ),
    });
    const run = await lintJson(dir, ['a.vault.yaml']);
    expect(run.code).toBe(0);
    expect(run.findings.map((f) => [f.ruleId, f.line, f.suppressed])).toEqual([
      [
        'allowed-regions',
        1,
        { kind: 'disable-line', reason: 'pilot in Beijing', line: 1 },
      ],
      // vault-name-pattern reports nothing on line 1: named for nothing.
      ['unused-suppression', 1, undefined],
      [
        'vault-name-pattern',
        2,
        { kind: 'disable-line', reason: 'named before the policy', line: 2 },
      ],
    ]);
  });

  it('reports a suppression without a reason and silences nothing', async () => {
    const dir = project({
      'cold.vault.yaml': lines(
        'VaultRegionId: cn-hangzhou',
        'VaultName: media-cold',
        'VaultStorageClass: IA  # vaultlint-disable-line deprecated-storage-class',
      ),
    });
    const run = await lintJson(dir, ['cold.vault.yaml']);
    expect(run.code).toBe(1);
    expect(run.findings.map(briefOf)).toEqual([
      'cold.vault.yaml 3:20 warning deprecated-storage-class',
      'cold.vault.yaml 3:24 error suppression-without-reason: Missing reason on vaultlint-disable-line; add one after " -- ".',
    ]);
    expect(run.findings[1]).toMatchObject({ endLine: 3, endColumn: 73 });
  });

  it('warns about a suppression that silences nothing', async () => {
    const dir = project({
      'daily.vault.yaml': lines(
        'VaultRegionId: cn-shanghai',
        '# vaultlint-disable-next-line deprecated-storage-class -- migrating in Q3',
        'VaultName: finance-daily',
        'VaultStorageClass: STANDARD',
      ),
    });
    const run = await lintJson(dir, ['daily.vault.yaml']);
    expect(run.code).toBe(0);
    expect(run.findings.map(briefOf)).toEqual([
      'daily.vault.yaml 2:1 warning unused-suppression: Unexpected vaultlint-disable-next-line for deprecated-storage-class; it silences nothing, so remove it.',
    ]);
  });

  it('names the rule a misspelt id in a suppression probably meant', async () => {
    const dir = project({
      'cold.vault.yaml': lines(
        'VaultRegionId: cn-hangzhou',
        'VaultName: media-cold',
        'VaultStorageClass: IA  # vaultlint-disable-line deprecated-storage-clas -- migrating in Q3',
      ),
    });
    const run = await lintJson(dir, ['cold.vault.yaml']);
    expect(run.findings.map(briefOf)).toEqual([
      'cold.vault.yaml 3:20 warning deprecated-storage-class',
      'cold.vault.yaml 3:24 warning unused-suppression: Unexpected rule "deprecated-storage-clas" in vaultlint-disable-line; expected "deprecated-storage-class".',
    ]);
  });

  it('prefers a suppression on the line to a file-wide one', async () => {
    const dir = project({
      'cold.vault.yaml': lines(
        '# vaultlint-disable-file deprecated-storage-class -- whole file',
        'VaultRegionId: cn-hangzhou',
        'VaultName: media-cold',
        'VaultStorageClass: IA  # vaultlint-disable-line deprecated-storage-class -- migrating in Q3',
      ),
    });
    const run = await lintJson(dir, ['cold.vault.yaml']);
    expect(run.findings.map((f) => [f.ruleId, f.line, f.suppressed])).toEqual([
      ['unused-suppression', 1, undefined],
      [
        'deprecated-storage-class',
        4,
        { kind: 'disable-line', reason: 'migrating in Q3', line: 4 },
      ],
    ]);
  });

  it('cannot silence a mandatory rule, and says so', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'rules:\n  allowed-regions: [error, { regions: [cn-shanghai] }]\nmandatory: [allowed-regions]\n',
      'cold.vault.yaml': lines(
        '# vaultlint-disable-next-line allowed-regions -- pilot in Beijing',
        'VaultRegionId: cn-beijing',
        'VaultName: media-cold',
      ),
    });
    const run = await lintJson(dir, ['cold.vault.yaml']);
    expect(run.code).toBe(1);
    expect(run.findings.map(briefOf)).toEqual([
      'cold.vault.yaml 2:16 error allowed-regions: Unexpected VaultRegionId "cn-beijing"; team policy allows cn-shanghai; allowed-regions is mandatory, so the suppression on line 1 cannot silence it.',
    ]);
    expect(run.findings[0].suppressed).toBeUndefined();
    expect(run.report.summary).toMatchObject({ errors: 1, suppressed: 0 });
  });

  it('ignores every suppression with --no-inline-config', async () => {
    const dir = project({
      'cold.vault.yaml': lines(
        '# vaultlint-disable-file no-such-rule',
        'VaultRegionId: cn-hangzhou',
        'VaultName: media-cold',
        'VaultStorageClass: IA  # vaultlint-disable-line deprecated-storage-class -- migrating in Q3',
      ),
    });
    const run = await lintJson(dir, ['--no-inline-config', 'cold.vault.yaml']);
    expect(run.code).toBe(0);
    expect(run.findings.map(briefOf)).toEqual([
      'cold.vault.yaml 4:20 warning deprecated-storage-class',
    ]);
    expect(run.findings[0].suppressed).toBeUndefined();
  });

  it('approves a request whose only error is suppressed', async () => {
    const dir = project({
      'cold.vault.yaml': lines(
        '# vaultlint-disable-next-line kms-key-required -- key arrives with the next release',
        'VaultRegionId: cn-hangzhou',
        'VaultName: media-cold',
        'EncryptType: KMS',
      ),
    });
    const results = await lint(['cold.vault.yaml'], { cwd: dir });
    expect(results.summary).toMatchObject({ errors: 0, suppressed: 1 });
    expect(results.requests.map((r) => r.approved)).toEqual([true]);
  });

  it('names the rules of a shared suppression that silenced nothing', async () => {
    const dir = project({
      'a.vault.yaml': lines(
        'VaultRegionId: cn-hangzhou',
        'VaultName: media',
        'VaultStorageClass: IA  # vaultlint-disable-line deprecated-storage-class, no-ignored-kms-key -- both',
      ),
    });
    const run = await lintJson(dir, ['a.vault.yaml']);
    expect(run.code).toBe(0);
    expect(run.findings.map(briefOf)).toEqual([
      'a.vault.yaml 3:20 warning deprecated-storage-class',
      'a.vault.yaml 3:24 warning unused-suppression: Unexpected vaultlint-disable-line for no-ignored-kms-key; it silences nothing, so remove it.',
    ]);
    expect(run.findings[0].suppressed).toMatchObject({ reason: 'both' });
  });

  it('covers with disable-file only what follows it', async () => {
    const dir = project({
      'a.vault.yaml': lines(
        'VaultRegionId: cn-hangzhou',
        'VaultName: first',
        'VaultStorageClass: IA',
        '---',
        '# vaultlint-disable-file deprecated-storage-class -- archive account',
        'VaultRegionId: cn-hangzhou',
        'VaultName: second',
        'VaultStorageClass: IA',
      ),
    });
    const run = await lintJson(dir, ['a.vault.yaml']);
    expect(run.code).toBe(0);
    expect(
      run.findings.map((f) => [f.line, f.document, Boolean(f.suppressed)]),
    ).toEqual([
      [3, 1, false],
      [8, 2, true],
    ]);
  });

  it('cannot silence the checks the service would make too', async () => {
    const dir = project({
      'a.vault.yaml': lines(
        '# vaultlint-disable-file -- everything',
        'VaultRegionId: cn-hangzhou',
        'VaultName: media',
        'VaultType: standard  # vaultlint-disable-line invalid-value -- the API takes it',
      ),
    });
    const run = await lintJson(dir, ['a.vault.yaml']);
    expect(run.code).toBe(1);
    expect(run.findings.map(briefOf)).toEqual([
      'a.vault.yaml 1:1 warning unused-suppression: Unexpected vaultlint-disable-file for any rule; it silences nothing, so remove it.',
      'a.vault.yaml 4:12 error invalid-value: Unexpected VaultType "standard"; expected "STANDARD"; invalid-value is a check the service would make too, so the suppression on line 4 cannot silence it.',
    ]);
    expect(run.findings[0].suppressed).toBeUndefined();
  });

  it('lets the config raise unused suppressions to errors', async () => {
    const dir = project({
      '.vaultlint.yaml': 'rules:\n  unused-suppression: error\n',
      'a.vault.yaml': lines(
        'VaultRegionId: cn-hangzhou',
        'VaultName: media-cold  # vaultlint-disable-line -- nothing here',
      ),
    });
    const run = await lintJson(dir, ['a.vault.yaml']);
    expect(run.code).toBe(1);
    expect(run.findings.map(briefOf)).toEqual([
      'a.vault.yaml 2:24 error unused-suppression: Unexpected vaultlint-disable-line for any rule; it silences nothing, so remove it.',
    ]);
  });
});
