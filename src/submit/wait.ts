/**
 * Waiting: follows each new vault's initialization task with DescribeTask
 * until it is `completed`, then DescribeVaults until the vault is CREATED.
 * A vault that ends in ERROR, whose task fails, or that is not ready by
 * its deadline, is `failed` (its VaultId stays in the result).
 */
import { asHbrError, errorOf, fail, type Job } from './plan.js';
import { type Backoff, readIsRetryable, sleep, withBackoff } from './retry.js';
import type { HbrApi } from './types.js';

/** Where progress goes: bars in a terminal, plain lines elsewhere. */
export interface WaitProgress {
  start(id: string, label: string): void;
  update(id: string, percent: number, stage: string): void;
  finish(id: string, outcome: string): void;
  stop(): void;
}

export interface WaitOptions {
  backoff: Backoff;
  pollIntervalMs: number;
  progress?: WaitProgress;
}

const TASK_ENDED = new Set(['cancelled', 'expired']);

/** Follows every job in parallel; never throws. */
export async function waitAll(
  api: HbrApi,
  jobs: Job[],
  options: WaitOptions,
): Promise<void> {
  const progress = options.progress;
  try {
    await Promise.all(
      jobs.map(async (job, index) => {
        const id = String(index);
        progress?.start(id, `${job.request.vaultName} (${job.request.region})`);
        try {
          await follow(api, job, options, id);
        } catch (caught) {
          fail(job, errorOf(asHbrError(caught)), [
            'Following the vault failed; it was created, and its status is unknown.',
          ]);
        }
        progress?.finish(id, job.result.status ?? job.result.action);
      }),
    );
  } finally {
    progress?.stop();
  }
}

async function follow(
  api: HbrApi,
  job: Job,
  options: WaitOptions,
  id: string,
): Promise<void> {
  const deadline = Date.now() + job.timeoutMs;
  const read = <T>(call: () => Promise<T>) =>
    withBackoff(call, readIsRetryable, options.backoff);
  const taskId = job.result.taskId;

  while (taskId) {
    const task = await read(() => api.describeTask(job.endpoint, taskId));
    const state = String(task.Description ?? '');
    const percent = Number(task.Progress ?? 0);
    if (percent === -1 || TASK_ENDED.has(state)) {
      fail(job, {
        code: 'InitVaultError',
        message: `The vault's initialization task ${taskId} ended ${percent === -1 ? 'with a failure' : state}${task.Result ? `: ${task.Result}` : ''}.`,
        ...(task.RequestId ? { requestId: task.RequestId } : {}),
      });
      await readStatus(api, job, read);
      return;
    }
    options.progress?.update(id, Math.max(0, percent), 'task');
    if (state === 'completed') break;
    if (!(await pause(deadline, options.pollIntervalMs))) {
      timedOut(job);
      return;
    }
  }

  const vaultId = job.result.vaultId as string;
  for (;;) {
    const { body, vault } = await describeVault(api, job, read);
    if (vault?.Status) job.result.status = vault.Status;
    if (vault?.Status === 'CREATED') {
      options.progress?.update(id, 100, 'CREATED');
      return;
    }
    if (vault?.Status === 'ERROR') {
      fail(job, {
        code: 'VaultError',
        message: `Vault ${vaultId} ended in status ERROR.`,
        ...(body.RequestId ? { requestId: body.RequestId } : {}),
      });
      return;
    }
    options.progress?.update(id, taskId ? 100 : 50, vault?.Status ?? 'pending');
    if (!(await pause(deadline, options.pollIntervalMs))) {
      timedOut(job);
      return;
    }
  }
}

/**
 * After a failed task, the vault's status as the service shows it once
 * more (often ERROR), rather than the INITIALIZING of its creation.
 */
async function readStatus(
  api: HbrApi,
  job: Job,
  read: <T>(call: () => Promise<T>) => Promise<T>,
): Promise<void> {
  const vaultId = job.result.vaultId as string;
  try {
    const { vault } = await describeVault(api, job, read);
    if (vault?.Status) {
      job.result.status = vault.Status;
      return;
    }
    delete job.result.status;
    job.result.notes = [
      ...(job.result.notes ?? []),
      `Vault ${vaultId} was not found afterwards.`,
    ];
  } catch (caught) {
    delete job.result.status;
    job.result.notes = [
      ...(job.result.notes ?? []),
      `Reading the status of vault ${vaultId} afterwards failed (${asHbrError(caught).code}); its status is unknown.`,
    ];
  }
}

/** The job's vault as DescribeVaults shows it, with the response body. */
async function describeVault(
  api: HbrApi,
  job: Job,
  read: <T>(call: () => Promise<T>) => Promise<T>,
) {
  const vaultId = job.result.vaultId as string;
  const body = await read(() =>
    api.describeVaults(job.endpoint, {
      VaultId: vaultId,
      PageNumber: 1,
      PageSize: 1,
    }),
  );
  return { body, vault: body.Vaults.Vault.find((v) => v.VaultId === vaultId) };
}

/** Sleeps one interval; false when that would pass the deadline. */
async function pause(deadline: number, intervalMs: number): Promise<boolean> {
  if (Date.now() + intervalMs > deadline) return false;
  await sleep(intervalMs);
  return true;
}

function timedOut(job: Job): void {
  const seconds = Math.round(job.timeoutMs / 1000);
  fail(job, {
    code: 'WaitTimeout',
    message: `Vault ${job.result.vaultId} was not CREATED within ${seconds} s (status ${job.result.status ?? 'unknown'}); it exists and may still become ready.`,
  });
}
