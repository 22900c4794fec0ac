// Large runs share the files with a worker thread (dist only); the results
// must be exactly those of a single thread.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.cjs');

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vaultlint-parallel-'));
  for (let i = 0; i < 240; i++) {
    const team = join(dir, `team-${i % 4}`, 'vaults');
    mkdirSync(team, { recursive: true });
    // Names repeat across the halves, so duplicates span both threads.
    const lines = [
      'VaultRegionId: cn-shanghai',
      `VaultName: vault-${i % 150}`,
      i % 5 === 0 ? 'VaultStorageClass: IA' : 'VaultType: STANDARD',
      i % 7 === 0 ? 'WormEnabled: yes  # vaultlint-disable-line -- legacy' : '',
    ];
    writeFileSync(join(team, `v${i}.yaml`), `${lines.join('\n')}\n`);
  }
  return dir;
}

function run(cwd: string, threshold: number, args: string[] = []) {
  return spawnSync(process.execPath, [cli, '--format', 'json', ...args, '.'], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, VAULTLINT_PARALLEL_THRESHOLD: String(threshold) },
  });
}

describe('parallel runs', () => {
  it('report exactly what a single thread reports', () => {
    const dir = corpus();
    const single = run(dir, 1_000_000);
    const parallel = run(dir, 100);
    expect(single.status).toBe(1);
    expect(parallel.stderr).toBe('');
    expect(parallel.status).toBe(single.status);
    expect(parallel.stdout).toBe(single.stdout);
    const report = JSON.parse(parallel.stdout);
    expect(report.summary.files).toBe(240);
    expect(
      report.files.some((f: { findings: Array<{ ruleId: string }> }) =>
        f.findings.some((x) => x.ruleId === 'duplicate-vault-name'),
      ),
    ).toBe(true);
  });

  it('ends with the error a rule raised in the worker', () => {
    const dir = corpus();
    writeFileSync(
      join(dir, 'boom.mjs'),
      `export default {
        id: 'boom', type: 'suggestion', severity: 'error',
        description: 'Disallow nothing', defaultOptions: {}, messages: {},
        check(request) {
          if (request.file.endsWith('v99.yaml')) throw new Error('kaboom');
        },
      };\n`,
    );
    writeFileSync(join(dir, '.vaultlint.yaml'), 'plugins: [./boom.mjs]\n');
    const parallel = run(dir, 100);
    expect(parallel.status).toBe(2);
    expect(parallel.stderr).toContain(
      'Rule boom failed on team-3/vaults/v99.yaml: kaboom.',
    );
    expect(parallel.stderr).not.toContain('internal error');
  });
});
