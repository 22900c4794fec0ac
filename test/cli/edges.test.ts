// Edges of the command line: pipes that close early, reports that would
// overwrite each other or land on a folder, empty arguments, flag-only
// settings in --print-config, plugin rules in `vaultlint rules`, and which
// of several config errors is reported.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { request, tree } from './tree.js';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'cli.cjs');

/**
 * Runs dist/cli.cjs with standard output going to a reader that closes
 * early: at once, or after the first chunk, as `| head -1` does.
 */
function spawnIntoClosedPipe(
  argv: string[],
  cwd: string,
  readFirstChunk: boolean,
): Promise<{ status: number | null; stderr: string; read: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...argv], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`vaultlint ${argv.join(' ')} did not exit`));
    }, 20_000);
    let stderr = '';
    let read = 0;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    if (readFirstChunk) {
      child.stdout.once('data', (chunk: Buffer) => {
        read = chunk.length;
        child.stdout.destroy();
      });
    } else {
      child.stdout.destroy();
    }
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stderr, read });
    });
  });
}

/** Many requests, each with an error: a report far larger than a pipe holds. */
function bigFile(count: number): string {
  const docs: string[] = [];
  for (let i = 0; i < count; i++) {
    docs.push(`VaultRegionId: cn-hangzhou\nVaultName: v${i}\nVaultType: x\n`);
  }
  return docs.join('---\n');
}

describe('output into a pipe that closes early', () => {
  const root = tree({ 'big.vault.yaml': bigFile(6000) });

  it('ends `vaultlint rules` quietly with code 0 when the reader reads nothing', async () => {
    const result = await spawnIntoClosedPipe(['rules'], root, false);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('ends a lint quietly with its own code when the reader stops after the first chunk', async () => {
    const result = await spawnIntoClosedPipe(['big.vault.yaml'], root, true);
    expect(result.read).toBeGreaterThan(0);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
  });
});

describe('--max-warnings', () => {
  const root = tree({
    'warn.vault.yaml': `${request('warn')}VaultStorageClass: IA\n`,
    'warn2.vault.yaml': `${request('warn2')}VaultStorageClass: IA\n`,
  });

  it('says why a quiet run with one warning fails', async () => {
    const result = await runCli(
      ['-q', '--max-warnings', '0', 'warn.vault.yaml'],
      { cwd: root },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'vaultlint: 1 warning found; --max-warnings is 0.\n',
    );
  });

  it('counts the warnings in the plural', async () => {
    const result = await runCli(['--max-warnings', '1', '-f', 'json', '.'], {
      cwd: root,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'vaultlint: 2 warnings found; --max-warnings is 1.\n',
    );
  });

  it('prints nothing when the warnings stay within the limit', async () => {
    const result = await runCli(['-q', '--max-warnings', '2', '.'], {
      cwd: root,
    });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('report files', () => {
  const root = tree({ 'a.vault.yaml': request('a') });
  mkdirSync(join(root, 'reports'));

  it('refuses two formats bound for one file through --output-file', async () => {
    const result = await runCli(
      ['-f', 'json', '-o', 'x.json', '-f', 'sarif', 'a.vault.yaml'],
      { cwd: root },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vaultlint: Two reports, json and sarif, would both go to "x.json"; give each --format its own file (FORMAT=FILE).\n',
    );
    expect(existsSync(join(root, 'x.json'))).toBe(false);
  });

  it.each([
    [['-o', 'out.txt', '-f', 'sarif=x.sarif']],
    [['-o', 'x.sarif', '-f', 'sarif=x.sarif']],
  ])('refuses an --output-file left with no report: %j', async (flags) => {
    const result = await runCli([...flags, 'a.vault.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `vaultlint: Unexpected --output-file "${flags[1]}": every --format names a file of its own (FORMAT=FILE), so no report is left for it.\n`,
    );
    expect(existsSync(join(root, 'out.txt'))).toBe(false);
    expect(existsSync(join(root, 'x.sarif'))).toBe(false);
  });

  it.each([
    [['-f', 'json=a.vault.yaml']],
    [['-o', 'a.vault.yaml']],
    [['-o', './a.vault.yaml']],
  ])('refuses a report bound for a file it lints: %j', async (flags) => {
    const before = readFileSync(join(root, 'a.vault.yaml'), 'utf8');
    const result = await runCli([...flags, 'a.vault.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^vaultlint: Cannot write to "(\.\/)?a\.vault\.yaml": the run reads it as an input; name another file\.\n$/,
    );
    expect(readFileSync(join(root, 'a.vault.yaml'), 'utf8')).toBe(before);
  });

  it('refuses a report bound for a linted file reached another way', async () => {
    const dir = tree({ 'real/a.vault.yaml': request('a') });
    symlinkSync('real', join(dir, 'linked'));
    linkSync(join(dir, 'real', 'a.vault.yaml'), join(dir, 'hard.txt'));
    for (const [target, path] of [
      ['real/a.vault.yaml', 'linked'],
      ['hard.txt', 'linked'],
      ['real/a.vault.yaml', 'linked/a.vault.yaml'],
    ]) {
      const result = await runCli(['-o', target, path], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `vaultlint: Cannot write to "${target}": the run reads it as an input; name another file.\n`,
      );
    }
    expect(readFileSync(join(dir, 'real', 'a.vault.yaml'), 'utf8')).toBe(
      request('a'),
    );
  });

  it('refuses a report bound for the config the run found', async () => {
    const dir = tree({
      '.vaultlint.yaml': 'rules:\n  deprecated-storage-class: error\n',
      'vaults/a.yaml': request('a'),
    });
    const result = await runCli(['-o', '.vaultlint.yaml', 'vaults'], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vaultlint: Cannot write to ".vaultlint.yaml": the run reads it as an input; name another file.\n',
    );
    expect(readFileSync(join(dir, '.vaultlint.yaml'), 'utf8')).toBe(
      'rules:\n  deprecated-storage-class: error\n',
    );
  });

  it('writes a report to /dev/stdout when that is a pipe', () => {
    const result = spawnSync(
      process.execPath,
      [bin, '-f', 'json', '-o', '/dev/stdout', 'a.vault.yaml'],
      { cwd: root, encoding: 'utf8', timeout: 20_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).files[0].file).toBe('a.vault.yaml');
  });

  it('refuses at once a report folder that cannot be made', () => {
    const result = spawnSync(
      process.execPath,
      [bin, '-o', '/proc/no-such-process/report.txt', 'a.vault.yaml'],
      { cwd: root, encoding: 'utf8', timeout: 10_000 },
    );
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^vaultlint: Cannot write the report to "\/proc\/no-such-process\/report\.txt" \(E[A-Z]+\)\.\n$/,
    );
  });

  it('refuses FORMAT=FILE pairs that name one file in two spellings', async () => {
    const result = await runCli(
      ['-f', 'json=out.json', '-f', 'sarif=./out.json', 'a.vault.yaml'],
      { cwd: root },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vaultlint: Two reports, json and sarif, would both go to "./out.json"; give each --format its own file (FORMAT=FILE).\n',
    );
  });

  it('refuses a folder as --output-file', async () => {
    const result = await runCli(['-o', 'reports', 'a.vault.yaml'], {
      cwd: root,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vaultlint: Cannot write the report to "reports": it is a folder; name a file.\n',
    );
  });

  it('refuses a folder as the file of FORMAT=FILE', async () => {
    const result = await runCli(
      ['-f', `sarif=${join(root, 'reports')}`, 'a.vault.yaml'],
      { cwd: root },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `vaultlint: Cannot write the report to "${join(root, 'reports')}": it is a folder; name a file.\n`,
    );
  });

  it('refuses an empty --output-file', async () => {
    const result = await runCli(['-o', '', 'a.vault.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vaultlint: Unexpected empty file name for the stylish report; name a file.\n',
    );
  });
});

describe('empty and missing arguments', () => {
  const root = tree({ 'a.vault.yaml': request('a') });

  it('refuses an empty path argument', async () => {
    const result = await runCli([''], { cwd: root });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'vaultlint: Unexpected empty path argument; name a file, folder or glob.\n',
    });
  });

  it('refuses an empty path among others', async () => {
    const result = await runCli(['a.vault.yaml', ''], { cwd: root });
    expect(result.code).toBe(2);
  });

  it('refuses --print-config for a file that does not exist', async () => {
    const result = await runCli(['--print-config', 'nonexistent.yaml'], {
      cwd: root,
    });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'vaultlint: No such file for --print-config: "nonexistent.yaml"; name a request file.\n',
    });
  });

  it('refuses --print-config for a folder', async () => {
    const result = await runCli(['--print-config', '.'], { cwd: root });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'vaultlint: Unexpected folder for --print-config: "."; name a request file.\n',
    });
  });

  it('refuses --print-config with an empty name', async () => {
    const result = await runCli(['--print-config', ''], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vaultlint: No such file for --print-config: ""; name a request file.\n',
    );
  });
});

describe('--print-config and flag-only settings', () => {
  const root = tree({ 'a.vault.yaml': request('a') });

  it('shows their defaults', async () => {
    const result = await runCli(['--print-config', 'a.vault.yaml'], {
      cwd: root,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      maxFileSize: { value: 1048576, source: 'default' },
      inlineConfig: { value: true, source: 'default' },
      failOn: { value: 'error', source: 'default' },
      maxWarnings: { value: null, source: 'default' },
    });
  });

  it('shows the flags given', async () => {
    const result = await runCli(
      [
        '--max-file-size',
        '2048',
        '--no-inline-config',
        '--fail-on',
        'error',
        '--max-warnings',
        '3',
        '--print-config',
        'a.vault.yaml',
      ],
      { cwd: root },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      maxFileSize: { value: 2048, source: 'flag' },
      inlineConfig: { value: false, source: 'flag' },
      failOn: { value: 'error', source: 'flag' },
      maxWarnings: { value: 3, source: 'flag' },
    });
  });
});

// A plugin module that imports nothing: defineRule returns its argument.
const plugin = `export default {
  id: 'team-prefix',
  type: 'suggestion',
  severity: 'warning',
  description: 'Require the team prefix on vault names',
  defaultOptions: {},
  messages: { prefix: 'Expected the team prefix on VaultName.' },
  check() {},
};
`;

describe('vaultlint rules with plugins', () => {
  const root = tree({
    '.vaultlint.yaml': 'plugins: ["./policy/team.mjs"]\n',
    'policy/team.mjs': plugin,
    'other/.vaultlint.yaml': 'rules: {}\n',
  });

  it('lists the plugin rules of the config that governs the working directory', async () => {
    const result = await runCli(['rules'], { cwd: root });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(
      lines.find((l) => l.startsWith('team-prefix '))?.split(/ {2,}/),
    ).toEqual([
      'team-prefix',
      'warning',
      'Require the team prefix on vault names',
      'plugin policy/team.mjs',
    ]);
    // After the built-in rules, before the engine's checks.
    const ids = lines.map((l) => l.split(' ')[0]);
    expect(ids.indexOf('team-prefix')).toBe(ids.indexOf('worm-required') + 1);
  });

  it('names the plugin in the JSON list', async () => {
    const result = await runCli(['rules', '--json'], { cwd: root });
    const rules = JSON.parse(result.stdout) as Array<Record<string, string>>;
    expect(rules.find((r) => r.id === 'team-prefix')).toMatchObject({
      severity: 'warning',
      plugin: 'policy/team.mjs',
    });
  });

  it('lists built-in rules only where the config has no plugins', async () => {
    const result = await runCli(['rules'], { cwd: join(root, 'other') });
    expect(result.stdout).not.toContain('team-prefix');
  });

  it('takes the plugins of the config named with --config', async () => {
    const result = await runCli(['rules', '--config', '../.vaultlint.yaml'], {
      cwd: join(root, 'other'),
    });
    expect(result.stdout).toContain('plugin ../policy/team.mjs\n');
  });
});

describe('message wording', () => {
  it('opens the unused-suppression message with Unexpected', async () => {
    const root = tree({
      'a.vault.yaml':
        'VaultRegionId: cn-hangzhou\nVaultName: a  # vaultlint-disable-line deprecated-storage-class -- migrating\n',
    });
    const result = await runCli(['a.vault.yaml'], { cwd: root });
    expect(result.stdout).toContain(
      '2:15  warning  Unexpected vaultlint-disable-line for deprecated-storage-class; it silences nothing, so remove it.  unused-suppression',
    );
  });

  it('opens the near-quota warning with Unexpected', async () => {
    const root = tree({
      '.vaultlint.yaml':
        'accounts:\n  team:\n    files: ["**"]\n    quota: 2\n    existing: 1\n',
      'a.vault.yaml': request('a'),
    });
    const result = await runCli(['a.vault.yaml'], { cwd: root });
    expect(result.stdout).toContain(
      '1:1  warning  Unexpected vault count near the quota of account team: 1 existing + 1 requested = 2 of 2 (warning from 90%).  account-vault-quota',
    );
  });
});

describe('config errors', () => {
  it('reports the first of several errors in the file', async () => {
    const root = tree({
      '.vaultlint.yaml': [
        '# team policy',
        'include: 5',
        'exclude: 6',
        'mandatory: 7',
        'accounts:',
        '  prod:',
        '    files: ["vaults/**"]',
        '    quota: -1',
        '',
      ].join('\n'),
      'a.vault.yaml': request('a'),
    });
    const result = await runCli(['a.vault.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vaultlint: .vaultlint.yaml:2:10: Unexpected value for include; expected a list.\n',
    );
  });

  it('reports a schema error above a bad rule setting first', async () => {
    const root = tree({
      '.vaultlint.yaml': 'include: 5\nrules:\n  worm-required: sometimes\n',
      'a.vault.yaml': request('a'),
    });
    const result = await runCli(['a.vault.yaml'], { cwd: root });
    expect(result.stderr).toBe(
      'vaultlint: .vaultlint.yaml:1:10: Unexpected value for include; expected a list.\n',
    );
  });

  it('reports a bad rule setting above a schema error first', async () => {
    const root = tree({
      '.vaultlint.yaml': 'rules:\n  worm-required: sometimes\ninclude: 5\n',
      'a.vault.yaml': request('a'),
    });
    const result = await runCli(['a.vault.yaml'], { cwd: root });
    expect(result.stderr).toBe(
      'vaultlint: .vaultlint.yaml:2:18: Unexpected severity "sometimes" for rules.worm-required; expected off, info, warning or error, or [severity, options].\n',
    );
  });

  it('reports the error inside a per-region count, not the alternative', async () => {
    const root = tree({
      '.vaultlint.yaml':
        'accounts:\n  prod:\n    files: ["**"]\n    existing:\n      cn-hangzhou: many\n',
      'a.vault.yaml': request('a'),
    });
    const result = await runCli(['a.vault.yaml'], { cwd: root });
    expect(result.stderr).toBe(
      'vaultlint: .vaultlint.yaml:5:20: Unexpected value for accounts.prod.existing.cn-hangzhou; expected a whole number.\n',
    );
  });

  it('reports the first of several errors in rule options', async () => {
    const root = tree({
      '.vaultlint.yaml':
        'rules:\n  allowed-regions: [error, { bogus: 1, regions: 5 }]\n',
      'a.vault.yaml': request('a'),
    });
    const result = await runCli(['a.vault.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vaultlint: .vaultlint.yaml:2:30: Unexpected option "bogus" for rule allowed-regions; expected regions.\n',
    );
  });

  it('rejects __proto__ as a rule id', async () => {
    const root = tree({
      '.vaultlint.yaml': 'rules:\n  __proto__: error\n',
      'a.vault.yaml': request('a'),
    });
    const result = await runCli(['a.vault.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vaultlint: .vaultlint.yaml:2:3: Unknown rule "__proto__" in rules.\n',
    );
  });
});

describe('README', () => {
  const readme = readFileSync(
    join(import.meta.dirname, '..', '..', 'README.md'),
    'utf8',
  );

  it('documents every command', () => {
    const program = buildProgram(
      {
        cwd: '.',
        env: {},
        stdout: { write: () => true },
        stderr: { write: () => true },
        readStdin: async () => '',
      },
      () => {},
    );
    expect(program.commands.map((c) => c.name())).toEqual([
      'rules',
      'schema',
      'init',
      'submit',
      'inventory',
    ]);
    for (const usage of [
      '`vaultlint [options] [paths...]`',
      '`vaultlint rules [options]`',
      '`vaultlint schema [options]`',
      '`vaultlint init [options]`',
      '`vaultlint submit [options] [paths...]`',
      '`vaultlint inventory [options]`',
    ]) {
      expect(readme).toContain(`| ${usage} |`);
    }
  });

  it('says that vaultlint rules lists plugin rules', () => {
    expect(readme).toContain(
      '`vaultlint rules` lists the built-in rules, then the plugin rules of the\nconfig that governs the working directory',
    );
  });
});
