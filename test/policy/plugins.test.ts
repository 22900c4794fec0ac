// Plugins: the team's own rules, configured, suppressed and reported like
// built-in ones.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, lintJson, project } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
const examplePlugin = join(root, 'examples', 'policy', 'team-name-prefix.mjs');

/** A project using the example plugin, with these extra config lines. */
function withExamplePlugin(config: string, files: Record<string, string>) {
  return project({
    '.vaultlint.yaml': `plugins: [${JSON.stringify(examplePlugin)}]\n${config}`,
    ...files,
  });
}

const mediaRequest = (comment = '') =>
  `VaultRegionId: cn-hangzhou\nVaultName: assets${comment}\n`;

// A rule module that imports nothing: defineRule returns its argument.
const listPlugin = `export default [
  {
    id: 'no-test-names',
    type: 'suggestion',
    severity: 'error',
    description: 'Disallow vault names that start with test-',
    defaultOptions: {},
    messages: { test: 'Unexpected VaultName "{{name}}"; test vaults do not belong here.' },
    check({ params }, context) {
      if (!params.VaultName?.startsWith('test-')) return;
      context.report({ messageId: 'test', data: { name: params.VaultName }, pointer: '/VaultName' });
    },
  },
  {
    id: 'one-vault-per-file',
    type: 'suggestion',
    severity: 'warning',
    description: 'Enforce one request per file',
    defaultOptions: {},
    messages: { more: 'Unexpected second request in {{file}}.' },
    checkAll(requests, context) {
      for (const request of requests) {
        if (request.document > 1) context.report({ request, messageId: 'more', data: { file: request.file } });
      }
    },
  },
];
`;

describe('the example plugin', () => {
  it('fires on an example request', async () => {
    const run = await lintJson(root, ['examples']);
    const found = run.findings.filter((f) => f.ruleId === 'team-name-prefix');
    expect(found.map(brief)).toEqual([
      'examples/vaults/platform/api-example.vault.json 3:16 warning team-name-prefix: Unexpected VaultName "backupvaultname"; vaults of team platform have names starting with "platform-".',
    ]);
    expect(found[0]).toMatchObject({
      endLine: 3,
      endColumn: 33,
      pointer: '/VaultName',
      suggestions: ['platform-backupvaultname'],
      description:
        'Require VaultName to start with the team folder the request lives in',
      docs: 'https://github.com/vaultlint/vaultlint/blob/main/docs/policy.md#writing-a-policy-rule',
    });
  });

  it('takes its severity from the config', async () => {
    const dir = withExamplePlugin('rules:\n  team-name-prefix: error\n', {
      'vaults/media/assets.vault.yaml': mediaRequest(),
    });
    const run = await lintJson(dir, ['.']);
    expect(run.code).toBe(1);
    expect(run.findings.map(brief)).toEqual([
      'vaults/media/assets.vault.yaml 2:12 error team-name-prefix: Unexpected VaultName "assets"; vaults of team media have names starting with "media-".',
    ]);
  });

  it('takes its severity from --rule above the config', async () => {
    const dir = withExamplePlugin('rules:\n  team-name-prefix: error\n', {
      'vaults/media/assets.vault.yaml': mediaRequest(),
    });
    const run = await lintJson(dir, ['--rule', 'team-name-prefix=info', '.']);
    expect(run.code).toBe(0);
    expect(run.findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual([
      'info team-name-prefix',
    ]);
  });

  it('is switched off like a built-in rule', async () => {
    const dir = withExamplePlugin('rules:\n  team-name-prefix: off\n', {
      'vaults/media/assets.vault.yaml': mediaRequest(),
    });
    expect((await lintJson(dir, ['.'])).findings).toEqual([]);
  });

  it('is silenced by an inline suppression with a reason', async () => {
    const dir = withExamplePlugin('', {
      'vaults/media/assets.vault.yaml': mediaRequest(
        '  # vaultlint-disable-line team-name-prefix -- named before the policy',
      ),
    });
    const run = await lintJson(dir, ['.']);
    expect(run.code).toBe(0);
    expect(run.findings.map((f) => [f.ruleId, f.line, f.suppressed])).toEqual([
      [
        'team-name-prefix',
        2,
        { kind: 'disable-line', reason: 'named before the policy', line: 2 },
      ],
    ]);
  });

  it('cannot be silenced when mandatory', async () => {
    const dir = withExamplePlugin('mandatory: [team-name-prefix]\n', {
      'vaults/media/assets.vault.yaml': mediaRequest(
        '  # vaultlint-disable-line team-name-prefix -- named before the policy',
      ),
    });
    const run = await lintJson(dir, ['.']);
    expect(run.findings.map(brief)).toEqual([
      'vaults/media/assets.vault.yaml 2:12 warning team-name-prefix: Unexpected VaultName "assets"; vaults of team media have names starting with "media-"; team-name-prefix is mandatory, so the suppression on line 2 cannot silence it.',
    ]);
  });

  it('reads its options from the config', async () => {
    const dir = withExamplePlugin(
      'include: ["requests/**/*.yaml"]\nrules:\n  team-name-prefix: [warning, { folder: requests }]\n',
      { 'requests/media/assets.yaml': mediaRequest() },
    );
    const run = await lintJson(dir, ['.']);
    expect(run.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual([
      'requests/media/assets.yaml team-name-prefix',
    ]);
  });

  it('validates its options against its schema', async () => {
    const dir = withExamplePlugin(
      'rules:\n  team-name-prefix: [warning, { folders: requests }]\n',
      { 'vaults/media/assets.vault.yaml': mediaRequest() },
    );
    const run = await lintJson(dir, ['.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vaultlint: .vaultlint.yaml:3:33: Unexpected option "folders" for rule team-name-prefix; did you mean "folder"?\n',
    );
  });
});

describe('plugin modules', () => {
  it('may export a list of rules, for single requests and across them', async () => {
    const dir = project({
      '.vaultlint.yaml': 'plugins: ["./policy/rules.mjs"]\n',
      'policy/rules.mjs': listPlugin,
      'test.vault.yaml':
        'VaultRegionId: cn-hangzhou\nVaultName: test-a\n---\nVaultRegionId: cn-hangzhou\nVaultName: b\n',
    });
    const run = await lintJson(dir, ['test.vault.yaml']);
    expect(run.findings.map(brief)).toEqual([
      'test.vault.yaml 2:12 error no-test-names: Unexpected VaultName "test-a"; test vaults do not belong here.',
      'test.vault.yaml 4:1 warning one-vault-per-file: Unexpected second request in test.vault.yaml.',
    ]);
    expect(run.findings[0].docs).toMatch(/^file:\/\/.+\/policy\/rules\.mjs$/);
  });

  it('cannot change the request the other rules see', async () => {
    const dir = project({
      '.vaultlint.yaml': 'plugins: ["./policy/meddle.mjs"]\n',
      'policy/meddle.mjs': `export default {
  id: 'meddle',
  type: 'suggestion',
  severity: 'error',
  description: 'Enforce nothing',
  defaultOptions: {},
  messages: {},
  check(request) {
    request.params.VaultType = 'BAD';
  },
};
`,
      'a.vault.yaml': 'VaultRegionId: cn-hangzhou\nVaultName: a\n',
    });
    const run = await lintJson(dir, ['a.vault.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^vaultlint: Rule meddle failed on a\.vault\.yaml: Cannot add property VaultType, object is not extensible\.\n$/,
    );
  });

  it.each([
    [
      'a path that names no file',
      { '.vaultlint.yaml': 'plugins:\n  - ./policy/missing.mjs\n' },
      '.vaultlint.yaml:2:5: Cannot load plugin "policy/missing.mjs": no such file.',
    ],
    [
      'a module that throws',
      {
        '.vaultlint.yaml': 'plugins: ["./bad.mjs"]\n',
        'bad.mjs': "throw new Error('policy service unreachable');\n",
      },
      '.vaultlint.yaml:1:11: Cannot load plugin "bad.mjs": policy service unreachable.',
    ],
    [
      'a default export that is no rule',
      {
        '.vaultlint.yaml': 'plugins: ["./empty.mjs"]\n',
        'empty.mjs': 'export default { name: "not a rule" };\n',
      },
      '.vaultlint.yaml:1:11: Unexpected default export of plugin "empty.mjs"; expected a rule made with defineRule, or a list of them.',
    ],
    [
      'a rule id a built-in rule has',
      {
        '.vaultlint.yaml': 'plugins: ["./clash.mjs"]\n',
        'clash.mjs':
          "export default { id: 'kms-key-required', severity: 'error', messages: {}, check() {} };\n",
      },
      '.vaultlint.yaml:1:11: Unexpected rule id "kms-key-required" in plugin "clash.mjs"; another rule has that id.',
    ],
  ])('rejects %s with exit 2 at its entry', async (_, files, message) => {
    const dir = project({
      ...files,
      'a.vault.yaml': 'VaultRegionId: cn-hangzhou\nVaultName: a\n',
    });
    const run = await lintJson(dir, ['a.vault.yaml']);
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 2,
      stderr: `vaultlint: ${message}\n`,
    });
  });
});
