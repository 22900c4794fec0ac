/** Temporary projects for the policy tests: a config and request files. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { findingsOf, runCli } from '../helpers/cli.js';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Writes the files (path → text) into a fresh folder and returns it. */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vaultlint-policy-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A minimal valid request. */
export function request(name: string, region = 'cn-shanghai'): string {
  return `VaultRegionId: ${region}\nVaultName: ${name}\n`;
}

/**
 * `count` request files `<folder>/<prefix>001.vault.yaml`…, named so that
 * path order is number order.
 */
export function requests(
  folder: string,
  count: number,
  prefix = 'v',
  region = 'cn-shanghai',
): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= count; i++) {
    const name = `${prefix}${String(i).padStart(3, '0')}`;
    files[`${folder}/${name}.vault.yaml`] = request(name, region);
  }
  return files;
}

/** A DescribeVaults response body listing these `region/name` vaults. */
export function describeVaults(vaults: string[]): object {
  return {
    RequestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E',
    Success: true,
    TotalCount: vaults.length,
    PageNumber: 1,
    PageSize: 99,
    Vaults: {
      Vault: vaults.map((v, i) => {
        const [region, name] = v.split('/');
        return {
          VaultId: `v-${String(i).padStart(20, '0')}`,
          VaultName: name,
          VaultRegionId: region,
          Status: 'CREATED',
        };
      }),
    },
  };
}

export interface JsonRun {
  code: number;
  stderr: string;
  findings: Array<Record<string, unknown>>;
  report: Record<string, unknown>;
}

/** Runs `vaultlint --format json …args` in `cwd`. */
export async function lintJson(cwd: string, args: string[]): Promise<JsonRun> {
  const result = await runCli(['--format', 'json', ...args], { cwd });
  const report = result.stdout ? JSON.parse(result.stdout) : {};
  return {
    code: result.code,
    stderr: result.stderr,
    findings: result.stdout ? findingsOf(result.stdout) : [],
    report,
  };
}

/** `file line:column severity ruleId: message` for compact assertions. */
export function brief(finding: Record<string, unknown>): string {
  return `${finding.file} ${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId}: ${finding.message}`;
}
