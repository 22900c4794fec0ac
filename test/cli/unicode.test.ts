// Columns count UTF-16 code units (as editors do); value lengths count
// characters (code points, as the API does). They differ after emoji.
import { describe, expect, it } from 'vitest';
import { findingsOf, runCli } from '../helpers/cli.js';
import { tree } from './tree.js';

const emoji = (n: number) => '😀'.repeat(n);

describe('columns and lengths', () => {
  const root = tree({
    'fits.vault.yaml': `VaultRegionId: cn-hangzhou\nVaultName: "${emoji(64)}"\n`,
    'long.vault.yaml': `VaultRegionId: cn-hangzhou\nVaultName: "${emoji(65)}"\n`,
    'flow.vault.yaml':
      '{VaultRegionId: cn-hangzhou, VaultName: "😀😀", VaultStorageClass: IA}\n',
    'crlf.vault.yaml':
      '\uFEFFVaultRegionId: cn-hangzhou\r\nVaultName: é-vault\r\nVaultStorageClass: IA\r\n',
  });

  it('accepts a VaultName of 64 emoji', async () => {
    const result = await runCli(['-f', 'json', 'fits.vault.yaml'], {
      cwd: root,
    });
    expect(result.code).toBe(0);
    expect(findingsOf(result.stdout)).toEqual([]);
  });

  it('counts 65 emoji as 65 characters and ends the range in code units', async () => {
    const result = await runCli(['-f', 'json', 'long.vault.yaml'], {
      cwd: root,
    });
    expect(result.code).toBe(1);
    expect(findingsOf(result.stdout)).toMatchObject([
      {
        ruleId: 'invalid-length',
        message:
          'Unexpected VaultName of 65 characters; it must be 1 to 64 characters.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 12 + 2 + 65 * 2,
      },
    ]);
  });

  it('counts an emoji as two columns before a finding on its line', async () => {
    const result = await runCli(['-f', 'json', 'flow.vault.yaml'], {
      cwd: root,
    });
    // `{VaultRegionId: cn-hangzhou, VaultName: "😀😀", VaultStorageClass: ` is
    // 67 code units long: 65 characters, two of them emoji.
    expect(findingsOf(result.stdout)).toMatchObject([
      {
        ruleId: 'deprecated-storage-class',
        line: 1,
        column: 68,
        endColumn: 70,
      },
    ]);
  });

  it('gives the same positions with a BOM and CRLF line ends', async () => {
    const result = await runCli(['-f', 'json', 'crlf.vault.yaml'], {
      cwd: root,
    });
    expect(findingsOf(result.stdout)).toMatchObject([
      {
        ruleId: 'deprecated-storage-class',
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 22,
      },
    ]);
  });
});
