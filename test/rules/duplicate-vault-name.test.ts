import { describe, expect, it } from 'vitest';
import rule from '../../rules/duplicate-vault-name.js';
import { lint } from '../../src/engine/lint.js';
import { tree } from '../cli/tree.js';
import { lines, testRule } from '../helpers/rule-tester.js';

const vault = (region: string, name: string) =>
  lines(`VaultRegionId: ${region}`, `VaultName: ${name}`);

testRule(rule, [
  {
    name: 'accepts different names in one region',
    files: {
      'a.vault.yaml': vault('cn-shanghai', 'finance-daily'),
      'b.vault.yaml': vault('cn-shanghai', 'finance-weekly'),
    },
    findings: [],
  },
  {
    name: 'accepts one name in two regions',
    files: {
      'a.vault.yaml': vault('cn-shanghai', 'finance-daily'),
      'b.vault.yaml': vault('cn-hangzhou', 'finance-daily'),
    },
    findings: [],
  },
  {
    name: 'treats names that differ in case as different',
    files: {
      'a.vault.yaml': vault('cn-shanghai', 'finance-daily'),
      'b.vault.yaml': vault('cn-shanghai', 'Finance-Daily'),
    },
    findings: [],
  },
  {
    name: 'reports the later of two files naming the first',
    files: {
      'teams/b.vault.yaml': vault('cn-shanghai', 'finance-daily'),
      'teams/a.vault.yaml': vault('cn-shanghai', 'finance-daily'),
    },
    findings: [
      {
        messageId: 'duplicate',
        message:
          'Unexpected second request for vault "finance-daily" in cn-shanghai; first requested in teams/a.vault.yaml (document 1).',
        file: 'teams/b.vault.yaml',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 25,
      },
    ],
  },
  {
    name: 'reports a second document of the same file',
    files: {
      'finance.vault.yaml': lines(
        'VaultRegionId: cn-shanghai',
        'VaultName: finance-daily',
        '---',
        'VaultRegionId: cn-shanghai',
        'VaultName: finance-daily',
      ),
    },
    findings: [
      {
        messageId: 'duplicate',
        message:
          'Unexpected second request for vault "finance-daily" in cn-shanghai; first requested in finance.vault.yaml (document 1).',
        file: 'finance.vault.yaml',
        document: 2,
        line: 5,
        column: 12,
        endLine: 5,
        endColumn: 25,
      },
    ],
  },
  {
    name: 'reports every later request against the first',
    files: {
      'a.vault.yaml': vault('cn-shanghai', 'finance-daily'),
      'b.vault.yaml': vault('cn-shanghai', 'finance-daily'),
      'c.vault.yaml': vault('cn-shanghai', 'finance-daily'),
    },
    findings: [
      {
        messageId: 'duplicate',
        message:
          'Unexpected second request for vault "finance-daily" in cn-shanghai; first requested in a.vault.yaml (document 1).',
        file: 'b.vault.yaml',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 25,
      },
      {
        messageId: 'duplicate',
        message:
          'Unexpected second request for vault "finance-daily" in cn-shanghai; first requested in a.vault.yaml (document 1).',
        file: 'c.vault.yaml',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 25,
      },
    ],
  },
]);

describe('duplicate-vault-name across configs', () => {
  // Two teams, each folder with a .vaultlint.yaml of its own: the names
  // still share one cloud, and the config of the later request reports.
  const root = tree({
    'a/.vaultlint.yaml': 'rules:\n  deprecated-storage-class: error\n',
    'a/x.vault.yaml': vault('cn-hangzhou', 'shared-name'),
    'b/.vaultlint.yaml': 'rules:\n  duplicate-vault-name: warning\n',
    'b/y.vault.yaml': vault('cn-hangzhou', 'shared-name'),
    'c/.vaultlint.yaml': 'rules:\n  duplicate-vault-name: "off"\n',
    'c/z.vault.yaml': vault('cn-hangzhou', 'shared-name'),
  });

  it('reports the later request with its own config’s severity', async () => {
    const results = await lint(['.'], { cwd: root });
    const found = results.files.flatMap((f) =>
      f.findings.map((x) => [f.file, x.ruleId, x.severity, x.message]),
    );
    expect(found).toEqual([
      [
        'b/y.vault.yaml',
        'duplicate-vault-name',
        'warning',
        'Unexpected second request for vault "shared-name" in cn-hangzhou; first requested in a/x.vault.yaml (document 1).',
      ],
    ]);
  });
});
