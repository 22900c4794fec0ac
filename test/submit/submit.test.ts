import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HbrEmulator,
  TEST_ACCESS_KEY_ID,
  TEST_ACCESS_KEY_SECRET,
} from '../emulator/hbr-emulator.js';
import { runCli } from '../helpers/cli.js';
import {
  ALPHA,
  BETA,
  credentialEnv,
  readResults,
  workspace,
} from './helpers.js';

let emulator: HbrEmulator;

beforeEach(async () => {
  emulator = await HbrEmulator.start({ pollsToReady: 3 });
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await emulator.close();
});

function submit(root: string, env: NodeJS.ProcessEnv, ...extra: string[]) {
  return submitTo('r.json', root, env, ...extra);
}

/** Submits vaults/ with its results written to `output`. */
function submitTo(
  output: string,
  root: string,
  env: NodeJS.ProcessEnv,
  ...extra: string[]
) {
  return runCli(
    [
      'submit',
      '--endpoint',
      emulator.url,
      '--output-file',
      output,
      ...extra,
      'vaults',
    ],
    { cwd: root, env },
  );
}

describe('vaultlint submit', () => {
  it('creates each approved vault once, waits for CREATED and exits 0', async () => {
    const root = workspace({
      'vaults/alpha.vault.yaml': ALPHA,
      'vaults/beta.vault.yaml': BETA,
    });
    const run = await submit(root, credentialEnv(), '--wait');

    expect(run.code).toBe(0);
    expect(emulator.creates).toHaveLength(2);
    // The two creates run at once, so either may reach the service first.
    const byName = (name: string) =>
      emulator.vaults.find((v) => v.VaultName === name);
    expect(emulator.vaults.map((v) => [v.VaultName, v.Status]).sort()).toEqual([
      ['alpha', 'CREATED'],
      ['beta', 'CREATED'],
    ]);
    const alpha = byName('alpha');
    const beta = byName('beta');
    expect(beta).toMatchObject({
      VaultRegionId: 'cn-shanghai',
      Description: 'Second vault',
      WormEnabled: true,
    });
    const { results, summary } = readResults(root);
    expect(results).toEqual([
      expect.objectContaining({
        file: 'vaults/alpha.vault.yaml',
        document: 1,
        vaultName: 'alpha',
        region: 'cn-hangzhou',
        action: 'created',
        vaultId: alpha?.VaultId,
        taskId: expect.stringMatching(/^t-/),
        requestId: expect.stringMatching(/^[0-9A-F-]{36}$/),
        status: 'CREATED',
        error: null,
      }),
      expect.objectContaining({
        file: 'vaults/beta.vault.yaml',
        vaultName: 'beta',
        action: 'created',
        vaultId: beta?.VaultId,
        status: 'CREATED',
      }),
    ]);
    expect(summary).toMatchObject({ created: 2, exists: 0, failed: 0 });
    expect(run.stdout).toContain('2 created, 0 existing, 0 refused, 0 failed.');
    expect(run.stderr).toContain('alpha (cn-hangzhou): CREATED.');
  });

  it('reports every vault as existing on a second run and creates nothing', async () => {
    const root = workspace({
      'vaults/alpha.vault.yaml': ALPHA,
      'vaults/beta.vault.yaml': BETA,
    });
    const env = credentialEnv();
    expect((await submit(root, env, '--wait')).code).toBe(0);
    const first = readResults(root).results.map((r) => r.vaultId);

    const again = await submit(root, env, '--wait');

    expect(again.code).toBe(0);
    expect(emulator.creates).toHaveLength(2);
    expect(emulator.vaults).toHaveLength(2);
    const { results } = readResults(root);
    expect(results.map((r) => [r.action, r.vaultId, r.status])).toEqual([
      ['exists', first[0], 'CREATED'],
      ['exists', first[1], 'CREATED'],
    ]);
    expect(again.stdout).toContain('0 created, 2 existing');
  });

  it('warns about each setting in which an existing vault differs', async () => {
    const existing = emulator.seed({
      VaultName: 'beta',
      VaultRegionId: 'cn-shanghai',
      WormEnabled: false,
    });
    const root = workspace({
      'vaults/beta.vault.yaml': `${BETA}EncryptType: KMS\nKmsKeyId: alias/beta\n`,
    });

    const run = await submit(root, credentialEnv());

    expect(run.code).toBe(0);
    expect(emulator.creates).toHaveLength(0);
    expect(readResults(root).results[0]).toMatchObject({
      action: 'exists',
      vaultId: existing.VaultId,
      warnings: [
        `Existing vault ${existing.VaultId} has EncryptType "HBR_PRIVATE"; the request asks for "KMS".`,
        `Existing vault ${existing.VaultId} has KmsKeyId unset; the request asks for "alias/beta".`,
        `Existing vault ${existing.VaultId} has WormEnabled false; the request asks for true.`,
      ],
    });
  });

  it('reads a WormEnabled left out as false when comparing', async () => {
    const existing = emulator.seed({
      VaultName: 'alpha',
      VaultRegionId: 'cn-hangzhou',
      WormEnabled: true,
    });
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });

    const run = await submit(root, credentialEnv());

    expect(run.code).toBe(0);
    expect(readResults(root).results[0]).toMatchObject({
      action: 'exists',
      warnings: [
        `Existing vault ${existing.VaultId} has WormEnabled true; the request leaves it out, which means false.`,
      ],
    });
  });

  it('leaves exactly one vault when the connection drops after a create', async () => {
    emulator.inject({ action: 'CreateVault', kind: 'drop-after' });
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });

    const run = await submit(root, credentialEnv(), '--wait');

    expect(run.code).toBe(0);
    expect(emulator.creates).toHaveLength(1);
    expect(emulator.creates[0].status).toBe('dropped');
    expect(emulator.vaults).toHaveLength(1);
    const [result] = readResults(root).results;
    expect(result).toMatchObject({
      action: 'created',
      vaultId: emulator.vaults[0].VaultId,
      status: 'CREATED',
    });
    expect(result.notes[0]).toMatch(
      /^CreateVault failed \(ECONNRESET\), but the vault was found by name afterwards; the create was not sent again\.$/,
    );
  });

  it('never sends a create again when the connection drops before the service acts', async () => {
    emulator.inject({ action: 'CreateVault', kind: 'drop-before' });
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });
    const env = credentialEnv();

    const run = await submit(root, env);

    expect(run.code).toBe(1);
    expect(emulator.creates).toHaveLength(1);
    expect(emulator.vaults).toHaveLength(0);
    expect(readResults(root).results[0]).toMatchObject({
      action: 'failed',
      error: { code: 'ECONNRESET' },
      notes: [
        'The vault was not found by name afterwards; the create was not sent again.',
      ],
    });

    // Running again is safe: it looks first, then creates once.
    expect((await submit(root, env)).code).toBe(0);
    expect(emulator.vaults).toHaveLength(1);
  });

  it('treats ServiceUnavailable on a create as an unknown outcome, not as throttling', async () => {
    emulator.inject({ action: 'CreateVault', kind: 'server-error' });
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });

    const run = await submit(root, credentialEnv());

    expect(run.code).toBe(1);
    expect(emulator.creates).toHaveLength(1);
    const lookups = emulator.calls.filter(
      (c) => c.action === 'DescribeVaults' && c.params.VaultName === 'alpha',
    );
    expect(lookups.length).toBeGreaterThan(0);
    const [result] = readResults(root).results;
    expect(result.action).toBe('failed');
    expect(result.error).toEqual({
      code: 'ServiceUnavailable',
      message:
        'The request has failed due to a temporary failure of the server.',
    });
    expect(result.requestId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('finds the vault when a slow answer outlasts the request timeout', async () => {
    emulator.inject({ action: 'CreateVault', kind: 'slow', delayMs: 1500 });
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });
    const env = {
      ...credentialEnv(),
      VAULTLINT_SUBMIT_REQUEST_TIMEOUT_MS: '300',
    };

    const run = await submit(root, env);

    expect(run.code).toBe(0);
    expect(emulator.creates).toHaveLength(1);
    expect(emulator.vaults).toHaveLength(1);
    const [result] = readResults(root).results;
    expect(result.action).toBe('created');
    expect(result.notes[0]).toMatch(/^CreateVault failed \(Timeout\)/);
  });

  it('rides out throttling on creates and reads', async () => {
    emulator.inject({ action: 'CreateVault', kind: 'throttle', times: 3 });
    emulator.inject({
      action: 'DescribeVaults',
      kind: 'throttle',
      code: 'Throttling.Api',
      times: 2,
    });
    emulator.inject({
      action: 'DescribeTask',
      kind: 'throttle',
      code: 'Rejected.Throttling',
      times: 1,
    });
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });

    const run = await submit(root, credentialEnv(), '--wait');

    expect(run.code).toBe(0);
    expect(emulator.creates.map((c) => c.code ?? c.status)).toEqual([
      'Throttling.User',
      'Throttling.User',
      'Throttling.User',
      200,
    ]);
    expect(emulator.vaults).toHaveLength(1);
    expect(readResults(root).results[0]).toMatchObject({
      action: 'created',
      status: 'CREATED',
    });
  });

  it('fails with the throttling code when the retry budget runs out', async () => {
    emulator.inject({ action: 'CreateVault', kind: 'throttle', times: 1000 });
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });
    const env = {
      ...credentialEnv(),
      VAULTLINT_SUBMIT_RETRY_BUDGET_MS: '60',
    };

    const run = await submit(root, env);

    expect(run.code).toBe(1);
    expect(emulator.vaults).toHaveLength(0);
    expect(readResults(root).results[0]).toMatchObject({
      action: 'failed',
      error: {
        code: 'Throttling.User',
        message: 'Request was denied due to user flow control.',
      },
    });
  });

  it('creates nothing and exits 1 when the plan passes the account quota', async () => {
    // 98 vaults spread over regions the requests do not name.
    for (let i = 0; i < 98; i++) {
      emulator.seed({
        VaultName: `old-${i}`,
        VaultRegionId: i % 2 ? 'ap-southeast-1' : 'cn-beijing',
      });
    }
    const root = workspace({
      'vaults/alpha.vault.yaml': ALPHA,
      'vaults/beta.vault.yaml': BETA,
      'vaults/gamma.vault.yaml':
        'VaultRegionId: cn-hangzhou\nVaultName: gamma\n',
    });

    const run = await submit(root, credentialEnv());

    expect(run.code).toBe(1);
    expect(emulator.creates).toHaveLength(0);
    const message =
      'Not created: account "default" holds 98 vaults over 18 regions; creating 3 more would pass its quota of 100.';
    expect(readResults(root).results.map((r) => [r.action, r.error])).toEqual([
      ['refused', { code: 'QuotaExceeded', message }],
      ['refused', { code: 'QuotaExceeded', message }],
      ['refused', { code: 'QuotaExceeded', message }],
    ]);
    expect(run.stdout).toContain(
      'Quota of account "default" (18 regions): 98 existing + 3 new of 100.',
    );
  });

  it('counts only the request region with scope: region', async () => {
    for (let i = 0; i < 99; i++)
      emulator.seed({ VaultName: `old-${i}`, VaultRegionId: 'cn-beijing' });
    const root = workspace({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["vaults/**"]\n    scope: region\n',
      'vaults/alpha.vault.yaml': ALPHA,
    });

    const run = await submit(root, credentialEnv());

    expect(run.code).toBe(0);
    expect(emulator.creates).toHaveLength(1);
    expect(readResults(root).quota).toEqual([
      {
        account: 'prod',
        scope: 'region',
        region: 'cn-hangzhou',
        quota: 100,
        live: 0,
        creating: 1,
        regions: 1,
      },
    ]);
  });

  it('creates nothing and exits 1 when any request has a lint error', async () => {
    const root = workspace({
      'vaults/alpha.vault.yaml': ALPHA,
      'vaults/broken.vault.yaml':
        'VaultRegionId: cn-hangzhou\nVaultName: broken\nVaultTyp: STANDARD\n',
    });

    const run = await submit(root, credentialEnv());

    expect(run.code).toBe(1);
    expect(emulator.calls).toHaveLength(0);
    const { results } = readResults(root);
    expect(results.map((r) => [r.file, r.action, r.error?.code])).toEqual([
      ['vaults/alpha.vault.yaml', 'refused', 'LintErrorsElsewhere'],
      ['vaults/broken.vault.yaml', 'refused', 'LintErrors'],
    ]);
    expect(results[1].error?.message).toMatch(
      /^Refused: 1 lint error; first at 3:1: /,
    );
    expect(results[0].error?.message).toBe(
      'Not submitted: 1 lint error in this run refuses the whole run; fix it, or use --partial to submit the approved requests.',
    );
    expect(run.stdout).toMatch(
      /^Lint errors:\nvaults\/broken\.vault\.yaml:3:1 /,
    );
  });

  it('submits the approved requests with --partial and refuses the rest', async () => {
    const root = workspace({
      'vaults/alpha.vault.yaml': ALPHA,
      'vaults/broken.vault.yaml':
        'VaultRegionId: cn-hangzhou\nVaultName: broken\nVaultTyp: STANDARD\n',
    });

    const run = await submit(root, credentialEnv(), '--partial');

    expect(run.code).toBe(1);
    expect(emulator.vaults.map((v) => v.VaultName)).toEqual(['alpha']);
    expect(readResults(root).results.map((r) => r.action)).toEqual([
      'created',
      'refused',
    ]);
  });

  it('always refuses a request that carries credentials, and never prints them', async () => {
    const secret = 'Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0';
    const root = workspace({
      'vaults/alpha.vault.yaml': ALPHA,
      'vaults/leaky.vault.yaml': `VaultRegionId: cn-hangzhou\nVaultName: leaky\nAccessKeySecret: ${secret}\n`,
    });

    const run = await submit(root, credentialEnv(), '--partial');

    expect(run.code).toBe(1);
    expect(emulator.vaults.map((v) => v.VaultName)).toEqual(['alpha']);
    expect(readResults(root).results[1]).toMatchObject({
      action: 'refused',
      error: { code: 'CredentialsInRequest' },
    });
    const output = run.stdout + run.stderr + readFileSync(join(root, 'r.json'));
    expect(output).not.toContain(secret);
  });

  it('reports each failure with its code and request id and still creates the others', async () => {
    emulator.inject({
      action: 'CreateVault',
      kind: 'reject',
      match: { VaultName: 'beta' },
      code: 'InvalidKmsKey',
      message: 'The specified KMS key does not exist.',
    });
    const root = workspace({
      'vaults/alpha.vault.yaml': ALPHA,
      'vaults/beta.vault.yaml': BETA,
    });

    const run = await submit(root, credentialEnv(), '--wait');

    expect(run.code).toBe(1);
    expect(emulator.vaults.map((v) => v.VaultName)).toEqual(['alpha']);
    const rejected = emulator.creates.find((c) => c.code === 'InvalidKmsKey');
    expect(rejected?.params.VaultName).toBe('beta');
    const { results, summary } = readResults(root);
    expect(results.map((r) => [r.action, r.error])).toEqual([
      ['created', null],
      [
        'failed',
        {
          code: 'InvalidKmsKey',
          message: 'The specified KMS key does not exist.',
        },
      ],
    ]);
    expect(results[1].requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(summary).toMatchObject({ created: 1, failed: 1 });
    expect(run.stdout).toContain(
      'InvalidKmsKey: The specified KMS key does not exist. (request id ',
    );
  });

  it('treats a 2xx answer with Success: false as a failure, and says what the lookup found', async () => {
    emulator.inject({ action: 'CreateVault', kind: 'success-false' });
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });

    const run = await submit(root, credentialEnv());

    expect(run.code).toBe(1);
    expect(emulator.creates).toHaveLength(1);
    const lookups = emulator.calls.filter(
      (c) => c.action === 'DescribeVaults' && c.params.VaultName === 'alpha',
    );
    expect(lookups.length).toBeGreaterThan(0);
    expect(readResults(root).results[0]).toMatchObject({
      action: 'failed',
      error: {
        code: 'InitVaultError',
        message: 'Failed to initialize the vault.',
      },
      notes: [
        'The vault was not found by name afterwards; the create was not sent again.',
      ],
    });
    expect(run.stdout).toContain(
      '  note: The vault was not found by name afterwards; the create was not sent again.\n',
    );
  });

  it('fails a vault whose initialization task fails', async () => {
    emulator.inject({ action: 'CreateVault', kind: 'task-fails' });
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });

    const run = await submit(root, credentialEnv(), '--wait');

    expect(run.code).toBe(1);
    const [result] = readResults(root).results;
    expect(emulator.vaults[0].Status).toBe('ERROR');
    expect(result).toMatchObject({
      action: 'failed',
      vaultId: emulator.vaults[0].VaultId,
      status: 'ERROR',
      error: { code: 'InitVaultError' },
    });
    expect(result.error?.message).toBe(
      `The vault's initialization task ${result.taskId} ended with a failure: {"code":"InitVaultError"}.`,
    );
    expect(run.stdout).toMatch(
      new RegExp(
        `\\nvaults/alpha\\.vault\\.yaml +alpha +cn-hangzhou +failed +${emulator.vaults[0].VaultId} +ERROR\\n`,
      ),
    );
  });

  it('fails with WaitTimeout when a vault is not ready in time', async () => {
    await emulator.close();
    emulator = await HbrEmulator.start({ pollsToReady: 1_000_000 });
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });
    const env = { ...credentialEnv(), VAULTLINT_SUBMIT_POLL_MS: '100' };

    const run = await submit(root, env, '--wait', '--timeout', '1');

    expect(run.code).toBe(1);
    const [result] = readResults(root).results;
    expect(result).toMatchObject({
      action: 'failed',
      vaultId: emulator.vaults[0].VaultId,
      error: {
        code: 'WaitTimeout',
        message: `Vault ${emulator.vaults[0].VaultId} was not CREATED within 1 s (status INITIALIZING); it exists and may still become ready.`,
      },
    });
  });

  it('exits 1 with the service code for a wrong access key, and prints no secret', async () => {
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });
    const secret = 'wrong-secret-4d1c8e0b9a7f6e5d';
    const id = 'LTAI5tNotAKnownKey999';

    const run = await submit(root, credentialEnv({ id, secret }));

    expect(run.code).toBe(1);
    expect(emulator.creates).toHaveLength(0);
    expect(readResults(root).results[0]).toMatchObject({
      action: 'failed',
      error: {
        code: 'InvalidAccessKeyId.NotFound',
        message: 'Specified access key is not found.',
      },
    });
    const output = run.stdout + run.stderr + readFileSync(join(root, 'r.json'));
    expect(output).toContain('InvalidAccessKeyId.NotFound');
    expect(output).not.toContain(secret);
    expect(output).not.toContain(id);
  });

  it('exits 1 with SignatureDoesNotMatch for a wrong secret, and prints no secret', async () => {
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });
    const secret = 'not-the-emulator-secret-1234';

    const run = await submit(root, credentialEnv({ secret }));

    expect(run.code).toBe(1);
    expect(readResults(root).results[0].error?.code).toBe(
      'SignatureDoesNotMatch',
    );
    const output = run.stdout + run.stderr + readFileSync(join(root, 'r.json'));
    expect(output).not.toContain(secret);
    expect(output).not.toContain(TEST_ACCESS_KEY_ID);
    expect(output).not.toContain(TEST_ACCESS_KEY_SECRET);
  });

  it('exits 2 before any call when no credentials are found', async () => {
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });

    const run = await submit(root, credentialEnv('none'));

    expect(run.code).toBe(2);
    expect(emulator.calls).toHaveLength(0);
    expect(run.stderr).toBe(
      'vaultlint: No Alibaba Cloud credentials found. Tried the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET), the Alibaba Cloud CLI profile file ~/.aliyun/config.json and the credentials file ~/.alibabacloud/credentials. Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, use OIDC (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE), a profile in ~/.aliyun/config.json, or an instance role.\n',
    );
    expect(existsSync(join(root, 'r.json'))).toBe(false);
  });

  it('removes the results of an earlier run before it stops for want of credentials', async () => {
    const root = workspace({
      'vaults/alpha.vault.yaml': ALPHA,
      'r.json': '{"stale": true}\n',
    });

    const run = await submit(root, credentialEnv('none'));

    expect(run.code).toBe(2);
    expect(existsSync(join(root, 'r.json'))).toBe(false);
    expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 2 before any call when the results file cannot be written', async () => {
    const root = workspace({
      'vaults/alpha.vault.yaml': ALPHA,
      'a-file': 'not a folder\n',
    });

    const run = await submitTo('a-file/r.json', root, credentialEnv());

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vaultlint: Cannot write to "a-file/r.json" (ENOTDIR).\n',
    );
    expect(emulator.calls).toHaveLength(0);
  });

  it('refuses a results file that is one of its request files, before any call', async () => {
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });

    const run = await submitTo(
      'vaults/alpha.vault.yaml',
      root,
      credentialEnv(),
    );

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vaultlint: Cannot write to "vaults/alpha.vault.yaml": the run reads it as an input; name another file.\n',
    );
    expect(readFileSync(join(root, 'vaults/alpha.vault.yaml'), 'utf8')).toBe(
      ALPHA,
    );
    expect(emulator.calls).toHaveLength(0);
  });

  it('writes the results through a link, which stays a link', async () => {
    const root = workspace({
      'vaults/alpha.vault.yaml': ALPHA,
      'shared/real.json': '{"old": true}\n',
    });
    symlinkSync(join(root, 'shared', 'real.json'), join(root, 'r.json'));

    const run = await submit(root, credentialEnv());

    expect(run.code).toBe(0);
    expect(lstatSync(join(root, 'r.json')).isSymbolicLink()).toBe(true);
    expect(
      JSON.parse(readFileSync(join(root, 'shared', 'real.json'), 'utf8'))
        .results[0],
    ).toMatchObject({ vaultName: 'alpha', action: 'created' });
  });

  it('prints the plan and creates nothing with --dry-run', async () => {
    const existing = emulator.seed({
      VaultName: 'alpha',
      VaultRegionId: 'cn-hangzhou',
    });
    const root = workspace({
      'vaults/alpha.vault.yaml': ALPHA,
      'vaults/beta.vault.yaml': BETA,
    });

    const run = await submit(root, credentialEnv(), '--dry-run');

    expect(run.code).toBe(0);
    expect(emulator.creates).toHaveLength(0);
    expect(run.stdout).toBe(
      [
        'REQUEST                  VAULT  REGION       ACTION  VAULT ID                    STATUS',
        `vaults/alpha.vault.yaml  alpha  cn-hangzhou  exists  ${existing.VaultId}  CREATED`,
        'vaults/beta.vault.yaml   beta   cn-shanghai  create  -                           -',
        '',
        'Quota of account "default" (18 regions): 1 existing + 1 new of 100.',
        '1 to create, 1 existing, 0 refused, 0 failed. Dry run: nothing was created.',
        '',
      ].join('\n'),
    );
    const file = readResults(root);
    expect(file.dryRun).toBe(true);
    expect(file.results.map((r) => r.action)).toEqual(['exists', 'create']);
  });

  it('refuses a run that mixes configured accounts, and submits one with --account', async () => {
    const root = workspace({
      '.vaultlint.yaml':
        'accounts:\n  finance:\n    files: ["vaults/finance/**"]\n  media:\n    files: ["vaults/media/**"]\n',
      'vaults/finance/alpha.vault.yaml': ALPHA,
      'vaults/media/beta.vault.yaml': BETA,
    });
    const env = credentialEnv();

    const mixed = await submit(root, env);

    expect(mixed.code).toBe(1);
    expect(emulator.calls).toHaveLength(0);
    expect(readResults(root).results.map((r) => r.error?.code)).toEqual([
      'MixedAccounts',
      'MixedAccounts',
    ]);

    const finance = await submit(root, env, '--account', 'finance');

    expect(finance.code).toBe(0);
    expect(emulator.vaults.map((v) => v.VaultName)).toEqual(['alpha']);
    expect(readResults(root).results.map((r) => [r.file, r.action])).toEqual([
      ['vaults/finance/alpha.vault.yaml', 'created'],
    ]);
  });

  it('refuses an endpoint it cannot use, with exit 2', async () => {
    const root = workspace({ 'vaults/alpha.vault.yaml': ALPHA });

    const run = await runCli(
      ['submit', '--endpoint', 'ftp://127.0.0.1:1', 'vaults'],
      { cwd: root, env: credentialEnv() },
    );

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vaultlint: Unexpected --endpoint "ftp://127.0.0.1:1"; expected http://, https:// or a bare host.\n',
    );
  });
});
