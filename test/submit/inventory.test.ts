import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { HbrEmulator } from '../emulator/hbr-emulator.js';
import { runCli } from '../helpers/cli.js';
import { credentialEnv, workspace } from './helpers.js';

let emulator: HbrEmulator;

beforeEach(async () => {
  emulator = await HbrEmulator.start();
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await emulator.close();
});

describe('vaultlint inventory', () => {
  it('writes DescribeVaults pages that an account inventory reads', async () => {
    for (let i = 0; i < 150; i++)
      emulator.seed({ VaultName: `h${i}`, VaultRegionId: 'cn-hangzhou' });
    emulator.seed({ VaultName: 's0', VaultRegionId: 'cn-shanghai' });
    const root = workspace({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["vaults/**"]\n    inventory: inventory.json\n',
      'vaults/new.vault.yaml': 'VaultRegionId: cn-hangzhou\nVaultName: new\n',
    });

    const run = await runCli(
      ['inventory', '--endpoint', emulator.url, '-o', 'inventory.json'],
      { cwd: root, env: credentialEnv() },
    );

    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'Wrote 151 vaults from 18 regions to inventory.json.\n',
    );
    const pages = JSON.parse(
      readFileSync(join(root, 'inventory.json'), 'utf8'),
    ) as Array<{ TotalCount: number; Vaults: { Vault: unknown[] } }>;
    expect(pages.map((p) => [p.TotalCount, p.Vaults.Vault.length])).toEqual([
      [150, 99],
      [150, 51],
      [1, 1],
    ]);
    const results = await lint(['vaults'], { cwd: root });
    expect(results.accounts.find((a) => a.name === 'prod')).toMatchObject({
      existing: 151,
      requested: 1,
    });
  });

  it('lists only the regions named with --region', async () => {
    emulator.seed({ VaultName: 'h0', VaultRegionId: 'cn-hangzhou' });
    emulator.seed({ VaultName: 's0', VaultRegionId: 'cn-shanghai' });
    const root = workspace({});

    const run = await runCli(
      ['inventory', '--endpoint', emulator.url, '--region', 'cn-shanghai'],
      { cwd: root, env: credentialEnv() },
    );

    expect(run.code).toBe(0);
    const pages = JSON.parse(run.stdout) as Array<{
      Vaults: { Vault: Array<{ VaultName: string }> };
    }>;
    expect(
      pages.flatMap((p) => p.Vaults.Vault.map((v) => v.VaultName)),
    ).toEqual(['s0']);
    expect(emulator.calls.map((c) => c.params.VaultRegionId)).toEqual([
      'cn-shanghai',
    ]);
  });

  it('refuses a --region Cloud Backup does not serve, before any call', async () => {
    const root = workspace({});

    const run = await runCli(
      ['inventory', '--endpoint', emulator.url, '--region', 'cn-hangzhuo'],
      { cwd: root, env: credentialEnv() },
    );

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vaultlint: Unexpected --region "cn-hangzhuo": Cloud Backup serves no such region; did you mean "cn-hangzhou"?\n',
    );
    expect(emulator.calls).toHaveLength(0);
  });

  it('writes nothing and exits 1 when a region cannot be listed', async () => {
    const root = workspace({});

    const run = await runCli(
      [
        'inventory',
        '--endpoint',
        emulator.url,
        '--region',
        'cn-hangzhou',
        '-o',
        'inventory.json',
      ],
      { cwd: root, env: credentialEnv({ id: 'LTAI5tUnknownKey' }) },
    );

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^vaultlint: cannot list the vaults of cn-hangzhou: InvalidAccessKeyId\.NotFound: Specified access key is not found\. \(request id [0-9A-F-]{36}\)\nvaultlint: no inventory written\.\n$/,
    );
    expect(existsSync(join(root, 'inventory.json'))).toBe(false);
  });

  it('exits 2 without credentials', async () => {
    const run = await runCli(['inventory', '--endpoint', emulator.url], {
      cwd: workspace({}),
      env: credentialEnv('none'),
    });

    expect(run.code).toBe(2);
    expect(emulator.calls).toHaveLength(0);
  });
});
