/**
 * Shared set-up for the submit tests: a workspace of request files, and a
 * credential environment that can only ever reach the local emulator.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { vi } from 'vitest';
import {
  TEST_ACCESS_KEY_ID,
  TEST_ACCESS_KEY_SECRET,
} from '../emulator/hbr-emulator.js';

/** Every variable the default credential chain reads. */
const CHAIN_VARIABLES = [
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALIBABA_CLOUD_ROLE_ARN',
  'ALIBABA_CLOUD_OIDC_PROVIDER_ARN',
  'ALIBABA_CLOUD_OIDC_TOKEN_FILE',
  'ALIBABA_CLOUD_PROFILE',
  'ALIBABA_CLOUD_CREDENTIALS_FILE',
  'ALIBABA_CLOUD_CREDENTIALS_URI',
  'ALIBABA_CLOUD_ECS_METADATA',
  'ALICLOUD_ACCESS_KEY',
  'ALICLOUD_SECRET_KEY',
];

/**
 * Points the credential chain at test values: the key in the environment
 * (or none), the instance-metadata provider off, and an empty HOME so no
 * profile file is found. Returns the environment for runCli, with short
 * retry and poll timings.
 */
export function credentialEnv(
  keys: { id?: string; secret?: string } | 'none' = {},
): NodeJS.ProcessEnv {
  for (const name of CHAIN_VARIABLES) vi.stubEnv(name, undefined);
  vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA_DISABLED', 'true');
  vi.stubEnv('HOME', mkdtempSync(join(tmpdir(), 'vaultlint-home-')));
  if (keys !== 'none') {
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', keys.id ?? TEST_ACCESS_KEY_ID);
    vi.stubEnv(
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
      keys.secret ?? TEST_ACCESS_KEY_SECRET,
    );
  }
  return {
    ...process.env,
    VAULTLINT_SUBMIT_BACKOFF_MS: '2',
    VAULTLINT_SUBMIT_RETRY_BUDGET_MS: '5000',
    VAULTLINT_SUBMIT_POLL_MS: '5',
    VAULTLINT_SUBMIT_REQUEST_TIMEOUT_MS: '2000',
  };
}

/** A temporary folder holding the given files. */
export function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'vaultlint-submit-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export interface ResultRow {
  file: string;
  document: number;
  vaultName: string | null;
  region: string | null;
  action: string;
  vaultId: string | null;
  taskId: string | null;
  requestId: string | null;
  status: string | null;
  error: { code: string; message: string } | null;
  warnings: string[];
  notes: string[];
}

export interface ResultsFile {
  dryRun: boolean;
  results: ResultRow[];
  summary: Record<string, number>;
  quota: Array<Record<string, unknown>>;
}

export function readResults(root: string, name = 'r.json'): ResultsFile {
  return JSON.parse(readFileSync(join(root, name), 'utf8')) as ResultsFile;
}

export const ALPHA = `VaultRegionId: cn-hangzhou
VaultName: alpha
VaultType: STANDARD
EncryptType: HBR_PRIVATE
`;

export const BETA = `VaultRegionId: cn-shanghai
VaultName: beta
Description: Second vault
WormEnabled: true
`;
