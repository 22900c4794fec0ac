import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** A valid request, the smallest one; names differ across one run. */
export function request(name: string, region = 'cn-hangzhou'): string {
  return `VaultRegionId: ${region}\nVaultName: ${name}\n`;
}

/**
 * Writes files into a fresh folder that looks like a repository root (it
 * holds .git, so no .gitignore or config above it applies) and removes it
 * after the test file.
 */
export function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'vaultlint-cli-'));
  mkdirSync(join(root, '.git'));
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return root;
}
