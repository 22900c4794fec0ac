/** The shapes submit reads from the service and hands to its callers. */
import type { RequestParams } from '../rule.js';

/** What happened to one request. `create` appears only in a dry run. */
export type SubmitAction = 'created' | 'exists' | 'refused' | 'failed';
export type PlannedAction = SubmitAction | 'create';

export interface SubmitError {
  code: string;
  message: string;
  requestId?: string;
}

export interface SubmitResult {
  file: string;
  /** 1-based index of the YAML document in its file. */
  document: number;
  vaultName?: string;
  region?: string;
  account?: string;
  action: PlannedAction;
  vaultId?: string;
  taskId?: string;
  requestId?: string;
  /** The vault's Status as last seen (INITIALIZING, CREATED, ERROR). */
  status?: string;
  error?: SubmitError;
  /** Settings in which an existing vault differs from its request. */
  warnings?: string[];
  /** How the outcome was reached, when that is worth knowing. */
  notes?: string[];
}

export interface QuotaCheck {
  account: string;
  scope: 'account' | 'region';
  /** Set when the scope is a region. */
  region?: string;
  quota: number;
  /** Vaults that exist now, counted with DescribeVaults. */
  live: number;
  /** Vaults this run would create. */
  creating: number;
  /** How many regions were counted. */
  regions: number;
}

export interface SubmitSummary {
  requests: number;
  created: number;
  exists: number;
  refused: number;
  failed: number;
  /** Requests a dry run would create. */
  planned: number;
}

export interface SubmitReport {
  dryRun: boolean;
  results: SubmitResult[];
  summary: SubmitSummary;
  quota: QuotaCheck[];
}

/** One vault as DescribeVaults returns it (the fields submit reads). */
export interface Vault {
  VaultId: string;
  VaultName: string;
  VaultRegionId: string;
  VaultType?: string;
  VaultStorageClass?: string;
  Status?: string;
  EncryptType?: string;
  KmsKeyId?: string;
  WormEnabled?: boolean;
  Replication?: boolean;
  CreatedTime?: number;
  [key: string]: unknown;
}

export interface DescribeVaultsBody {
  RequestId?: string;
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  Vaults: { Vault: Vault[] };
  [key: string]: unknown;
}

export interface CreateVaultBody {
  RequestId?: string;
  VaultId?: string;
  TaskId?: string;
  Success?: boolean;
  Code?: string;
  Message?: string;
}

export interface DescribeTaskBody {
  RequestId?: string;
  /** The task state: created, completed, cancelled or expired. */
  Description?: string;
  /** 0–100, or -1 when the task failed. */
  Progress?: number;
  Result?: string;
  Success?: boolean;
  Code?: string;
  Message?: string;
}

export interface DescribeVaultsQuery {
  VaultName?: string;
  VaultId?: string;
  Status?: string;
  PageNumber?: number;
  PageSize?: number;
}

/** Where one region's calls go. */
export interface Endpoint {
  region: string;
  /** Host and optional port, no scheme. */
  host: string;
  protocol: 'HTTP' | 'HTTPS';
}

/** The three HBR operations submit uses; tests may supply their own. */
export interface HbrApi {
  describeVaults(
    at: Endpoint,
    query: DescribeVaultsQuery,
  ): Promise<DescribeVaultsBody>;
  createVault(at: Endpoint, params: RequestParams): Promise<CreateVaultBody>;
  describeTask(at: Endpoint, taskId: string): Promise<DescribeTaskBody>;
}
