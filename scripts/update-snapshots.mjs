#!/usr/bin/env node
// Regenerates test/snapshots/: removes every snapshot, then lets vitest
// write one per fixture afresh, so a removed fixture leaves none behind.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const snapshots = join(root, 'test', 'snapshots');

rmSync(snapshots, { recursive: true, force: true });
mkdirSync(snapshots);
const result = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    'test/snapshots.test.ts',
    '--update',
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exitCode = result.status ?? 1;
