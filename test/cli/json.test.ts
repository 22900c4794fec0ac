// The JSON report is a contract other tools read: its fields, positions,
// paths and order are pinned here exactly.
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { runCli } from '../helpers/cli.js';
import { request, tree } from './tree.js';

const docs = (id: string) => `${pkg.homepage}/blob/main/docs/rules/${id}.md`;

describe('JSON report', () => {
  const root = tree({
    'vaults/b/multi.yaml': [
      'VaultRegionId: cn-hangzhou',
      'VaultNmae: typo',
      'VaultName: one',
      '---',
      'VaultRegionId: cn-beijing',
      'VaultName: two',
      'VaultStorageClass: IA',
      '',
    ].join('\n'),
    'vaults/a.yaml': 'VaultRegionId: cn-hangzhou\nVaultName: [x\n',
    'vaults/B.yaml': request('upper'),
  });

  it('carries every field of the contract, sorted by path', async () => {
    const result = await runCli(['--format', 'json', 'vaults'], {
      cwd: root,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([
      'vaults/B.yaml',
      'vaults/a.yaml',
      'vaults/b/multi.yaml',
    ]);
    expect(report.files[0]).toEqual({
      file: 'vaults/B.yaml',
      requests: 1,
      findings: [],
    });
    expect(report.files[1].requests).toBe(0);
    expect(report.files[1].findings).toEqual([
      {
        ruleId: 'syntax-error',
        severity: 'error',
        message: expect.stringMatching(/^[A-Z].*\.$/),
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 1,
        pointer: null,
        document: 1,
        description:
          'Require request files to be valid YAML 1.2 or strict JSON',
        docs: docs('syntax-error'),
        suggestions: [],
      },
    ]);
    expect(report.files[2]).toEqual({
      file: 'vaults/b/multi.yaml',
      requests: 2,
      findings: [
        {
          ruleId: 'unknown-parameter',
          severity: 'error',
          message: 'Unexpected parameter "VaultNmae"; expected "VaultName".',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
          pointer: '/VaultNmae',
          document: 1,
          description: 'Disallow keys that are not CreateVault parameters',
          docs: docs('unknown-parameter'),
          suggestions: ['VaultName'],
        },
        {
          ruleId: 'deprecated-storage-class',
          severity: 'warning',
          message: 'VaultStorageClass "IA" is deprecated; use "STANDARD".',
          line: 7,
          column: 20,
          endLine: 7,
          endColumn: 22,
          pointer: '/VaultStorageClass',
          document: 2,
          description: 'Disallow the storage classes the API has deprecated',
          docs: docs('deprecated-storage-class'),
          suggestions: ['STANDARD'],
        },
      ],
    });
    expect(report.summary).toEqual({
      files: 3,
      requests: 3,
      errors: 2,
      warnings: 1,
      infos: 0,
      suppressed: 0,
    });
  });

  it('builds docs links from the homepage in package.json', () => {
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(docs('kms-key-required')).toBe(
      `${pkg.homepage}/blob/main/docs/rules/kms-key-required.md`,
    );
  });

  it('gives paths relative to the working directory, forward slashes', async () => {
    const result = await runCli(
      ['--format', 'json', 'multi.yaml', '../a.yaml', '../../vaults/B.yaml'],
      { cwd: `${root}/vaults/b` },
    );
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([
      '../B.yaml',
      '../a.yaml',
      'multi.yaml',
    ]);
  });

  it('reports a clean run as files with empty findings', async () => {
    const result = await runCli(['--format', 'json', 'vaults/B.yaml'], {
      cwd: root,
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.files).toEqual([
      { file: 'vaults/B.yaml', requests: 1, findings: [] },
    ]);
    expect(report.summary).toEqual({
      files: 1,
      requests: 1,
      errors: 0,
      warnings: 0,
      infos: 0,
      suppressed: 0,
    });
  });
});
