import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import type { Finding, LintResults } from '../../src/types.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding the given files; removed after the suite. */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'vaultlint-report-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Results holding the given findings, for reporter tests without files. */
export function resultsWith(findings: Finding[]): LintResults {
  const files = [...new Set(findings.map((f) => f.file))].map((file) => ({
    file,
    requests: 0,
    findings: findings.filter((f) => f.file === file),
  }));
  const live = findings.filter((f) => !f.suppressed);
  return {
    files,
    requests: [],
    summary: {
      files: files.length,
      requests: 0,
      errors: live.filter((f) => f.severity === 'error').length,
      warnings: live.filter((f) => f.severity === 'warning').length,
      infos: live.filter((f) => f.severity === 'info').length,
      suppressed: findings.length - live.length,
    },
    accounts: [],
    rules: [],
  };
}

export const GOOD_REQUEST = `VaultRegionId: cn-hangzhou
VaultName: media-archive
VaultType: STANDARD
`;
