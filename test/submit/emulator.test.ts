import { request as httpRequest } from 'node:http';
import { stringify } from 'node:querystring';
import * as openApiUtil from '@alicloud/openapi-util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHbrClient } from '../../src/submit/client.js';
import { resolveEndpoint } from '../../src/submit/endpoint.js';
import { HbrError, Scrubber } from '../../src/submit/errors.js';
import type { HbrApi } from '../../src/submit/types.js';
import {
  HbrEmulator,
  TEST_ACCESS_KEY_ID,
  TEST_ACCESS_KEY_SECRET,
} from '../emulator/hbr-emulator.js';
import { sha256Hex } from '../emulator/signature.js';
import { credentialEnv } from './helpers.js';

// The SDK's signer, to build requests the emulator must accept or refuse.
const signer = ((openApiUtil.default as { default?: unknown }).default ??
  openApiUtil.default) as {
  getAuthorization(
    request: unknown,
    algorithm: string,
    payloadHash: string,
    accessKeyId: string,
    secret: string,
  ): string;
};

let emulator: HbrEmulator;

beforeEach(async () => {
  emulator = await HbrEmulator.start({ pollsToReady: 2, quota: 100 });
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await emulator.close();
});

async function client(): Promise<HbrApi> {
  credentialEnv();
  return createHbrClient({ scrubber: new Scrubber(), requestTimeoutMs: 2000 });
}

const at = (region = 'cn-hangzhou') => resolveEndpoint(region, emulator.url);

async function caught(call: Promise<unknown>): Promise<HbrError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof HbrError) return error;
    throw error;
  }
  throw new Error('Expected the call to fail.');
}

/** Sends a request signed the SDK's way, then altered by `tamper`. */
function sendSigned(
  emulatorUrl: string,
  query: Record<string, string>,
  tamper: (sent: {
    query: Record<string, string>;
    headers: Record<string, string>;
  }) => void = () => {},
  nonce = `nonce-${Math.random()}`,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const host = new URL(emulatorUrl).host;
  const headers: Record<string, string> = {
    host,
    'x-acs-action': 'DescribeVaults',
    'x-acs-version': '2017-09-08',
    'x-acs-date': new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    'x-acs-signature-nonce': nonce,
    'x-acs-content-sha256': sha256Hex(''),
  };
  const signed = { method: 'POST', pathname: '/', query, headers };
  headers.Authorization = signer.getAuthorization(
    signed,
    'ACS3-HMAC-SHA256',
    headers['x-acs-content-sha256'],
    TEST_ACCESS_KEY_ID,
    TEST_ACCESS_KEY_SECRET,
  );
  const sent = { query: { ...query }, headers: { ...headers } };
  tamper(sent);
  return new Promise((done, fail) => {
    const req = httpRequest(
      `${emulatorUrl}/?${stringify(sent.query)}`,
      { method: 'POST', headers: sent.headers },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, body: JSON.parse(text) }),
        );
      },
    );
    req.on('error', fail);
    req.end();
  });
}

describe('HBR emulator', () => {
  it('accepts a request signed with the test key', async () => {
    const answer = await sendSigned(emulator.url, {
      VaultRegionId: 'cn-hangzhou',
      Description: "spaces, stars * and quotes ', 备份 ü",
    });

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ Success: true, TotalCount: 0 });
  });

  it('rejects a query changed after signing', async () => {
    const answer = await sendSigned(
      emulator.url,
      { VaultRegionId: 'cn-hangzhou' },
      (sent) => {
        sent.query.VaultRegionId = 'cn-shanghai';
      },
    );

    expect(answer.status).toBe(400);
    expect(answer.body.Code).toBe('SignatureDoesNotMatch');
  });

  it('rejects an x-acs header that is not signed', async () => {
    const answer = await sendSigned(
      emulator.url,
      { VaultRegionId: 'cn-hangzhou' },
      (sent) => {
        sent.headers['x-acs-extra'] = 'unsigned';
      },
    );

    expect(answer.body.Code).toBe('SignatureDoesNotMatch');
  });

  it('rejects a signature nonce used twice', async () => {
    const query = { VaultRegionId: 'cn-hangzhou' };
    await sendSigned(emulator.url, query, undefined, 'same-nonce');

    const again = await sendSigned(
      emulator.url,
      query,
      undefined,
      'same-nonce',
    );

    expect(again.status).toBe(400);
    expect(again.body.Code).toBe('SignatureNonceUsed');
  });

  it('answers an unknown access key id with InvalidAccessKeyId.NotFound and 404', async () => {
    const answer = await sendSigned(
      emulator.url,
      { VaultRegionId: 'cn-hangzhou' },
      (sent) => {
        sent.headers.Authorization = sent.headers.Authorization.replace(
          TEST_ACCESS_KEY_ID,
          'LTAI5tSomeoneElse',
        );
      },
    );

    expect(answer.status).toBe(404);
    expect(answer.body.Code).toBe('InvalidAccessKeyId.NotFound');
  });

  it('pages DescribeVaults by at most 99 with a TotalCount', async () => {
    for (let i = 0; i < 150; i++)
      emulator.seed({ VaultName: `v${i}`, VaultRegionId: 'cn-hangzhou' });
    emulator.seed({ VaultName: 'elsewhere', VaultRegionId: 'cn-shanghai' });
    const api = await client();

    const first = await api.describeVaults(at(), {
      PageNumber: 1,
      PageSize: 99,
    });
    const second = await api.describeVaults(at(), {
      PageNumber: 2,
      PageSize: 99,
    });
    const tooBig = await caught(
      api.describeVaults(at(), { PageNumber: 1, PageSize: 100 }),
    );

    expect([first.TotalCount, first.Vaults.Vault.length]).toEqual([150, 99]);
    expect([second.TotalCount, second.Vaults.Vault.length]).toEqual([150, 51]);
    expect(second.Vaults.Vault[50].VaultName).toBe('v149');
    expect([tooBig.code, tooBig.statusCode]).toEqual(['InvalidParameter', 400]);
  });

  it('filters DescribeVaults by name, id and status', async () => {
    const kept = emulator.seed({
      VaultName: 'keep',
      VaultRegionId: 'cn-hangzhou',
    });
    emulator.seed({
      VaultName: 'other',
      VaultRegionId: 'cn-hangzhou',
      Status: 'ERROR',
    });
    const api = await client();

    const byName = await api.describeVaults(at(), { VaultName: 'keep' });
    const byId = await api.describeVaults(at(), { VaultId: kept.VaultId });
    const byStatus = await api.describeVaults(at(), { Status: 'ERROR' });

    expect(byName.Vaults.Vault.map((v) => v.VaultId)).toEqual([kept.VaultId]);
    expect(byId.Vaults.Vault.map((v) => v.VaultName)).toEqual(['keep']);
    expect(byStatus.Vaults.Vault.map((v) => v.VaultName)).toEqual(['other']);
  });

  it('moves a new vault from INITIALIZING to CREATED as its task is polled', async () => {
    const api = await client();

    const created = await api.createVault(at(), {
      VaultRegionId: 'cn-hangzhou',
      VaultName: 'fresh',
    });
    const vaultId = created.VaultId as string;
    const status = async () =>
      (await api.describeVaults(at(), { VaultName: 'fresh' })).Vaults.Vault[0]
        .Status;
    const before = await status();
    const polls = [
      await api.describeTask(at(), created.TaskId as string),
      await api.describeTask(at(), created.TaskId as string),
    ];

    expect(vaultId).toMatch(/^v-/);
    expect(before).toBe('INITIALIZING');
    expect(polls.map((t) => [t.Description, t.Progress])).toEqual([
      ['created', 50],
      ['completed', 100],
    ]);
    expect(await status()).toBe('CREATED');
  });

  it('refuses a create past the 100-vault quota', async () => {
    for (let i = 0; i < 100; i++)
      emulator.seed({ VaultName: `v${i}`, VaultRegionId: 'cn-beijing' });
    const api = await client();

    const error = await caught(
      api.createVault(at(), { VaultRegionId: 'cn-hangzhou', VaultName: 'one' }),
    );

    expect(error.code).toBe('VaultQuotaExceeded');
    expect(emulator.vaults).toHaveLength(100);
  });
});
