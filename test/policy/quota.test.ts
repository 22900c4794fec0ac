// Account quotas: existing vaults plus new requests must fit each account.
import { describe, expect, it } from 'vitest';
import {
  brief,
  describeVaults,
  lintJson,
  project,
  request,
  requests,
} from './helpers.js';

const quotaFindings = (findings: Array<Record<string, unknown>>) =>
  findings.filter((f) => f.ruleId === 'account-vault-quota').map(brief);

describe('account-vault-quota', () => {
  it('reports the 101st request of an account with quota 100', async () => {
    const dir = project({
      '.vaultlint.yaml': 'accounts:\n  prod:\n    files: ["vaults/prod/**"]\n',
      ...requests('vaults/prod', 101),
    });
    const run = await lintJson(dir, ['.']);
    expect(run.code).toBe(1);
    expect(quotaFindings(run.findings)).toEqual([
      'vaults/prod/v101.vault.yaml 1:1 error account-vault-quota: Unexpected vault past the quota of account prod: 0 existing + 101 requested = 101 of 100.',
    ]);
    expect(run.report.accounts).toEqual([
      {
        name: 'prod',
        quota: 100,
        existing: 0,
        requested: 101,
        scope: 'account',
      },
    ]);
  });

  it('passes 100 requests with quota 100, warning that it is near', async () => {
    const dir = project(requests('vaults', 100));
    const run = await lintJson(dir, ['.']);
    expect(run.code).toBe(0);
    expect(quotaFindings(run.findings)).toEqual([
      'vaults/v090.vault.yaml 1:1 warning account-vault-quota: Unexpected vault count near the quota of account default: 0 existing + 100 requested = 100 of 100 (warning from 90%).',
    ]);
    expect(run.report.accounts).toEqual([
      {
        name: 'default',
        quota: 100,
        existing: 0,
        requested: 100,
        scope: 'account',
      },
    ]);
  });

  it('counts existing vaults with the requests', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["vaults/**"]\n    existing: 37\n',
      ...requests('vaults', 64),
    });
    const run = await lintJson(dir, ['.']);
    expect(quotaFindings(run.findings)).toEqual([
      'vaults/v064.vault.yaml 1:1 error account-vault-quota: Unexpected vault past the quota of account prod: 37 existing + 64 requested = 101 of 100.',
    ]);
  });

  it('counts the vaults of the inventory with the requests', async () => {
    const inventory = Array.from(
      { length: 37 },
      (_, i) => `cn-hangzhou/old-${i}`,
    );
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["vaults/**"]\n    inventory: inventory.json\n',
      'inventory.json': JSON.stringify(describeVaults(inventory)),
      ...requests('vaults', 64),
    });
    const run = await lintJson(dir, ['.']);
    expect(quotaFindings(run.findings)).toEqual([
      'vaults/v064.vault.yaml 1:1 error account-vault-quota: Unexpected vault past the quota of account prod: 37 existing + 64 requested = 101 of 100.',
    ]);
  });

  it('adds existing to the inventory: it counts the vaults it does not list', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["vaults/**"]\n    existing: 7\n    inventory: inventory.json\n',
      'inventory.json': JSON.stringify([
        describeVaults(['cn-shanghai/a', 'cn-shanghai/b']),
        describeVaults(['cn-hangzhou/c']),
      ]),
      ...requests('vaults', 91),
    });
    const run = await lintJson(dir, ['.']);
    expect(quotaFindings(run.findings)).toEqual([
      'vaults/v091.vault.yaml 1:1 error account-vault-quota: Unexpected vault past the quota of account prod: 10 existing + 91 requested = 101 of 100.',
    ]);
    expect(run.report.accounts).toEqual([
      {
        name: 'prod',
        quota: 100,
        existing: 10,
        requested: 91,
        scope: 'account',
      },
    ]);
  });

  it('does not count twice a request the inventory already lists', async () => {
    const inventory = [
      'cn-shanghai/v001',
      ...Array.from({ length: 36 }, (_, i) => `cn-hangzhou/old-${i}`),
    ];
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["vaults/**"]\n    inventory: inventory.json\n    warnAt: 1\n',
      'inventory.json': JSON.stringify(describeVaults(inventory)),
      ...requests('vaults', 64),
    });
    const run = await lintJson(dir, ['.']);
    expect(quotaFindings(run.findings)).toEqual([
      'vaults/v064.vault.yaml 1:1 warning account-vault-quota: Unexpected vault count near the quota of account prod: 37 existing + 63 requested = 100 of 100 (warning from 100%).',
    ]);
    expect(run.code).toBe(0);
  });

  it('matches the inventory by name in the request region only', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["*.vault.yaml"]\n    quota: 1\n    inventory: inventory.json\n',
      'inventory.json': JSON.stringify(describeVaults(['cn-hangzhou/ledger'])),
      'ledger.vault.yaml': request('ledger', 'cn-shanghai'),
    });
    const run = await lintJson(dir, ['.']);
    expect(quotaFindings(run.findings)).toEqual([
      'ledger.vault.yaml 1:1 error account-vault-quota: Unexpected vault past the quota of account prod: 1 existing + 1 requested = 2 of 1.',
    ]);
  });

  it('keeps two accounts apart', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["vaults/prod/**"]\n  dev:\n    files: ["vaults/dev/**"]\n    quota: 60\n',
      ...requests('vaults/prod', 60),
      ...requests('vaults/dev', 61),
    });
    const run = await lintJson(dir, ['.']);
    expect(quotaFindings(run.findings)).toEqual([
      'vaults/dev/v061.vault.yaml 1:1 error account-vault-quota: Unexpected vault past the quota of account dev: 0 existing + 61 requested = 61 of 60.',
    ]);
    expect(run.report.accounts).toEqual([
      {
        name: 'prod',
        quota: 100,
        existing: 0,
        requested: 60,
        scope: 'account',
      },
      { name: 'dev', quota: 60, existing: 0, requested: 61, scope: 'account' },
    ]);
  });

  it('gives a request to the first account whose globs match it', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  archive:\n    files: ["vaults/prod/archive-*"]\n    quota: 1\n  prod:\n    files: ["vaults/prod/**"]\n    quota: 1\n',
      'vaults/prod/archive-a.vault.yaml': request('archive-a'),
      'vaults/prod/db.vault.yaml': request('db'),
    });
    const run = await lintJson(dir, ['.']);
    expect(quotaFindings(run.findings)).toEqual([
      'vaults/prod/archive-a.vault.yaml 1:1 warning account-vault-quota: Unexpected vault count near the quota of account archive: 0 existing + 1 requested = 1 of 1 (warning from 90%).',
      'vaults/prod/db.vault.yaml 1:1 warning account-vault-quota: Unexpected vault count near the quota of account prod: 0 existing + 1 requested = 1 of 1 (warning from 90%).',
    ]);
  });

  it('warns once per account, on the request that reaches warnAt', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["vaults/**"]\n    quota: 10\n    existing: 3\n    warnAt: 0.5\n',
      ...requests('vaults', 4),
    });
    const run = await lintJson(dir, ['.']);
    expect(quotaFindings(run.findings)).toEqual([
      'vaults/v002.vault.yaml 1:1 warning account-vault-quota: Unexpected vault count near the quota of account prod: 3 existing + 4 requested = 7 of 10 (warning from 50%).',
    ]);
  });

  it('counts each region apart with scope region', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["vaults/**"]\n    quota: 2\n    scope: region\n    existing: { cn-shanghai: 1 }\n',
      'vaults/a.vault.yaml': request('a', 'cn-shanghai'),
      'vaults/b.vault.yaml': request('b', 'cn-hangzhou'),
      'vaults/c.vault.yaml': request('c', 'cn-shanghai'),
    });
    const run = await lintJson(dir, ['.']);
    expect(quotaFindings(run.findings)).toEqual([
      'vaults/c.vault.yaml 1:1 error account-vault-quota: Unexpected vault past the quota of account prod in cn-shanghai: 1 existing + 2 requested = 3 of 2.',
    ]);
    expect(run.report.accounts).toEqual([
      {
        name: 'prod',
        quota: 2,
        existing: 1,
        requested: 3,
        scope: 'region',
        regions: [
          { region: 'cn-hangzhou', existing: 0, requested: 1 },
          { region: 'cn-shanghai', existing: 1, requested: 2 },
        ],
      },
    ]);
  });

  it('counts a plain existing number in every region with scope region', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["vaults/**"]\n    quota: 2\n    scope: region\n    existing: 2\n',
      'vaults/a.vault.yaml': request('a', 'cn-shanghai'),
      'vaults/b.vault.yaml': request('b', 'cn-hangzhou'),
    });
    const run = await lintJson(dir, ['.']);
    expect(quotaFindings(run.findings)).toEqual([
      'vaults/a.vault.yaml 1:1 error account-vault-quota: Unexpected vault past the quota of account prod in cn-shanghai: 2 existing + 1 requested = 3 of 2.',
      'vaults/b.vault.yaml 1:1 error account-vault-quota: Unexpected vault past the quota of account prod in cn-hangzhou: 2 existing + 1 requested = 3 of 2.',
    ]);
  });

  it('stops a request past the quota from being approved', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["*.vault.yaml"]\n    quota: 1\n',
      'a.vault.yaml': request('a'),
      'b.vault.yaml': request('b'),
    });
    const { lint } = await import('../../src/engine/lint.js');
    const results = await lint(['.'], { cwd: dir });
    expect(results.requests.map((r) => [r.file, r.approved])).toEqual([
      ['a.vault.yaml', true],
      ['b.vault.yaml', false],
    ]);
  });

  it('rejects an inventory that is not a DescribeVaults body, at its key', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["*.vault.yaml"]\n    inventory: inventory.json\n',
      'inventory.json': '{"Vaults": []}',
      'a.vault.yaml': request('a'),
    });
    const run = await lintJson(dir, ['.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vaultlint: .vaultlint.yaml:4:16: Unexpected content in inventory "inventory.json"; expected DescribeVaults response bodies with Vaults.Vault.\n',
    );
  });

  it('rejects an inventory of some pages only, at its key', async () => {
    // One page of a DescribeVaults answer that counts more vaults than it
    // lists: the quota would look roomier than it is.
    const page = {
      ...describeVaults(
        Array.from({ length: 10 }, (_, i) => `cn-hangzhou/old-${i}`),
      ),
      TotalCount: 500,
    };
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["*.vault.yaml"]\n    inventory: inventory.json\n',
      'inventory.json': JSON.stringify(page),
      'a.vault.yaml': request('a'),
    });
    const run = await lintJson(dir, ['.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vaultlint: .vaultlint.yaml:4:16: Unexpected incomplete inventory "inventory.json": DescribeVaults counts 500 vaults in cn-hangzhou, the file lists 10; save every page (vaultlint inventory does).\n',
    );
  });

  it('accepts every page of a region, and a page past the last', async () => {
    const vaults = Array.from({ length: 12 }, (_, i) => `cn-hangzhou/old-${i}`);
    const pages = [
      { ...describeVaults(vaults.slice(0, 10)), TotalCount: 12 },
      { ...describeVaults(vaults.slice(10)), TotalCount: 12, PageNumber: 2 },
      { ...describeVaults([]), TotalCount: 12, PageNumber: 3 },
    ];
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["*.vault.yaml"]\n    inventory: inventory.json\n',
      'inventory.json': JSON.stringify(pages),
      'a.vault.yaml': request('a'),
    });
    const run = await lintJson(dir, ['.']);
    expect(run.code).toBe(0);
    expect(run.report.accounts).toEqual([
      expect.objectContaining({ name: 'prod', existing: 12, requested: 1 }),
    ]);
  });

  it('places a syntax error inside the inventory, and reads one with a BOM', async () => {
    const broken = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["*.vault.yaml"]\n    inventory: inventory.json\n',
      'inventory.json': '{\n  "Vaults": {},\n}\n',
      'a.vault.yaml': request('a'),
    });
    const run = await lintJson(broken, ['.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vaultlint: .vaultlint.yaml:4:16: Cannot read inventory "inventory.json": Expected double-quoted property name at line 3, column 1.\n',
    );

    const bom = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["*.vault.yaml"]\n    inventory: inventory.json\n',
      'inventory.json': `\uFEFF${JSON.stringify(describeVaults(['cn-hangzhou/old']))}`,
      'a.vault.yaml': request('a'),
    });
    const ok = await lintJson(bom, ['.']);
    expect(ok.code).toBe(0);
    expect(ok.report.accounts).toEqual([
      expect.objectContaining({ name: 'prod', existing: 1, requested: 1 }),
    ]);
  });

  it('rejects a missing inventory file, at its key', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["*.vault.yaml"]\n    inventory: nowhere.json\n',
      'a.vault.yaml': request('a'),
    });
    const run = await lintJson(dir, ['.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vaultlint: .vaultlint.yaml:4:16: Cannot read inventory "nowhere.json": no such file.\n',
    );
  });
});
