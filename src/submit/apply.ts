/**
 * Creating: one CreateVault per planned request, repeated only after
 * explicit throttling. Any other failure leaves the outcome unknown (the
 * service may have acted before the answer was lost), so the name is
 * looked up again and the create is never sent a second time.
 */
import { type HbrError, isThrottling } from './errors.js';
import { asHbrError, errorOf, fail, type Job } from './plan.js';
import {
  type Backoff,
  createIsRetryable,
  readIsRetryable,
  sleep,
  withBackoff,
} from './retry.js';
import type { HbrApi, Vault } from './types.js';

export interface ApplyOptions {
  backoff: Backoff;
  /** Pause before the second lookup of a vault whose create was lost. */
  pollIntervalMs: number;
  concurrency: number;
  log?: (line: string) => void;
}

/** Creates every job's vault, a few at a time; never throws. */
export async function createAll(
  api: HbrApi,
  jobs: Job[],
  options: ApplyOptions,
): Promise<void> {
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift())
      await createOnce(api, job, options);
  };
  await Promise.all(
    Array.from({ length: Math.max(1, options.concurrency) }, worker),
  );
}

async function createOnce(
  api: HbrApi,
  job: Job,
  options: ApplyOptions,
): Promise<void> {
  const name = job.request.vaultName as string;
  try {
    const body = await withBackoff(
      () => api.createVault(job.endpoint, job.request.params),
      createIsRetryable,
      options.backoff,
      (error, delay) =>
        options.log?.(
          `CreateVault "${name}" throttled (${error.code}); retrying in ${delay} ms.`,
        ),
    );
    if (!body.VaultId) {
      await resolveUnknown(api, job, options, undefined, body.RequestId);
      return;
    }
    job.result.action = 'created';
    job.result.vaultId = body.VaultId;
    job.result.taskId = body.TaskId;
    job.result.requestId = body.RequestId;
    job.result.status = 'INITIALIZING';
  } catch (caught) {
    const error = asHbrError(caught);
    // Throttled to the end of the budget: the service never acted.
    if (isThrottling(error.code)) {
      fail(job, errorOf(error), [
        'CreateVault was throttled until the retry budget ran out; nothing was created.',
      ]);
      return;
    }
    await resolveUnknown(api, job, options, error);
  }
}

/** Looks the name up; only what the service shows decides the outcome. */
async function resolveUnknown(
  api: HbrApi,
  job: Job,
  options: ApplyOptions,
  error: HbrError | undefined,
  requestId?: string,
): Promise<void> {
  const what = error
    ? `CreateVault failed (${error.code})`
    : 'CreateVault answered without a VaultId';
  let found: Vault | undefined;
  try {
    found = await lookUp(api, job, options.backoff);
    if (!found) {
      await sleep(options.pollIntervalMs);
      found = await lookUp(api, job, options.backoff);
    }
  } catch (caught) {
    const lookup = asHbrError(caught);
    fail(job, errorOf(error ?? lookup), [
      `${what} and looking the vault up failed too (${lookup.code}); the outcome is unknown. Running submit again is safe: it looks the name up before creating.`,
    ]);
    return;
  }

  if (found) {
    job.result.action = 'created';
    job.result.vaultId = found.VaultId;
    job.result.status = found.Status;
    job.result.requestId = error?.requestId ?? requestId;
    job.result.notes = [
      ...(job.result.notes ?? []),
      `${what}, but the vault was found by name afterwards; the create was not sent again.`,
    ];
    return;
  }
  // Whatever the failure, the lookup ran: say what it found.
  fail(
    job,
    error
      ? errorOf(error)
      : {
          code: 'MissingVaultId',
          message: 'CreateVault answered without a VaultId.',
          ...(requestId ? { requestId } : {}),
        },
    [
      'The vault was not found by name afterwards; the create was not sent again.',
    ],
  );
}

async function lookUp(
  api: HbrApi,
  job: Job,
  backoff: Backoff,
): Promise<Vault | undefined> {
  const body = await withBackoff(
    () =>
      api.describeVaults(job.endpoint, {
        VaultName: job.request.vaultName,
        PageNumber: 1,
        PageSize: 99,
      }),
    readIsRetryable,
    backoff,
  );
  return body.Vaults.Vault.filter(
    (v) =>
      v.VaultName === job.request.vaultName &&
      (v.VaultRegionId === undefined || v.VaultRegionId === job.request.region),
  ).sort((a, b) => (b.CreatedTime ?? 0) - (a.CreatedTime ?? 0))[0];
}
