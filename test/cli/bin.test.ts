// The bundled bin (dist/cli.cjs, as npm installs it) starts and exits with
// the code of the run.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { request, tree } from './tree.js';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'cli.cjs');

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

describe('dist/cli.cjs', () => {
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

describe('the code cache of dist/cli.cjs', () => {
  const examples = join(import.meta.dirname, '..', '..', 'examples');
  const lintExamples = (env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [bin, '--format', 'json', '.'], {
      cwd: examples,
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
  const entries = (folder: string) =>
    existsSync(folder)
      ? readdirSync(folder).filter((name) => name.startsWith('cli-'))
      : [];

  it('is written by the first run and read by the next, with the same output', () => {
    const temp = mkdtempSync(join(tmpdir(), 'vaultlint-code-cache-'));
    const folder = join(temp, `vaultlint-${userInfo().uid}`);
    const first = lintExamples({ TMPDIR: temp });
    expect(entries(folder)).toHaveLength(1);
    const entry = join(folder, entries(folder)[0]);
    const written = statSync(entry).mtimeMs;
    const second = lintExamples({ TMPDIR: temp });

    expect(statSync(entry).mtimeMs).toBe(written);
    expect(second.status).toBe(1);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    // The plugin under examples/policy/ is an ES module, imported by the
    // cached code as by any other.
    expect(second.stdout).toContain('"ruleId": "team-name-prefix"');
    rmSync(temp, { recursive: true, force: true });
  });

  it('is replaced by a lint run when another kind of run made it', () => {
    const temp = mkdtempSync(join(tmpdir(), 'vaultlint-code-cache-'));
    const folder = join(temp, `vaultlint-${userInfo().uid}`);
    const version = spawnSync(process.execPath, [bin, '--version'], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: temp },
    });
    expect(version.status).toBe(0);
    const entry = join(folder, entries(folder)[0]);
    const kind = () =>
      readFileSync(entry).subarray(0, 20).toString('latin1').split('\n')[0];
    expect(kind()).toMatch(/ other$/);
    lintExamples({ TMPDIR: temp });
    expect(kind()).toMatch(/ lint$/);
    rmSync(temp, { recursive: true, force: true });
  });

  it('compiles past a damaged entry and replaces it', () => {
    const temp = mkdtempSync(join(tmpdir(), 'vaultlint-code-cache-'));
    const folder = join(temp, `vaultlint-${userInfo().uid}`);
    const first = lintExamples({ TMPDIR: temp });
    const entry = join(folder, entries(folder)[0]);
    const bytes = readFileSync(entry);
    bytes.fill(0xff, 1000, 1008);
    writeFileSync(entry, bytes);

    const damaged = lintExamples({ TMPDIR: temp });
    expect(damaged.status).toBe(1);
    expect(damaged.stdout).toBe(first.stdout);
    expect(readFileSync(entry).equals(bytes)).toBe(false);
    expect(lintExamples({ TMPDIR: temp }).stdout).toBe(first.stdout);
    rmSync(temp, { recursive: true, force: true });
  });

  it('never runs the code of a bundle since edited, even to the same length', () => {
    const temp = mkdtempSync(join(tmpdir(), 'vaultlint-code-cache-'));
    const copy = join(temp, 'dist');
    mkdirSync(copy);
    for (const file of ['cli.cjs', 'cli-bundle.cjs']) {
      copyFileSync(join(bin, '..', file), join(copy, file));
    }
    const root = tree({
      'cold.vault.yaml': `${request('cold')}VaultStorageClass: IA\n`,
    });
    const lintCold = () =>
      spawnSync(process.execPath, [join(copy, 'cli.cjs'), 'cold.vault.yaml'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 20_000,
        env: { ...process.env, NO_COLOR: '1', TMPDIR: temp },
      }).stdout;
    expect(lintCold()).toContain('is deprecated; use');
    const bundle = join(copy, 'cli-bundle.cjs');
    const edited = readFileSync(bundle, 'utf8').replace(
      'is deprecated; use',
      'IS DEPRECATED; USE',
    );
    writeFileSync(bundle, edited);
    expect(lintCold()).toContain('IS DEPRECATED; USE');
    rmSync(temp, { recursive: true, force: true });
  });

  it('is neither read nor written with VAULTLINT_CACHE=0', () => {
    const temp = mkdtempSync(join(tmpdir(), 'vaultlint-code-cache-'));
    const result = lintExamples({ TMPDIR: temp, VAULTLINT_CACHE: '0' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('"ruleId": "team-name-prefix"');
    expect(entries(join(temp, `vaultlint-${userInfo().uid}`))).toEqual([]);
    rmSync(temp, { recursive: true, force: true });
  });

  it('is not used from a folder that others may write to', () => {
    const temp = mkdtempSync(join(tmpdir(), 'vaultlint-code-cache-'));
    const folder = join(temp, `vaultlint-${userInfo().uid}`);
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    const result = lintExamples({ TMPDIR: temp });
    expect(result.status).toBe(1);
    expect(entries(folder)).toEqual([]);
    rmSync(temp, { recursive: true, force: true });
  });
});
