// Every temporary folder of a test run, the caches of the code and the
// configs included, lives under one folder of its own, removed at the end:
// a run leaves nothing behind, and never reads caches of other runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'vaultlint-tests-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
