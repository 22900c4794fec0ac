// The Action with `submit: true`, bundled and spawned with a runner's
// environment against the HBR emulator: it refuses on pull requests and
// other branches, and creates the vaults on a push to an allowed branch.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
} from 'vitest';
import {
  type EmulatedVault,
  HbrEmulator,
  TEST_ACCESS_KEY_ID,
  TEST_ACCESS_KEY_SECRET,
} from '../emulator/hbr-emulator.js';
import { ALPHA, BETA, type ResultsFile } from '../submit/helpers.js';
import { type RunnerRun, runActionAsync } from './runner.js';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'vaultlint-action-submit-'));
const action = join(scratch, 'dist', 'action.js');

beforeAll(async () => {
  // The same build as dist/action.js; a separate test keeps dist/ fresh.
  const script = pathToFileURL(join(root, 'scripts', 'build.mjs')).href;
  const { buildAction } = (await import(script)) as {
    buildAction(outdir: string): Promise<void>;
  };
  await buildAction(dirname(action));
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let emulator: HbrEmulator;

beforeEach(async () => {
  emulator = await HbrEmulator.start({ pollsToReady: 3 });
});

afterEach(async () => {
  await emulator.close();
});

let count = 0;
/** A workspace holding the given files, in a folder of its own. */
function workspace(files: Record<string, string>): string {
  count += 1;
  const dir = join(scratch, `run-${count}`, 'workspace');
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const VAULTS = {
  'vaults/alpha.vault.yaml': ALPHA,
  'vaults/beta.vault.yaml': BETA,
};
const REPOSITORY = { repository: { default_branch: 'main' } };

interface SubmitRun {
  workspace: string;
  event: string;
  ref?: string;
  payload?: unknown;
  inputs?: Record<string, string>;
  keys?: { id: string; secret: string } | 'none';
  /** More variables for the step, after the defaults. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs the Action with submit on, the emulator as endpoint, and a
 * credential chain that can reach nothing else: keys in the environment
 * (or none), no instance metadata, an empty HOME, short retry timings.
 */
function submit(run: SubmitRun): Promise<RunnerRun> {
  const keys =
    run.keys === 'none'
      ? {}
      : {
          ALIBABA_CLOUD_ACCESS_KEY_ID: run.keys?.id ?? TEST_ACCESS_KEY_ID,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET:
            run.keys?.secret ?? TEST_ACCESS_KEY_SECRET,
        };
  return runActionAsync(action, {
    workspace: run.workspace,
    inputs: { submit: 'true', endpoint: emulator.url, ...run.inputs },
    event: { name: run.event, payload: run.payload ?? REPOSITORY },
    env: {
      GITHUB_REF: run.ref ?? 'refs/heads/main',
      HOME: mkdtempSync(join(scratch, 'home-')),
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
      VAULTLINT_SUBMIT_BACKOFF_MS: '2',
      VAULTLINT_SUBMIT_RETRY_BUDGET_MS: '5000',
      VAULTLINT_SUBMIT_POLL_MS: '5',
      VAULTLINT_SUBMIT_REQUEST_TIMEOUT_MS: '2000',
      ...keys,
      ...run.env,
    },
  });
}

function results(ws: string, name = 'vaultlint-submit.json'): ResultsFile {
  return JSON.parse(readFileSync(join(ws, name), 'utf8')) as ResultsFile;
}

const NOTHING = {
  created: '0',
  existing: '0',
  refused: '0',
  failed: '0',
  'results-file': '',
};

/** Everything the step shows or hands on, for secret checks. */
function everything(run: RunnerRun, ws: string): string {
  const file = join(ws, 'vaultlint-submit.json');
  return [
    run.stdout,
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    existsSync(file) ? readFileSync(file, 'utf8') : '',
  ].join('\n');
}

describe('submit: true on a pull request', () => {
  for (const event of ['pull_request', 'pull_request_target']) {
    it(`refuses on ${event} with a notice and calls nothing`, async () => {
      const ws = workspace(VAULTS);
      const run = await submit({ workspace: ws, event });

      expect(run.code).toBe(0);
      expect(run.commands).toEqual([
        `::notice title=vaultlint submit::submit is true, but this is a ${event} run, and vaults are created only after review: on a push or workflow_dispatch to an allowed branch. No vault was created.`,
      ]);
      expect(emulator.calls).toEqual([]);
      expect(run.outputs).toMatchObject({ errors: '0', ...NOTHING });
      expect(existsSync(join(ws, 'vaultlint-submit.json'))).toBe(false);
      expect(run.summary).toContain(
        `## vaultlint submit\n\nsubmit is true, but this is a ${event} run,`,
      );
    });
  }

  it('keeps the lint result as the step result', async () => {
    const ws = workspace({
      ...VAULTS,
      'vaults/broken.vault.yaml': 'VaultName: no-region\n',
    });
    const run = await submit({ workspace: ws, event: 'pull_request' });

    expect(run.code).toBe(1);
    expect(run.commands.at(-1)).toBe('::error::vaultlint found 1 error.');
    expect(emulator.calls).toEqual([]);
  });
});

describe('submit: true on a push', () => {
  it('creates the vaults on the default branch, waits, and reports them', async () => {
    const ws = workspace(VAULTS);
    const run = await submit({ workspace: ws, event: 'push' });

    expect(run.code).toBe(0);
    expect(run.commands).toEqual([]);
    // The two creates run at once, so either may reach the service first.
    expect(emulator.creates.map((c) => c.params.VaultName).sort()).toEqual([
      'alpha',
      'beta',
    ]);
    expect(emulator.vaults.map((v) => [v.VaultName, v.Status]).sort()).toEqual([
      ['alpha', 'CREATED'],
      ['beta', 'CREATED'],
    ]);
    const [alpha, beta] = ['alpha', 'beta'].map(
      (name) =>
        emulator.vaults.find((v) => v.VaultName === name) as EmulatedVault,
    );
    expect(run.outputs).toMatchObject({
      created: '2',
      existing: '0',
      refused: '0',
      failed: '0',
      'results-file': join(ws, 'vaultlint-submit.json'),
    });

    const file = results(ws);
    expect(file.summary).toEqual({
      requests: 2,
      created: 2,
      exists: 0,
      refused: 0,
      failed: 0,
      planned: 0,
    });
    expect(
      file.results.map((r) => [r.file, r.action, r.vaultId, r.status]),
    ).toEqual([
      ['vaults/alpha.vault.yaml', 'created', alpha.VaultId, 'CREATED'],
      ['vaults/beta.vault.yaml', 'created', beta.VaultId, 'CREATED'],
    ]);

    expect(run.stdout).toContain(
      'Submitting the approved requests from branch "main" (push).\n',
    );
    expect(run.stdout).toContain('Waiting for alpha (cn-hangzhou).\n');
    expect(run.stdout).toContain('alpha (cn-hangzhou): CREATED.\n');
    expect(run.stdout).toContain('beta (cn-shanghai): CREATED.\n');
    expect(run.summary).toContain(
      [
        '',
        '## vaultlint submit',
        '',
        '2 created, 0 existing, 0 refused, 0 failed.',
        '',
        '| File | Vault | Region | Action | Vault ID | Status | Error |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        `| vaults/alpha.vault.yaml | alpha | cn-hangzhou | created | ${alpha.VaultId} | CREATED |  |`,
        `| vaults/beta.vault.yaml | beta | cn-shanghai | created | ${beta.VaultId} | CREATED |  |`,
        '',
      ].join('\n'),
    );
    expect(run.summary).toMatch(
      /\n\nQuota of account "default" \(\d+ regions\): 0 existing \+ 2 new of 100\.\n$/,
    );
  });

  it('reports the vaults as existing on a second run and creates nothing', async () => {
    const ws = workspace(VAULTS);
    await submit({ workspace: ws, event: 'push' });
    const run = await submit({ workspace: ws, event: 'push' });

    expect(run.code).toBe(0);
    expect(emulator.creates).toHaveLength(2);
    expect(run.outputs).toMatchObject({
      created: '0',
      existing: '2',
      failed: '0',
    });
    expect(results(ws).results.map((r) => r.action)).toEqual([
      'exists',
      'exists',
    ]);
  });

  it('creates without waiting when wait is false', async () => {
    const ws = workspace({ 'vaults/alpha.vault.yaml': ALPHA });
    const run = await submit({
      workspace: ws,
      event: 'workflow_dispatch',
      inputs: { wait: 'false', 'results-file': 'out/results.json' },
    });

    expect(run.code).toBe(0);
    expect(emulator.calls.map((c) => c.action)).not.toContain('DescribeTask');
    expect(run.outputs['results-file']).toBe(join(ws, 'out', 'results.json'));
    expect(results(ws, 'out/results.json').results).toEqual([
      expect.objectContaining({ action: 'created', status: 'INITIALIZING' }),
    ]);
    expect(run.stdout).not.toContain('Waiting for');
  });

  it('refuses a branch other than the default branch', async () => {
    const ws = workspace(VAULTS);
    const run = await submit({
      workspace: ws,
      event: 'push',
      ref: 'refs/heads/feature/more-vaults',
    });

    expect(run.code).toBe(0);
    expect(run.commands).toEqual([
      `::warning title=vaultlint submit::submit is true, but branch "feature/more-vaults" may not submit; the allowed branches are "main" (the repository's default branch). No vault was created.`,
    ]);
    expect(emulator.calls).toEqual([]);
    expect(run.outputs).toMatchObject(NOTHING);
  });

  it('takes the allowed branches from submit.branches in the config', async () => {
    const ws = workspace({
      ...VAULTS,
      '.vaultlint.yaml': 'submit:\n  branches: [release]\n',
    });
    const onMain = await submit({ workspace: ws, event: 'push' });
    const onRelease = await submit({
      workspace: ws,
      event: 'workflow_dispatch',
      ref: 'refs/heads/release',
    });

    expect(onMain.commands).toEqual([
      `::warning title=vaultlint submit::submit is true, but branch "main" may not submit; the allowed branches are "release" (submit.branches in .vaultlint.yaml). No vault was created.`,
    ]);
    expect(onRelease.code).toBe(0);
    expect(onRelease.outputs.created).toBe('2');
    expect(emulator.creates).toHaveLength(2);
  });

  it('keeps its refusal within the ten warning annotations', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 12; i++) {
      files[`vaults/v${i}.vault.yaml`] =
        `VaultRegionId: cn-hangzhou\nVaultName: v${i}\nVaultStorageClass: IA\n`;
    }
    const ws = workspace(files);
    const run = await submit({
      workspace: ws,
      event: 'push',
      ref: 'refs/heads/feature',
    });

    const warnings = run.commands.filter((c) => c.startsWith('::warning '));
    expect(warnings).toHaveLength(10);
    expect(warnings.at(-1)).toMatch(
      /^::warning title=vaultlint submit::submit is true, but branch "feature" may not submit;/,
    );
    expect(run.commands).toContain(
      '::notice title=vaultlint::3 warnings more are not annotated: GitHub shows at most 10 annotations of each kind per step. Every finding is in the log and the job summary.',
    );
  });

  it('refuses a tag', async () => {
    const ws = workspace(VAULTS);
    const run = await submit({
      workspace: ws,
      event: 'push',
      ref: 'refs/tags/v1.0.0',
    });

    expect(run.commands).toEqual([
      '::warning title=vaultlint submit::submit is true, but the run is for "refs/tags/v1.0.0", not a branch; vaultlint submits only from an allowed branch. No vault was created.',
    ]);
    expect(emulator.calls).toEqual([]);
  });

  it('refuses when the event names no default branch and no branches are configured', async () => {
    const ws = workspace(VAULTS);
    const run = await submit({ workspace: ws, event: 'push', payload: {} });

    expect(run.commands).toEqual([
      "::warning title=vaultlint submit::submit is true, but the event does not name the repository's default branch, and the configuration lists no submit.branches to allow. No vault was created.",
    ]);
    expect(emulator.calls).toEqual([]);
  });

  it('submits nothing when the lint fails', async () => {
    const ws = workspace({
      ...VAULTS,
      'vaults/broken.vault.yaml': 'VaultName: no-region\n',
    });
    const run = await submit({ workspace: ws, event: 'push' });

    expect(run.code).toBe(1);
    expect(run.commands.at(-1)).toBe('::error::vaultlint found 1 error.');
    expect(emulator.calls).toEqual([]);
    expect(run.outputs).toMatchObject(NOTHING);
    expect(run.summary).toContain(
      '## vaultlint submit\n\nsubmit is true, but the lint did not pass, so no request was submitted. No vault was created.\n',
    );
  });
});

describe('submit: true on other events', () => {
  it('refuses on a schedule', async () => {
    const ws = workspace(VAULTS);
    const run = await submit({ workspace: ws, event: 'schedule' });

    expect(run.code).toBe(0);
    expect(run.commands).toEqual([
      '::warning title=vaultlint submit::submit is true, but vaultlint submits only on push and workflow_dispatch events, and this is a schedule run. No vault was created.',
    ]);
    expect(emulator.calls).toEqual([]);
  });
});

describe('submit failures', () => {
  it('fails the step with the service code for a wrong secret, and shows no secret', async () => {
    const ws = workspace(VAULTS);
    const secret = 'not-the-emulator-secret-5678';
    const run = await submit({
      workspace: ws,
      event: 'push',
      keys: { id: TEST_ACCESS_KEY_ID, secret },
    });

    expect(run.code).toBe(1);
    expect(emulator.creates).toEqual([]);
    expect(run.commands).toEqual([
      '::error::vaultlint could not submit every approved request: 0 created, 0 existing, 0 refused, 2 failed.',
    ]);
    expect(run.outputs).toMatchObject({ created: '0', failed: '2' });
    expect(results(ws).results.map((r) => r.error?.code)).toEqual([
      'SignatureDoesNotMatch',
      'SignatureDoesNotMatch',
    ]);
    expect(run.summary).toContain('SignatureDoesNotMatch');
    const shown = everything(run, ws);
    expect(shown).not.toContain(secret);
    expect(shown).not.toContain(TEST_ACCESS_KEY_ID);
  });

  it('fails the step without credentials, before any call', async () => {
    const ws = workspace(VAULTS);
    const run = await submit({ workspace: ws, event: 'push', keys: 'none' });

    expect(run.code).toBe(1);
    expect(emulator.calls).toEqual([]);
    expect(run.commands).toHaveLength(1);
    expect(run.commands[0]).toMatch(
      /^::error::vaultlint: No Alibaba Cloud credentials found\. Tried the environment /,
    );
    expect(run.outputs).toMatchObject(NOTHING);
    expect(run.summary).toContain(
      '## vaultlint submit\n\nNo vault was created: No Alibaba Cloud credentials found',
    );
  });

  it('names a broken CLI profile file without quoting it, in the annotation and the summary', async () => {
    const ws = workspace(VAULTS);
    const home = mkdtempSync(join(scratch, 'home-'));
    mkdirSync(join(home, '.aliyun'));
    writeFileSync(
      join(home, '.aliyun', 'config.json'),
      '{"current":"default","profiles":[{"name":"default","mode":"AK","access_key_id":"LTAI5tBrokenJsonKey77","access_key_secret":"BROKENJSONSECRET',
    );
    const run = await submit({
      workspace: ws,
      event: 'push',
      keys: 'none',
      env: { HOME: home },
    });

    expect(run.code).toBe(1);
    expect(emulator.calls).toEqual([]);
    const message =
      'Cannot read Alibaba Cloud credentials: the Alibaba Cloud CLI profile file ~/.aliyun/config.json could not be parsed. Tried the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET), the Alibaba Cloud CLI profile file ~/.aliyun/config.json and the credentials file ~/.alibabacloud/credentials.';
    expect(run.commands).toEqual([`::error::vaultlint: ${message}`]);
    expect(run.summary).toContain(
      `## vaultlint submit\n\nNo vault was created: ${message}\n`,
    );
    const shown = everything(run, ws);
    expect(shown).not.toContain('BROKENJSONSECRET');
    expect(shown).not.toContain('LTAI5tBrokenJsonKey77');
  });

  it('names a credentials server that answers 500 without quoting its answer', async () => {
    const server = createServer((_, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          AccessKeyId: 'STS.NUgYrLnoC37mZZCNnAbez2FC',
          AccessKeySecret: 'UriServerSecret9f8e7d6c5b4a',
          SecurityToken: 'CAISUriServerToken0123456789abcdefghij',
        }),
      );
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const ws = workspace(VAULTS);
    const run = await submit({
      workspace: ws,
      event: 'push',
      keys: 'none',
      env: {
        ALIBABA_CLOUD_CREDENTIALS_URI: `http://127.0.0.1:${port}/credentials`,
      },
    }).finally(() => server.close());

    expect(run.code).toBe(1);
    expect(run.commands).toEqual([
      '::error::vaultlint: Cannot read Alibaba Cloud credentials: the credentials server in ALIBABA_CLOUD_CREDENTIALS_URI answered HTTP 500. Tried the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET), the Alibaba Cloud CLI profile file ~/.aliyun/config.json, the credentials file ~/.alibabacloud/credentials and the credentials server in ALIBABA_CLOUD_CREDENTIALS_URI.',
    ]);
    expect(run.summary).toContain('answered HTTP 500.');
    const shown = everything(run, ws);
    expect(shown).not.toContain('STS.NUgYrLnoC37mZZCNnAbez2FC');
    expect(shown).not.toContain('UriServerSecret9f8e7d6c5b4a');
    expect(shown).not.toContain('CAISUriServerToken0123456789abcdefghij');
  });

  it('fails the step naming an endpoint input it cannot use', async () => {
    const ws = workspace(VAULTS);
    const run = await submit({
      workspace: ws,
      event: 'push',
      inputs: { endpoint: 'ftp://127.0.0.1:21' },
    });

    expect(run.code).toBe(1);
    expect(run.commands).toEqual([
      '::error::vaultlint: Input endpoint "ftp://127.0.0.1:21" is unusable: expected http://, https:// or a bare host.',
    ]);
    expect(emulator.calls).toEqual([]);
  });

  it('shows no secret on a successful run', async () => {
    const ws = workspace(VAULTS);
    const run = await submit({ workspace: ws, event: 'push' });

    expect(run.outputs.created).toBe('2');
    const shown = everything(run, ws);
    expect(shown).not.toContain(TEST_ACCESS_KEY_SECRET);
    expect(shown).not.toContain(TEST_ACCESS_KEY_ID);
  });
});
