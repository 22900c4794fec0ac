// --print-config FILE: the effective settings for a file and their source.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { project, request } from './helpers.js';

async function printConfig(cwd: string, args: string[]) {
  const result = await runCli(args, { cwd });
  return {
    code: result.code,
    stderr: result.stderr,
    shown: result.stdout ? JSON.parse(result.stdout) : undefined,
  };
}

describe('--print-config', () => {
  it('shows the built-in defaults without a config file', async () => {
    const dir = project({ 'a.vault.yaml': request('a') });
    const { code, shown } = await printConfig(dir, [
      '--print-config',
      'a.vault.yaml',
    ]);
    expect(code).toBe(0);
    expect(shown).toMatchObject({
      file: 'a.vault.yaml',
      config: null,
      included: true,
      excluded: false,
      account: { value: 'default', source: 'default' },
      exclude: { value: [], source: 'default' },
      mandatory: { value: [], source: 'default' },
      accounts: { value: [], source: 'default' },
    });
    expect(shown.include.source).toBe('default');
    expect(shown.include.value).toContain('**/*.vault.yaml');
    expect(shown.rules['vault-name-pattern']).toEqual({
      severity: { value: 'off', source: 'default' },
      options: {
        value: { pattern: '[a-z0-9]+(-[a-z0-9]+)*' },
        source: 'default',
      },
    });
    expect(shown.rules['unused-suppression']).toEqual({
      severity: { value: 'warning', source: 'default' },
      options: { value: {}, source: 'default' },
    });
  });

  it('puts the config above the defaults and --rule above both', async () => {
    const dir = project({
      '.vaultlint.yaml': [
        'exclude: ["vaults/legacy/**"]',
        'rules:',
        '  vault-name-pattern: [warning, { pattern: "[a-z]+" }]',
        '  description-required: info',
        'accounts:',
        '  prod:',
        '    files: ["vaults/prod/**"]',
        '    existing: 12',
        '',
      ].join('\n'),
      'vaults/prod/a.vault.yaml': request('a'),
    });
    const { shown } = await printConfig(dir, [
      '--rule',
      'vault-name-pattern=error',
      '--print-config',
      'vaults/prod/a.vault.yaml',
    ]);
    expect(shown).toMatchObject({
      file: 'vaults/prod/a.vault.yaml',
      config: '.vaultlint.yaml',
      account: { value: 'prod', source: 'config' },
      exclude: { value: ['vaults/legacy/**'], source: 'config' },
      accounts: {
        value: [
          {
            name: 'prod',
            files: ['vaults/prod/**'],
            quota: 100,
            existing: 12,
            scope: 'account',
            warnAt: 0.9,
          },
        ],
        source: 'config',
      },
    });
    expect(shown.include.source).toBe('default');
    expect(shown.rules['vault-name-pattern']).toEqual({
      severity: { value: 'error', source: 'flag' },
      options: { value: { pattern: '[a-z]+' }, source: 'config' },
    });
    expect(shown.rules['description-required']).toEqual({
      severity: { value: 'info', source: 'config' },
      options: { value: { minLength: 1 }, source: 'default' },
    });
    expect(shown.rules['kms-key-required'].severity).toEqual({
      value: 'error',
      source: 'default',
    });
  });

  it('shows the nearest config and whether it excludes the file', async () => {
    const dir = project({
      '.vaultlint.yaml': 'rules:\n  vault-name-pattern: error\n',
      'team/.vaultlint.yaml': 'exclude: ["old/**"]\n',
      'team/old/a.vault.yaml': request('a'),
    });
    const { shown } = await printConfig(dir, [
      '--print-config',
      'team/old/a.vault.yaml',
    ]);
    expect(shown).toMatchObject({
      config: 'team/.vaultlint.yaml',
      excluded: true,
      exclude: { value: ['old/**'], source: 'config' },
    });
    expect(shown.rules['vault-name-pattern'].severity).toEqual({
      value: 'off',
      source: 'default',
    });
  });

  it('lists plugin rules with the plugin they come from', async () => {
    const dir = project({
      '.vaultlint.yaml':
        'plugins: ["./policy/rule.mjs"]\nrules:\n  no-test-names: warning\n',
      'policy/rule.mjs':
        "export default { id: 'no-test-names', type: 'suggestion', severity: 'error', description: 'Disallow test names', defaultOptions: {}, messages: {}, check() {} };\n",
      'a.vault.yaml': request('a'),
    });
    const { shown } = await printConfig(dir, [
      '--print-config',
      'a.vault.yaml',
    ]);
    expect(shown.plugins).toEqual({
      value: ['policy/rule.mjs'],
      source: 'config',
    });
    expect(shown.rules['no-test-names']).toEqual({
      severity: { value: 'warning', source: 'config' },
      options: { value: {}, source: 'default' },
      plugin: 'policy/rule.mjs',
    });
  });

  it('shows the regions section where the region rules read it', async () => {
    const dir = project({
      '.vaultlint.yaml': 'regions:\n  supported: [cn-nowhere-1]\n',
      'a.vault.yaml': request('a'),
    });
    const { shown } = await printConfig(dir, [
      '--print-config',
      'a.vault.yaml',
    ]);
    expect(shown.regions).toEqual({
      value: { supported: ['cn-nowhere-1'], decommissioned: [] },
      source: 'config',
    });
    expect(shown.rules['vault-region'].options).toEqual({
      value: { regions: { supported: ['cn-nowhere-1'], decommissioned: [] } },
      source: 'config',
    });
    expect(shown.rules['allowed-regions'].options).toEqual({
      value: { regions: [] },
      source: 'default',
    });
  });

  it('exits 2 on a bad config, with its position', async () => {
    const dir = project({
      '.vaultlint.yaml': 'rules:\n  deprecated-storage-class: loud\n',
      'a.vault.yaml': request('a'),
    });
    const { code, stderr } = await printConfig(dir, [
      '--print-config',
      'a.vault.yaml',
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'vaultlint: .vaultlint.yaml:2:29: Unexpected severity "loud" for rules.deprecated-storage-class; expected off, info, warning or error, or [severity, options].\n',
    );
  });
});
