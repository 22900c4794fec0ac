// Which files a run lints: named files, walked folders, globs, stdin, and
// the paths that name nothing (exit 2, naming them).
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { request, tree } from './tree.js';

const IA =
  'VaultRegionId: cn-hangzhou\nVaultName: cold\nVaultStorageClass: IA\n';

/** The files a JSON report lists, in its order. */
function filesOf(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: Array<{ file: string }> }).files.map(
    (f) => f.file,
  );
}

describe('paths', () => {
  const root = tree({
    '.gitignore': 'vaults/drafts/\n*.tmp.yaml\n',
    'team.vault.yaml': request('team'),
    'team.vault.json': '{"VaultRegionId": "cn-hangzhou", "VaultName": "j"}\n',
    'notes.yaml': 'not: a request\n',
    'vaults/prod/a.yaml': request('a'),
    'vaults/prod/b.yml': request('b'),
    'vaults/prod/readme.md': '# not linted\n',
    'vaults/prod/scratch.tmp.yaml': IA,
    'vaults/drafts/wip.yaml': IA,
    'node_modules/pkg/x.vault.yaml': IA,
    'empty/readme.txt': 'nothing here\n',
  });
  const json = ['--format', 'json'];

  it('walks a folder with the default globs, honouring .gitignore', async () => {
    const result = await runCli([...json, '.'], { cwd: root });
    expect(result.code).toBe(0);
    expect(filesOf(result.stdout)).toEqual([
      'team.vault.json',
      'team.vault.yaml',
      'vaults/prod/a.yaml',
      'vaults/prod/b.yml',
    ]);
  });

  it('walks the working directory when no path is given', async () => {
    const result = await runCli([...json], { cwd: root });
    expect(filesOf(result.stdout)).toHaveLength(4);
  });

  it('skips a gitignored request inside a walked folder', async () => {
    const result = await runCli([...json, 'vaults'], { cwd: root });
    expect(result.code).toBe(0);
    expect(filesOf(result.stdout)).toEqual([
      'vaults/prod/a.yaml',
      'vaults/prod/b.yml',
    ]);
  });

  it('lints a named file whatever its name, even a gitignored one', async () => {
    const result = await runCli(
      [...json, 'notes.yaml', 'vaults/drafts/wip.yaml'],
      { cwd: root },
    );
    expect(filesOf(result.stdout)).toEqual([
      'notes.yaml',
      'vaults/drafts/wip.yaml',
    ]);
    expect(result.code).toBe(1);
  });

  it('expands a glob and lists each file once', async () => {
    const result = await runCli(
      [...json, 'vaults/prod/*.y*ml', 'vaults/prod/a.yaml'],
      { cwd: root },
    );
    expect(filesOf(result.stdout)).toEqual([
      'vaults/prod/a.yaml',
      'vaults/prod/b.yml',
      'vaults/prod/scratch.tmp.yaml',
    ]);
  });

  it('resolves paths from the working directory', async () => {
    const result = await runCli([...json, '../../team.vault.yaml', 'a.yaml'], {
      cwd: `${root}/vaults/prod`,
    });
    expect(filesOf(result.stdout)).toEqual(['../../team.vault.yaml', 'a.yaml']);
  });

  it('never walks into node_modules', async () => {
    const result = await runCli([...json, '**/*.vault.yaml'], { cwd: root });
    expect(filesOf(result.stdout)).toEqual(['team.vault.yaml']);
  });

  it('exits 2 naming a path that does not exist', async () => {
    const result = await runCli(['vaults/prod/missing.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'vaultlint: No such file or folder: "vaults/prod/missing.yaml".\n',
    );
  });

  it('exits 2 naming a glob that matches nothing', async () => {
    const result = await runCli(['team.vault.yaml', 'vaults/**/*.toml'], {
      cwd: root,
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'vaultlint: No files match the pattern "vaults/**/*.toml".\n',
    );
  });

  it('exits 2 for a folder that holds no request file', async () => {
    const result = await runCli(['empty'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^vaultlint: No request files found in "empty"/,
    );
    expect(result.stderr).toContain('**/*.vault.yaml');
  });
});

describe('standard input', () => {
  const root = tree({ 'vaults/x.yaml': request('x') });

  it('lints standard input under the name --stdin-filename gives', async () => {
    const result = await runCli(
      ['--format', 'json', '--stdin-filename', 'vaults/cold.yaml', '-'],
      { cwd: root, stdin: IA },
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.files).toHaveLength(1);
    expect(report.files[0].file).toBe('vaults/cold.yaml');
    expect(report.files[0].findings).toMatchObject([
      {
        ruleId: 'deprecated-storage-class',
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 22,
      },
    ]);
  });

  it('reads JSON from standard input when the name ends in .json', async () => {
    const result = await runCli(
      ['--format', 'json', '--stdin-filename', 'x.vault.json', '-'],
      { cwd: root, stdin: '{"VaultRegionId": "cn-hangzhou", // no\n}' },
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].findings[0].ruleId).toBe(
      'syntax-error',
    );
  });

  it('exits 2 when - comes without --stdin-filename', async () => {
    const result = await runCli(['-'], { cwd: root, stdin: request('x') });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vaultlint: Reading standard input (-) needs --stdin-filename to name the request.\n',
    );
  });

  it.each([[['-', 'team.vault.yaml']], [['-', '-']]])(
    'exits 2 when - comes with other paths: %j',
    async (paths) => {
      const result = await runCli(
        ['--stdin-filename', 'x.vault.yaml', ...paths],
        { cwd: root, stdin: request('x') },
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        'vaultlint: Unexpected - among other paths; standard input is read alone, as one request file (- --stdin-filename NAME).\n',
      );
    },
  );
});

describe('configuration', () => {
  it('exits 2 naming the key of a bad config, with its position', async () => {
    const root = tree({
      '.vaultlint.yaml': 'include:\n  - "**/*.yaml"\nrulez: {}\n',
      'a.vault.yaml': request('x'),
    });
    const result = await runCli(['a.vault.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^vaultlint: \.vaultlint\.yaml:3:1: /);
    expect(result.stderr).toContain('rulez');
  });

  it('exits 2 for a config that is not YAML', async () => {
    const root = tree({
      '.vaultlint.yaml': 'rules: [unclosed\n',
      'a.vault.yaml': request('x'),
    });
    const result = await runCli(['a.vault.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^vaultlint: \.vaultlint\.yaml:\d+:\d+: /);
  });

  it('exits 2 for an unknown rule in the config', async () => {
    const root = tree({
      '.vaultlint.yaml': 'rules:\n  no-such-rule: error\n',
      'a.vault.yaml': request('x'),
    });
    const result = await runCli(['a.vault.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^vaultlint: \.vaultlint\.yaml:2:\d+: Unknown rule "no-such-rule" in rules\.\n$/,
    );
  });

  it('exits 2 when --config names a file that does not exist', async () => {
    const root = tree({ 'a.vault.yaml': request('x') });
    const result = await runCli(['--config', 'nope.yaml', 'a.vault.yaml'], {
      cwd: root,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope.yaml');
  });

  it('skips a named file the config excludes, silently', async () => {
    const root = tree({
      '.vaultlint.yaml': 'exclude:\n  - "legacy/**"\n',
      'legacy/old.vault.yaml': IA,
      'a.vault.yaml': request('x'),
    });
    const result = await runCli(
      ['--format', 'json', 'a.vault.yaml', 'legacy/old.vault.yaml'],
      { cwd: root },
    );
    expect(result.code).toBe(0);
    expect(filesOf(result.stdout)).toEqual(['a.vault.yaml']);
  });
});

describe('a link to a folder, named on the command line', () => {
  const root = tree({ 'real/vaults/r.yaml': request('r') });
  symlinkSync('real', join(root, 'linked'));

  it('is walked, its files shown through it, as named', async () => {
    for (const given of ['linked', 'linked/']) {
      const result = await runCli(['--format', 'json', given], { cwd: root });
      expect(result.code).toBe(0);
      expect(filesOf(result.stdout)).toEqual(['linked/vaults/r.yaml']);
    }
  });

  it('is walked alike when it leads outside the working directory', async () => {
    const outside = tree({ 'team/vaults/e.yaml': request('e') });
    symlinkSync(outside, join(root, 'shared'));
    const result = await runCli(['--format', 'json', 'shared'], { cwd: root });
    expect(result.code).toBe(0);
    expect(filesOf(result.stdout)).toEqual(['shared/team/vaults/e.yaml']);
  });

  it('is not followed when its parent folder is walked', async () => {
    const result = await runCli(['--format', 'json', '.'], { cwd: root });
    expect(filesOf(result.stdout)).toEqual(['real/vaults/r.yaml']);
  });
});

describe('a run from inside a vaults folder, with no config', () => {
  const root = tree({
    'x/vaults/a.yaml': request('a'),
    'x/vaults/prod/b.yaml': request('b'),
  });

  it('matches the default globs from the repository root', async () => {
    const result = await runCli(['--format', 'json', '.'], {
      cwd: join(root, 'x', 'vaults'),
    });
    expect(result.code).toBe(0);
    expect(filesOf(result.stdout)).toEqual(['a.yaml', 'prod/b.yaml']);
  });
});

describe('links that lead nowhere, named on the command line', () => {
  const root = tree({});
  symlinkSync('loop-b.yaml', join(root, 'loop-a.yaml'));
  symlinkSync('loop-a.yaml', join(root, 'loop-b.yaml'));
  symlinkSync('missing.yaml', join(root, 'dangling.yaml'));

  it.each([
    ['loop-a.yaml', 'it leads back to itself'],
    ['dangling.yaml', 'it points to nothing'],
  ])('exits 2 on %s, saying why', async (name, why) => {
    const result = await runCli([name], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `vaultlint: Cannot follow the link "${name}": ${why}.\n`,
    );
  });
});
