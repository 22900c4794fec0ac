// Secrets that reach submit from elsewhere than its own credentials: a
// broken profile file or a credentials server that quotes them in its
// errors, and a request that names its vault with an access key. None of
// them may appear in anything submit prints or writes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatTable,
  Scrubber,
  submitRequests,
  toJson,
} from '../../src/submit/index.js';
import type { LintResults } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { credentialEnv, readResults, workspace } from './helpers.js';

const servers: Server[] = [];

afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(
    servers.splice(0).map((s) => new Promise((done) => s.close(done))),
  );
});

const REQUEST = `VaultRegionId: cn-hangzhou
VaultName: alpha
VaultType: STANDARD
`;
const TRIED =
  'Tried the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET), the Alibaba Cloud CLI profile file ~/.aliyun/config.json and the credentials file ~/.alibabacloud/credentials';

/** A server that answers every request with this status and JSON body. */
async function answering(status: number, body: unknown): Promise<string> {
  const server = createServer((_, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/credentials`;
}

describe('the credential chain', () => {
  it('names a broken CLI profile file without quoting it', async () => {
    const env = credentialEnv('none');
    const home = process.env.HOME as string;
    mkdirSync(join(home, '.aliyun'));
    writeFileSync(
      join(home, '.aliyun', 'config.json'),
      '{"current":"default","profiles":[{"name":"default","mode":"AK","access_key_id":"LTAI5tBrokenJsonKey77","access_key_secret":"BROKENJSONSECRET',
    );
    const root = workspace({ 'vaults/alpha.vault.yaml': REQUEST });

    const run = await runCli(['submit', '--dry-run', 'vaults/'], {
      cwd: root,
      env,
    });

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `vaultlint: Cannot read Alibaba Cloud credentials: the Alibaba Cloud CLI profile file ~/.aliyun/config.json could not be parsed. ${TRIED}.\n`,
    );
    const output = run.stdout + run.stderr;
    expect(output).not.toContain('BROKENJSONSECRET');
    expect(output).not.toContain('LTAI5tBrokenJsonKey77');
  });

  it('names a credentials server that answers 500 without quoting its answer', async () => {
    const env = credentialEnv('none');
    const uri = await answering(500, {
      Code: 'InternalError',
      AccessKeyId: 'STS.NUgYrLnoC37mZZCNnAbez2FC',
      AccessKeySecret: 'UriServerSecret9f8e7d6c5b4a',
      SecurityToken: 'CAISUriServerToken0123456789abcdefghij',
    });
    vi.stubEnv('ALIBABA_CLOUD_CREDENTIALS_URI', uri);
    const root = workspace({ 'vaults/alpha.vault.yaml': REQUEST });

    const run = await runCli(
      ['submit', '--dry-run', '--output-file', 'r.json', 'vaults/'],
      { cwd: root, env: { ...env, ALIBABA_CLOUD_CREDENTIALS_URI: uri } },
    );

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `vaultlint: Cannot read Alibaba Cloud credentials: the credentials server in ALIBABA_CLOUD_CREDENTIALS_URI answered HTTP 500. Tried the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET), the Alibaba Cloud CLI profile file ~/.aliyun/config.json, the credentials file ~/.alibabacloud/credentials and the credentials server in ALIBABA_CLOUD_CREDENTIALS_URI.\n`,
    );
    expect(existsSync(join(root, 'r.json'))).toBe(false);
    const output = run.stdout + run.stderr;
    expect(output).not.toContain('STS.NUgYrLnoC37mZZCNnAbez2FC');
    expect(output).not.toContain('UriServerSecret9f8e7d6c5b4a');
    expect(output).not.toContain('CAISUriServerToken0123456789abcdefghij');
  });

  it('names a credentials server whose answer lacks a key, without quoting it', async () => {
    const env = credentialEnv('none');
    const uri = await answering(200, {
      AccessKeyId: 'STS.NUgYrLnoC37mZZCNnAbez2FC',
      AccessKeySecret: 'UriServerSecret9f8e7d6c5b4a',
    });
    vi.stubEnv('ALIBABA_CLOUD_CREDENTIALS_URI', uri);
    const root = workspace({ 'vaults/alpha.vault.yaml': REQUEST });

    const run = await runCli(['submit', '--dry-run', 'vaults/'], {
      cwd: root,
      env: { ...env, ALIBABA_CLOUD_CREDENTIALS_URI: uri },
    });

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `vaultlint: Cannot read Alibaba Cloud credentials: the credentials server in ALIBABA_CLOUD_CREDENTIALS_URI answered without AccessKeyId, AccessKeySecret and SecurityToken. Tried the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET), the Alibaba Cloud CLI profile file ~/.aliyun/config.json, the credentials file ~/.alibabacloud/credentials and the credentials server in ALIBABA_CLOUD_CREDENTIALS_URI.\n`,
    );
    expect(run.stderr).not.toContain('UriServerSecret9f8e7d6c5b4a');
    expect(run.stderr).not.toContain('STS.NUgYrLnoC37mZZCNnAbez2FC');
  });

  it('says which sources it tried when none is set up, and no internal detail', async () => {
    const env = credentialEnv('none');
    const root = workspace({ 'vaults/alpha.vault.yaml': REQUEST });

    const run = await runCli(['submit', '--dry-run', 'vaults/'], {
      cwd: root,
      env,
    });

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `vaultlint: No Alibaba Cloud credentials found. ${TRIED}. Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, use OIDC (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE), a profile in ~/.aliyun/config.json, or an instance role.\n`,
    );
  });
});

describe('Scrubber', () => {
  it('masks anything shaped like a credential in an error text', () => {
    const scrubber = new Scrubber();
    const text = [
      'parse failed: {"current":"default","access_key_id":"LTAI5tSomeKeyId1234","access_key_secret":"CutOffSecret',
      'answer = {"AccessKeyId":"STS.NUgYrLnoC37mZZCNnAbez2FC","SecurityToken":"CAISabcdefghijklmnopqrstuvwxyz0123"}',
      'ini: access_key_secret = IniSecretValue99 and AccessKeySecret=QuerySecret&x=1',
      'loose: LTAI5tLooseKeyId98765 and STS.LooseStsKeyId0123',
    ].join('\n');

    expect(scrubber.scrub(text).split('\n')).toEqual([
      'parse failed: {"current":"default","access_key_id":"********","access_key_secret":"********',
      'answer = {"AccessKeyId":"********","SecurityToken":"********"}',
      'ini: access_key_secret = ******** and AccessKeySecret=********&x=1',
      'loose: ******** and ********',
    ]);
  });

  it('leaves the words of ordinary messages alone', () => {
    const text =
      'Refused: the request holds credentials; remove them and rotate the key. Unexpected credential in "AccessKeySecret"; expected none.';

    expect(new Scrubber().scrub(text)).toBe(text);
  });
});

describe('a request that names its vault with an access key', () => {
  it('is refused, and its name is masked in the table and the results file', async () => {
    const env = credentialEnv('none');
    const root = workspace({
      'vaults/leaky.vault.yaml':
        'VaultRegionId: cn-hangzhou\nVaultName: LTAI5tSecretKeyIdAbCdEf12\n',
    });

    const run = await runCli(['submit', '--output-file', 'r.json', 'vaults'], {
      cwd: root,
      env,
    });

    expect(run.code).toBe(1);
    const { results } = readResults(root);
    expect(results[0]).toMatchObject({
      vaultName: '********',
      region: 'cn-hangzhou',
      action: 'refused',
      error: { code: 'CredentialsInRequest' },
    });
    expect(run.stdout).toContain(
      '\nvaults/leaky.vault.yaml  ********  cn-hangzhou  refused  -         -\n',
    );
    const output =
      run.stdout + run.stderr + readFileSync(join(root, 'r.json'), 'utf8');
    expect(output).not.toContain('LTAI5tSecretKeyIdAbCdEf12');
  });

  it('is masked by submit itself, whatever the lint results hold', async () => {
    credentialEnv('none');
    const root = workspace({});
    // A name the credential check pointed at, left unmasked, and not
    // shaped like any key: only the finding tells it is a secret.
    const secret = 'pasted-secret-9f8e7d6c5b4a3';
    const results: LintResults = {
      files: [
        {
          file: 'vaults/leaky.vault.yaml',
          requests: 1,
          findings: [
            {
              ruleId: 'no-credentials',
              severity: 'error',
              message: 'Unexpected access key in the value of "VaultName".',
              file: 'vaults/leaky.vault.yaml',
              document: 1,
              pointer: '/VaultName',
              range: {
                start: { line: 2, column: 12 },
                end: { line: 2, column: 39 },
              },
            },
          ],
        },
      ],
      requests: [
        {
          file: 'vaults/leaky.vault.yaml',
          document: 1,
          vaultName: secret,
          region: 'cn-hangzhou',
          approved: false,
          blocked: true,
          params: { VaultRegionId: 'cn-hangzhou', VaultName: secret },
        },
      ],
      summary: {
        files: 1,
        requests: 1,
        errors: 1,
        warnings: 0,
        infos: 0,
        suppressed: 0,
      },
      accounts: [],
      rules: [],
    };
    const scrubber = new Scrubber();

    const report = await submitRequests(results, { cwd: root, scrubber });

    expect(report.results[0]).toMatchObject({
      vaultName: '********',
      action: 'refused',
    });
    const shown = [
      formatTable(report),
      toJson(report),
      scrubber.scrub(`CreateVault "${secret}"`),
    ].join('\n');
    expect(shown).not.toContain(secret);
  });
});
