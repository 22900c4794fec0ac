// What the hook relies on: pre-commit names files one by one, often files
// the config excludes, and may split a long list across several runs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const GOOD = 'VaultRegionId: cn-hangzhou\nVaultName: good\n';
const BAD = 'VaultRegionId: cn-hangzhou\nVaultName: bad\nVaultType: standard\n';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A repository root (it holds .git) with the given files. */
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'vaultlint-hook-files-'));
  roots.push(root);
  mkdirSync(join(root, '.git'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** The files a JSON report lists, in its order. */
function filesOf(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: Array<{ file: string }> }).files.map(
    (f) => f.file,
  );
}

describe('files named by pre-commit', () => {
  it('skips a named file below an excluded folder, as walking does', async () => {
    const root = repo({
      '.vaultlint.yaml': 'exclude:\n  - vaults/legacy\n',
      'vaults/legacy/old.yaml': BAD,
      'vaults/legacy/2019/older.yaml': BAD,
      'vaults/prod/a.yaml': GOOD,
    });
    const named = await runCli(
      [
        '--format',
        'json',
        'vaults/legacy/old.yaml',
        'vaults/legacy/2019/older.yaml',
        'vaults/prod/a.yaml',
      ],
      { cwd: root },
    );
    const walked = await runCli(['--format', 'json', '.'], { cwd: root });

    expect(named.code).toBe(0);
    expect(filesOf(named.stdout)).toEqual(['vaults/prod/a.yaml']);
    expect(filesOf(walked.stdout)).toEqual(['vaults/prod/a.yaml']);
  });

  it('skips a folder that a ** pattern excludes at any depth', async () => {
    const root = repo({
      '.vaultlint.yaml': 'exclude:\n  - "**/drafts"\n',
      'team/vaults/drafts/wip.yaml': BAD,
      'team/vaults/a.yaml': GOOD,
    });
    const result = await runCli(
      ['--format', 'json', 'team/vaults/drafts/wip.yaml', 'team/vaults/a.yaml'],
      { cwd: root },
    );

    expect(result.code).toBe(0);
    expect(filesOf(result.stdout)).toEqual(['team/vaults/a.yaml']);
  });

  it('matches exclude against the folder of the nearest config', async () => {
    const root = repo({
      'infra/.vaultlint.yaml': 'exclude:\n  - legacy\n',
      'infra/legacy/old.vault.yaml': BAD,
      'legacy/kept.vault.yaml': BAD,
    });
    const result = await runCli(
      [
        '--format',
        'json',
        'infra/legacy/old.vault.yaml',
        'legacy/kept.vault.yaml',
      ],
      { cwd: root },
    );

    expect(result.code).toBe(1);
    expect(filesOf(result.stdout)).toEqual(['legacy/kept.vault.yaml']);
  });

  it('prints nothing and exits 0 when every named file is excluded', async () => {
    const root = repo({
      '.vaultlint.yaml':
        'exclude:\n  - vaults/legacy\n  - "*.old.vault.yaml"\n',
      'vaults/legacy/a.yaml': BAD,
      'b.old.vault.yaml': BAD,
    });
    const result = await runCli(['vaults/legacy/a.yaml', 'b.old.vault.yaml'], {
      cwd: root,
    });

    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reports each file alike in one run or in runs split apart', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 40; i++) {
      const name = `vaults/prod/r${String(i).padStart(2, '0')}.yaml`;
      files[name] =
        i % 10 === 0
          ? BAD.replace('bad', `bad${i}`)
          : GOOD.replace('good', `good${i}`);
    }
    const root = repo(files);
    const names = Object.keys(files);
    const json = ['--format', 'json'];

    const whole = await runCli([...json, ...names], { cwd: root });
    const first = await runCli([...json, ...names.slice(0, 17)], {
      cwd: root,
    });
    const second = await runCli([...json, ...names.slice(17)], { cwd: root });
    const findings = (stdout: string) =>
      (
        JSON.parse(stdout) as {
          files: Array<{ file: string; findings: unknown[] }>;
        }
      ).files;

    expect(whole.code).toBe(1);
    expect([first.code, second.code]).toEqual([1, 1]);
    expect(findings(whole.stdout)).toEqual([
      ...findings(first.stdout),
      ...findings(second.stdout),
    ]);
    expect(
      findings(whole.stdout)
        .filter((f) => f.findings.length > 0)
        .map((f) => f.file),
    ).toEqual([
      'vaults/prod/r10.yaml',
      'vaults/prod/r20.yaml',
      'vaults/prod/r30.yaml',
      'vaults/prod/r40.yaml',
    ]);
  });
});
