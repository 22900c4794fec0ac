// The bundled bin (dist/cli.js, as npm installs it) starts and exits with
// the code of the run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { request, tree } from './tree.js';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

function spawnBin(argv: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...argv], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(result.error).toBeUndefined();
  return result;
}

describe('dist/cli.js', () => {
  const root = tree({
    'clean.vault.yaml': request('clean'),
    'bad.vault.yaml': `${request('bad')}VaultType: standard\n`,
  });

  it('exits 0 on a clean file', () => {
    const result = spawnBin(['clean.vault.yaml'], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('exits 1 with findings and prints them with line:col', () => {
    const result = spawnBin(['bad.vault.yaml'], root);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      '  3:12  error    Unexpected VaultType "standard"; expected "STANDARD".  invalid-value',
    );
  });

  it('exits 2 on an unknown flag', () => {
    const result = spawnBin(['--no-such-flag'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option '--no-such-flag'");
  });

  it('reads standard input', () => {
    const result = spawnSync(
      process.execPath,
      [bin, '-f', 'json', '--stdin-filename', 'in.vault.yaml', '-'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 20_000,
        input: `${request('piped')}VaultType: standard\n`,
      },
    );
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).files[0]).toMatchObject({
      file: 'in.vault.yaml',
      findings: [{ ruleId: 'invalid-value', line: 3, column: 12 }],
    });
  });
});
