// The stylish report, for people: a heading per file, one aligned line per
// finding, and a summary whose counts read right in the singular.
import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/reporters/stylish.js';
import type { LintResults } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { request, tree } from './tree.js';

describe('stylish report', () => {
  const root = tree({
    'a.vault.yaml': [
      'VaultRegionId: cn-hangzhou',
      'VaultName: alpha',
      'VaultType: standard',
      'VaultStorageClass: IA',
      'Description: >-',
      '  spread over',
      '  lines',
      'EncryptType: KMS',
      'Replication: true',
      'WormEnabled: false',
      'Extra: 1',
      '',
    ].join('\n'),
    'b.vault.yaml': `${request('beta')}VaultStorageClass: ARCHIVE\n`,
    'c.vault.yaml': request('gamma'),
    'd.vault.yaml': [
      'VaultRegionId: cn-hangzhou',
      'VaultName: delta',
      'VaultStorageClass: IA  # vaultlint-disable-line deprecated-storage-class -- migrating',
      '',
    ].join('\n'),
  });

  it('prints a heading per file and aligns positions', async () => {
    const result = await runCli(['a.vault.yaml', 'b.vault.yaml'], {
      cwd: root,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'a.vault.yaml',
        '  1:1   error    Missing KmsKeyId; EncryptType "KMS" needs the ID or alias of a KMS key.  kms-key-required',
        '  3:12  error    Unexpected VaultType "standard"; expected "STANDARD".  invalid-value',
        '  4:20  warning  VaultStorageClass "IA" is deprecated; use "STANDARD".  deprecated-storage-class',
        '  11:1  error    Unexpected parameter "Extra"; it is not a CreateVault parameter.  unknown-parameter',
        '',
        'b.vault.yaml',
        '  3:20  warning  VaultStorageClass "ARCHIVE" is deprecated; use "STANDARD".  deprecated-storage-class',
        '',
        '✖ 5 problems (3 errors, 2 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('counts one error in the singular', async () => {
    const root = tree({ 'x.vault.yaml': 'VaultRegionId: cn-hangzhou\n' });
    const result = await runCli(['x.vault.yaml'], { cwd: root });
    expect(result.stdout).toBe(
      [
        'x.vault.yaml',
        '  1:1  error    Missing required parameter VaultName.  missing-parameter',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('counts infos only when there are some', async () => {
    const result = await runCli(
      ['--rule', 'deprecated-storage-class=info', 'b.vault.yaml'],
      { cwd: root },
    );
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(-2)).toEqual([
      '✖ 1 problem (0 errors, 0 warnings, 1 info)',
      '',
    ]);
  });

  it('prints nothing for a clean run', async () => {
    const result = await runCli(['c.vault.yaml'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('hides suppressed findings', async () => {
    const result = await runCli(['d.vault.yaml'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('spells out control characters in file names and messages', () => {
    const text = stylish(
      {
        files: [
          {
            file: 'odd\nname\u001b[2J.vault.yaml',
            requests: 1,
            findings: [
              {
                ruleId: 'team-rule',
                severity: 'error',
                message: 'Unexpected\r\nline.',
                file: 'odd\nname\u001b[2J.vault.yaml',
                range: {
                  start: { line: 1, column: 1 },
                  end: { line: 1, column: 2 },
                },
              },
            ],
          },
        ],
        requests: [],
        summary: { files: 1, requests: 1, errors: 1, warnings: 0, infos: 0 },
        accounts: [],
        rules: [],
      } as unknown as LintResults,
      { cwd: '/repo', color: false },
    );
    expect(text.split('\n').slice(0, 2)).toEqual([
      'odd<U+000A>name<U+001B>[2J.vault.yaml',
      '  1:1  error    Unexpected<U+000D><U+000A>line.  team-rule',
    ]);
  });
});
