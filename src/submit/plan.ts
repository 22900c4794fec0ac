/**
 * Planning: which approved requests already exist, which would be created,
 * and whether the creations fit the account quota, counted live.
 */
import type { RequestSummary } from '../types.js';
import { resolveEndpoint } from './endpoint.js';
import { HbrError } from './errors.js';
import { type Backoff, readIsRetryable, withBackoff } from './retry.js';
import type {
  DescribeVaultsBody,
  Endpoint,
  HbrApi,
  QuotaCheck,
  SubmitError,
  SubmitResult,
  Vault,
} from './types.js';

/** DescribeVaults' largest page. */
export const PAGE_SIZE = 99;

/** One request on its way through submit. */
export interface Job {
  request: RequestSummary;
  result: SubmitResult;
  endpoint: Endpoint;
  account: AccountSettings;
  /** Milliseconds to wait for the vault to be CREATED. */
  timeoutMs: number;
}

export interface AccountSettings {
  name: string;
  quota: number;
  scope: 'account' | 'region';
  /** Every region counted with `scope: account`. */
  regions: string[];
  endpointOverride?: string;
}

export interface RegionListing {
  endpoint: Endpoint;
  vaults?: Vault[];
  totalCount?: number;
  requestId?: string;
  error?: HbrError;
}

/** Every vault of a region, page by page. */
export async function listVaults(
  api: HbrApi,
  at: Endpoint,
  backoff: Backoff,
): Promise<{ vaults: Vault[]; pages: DescribeVaultsBody[] }> {
  const pages: DescribeVaultsBody[] = [];
  const vaults: Vault[] = [];
  for (let page = 1; ; page++) {
    const body = await withBackoff(
      () => api.describeVaults(at, { PageNumber: page, PageSize: PAGE_SIZE }),
      readIsRetryable,
      backoff,
    );
    pages.push(body);
    vaults.push(...body.Vaults.Vault);
    const done =
      body.Vaults.Vault.length < PAGE_SIZE || vaults.length >= body.TotalCount;
    if (done) return { vaults, pages };
  }
}

/** Lists each region the jobs name once, in parallel. */
export async function listRegions(
  api: HbrApi,
  jobs: Job[],
  backoff: Backoff,
): Promise<Map<string, RegionListing>> {
  const listings = new Map<string, RegionListing>();
  for (const job of jobs) {
    const key = endpointKey(job.endpoint);
    if (!listings.has(key)) listings.set(key, { endpoint: job.endpoint });
  }
  await Promise.all(
    [...listings.values()].map(async (listing) => {
      try {
        const { vaults, pages } = await listVaults(
          api,
          listing.endpoint,
          backoff,
        );
        listing.vaults = vaults;
        listing.totalCount = Math.max(pages[0]?.TotalCount ?? 0, vaults.length);
        listing.requestId = pages[0]?.RequestId;
      } catch (error) {
        listing.error = asHbrError(error);
      }
    }),
  );
  return listings;
}

export function endpointKey(at: Endpoint): string {
  return `${at.protocol}://${at.host}#${at.region}`;
}

/** Marks each job `exists` or leaves it to be created. */
export function matchExisting(
  jobs: Job[],
  listings: Map<string, RegionListing>,
): void {
  const seen = new Map<string, Job>();
  for (const job of jobs) {
    const listing = listings.get(endpointKey(job.endpoint));
    if (listing?.error) {
      fail(job, errorOf(listing.error), [
        `Could not list the vaults of ${job.endpoint.region}, so nothing was created.`,
      ]);
      continue;
    }
    const key = `${job.request.region}/${job.request.vaultName}`;
    const first = seen.get(key);
    if (first) {
      job.result.action = 'refused';
      job.result.error = {
        code: 'DuplicateRequest',
        message: `Refused: ${first.result.file} (document ${first.result.document}) already requests vault "${job.request.vaultName}" in ${job.request.region}.`,
      };
      continue;
    }
    seen.set(key, job);
    const same = (listing?.vaults ?? [])
      .filter((v) => v.VaultName === job.request.vaultName)
      .sort((a, b) => (a.CreatedTime ?? 0) - (b.CreatedTime ?? 0));
    if (same.length === 0) continue;
    const vault = same[0];
    job.result.action = 'exists';
    job.result.vaultId = vault.VaultId;
    job.result.status = vault.Status;
    job.result.requestId = listing?.requestId;
    const warnings = differences(job.request, vault);
    if (same.length > 1) {
      warnings.push(
        `${same.length} vaults named "${vault.VaultName}" exist in ${vault.VaultRegionId}; reporting the oldest.`,
      );
    }
    if (warnings.length) job.result.warnings = warnings;
  }
}

/** The settings in which an existing vault differs from its request. */
export function differences(request: RequestSummary, vault: Vault): string[] {
  const out: string[] = [];
  const params = request.params;
  const compare = (
    key: 'VaultType' | 'EncryptType' | 'KmsKeyId',
    fallback?: string,
  ) => {
    const wanted = params[key];
    if (wanted === undefined) return;
    const actual = vault[key] ?? fallback;
    if (actual !== wanted) {
      out.push(
        `Existing vault ${vault.VaultId} has ${key} ${actual === undefined ? 'unset' : `"${actual}"`}; the request asks for "${wanted}".`,
      );
    }
  };
  compare('VaultType');
  compare('EncryptType');
  compare('KmsKeyId');
  // A request that leaves WormEnabled out asks for no backup lock.
  const worm = params.WormEnabled ?? false;
  if (worm !== Boolean(vault.WormEnabled)) {
    const asked =
      params.WormEnabled === undefined
        ? 'leaves it out, which means false'
        : `asks for ${worm}`;
    out.push(
      `Existing vault ${vault.VaultId} has WormEnabled ${Boolean(vault.WormEnabled)}; the request ${asked}.`,
    );
  }
  return out;
}

interface QuotaGroup {
  account: AccountSettings;
  region?: string;
  creating: Job[];
  regions: Endpoint[];
}

/**
 * Counts the live vaults for every quota the planned creations fall under.
 * Returns the checks, and the first counting error, if any.
 */
export async function checkQuotas(
  api: HbrApi,
  creating: Job[],
  listings: Map<string, RegionListing>,
  backoff: Backoff,
): Promise<{
  checks: QuotaCheck[];
  error?: { region: string; error: HbrError };
}> {
  const groups = quotaGroups(creating);
  const counts = new Map<string, Promise<number>>();
  const count = (at: Endpoint): Promise<number> => {
    const key = endpointKey(at);
    const listed = listings.get(key);
    if (listed?.totalCount !== undefined)
      return Promise.resolve(listed.totalCount);
    if (listed?.error) return Promise.reject(listed.error);
    let pending = counts.get(key);
    if (!pending) {
      // One page is enough: only TotalCount matters here.
      pending = withBackoff(
        () => api.describeVaults(at, { PageNumber: 1, PageSize: 1 }),
        readIsRetryable,
        backoff,
      ).then((body) => body.TotalCount);
      counts.set(key, pending);
    }
    return pending;
  };

  const checks: QuotaCheck[] = [];
  let failure: { region: string; error: HbrError } | undefined;
  await Promise.all(
    groups.map(async (group) => {
      const totals = await Promise.all(
        group.regions.map((at) =>
          count(at).catch((error: unknown) => {
            failure ??= { region: at.region, error: asHbrError(error) };
            return 0;
          }),
        ),
      );
      checks.push({
        account: group.account.name,
        scope: group.account.scope,
        ...(group.region ? { region: group.region } : {}),
        quota: group.account.quota,
        live: totals.reduce((a, b) => a + b, 0),
        creating: group.creating.length,
        regions: group.regions.length,
      });
    }),
  );
  checks.sort(
    (a, b) =>
      compare(a.account, b.account) || compare(a.region ?? '', b.region ?? ''),
  );
  return { checks, ...(failure ? { error: failure } : {}) };
}

function quotaGroups(creating: Job[]): QuotaGroup[] {
  const groups = new Map<string, QuotaGroup>();
  for (const job of creating) {
    const { account } = job;
    const region = account.scope === 'region' ? job.endpoint.region : undefined;
    const key = `${account.name}\0${region ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      const regions =
        account.scope === 'region' ? [job.endpoint.region] : account.regions;
      group = {
        account,
        region,
        creating: [],
        regions: regions.map((r) =>
          resolveEndpoint(r, account.endpointOverride),
        ),
      };
      groups.set(key, group);
    }
    group.creating.push(job);
  }
  return [...groups.values()];
}

/** Quota checks that the plan would pass. */
export function overQuota(checks: QuotaCheck[]): QuotaCheck[] {
  return checks.filter((c) => c.live + c.creating > c.quota);
}

export function describeQuota(check: QuotaCheck): string {
  const where =
    check.scope === 'region'
      ? `in ${check.region}`
      : `over ${check.regions} region${check.regions === 1 ? '' : 's'}`;
  return `account "${check.account}" holds ${check.live} vault${check.live === 1 ? '' : 's'} ${where}; creating ${check.creating} more would pass its quota of ${check.quota}`;
}

export function fail(job: Job, error: SubmitError, notes?: string[]): void {
  job.result.action = 'failed';
  job.result.error = error;
  if (notes?.length) job.result.notes = [...(job.result.notes ?? []), ...notes];
}

export function errorOf(error: HbrError): SubmitError {
  return {
    code: error.code,
    message: error.message,
    ...(error.requestId ? { requestId: error.requestId } : {}),
  };
}

export function asHbrError(error: unknown): HbrError {
  if (error instanceof HbrError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new HbrError('InternalError', message.split('\n')[0], 'network');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
