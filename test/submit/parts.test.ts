import { describe, expect, it } from 'vitest';
import { endpointProblem, resolveEndpoint } from '../../src/submit/endpoint.js';
import {
  HbrError,
  isThrottling,
  Scrubber,
  toHbrError,
} from '../../src/submit/errors.js';
import { differences } from '../../src/submit/plan.js';
import {
  createIsRetryable,
  readIsRetryable,
  withBackoff,
} from '../../src/submit/retry.js';
import type { RequestSummary } from '../../src/types.js';

const fast = { baseMs: 1, maxMs: 4, budgetMs: 1000 };

describe('resolveEndpoint', () => {
  it('uses the public regional endpoint by default', () => {
    expect(resolveEndpoint('cn-shanghai')).toEqual({
      region: 'cn-shanghai',
      host: 'hbr.cn-shanghai.aliyuncs.com',
      protocol: 'HTTPS',
    });
  });

  it('reads a local http URL as HTTP to host and port', () => {
    expect(resolveEndpoint('cn-shanghai', 'http://127.0.0.1:8080/')).toEqual({
      region: 'cn-shanghai',
      host: '127.0.0.1:8080',
      protocol: 'HTTP',
    });
  });

  it('fills {region} in a VPC endpoint template', () => {
    expect(
      resolveEndpoint('cn-beijing', 'hbr-vpc.{region}.aliyuncs.com'),
    ).toEqual({
      region: 'cn-beijing',
      host: 'hbr-vpc.cn-beijing.aliyuncs.com',
      protocol: 'HTTPS',
    });
  });

  it('names what is wrong with an unusable override', () => {
    expect(endpointProblem('ftp://host')).toBe(
      'expected http://, https:// or a bare host',
    );
    expect(endpointProblem('http://host/path')).toMatch(/^expected a host/);
    expect(endpointProblem('https://hbr.cn-hangzhou.aliyuncs.com')).toBe(
      undefined,
    );
  });
});

describe('Scrubber', () => {
  it('masks registered secrets, signatures and query strings', () => {
    const scrubber = new Scrubber();
    scrubber.add('TopSecretValue');
    const text =
      'ACS3-HMAC-SHA256 Credential=LTAIabc,SignedHeaders=host,Signature=abc123 TopSecretValue POST http://h/?VaultName=x';

    expect(scrubber.scrub(text)).toBe(
      'ACS3-HMAC-SHA256 ******** ******** POST http://h/',
    );
  });
});

describe('toHbrError', () => {
  it('keeps the service code, message and request id of an SDK error', () => {
    const sdkError = Object.assign(new Error('code: 400, x request id: R1'), {
      code: 'BadRequest',
      data: {
        Code: 'BadRequest',
        Message: 'Bad input.',
        RequestId: 'R1',
        statusCode: 400,
      },
    });

    const error = toHbrError(sdkError, new Scrubber());

    expect([error.code, error.message, error.requestId, error.kind]).toEqual([
      'BadRequest',
      'Bad input.',
      'R1',
      'service',
    ]);
  });

  it('names a network failure by its code, with the request apart and without its query', () => {
    // httpx appends the request to the cause without a space.
    const reset = Object.assign(
      new Error('socket hang upPOST http://127.0.0.1:8080/?Secret=1 failed.'),
      { code: 'ECONNRESET' },
    );

    const error = toHbrError(reset, new Scrubber());

    expect([error.code, error.message, error.kind]).toEqual([
      'ECONNRESET',
      'socket hang up (POST http://127.0.0.1:8080/)',
      'network',
    ]);
  });

  it('keeps a read timeout readable', () => {
    const timeout = Object.assign(
      new Error('ReadTimeout: 2000. POST /?VaultName=alpha failed.'),
      { name: 'RequestTimeoutError' },
    );

    const error = toHbrError(timeout, new Scrubber());

    expect([error.code, error.message]).toEqual([
      'Timeout',
      'ReadTimeout: 2000 (POST /)',
    ]);
  });
});

describe('retries', () => {
  it('knows the throttling codes', () => {
    expect(
      ['Throttling', 'Throttling.User', 'Rejected.Throttling'].map(
        isThrottling,
      ),
    ).toEqual([true, true, true]);
    expect(['ServiceUnavailable', 'InternalError'].map(isThrottling)).toEqual([
      false,
      false,
    ]);
  });

  it('repeats a create only after throttling, a read after any transient failure', () => {
    const unavailable = new HbrError(
      'ServiceUnavailable',
      'x',
      'service',
      undefined,
      503,
    );
    const reset = new HbrError('ECONNRESET', 'x', 'network');
    const throttled = new HbrError(
      'Throttling.User',
      'x',
      'service',
      undefined,
      400,
    );

    expect([unavailable, reset, throttled].map(createIsRetryable)).toEqual([
      false,
      false,
      true,
    ]);
    expect([unavailable, reset, throttled].map(readIsRetryable)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('retries until the call succeeds', async () => {
    let calls = 0;
    const value = await withBackoff(
      async () => {
        calls += 1;
        if (calls < 3) throw new HbrError('Throttling', 'slow down', 'service');
        return 'done';
      },
      createIsRetryable,
      fast,
    );

    expect([value, calls]).toEqual(['done', 3]);
  });

  it('gives up with the last error once the budget is spent', async () => {
    let calls = 0;
    const attempt = withBackoff(
      async () => {
        calls += 1;
        throw new HbrError('Throttling', `try ${calls}`, 'service');
      },
      createIsRetryable,
      { baseMs: 5, maxMs: 5, budgetMs: 12 },
    );

    await expect(attempt).rejects.toThrow(/^try [2-4]$/);
  });
});

describe('differences', () => {
  const request = (params: RequestSummary['params']): RequestSummary => ({
    file: 'v.yaml',
    document: 1,
    approved: true,
    params,
  });

  it('names nothing for the keys a request leaves out, but a backup lock', () => {
    expect(
      differences(request({ VaultName: 'a' }), {
        VaultId: 'v-1',
        VaultName: 'a',
        VaultRegionId: 'cn-hangzhou',
        EncryptType: 'KMS',
        WormEnabled: false,
      }),
    ).toEqual([]);
    expect(
      differences(request({ VaultName: 'a' }), {
        VaultId: 'v-1',
        VaultName: 'a',
        VaultRegionId: 'cn-hangzhou',
        WormEnabled: true,
      }),
    ).toEqual([
      'Existing vault v-1 has WormEnabled true; the request leaves it out, which means false.',
    ]);
  });

  it('names each setting that differs', () => {
    expect(
      differences(request({ VaultType: 'OTS_BACKUP', WormEnabled: false }), {
        VaultId: 'v-1',
        VaultName: 'a',
        VaultRegionId: 'cn-hangzhou',
        VaultType: 'STANDARD',
        WormEnabled: true,
      }),
    ).toEqual([
      'Existing vault v-1 has VaultType "STANDARD"; the request asks for "OTS_BACKUP".',
      'Existing vault v-1 has WormEnabled true; the request asks for false.',
    ]);
  });
});
