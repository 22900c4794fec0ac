// .vaultlint.yaml: a wrong key or value is exit 2 with its line and column.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { brief, lintJson, project, request } from './helpers.js';

/** Lints one request under `config`; returns the exit code and stderr. */
async function withConfig(config: string) {
  const dir = project({
    '.vaultlint.yaml': config,
    'a.vault.yaml': request('finance-daily'),
  });
  const result = await runCli(['a.vault.yaml'], { cwd: dir });
  return { code: result.code, stderr: result.stderr };
}

describe('a bad config exits 2 with the position of the key', () => {
  it.each([
    [
      'a severity that is not one',
      'rules:\n  deprecated-storage-class: loud\n',
      '.vaultlint.yaml:2:29: Unexpected severity "loud" for rules.deprecated-storage-class; expected off, info, warning or error, or [severity, options].',
    ],
    [
      'a shortened severity, with the word meant',
      'rules:\n  deprecated-storage-class: warn\n',
      '.vaultlint.yaml:2:29: Unexpected severity "warn" for rules.deprecated-storage-class; expected off, info, warning or error, or [severity, options] (did you mean "warning"?).',
    ],
    [
      'a bad severity inside [severity, options]',
      'rules:\n  allowed-regions: [loud, { regions: [cn-shanghai] }]\n',
      '.vaultlint.yaml:2:21: Unexpected severity "loud" for rules.allowed-regions; expected off, info, warning or error, or [severity, options].',
    ],
    [
      'a rule without a severity',
      'rules:\n  deprecated-storage-class:\n',
      '.vaultlint.yaml:2:3: Missing severity for rules.deprecated-storage-class; expected off, info, warning or error, or [severity, options].',
    ],
    [
      'options that are not a mapping',
      'rules:\n  allowed-regions: [error, cn-shanghai]\n',
      '.vaultlint.yaml:2:28: Unexpected options for rules.allowed-regions; expected a mapping of option names to values.',
    ],
    [
      'a third item after the options',
      'rules:\n  allowed-regions: [error, {}, x]\n',
      '.vaultlint.yaml:2:32: Unexpected third item in rules.allowed-regions; expected [severity, options].',
    ],
    [
      'an unknown top-level key, with the key meant',
      'rulez:\n  deprecated-storage-class: error\n',
      '.vaultlint.yaml:1:1: Unexpected key "rulez" in the config; did you mean "rules"?',
    ],
    [
      'an unknown key of an account, with the key meant',
      'accounts:\n  prod:\n    files: ["vaults/prod/**"]\n    quotaa: 50\n',
      '.vaultlint.yaml:4:5: Unexpected key "quotaa" in accounts.prod; did you mean "quota"?',
    ],
    [
      'an account without files',
      'accounts:\n  prod:\n    quota: 50\n',
      '.vaultlint.yaml:3:5: Missing files in accounts.prod.',
    ],
    [
      'a scope that is not account or region',
      'accounts:\n  prod:\n    files: ["**"]\n    scope: regional\n',
      '.vaultlint.yaml:4:12: Unexpected value for accounts.prod.scope; expected account or region.',
    ],
    [
      'a negative count per region',
      'accounts:\n  prod:\n    files: ["**"]\n    existing: { cn-shanghai: -1 }\n',
      '.vaultlint.yaml:4:30: Unexpected value for accounts.prod.existing.cn-shanghai; expected a number >= 0.',
    ],
    [
      'an unknown rule, at its key, with the rule meant',
      'rules:\n  deprecated-storage-clas: error\n',
      '.vaultlint.yaml:2:3: Unknown rule "deprecated-storage-clas" in rules; did you mean "deprecated-storage-class"?',
    ],
    [
      'an unknown rule in mandatory',
      'mandatory: [no-credentials, kms-key-requird]\n',
      '.vaultlint.yaml:1:29: Unknown rule "kms-key-requird" in mandatory; did you mean "kms-key-required"?',
    ],
    [
      'an unknown option of a rule, with the option meant',
      'rules:\n  allowed-regions: [error, { region: [cn-shanghai] }]\n',
      '.vaultlint.yaml:2:30: Unexpected option "region" for rule allowed-regions; did you mean "regions"?',
    ],
    [
      'an option of the wrong type',
      'rules:\n  allowed-regions:\n    - error\n    - regions: cn-shanghai\n',
      '.vaultlint.yaml:4:16: Unexpected value for option regions of rule allowed-regions; expected a list.',
    ],
    [
      'a pattern that is no regular expression',
      'rules:\n  vault-name-pattern: [error, { pattern: "([a-z" }]\n',
      '.vaultlint.yaml:2:42: Unexpected pattern in option pattern of rule vault-name-pattern; it is not a valid regular expression.',
    ],
    [
      'options for a rule that takes none',
      'rules:\n  deprecated-storage-class: [warning, { level: 2 }]\n',
      '.vaultlint.yaml:2:41: Unexpected option "level" for rule deprecated-storage-class; deprecated-storage-class takes no options.',
    ],
    [
      'a severity for an engine check that is always an error',
      'rules:\n  syntax-error: warning\n',
      '.vaultlint.yaml:2:3: Unexpected check "syntax-error" in rules; the engine\'s own checks are always errors, except the suppression checks.',
    ],
    [
      'a list where a mapping belongs',
      'rules: [deprecated-storage-class]\n',
      '.vaultlint.yaml:1:8: Unexpected value for rules; expected a mapping.',
    ],
    [
      'broken YAML',
      'rules:\n  a: error\n b: error\n',
      '.vaultlint.yaml:3:1: Cannot parse the config: All mapping items must start at the same column.',
    ],
  ])('%s', async (_, config, message) => {
    expect(await withConfig(config)).toEqual({
      code: 2,
      stderr: `vaultlint: ${message}\n`,
    });
  });
});

describe('which config governs a file', () => {
  it('uses the nearest .vaultlint.yaml above the file, without merging', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'rules:\n  vault-name-pattern: error\n  description-required: error\n',
      'team/.vaultlint.yaml': 'rules:\n  vault-name-pattern: warning\n',
      'team/vaults/a.yaml': request('Finance_Daily'),
      'vaults/b.yaml': request('Media_Cold'),
    });
    const run = await lintJson(dir, ['.']);
    expect(
      run.findings.map((f) => `${f.file} ${f.severity} ${f.ruleId}`),
    ).toEqual([
      'team/vaults/a.yaml warning vault-name-pattern',
      'vaults/b.yaml error description-required',
      'vaults/b.yaml error vault-name-pattern',
    ]);
  });

  it('finds the config above the working directory', async () => {
    const dir = project({
      '.vaultlint.yaml': 'rules:\n  vault-name-pattern: error\n',
      'vaults/a.yaml': request('Finance_Daily'),
    });
    const result = await runCli(['--format', 'json', 'a.yaml'], {
      cwd: `${dir}/vaults`,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('"ruleId": "vault-name-pattern"');
  });

  it('uses --config for every file instead', async () => {
    const dir = project({
      '.vaultlint.yaml': 'rules:\n  vault-name-pattern: error\n',
      'strict.yaml': 'rules:\n  description-required: warning\n',
      'vaults/a.yaml': request('Finance_Daily'),
    });
    const run = await lintJson(dir, ['--config', 'strict.yaml', '.']);
    expect(run.code).toBe(0);
    expect(run.findings.map(brief)).toEqual([
      'vaults/a.yaml 1:1 warning description-required: Missing Description; team policy requires one.',
    ]);
  });

  it('puts --rule above the config, and the config above the defaults', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'rules:\n  vault-name-pattern: error\n  description-required: info\n',
      'vaults/a.yaml': request('Finance_Daily'),
    });
    const run = await lintJson(dir, [
      '--rule',
      'vault-name-pattern=warning',
      '.',
    ]);
    expect(run.findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual([
      'info description-required',
      'warning vault-name-pattern',
    ]);
  });

  it('refuses --rule for an engine check that is always an error', async () => {
    const dir = project({ 'a.vault.yaml': request('a') });
    const result = await runCli(['--rule', 'syntax-error=off', '.'], {
      cwd: dir,
    });
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 2,
      stderr:
        'vaultlint: Unexpected check "syntax-error" in --rule; the engine\'s own checks are always errors, except the suppression checks.\n',
    });
  });

  it('reads include, exclude and account globs from the config folder', async () => {
    const dir = project({
      'repo/.vaultlint.yaml':
        'include: ["requests/*.yaml"]\nexclude: ["requests/old-*"]\naccounts:\n  prod:\n    files: ["requests/**"]\n    quota: 1\n',
      'repo/requests/a.yaml': request('a'),
      'repo/requests/b.yaml': request('b'),
      'repo/requests/old-c.yaml': request('c'),
      'repo/vaults/ignored.yaml': request('d'),
    });
    const run = await lintJson(dir, ['repo']);
    expect(run.findings.map(brief)).toEqual([
      'repo/requests/b.yaml 1:1 error account-vault-quota: Unexpected vault past the quota of account prod: 0 existing + 2 requested = 2 of 1.',
    ]);
  });
});

describe('config values, in words', () => {
  it.each([
    [
      'include: []\n',
      '.vaultlint.yaml:1:10: Unexpected value for include; expected at least 1 item.',
    ],
    [
      'accounts:\n  a:\n    files: ["x/**"]\n    quota: 2.5\n',
      '.vaultlint.yaml:4:12: Unexpected value for accounts.a.quota; expected a whole number.',
    ],
    [
      'accounts:\n  a:\n    files: ["x/**"]\n    quota: .inf\n',
      '.vaultlint.yaml:4:12: Unexpected value for accounts.a.quota; expected a number <= 1000000.',
    ],
  ])('%j, the same on every run', async (config, message) => {
    const dir = project({
      '.vaultlint.yaml': config,
      'a.vault.yaml': 'VaultRegionId: cn-hangzhou\nVaultName: a\n',
    });
    // The second run may read the parsed config from the cache.
    for (const run of [
      await lintJson(dir, ['a.vault.yaml']),
      await lintJson(dir, ['a.vault.yaml']),
    ]) {
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 2,
        stderr: `vaultlint: ${message}\n`,
      });
    }
  });
});

it('reports a config that is not UTF-8 at its first bad byte', async () => {
  const dir = project({
    'a.vault.yaml': 'VaultRegionId: cn-hangzhou\nVaultName: a\n',
  });
  writeFileSync(
    join(dir, '.vaultlint.yaml'),
    Buffer.from('rules:\n  deprecated-storage-class: err\xffor\n', 'latin1'),
  );
  const run = await lintJson(dir, ['a.vault.yaml']);
  expect({ code: run.code, stderr: run.stderr }).toEqual({
    code: 2,
    stderr:
      'vaultlint: .vaultlint.yaml:2:32: Unexpected byte 0xFF; the file is not valid UTF-8 (save it as UTF-8).\n',
  });
});
