// Credentials never reach any output: every report format, the submit
// report, --print-config and the messages on standard error. Each case
// runs the CLI once per format and looks for the literal secrets.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { type CliRun, findingsOf, runCli } from './helpers/cli.js';

const FORMATS = [
  'stylish',
  'json',
  'sarif',
  'junit',
  'github',
  'markdown',
] as const;

const CREDENTIAL_MESSAGE =
  'expected none, as a credential does not belong in a request file, so remove it and revoke it.';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding the given files. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'vaultlint-secrets-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The CLI's output in every format, keyed by format. */
async function everyFormat(
  cwd: string,
  args: string[],
): Promise<Record<(typeof FORMATS)[number], CliRun>> {
  const runs = {} as Record<(typeof FORMATS)[number], CliRun>;
  for (const format of FORMATS) {
    runs[format] = await runCli(['--format', format, ...args], { cwd });
  }
  return runs;
}

/** Fails, naming the format and stream, when a secret shows anywhere. */
function expectHidden(
  runs: Record<string, CliRun>,
  secrets: readonly string[],
): void {
  for (const [format, run] of Object.entries(runs)) {
    for (const secret of secrets) {
      expect(run.stdout, `${format} stdout`).not.toContain(secret);
      expect(run.stderr, `${format} stderr`).not.toContain(secret);
    }
  }
}

describe('an access key used as a key', () => {
  const secrets = [
    'LTAI5tZyXwVuTsRqPoNmLkJi',
    'Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0',
  ];

  it('is one credential finding with key and value masked, in YAML', async () => {
    const cwd = tree({
      'vaults/a.yaml': [
        'VaultRegionId: cn-shanghai',
        'VaultName: ops-vault',
        'LTAI5tZyXwVuTsRqPoNmLkJi: Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0',
        '',
      ].join('\n'),
    });
    const runs = await everyFormat(cwd, ['vaults']);

    expectHidden(runs, secrets);
    for (const run of Object.values(runs)) expect(run.code).toBe(1);
    expect(
      findingsOf(runs.json.stdout).map((f) => ({
        ruleId: f.ruleId,
        message: f.message,
        line: f.line,
        column: f.column,
        pointer: f.pointer,
      })),
    ).toEqual([
      {
        ruleId: 'no-credentials',
        message: `Unexpected credential in "********"; ${CREDENTIAL_MESSAGE}`,
        line: 3,
        column: 27,
        pointer: '/********',
      },
    ]);
    const sarif = JSON.parse(runs.sarif.stdout);
    expect(sarif.runs[0].results[0].properties.pointer).toBe('/********');
    expect(runs.stylish.stdout).toContain(
      `3:27  error    Unexpected credential in "********"; ${CREDENTIAL_MESSAGE}  no-credentials`,
    );
  });

  it('is one credential finding with key and value masked, in JSON', async () => {
    const cwd = tree({
      'vaults/a.json':
        '{"VaultRegionId": "cn-shanghai", "VaultName": "ops-vault",\n "LTAI5tZyXwVuTsRqPoNmLkJi": "Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0"}\n',
    });
    const runs = await everyFormat(cwd, ['vaults']);

    expectHidden(runs, secrets);
    expect(
      findingsOf(runs.json.stdout).map((f) => [
        f.ruleId,
        f.line,
        f.column,
        f.pointer,
      ]),
    ).toEqual([['no-credentials', 2, 30, '/********']]);
  });

  it('stays hidden when nested under an unknown key', async () => {
    const cwd = tree({
      'vaults/a.yaml': [
        'VaultRegionId: cn-shanghai',
        'VaultName: ops-vault',
        'Extra:',
        '  LTAI5tZyXwVuTsRqPoNmLkJi: Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0',
        '',
      ].join('\n'),
    });
    const runs = await everyFormat(cwd, ['vaults']);

    expectHidden(runs, secrets);
    const found = findingsOf(runs.json.stdout).filter(
      (f) => f.ruleId === 'no-credentials',
    );
    expect(found.map((f) => f.line)).toEqual([4]);
  });

  it('stays hidden with no-credentials off', async () => {
    const cwd = tree({
      'vaults/a.yaml': [
        'VaultRegionId: cn-shanghai',
        'VaultName: ops-vault',
        'LTAI5tZyXwVuTsRqPoNmLkJi: x',
        '',
      ].join('\n'),
    });
    const runs = await everyFormat(cwd, [
      '--rule',
      'no-credentials=off',
      'vaults',
    ]);

    expectHidden(runs, secrets);
    expect(
      findingsOf(runs.json.stdout).map((f) => [f.ruleId, f.pointer]),
    ).toEqual([['unknown-parameter', '/********']]);
  });
});

describe('an access key as VaultName', () => {
  const files = {
    'vaults/a.yaml': [
      'VaultRegionId: cn-shanghai',
      'VaultName: LTAI5tQwErTyUiOpAsDfGhJk',
      '',
    ].join('\n'),
  };

  it('is masked in the request summaries and every format', async () => {
    const cwd = tree(files);
    const runs = await everyFormat(cwd, ['vaults']);

    expectHidden(runs, ['LTAI5tQwErTyUiOpAsDfGhJk']);
    expect(runs.junit.stdout).toContain(
      '<testcase name="******** (document 1)" classname="vaults/a.yaml" file="vaults/a.yaml">',
    );
    const results = await lint(['vaults'], { cwd });
    expect(results.requests).toEqual([
      {
        file: 'vaults/a.yaml',
        document: 1,
        vaultName: '********',
        region: 'cn-shanghai',
        account: 'default',
        approved: false,
        blocked: true,
        params: { VaultRegionId: 'cn-shanghai', VaultName: '********' },
      },
    ]);
  });

  it('is masked in the submit table and its JSON file', async () => {
    const cwd = tree(files);
    const run = await runCli(
      ['submit', '--dry-run', '--output-file', 'results.json', 'vaults'],
      {
        cwd,
        env: { ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', HOME: cwd },
      },
    );
    const written = readFileSync(join(cwd, 'results.json'), 'utf8');

    expect(run.code).toBe(1);
    expectHidden(
      { submit: run, file: { code: 0, stdout: written, stderr: '' } },
      ['LTAI5tQwErTyUiOpAsDfGhJk'],
    );
    expect(run.stdout).toContain(
      'vaults/a.yaml  ********  cn-shanghai  refused  -         -',
    );
    expect(JSON.parse(written).results[0].vaultName).toBe('********');
  });

  it('masks a secret found in another file and blocks that request', async () => {
    const cwd = tree({
      'vaults/a.yaml': [
        'VaultRegionId: cn-shanghai',
        'VaultName: ops-a',
        'AccessKeySecret: Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0',
        '',
      ].join('\n'),
      'vaults/b.yaml': [
        'VaultRegionId: cn-shanghai',
        'VaultName: ops-b',
        'Description: Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0 was rotated',
        '',
      ].join('\n'),
    });
    const results = await lint(['vaults'], { cwd });

    expect(results.files[1].findings).toEqual([]);
    expect(results.requests[1]).toMatchObject({
      file: 'vaults/b.yaml',
      approved: false,
      blocked: true,
      params: { Description: '******** was rotated' },
    });
  });
});

describe('a suppression reason holding an access key', () => {
  const cwd = () =>
    tree({
      'vaults/a.yaml': [
        'VaultRegionId: cn-shanghai',
        'VaultName: ops-vault',
        'VaultStorageClass: IA  # vaultlint-disable-line deprecated-storage-class -- key is LTAI5tReAsOnKeY123456789',
        '',
      ].join('\n'),
    });

  it('is masked in every format and reported at the key', async () => {
    const runs = await everyFormat(cwd(), ['vaults']);

    expectHidden(runs, ['LTAI5tReAsOnKeY123456789']);
    const findings = findingsOf(runs.json.stdout);
    expect(
      findings.map((f) => [
        f.ruleId,
        f.line,
        f.column,
        f.endColumn,
        f.suppressed,
      ]),
    ).toEqual([
      [
        'deprecated-storage-class',
        3,
        20,
        22,
        { kind: 'disable-line', reason: 'key is ********', line: 3 },
      ],
      ['no-credentials', 3, 84, 108, undefined],
    ]);
    expect(findings[1].message).toBe(
      `Unexpected access key in a comment; ${CREDENTIAL_MESSAGE}`,
    );
    const sarif = JSON.parse(runs.sarif.stdout);
    expect(sarif.runs[0].results[0].suppressions[0].justification).toBe(
      'key is ********',
    );
    expect(runs.junit.stdout).toContain(
      'vaults/a.yaml:3:20 suppressed warning: key is ********',
    );
    expect(runs.markdown.stdout).toContain(
      '| key is \\*\\*\\*\\*\\*\\*\\*\\* |',
    );
  });

  it('cannot silence the access key in its own reason', async () => {
    const root = tree({
      'vaults/a.yaml': [
        'VaultRegionId: cn-shanghai',
        'VaultName: ops-vault',
        'VaultStorageClass: IA  # vaultlint-disable-line -- key is LTAI5tReAsOnKeY123456789',
        '',
      ].join('\n'),
    });
    const run = await runCli(['--format', 'json', 'vaults'], { cwd: root });

    expect(run.code).toBe(1);
    expect(
      findingsOf(run.stdout).map((f) => [
        f.ruleId,
        f.line,
        f.column,
        Boolean(f.suppressed),
      ]),
    ).toEqual([
      ['deprecated-storage-class', 3, 20, true],
      ['no-credentials', 3, 59, false],
    ]);
  });
});

describe('an access key followed by an underscore', () => {
  it('is found and masked in every format', async () => {
    const cwd = tree({
      'vaults/a.yaml': [
        'VaultRegionId: cn-shanghai',
        'VaultName: ops-vault',
        'Description: copy of LTAI5tQwErTyUiOpAsDfGhJk_backup',
        '',
      ].join('\n'),
    });
    const runs = await everyFormat(cwd, ['vaults']);

    expectHidden(runs, ['LTAI5tQwErTyUiOpAsDfGhJk']);
    expect(
      findingsOf(runs.json.stdout).map((f) => [
        f.ruleId,
        f.line,
        f.column,
        f.message,
      ]),
    ).toEqual([
      [
        'no-credentials',
        3,
        14,
        `Unexpected access key in the value of "Description"; ${CREDENTIAL_MESSAGE}`,
      ],
    ]);
  });
});

describe('credentials in the config', () => {
  const endpoint =
    'https://LTAI5tZyXwVuTsRqPoNmLkJi:Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0@hbr.{region}.aliyuncs.com';
  const secrets = [
    'LTAI5tZyXwVuTsRqPoNmLkJi',
    'Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0',
  ];

  it('are masked by --print-config, URL userinfo and option values', async () => {
    const cwd = tree({
      '.vaultlint.yaml': [
        `submit: {endpoint: "${endpoint}"}`,
        'plugins: [./policy/with-token.mjs]',
        'rules:',
        '  with-token: [error, {token: hunter22, label: Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0}]',
        '',
      ].join('\n'),
      'policy/with-token.mjs': [
        'export default {',
        "  id: 'with-token',",
        "  type: 'suggestion',",
        "  severity: 'off',",
        "  description: 'Require nothing',",
        '  optionsSchema: { type: "object" },',
        '  defaultOptions: {},',
        '  messages: {},',
        '  check() {},',
        '};',
        '',
      ].join('\n'),
      'vaults/a.yaml': 'VaultRegionId: cn-shanghai\nVaultName: ops-vault\n',
    });
    const run = await runCli(['--print-config', 'vaults/a.yaml'], { cwd });

    expect(run.code).toBe(0);
    expectHidden({ printConfig: run }, [...secrets, 'hunter22']);
    const shown = JSON.parse(run.stdout);
    expect(shown.submit.value.endpoint).toBe(
      'https://********@hbr.{region}.aliyuncs.com',
    );
    expect(shown.rules['with-token'].options.value).toEqual({
      token: '********',
      label: '********',
    });
  });

  it('is masked in an unknown rule id, in every format', async () => {
    const cwd = tree({
      '.vaultlint.yaml': 'rules:\n  Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0: error\n',
      'vaults/a.yaml': 'VaultRegionId: cn-shanghai\nVaultName: ops-vault\n',
    });
    const runs = await everyFormat(cwd, ['vaults']);

    expectHidden(runs, secrets);
    for (const run of Object.values(runs)) {
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'vaultlint: .vaultlint.yaml:2:3: Unknown rule "********" in rules.\n',
      });
    }
  });

  it('is masked in a bad severity, also under --print-config', async () => {
    const cwd = tree({
      '.vaultlint.yaml':
        'rules:\n  no-credentials: Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0\n',
      'vaults/a.yaml': 'VaultRegionId: cn-shanghai\nVaultName: ops-vault\n',
    });
    const runs = {
      ...(await everyFormat(cwd, ['vaults'])),
      printConfig: await runCli(['--print-config', 'vaults/a.yaml'], { cwd }),
    };

    expectHidden(runs, secrets);
    for (const run of Object.values(runs)) {
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'vaultlint: .vaultlint.yaml:2:19: Unexpected severity "********" for rules.no-credentials; expected off, info, warning or error, or [severity, options].\n',
      });
    }
  });

  it('is masked in the config errors of submit', async () => {
    const cwd = tree({
      '.vaultlint.yaml': 'mandatory: [LTAI5tZyXwVuTsRqPoNmLkJi]\n',
      'vaults/a.yaml': 'VaultRegionId: cn-shanghai\nVaultName: ops-vault\n',
    });
    const run = await runCli(['submit', '--dry-run', 'vaults'], {
      cwd,
      env: { ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', HOME: cwd },
    });

    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'vaultlint: .vaultlint.yaml:1:13: Unknown rule "********" in mandatory.\n',
    });
  });
});

describe('a plugin rule that throws', () => {
  const plugin = (body: string) =>
    [
      'export default {',
      "  id: 'team-boom',",
      "  type: 'problem',",
      "  severity: 'error',",
      "  description: 'Require nothing',",
      '  defaultOptions: {},',
      "  messages: { found: 'Unexpected {{what}} in {{where}}.' },",
      body,
      '};',
      '',
    ].join('\n');
  const requests = {
    'vaults/a.yaml': 'VaultRegionId: cn-shanghai\nVaultName: ops-a\n',
    'vaults/b.yaml':
      'VaultRegionId: cn-shanghai\nVaultName: LTAI5tQwErTyUiOpAsDfGhJk\n',
  };

  it('stops the run naming rule and file, its message masked', async () => {
    const cwd = tree({
      '.vaultlint.yaml': 'plugins: [./boom.mjs]\n',
      'boom.mjs': plugin(
        [
          '  check(request) {',
          "    if (request.file !== 'vaults/b.yaml') return;",
          "    throw new Error('cannot read ' + request.raw.VaultName + '.\\n    at the place');",
          '  },',
        ].join('\n'),
      ),
      ...requests,
    });
    const runs = await everyFormat(cwd, ['vaults']);

    expectHidden(runs, ['LTAI5tQwErTyUiOpAsDfGhJk']);
    for (const run of Object.values(runs)) {
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'vaultlint: Rule team-boom failed on vaults/b.yaml: cannot read ********.\n',
      });
    }
  });

  it('stops the run when it checks all requests at once', async () => {
    const cwd = tree({
      '.vaultlint.yaml': 'plugins: [./boom.mjs]\n',
      'boom.mjs': plugin(
        [
          '  checkAll(requests) {',
          "    throw 'no list for ' + requests.map((r) => r.params.VaultName).join(', ');",
          '  },',
        ].join('\n'),
      ),
      ...requests,
    });
    const run = await runCli(['vaults'], { cwd });

    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'vaultlint: Rule team-boom failed on 2 files: no list for ops-a, ********.\n',
    });
  });

  it('stops the run when it reports an unknown message id', async () => {
    const cwd = tree({
      '.vaultlint.yaml': 'plugins: [./boom.mjs]\n',
      'boom.mjs': plugin(
        "  check(request, context) { context.report({ messageId: 'nope' }); },",
      ),
      'vaults/a.yaml': requests['vaults/a.yaml'],
    });
    const run = await runCli(['vaults'], { cwd });

    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'vaultlint: Rule team-boom failed on vaults/a.yaml: it reported unknown message id "nope".\n',
    });
  });

  it('leaves a placeholder its data does not fill as written', async () => {
    const cwd = tree({
      '.vaultlint.yaml': 'plugins: [./boom.mjs]\n',
      'boom.mjs': plugin(
        "  check(request, context) { context.report({ messageId: 'found', data: { what: 'x' } }); },",
      ),
      'vaults/a.yaml': requests['vaults/a.yaml'],
    });
    const run = await runCli(['--format', 'json', 'vaults'], { cwd });

    expect(findingsOf(run.stdout).map((f) => f.message)).toEqual([
      'Unexpected x in {{where}}.',
    ]);
  });
});
