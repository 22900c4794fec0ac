// The hook under the real pre-commit framework (Debian package
// `pre-commit`, installed by .ci/run). pre-commit installs the hook the
// way it does for users: `npm install`, `npm pack`, then `npm install -g`
// of the tarball, so these tests also prove the package runs once packed.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHECKOUT = fileURLToPath(new URL('../..', import.meta.url));
// Installing the hook fetches its dependencies from the npm registry.
const STEP_SECONDS = 240;
const TEST_TIMEOUT = 600_000;

const GOOD = [
  'VaultRegionId: cn-shanghai',
  'VaultName: media-assets',
  'VaultType: STANDARD',
  'WormEnabled: true',
  '',
].join('\n');
const BAD = [
  'VaultRegionId: cn-shanghai',
  'VaultName: media-assets',
  'VaultType: standard',
  'WormEnabled: yes',
  '',
].join('\n');
const BAD_FINDINGS = [
  '  3:12  error    Unexpected VaultType "standard"; expected "STANDARD".  invalid-value',
  '  4:14  error    Expected WormEnabled to be a boolean, got the string "yes"; use true.  invalid-type',
].join('\n');

let root: string;
/** The environment of every command: nothing of an enclosing git hook. */
let baseEnv: NodeJS.ProcessEnv;
/** Also away from the user's git configuration (hooksPath, signing). */
let env: NodeJS.ProcessEnv;
let hookRepo: string;
let hookRev: string;

interface Ran {
  status: number | null;
  stdout: string;
  /** stdout, then stderr, where git and pre-commit report. */
  output: string;
}

/**
 * Runs a command that cannot hang: coreutils `timeout` kills its whole
 * process group (pre-commit, npm, vaultlint), and Node kills `timeout`.
 */
function run(
  command: string,
  args: string[],
  cwd: string,
  environment = env,
): Ran {
  const limit = String(STEP_SECONDS);
  const result = spawnSync('timeout', ['-k', '10', limit, command, ...args], {
    cwd,
    env: environment,
    encoding: 'utf8',
    timeout: (STEP_SECONDS + 30) * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status === 124 || result.signal)
    throw new Error(`${command} ${args[0]} ran out of time.`);
  return {
    status: result.status,
    stdout: result.stdout,
    output: result.stdout + result.stderr,
  };
}

/** Like run, but a failure fails the test with the command's output. */
function ok(
  command: string,
  args: string[],
  cwd: string,
  environment = env,
): string {
  const { status, stdout, output } = run(command, args, cwd, environment);
  if (status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} exited ${status}:\n${output}`,
    );
  return stdout;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

function gitRepo(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  ok('git', ['init', '-q', '-b', 'main'], dir);
  return dir;
}

/**
 * Commits the checkout's working tree — tracked and untracked files that
 * .gitignore does not hide — into a repository of its own. try-repo on
 * the checkout itself would take only tracked files, and miss chunks a
 * fresh build of dist/ adds before they are committed.
 */
function snapshotCheckout(): string {
  const dir = gitRepo('hook-repo');
  const listed = ok(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    CHECKOUT,
    baseEnv,
  );
  for (const path of listed.split('\0')) {
    const from = join(CHECKOUT, path);
    if (!path || !existsSync(from) || !statSync(from).isFile()) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    copyFileSync(from, join(dir, path));
  }
  ok('git', ['add', '-A'], dir);
  ok('git', ['commit', '-q', '-m', 'snapshot'], dir);
  return dir;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'vaultlint-pre-commit-'));
  baseEnv = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(GIT_|npm_|PRE_COMMIT)/i.test(key),
    ),
  );
  Object.assign(baseEnv, {
    PRE_COMMIT_HOME: join(root, 'pre-commit-home'),
    PRE_COMMIT_COLOR: 'never',
    NO_COLOR: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
  });
  env = {
    ...baseEnv,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
  const version = run('pre-commit', ['--version'], root);
  if (version.status !== 0)
    throw new Error(
      'The pre-commit framework is missing: apt-get install pre-commit.',
    );
  hookRepo = snapshotCheckout();
  hookRev = ok('git', ['rev-parse', 'HEAD'], hookRepo).trim();
}, TEST_TIMEOUT);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the pre-commit hook', () => {
  it('packs with only the tarball name on standard output', () => {
    const packs = join(root, 'packs');
    mkdirSync(packs);
    const packed = run('npm', ['pack', '--pack-destination', packs], hookRepo);

    expect(packed.status).toBe(0);
    expect(packed.stdout).toMatch(/^vaultlint-[\w.-]+\.tgz\n$/);
  });

  it(
    'blocks a commit of a bad request and lets the fixed one through',
    () => {
      const repo = gitRepo('team');
      write(repo, {
        '.pre-commit-config.yaml': [
          'repos:',
          `  - repo: ${hookRepo}`,
          `    rev: ${hookRev}`,
          '    hooks:',
          '      - id: vaultlint',
          '',
        ].join('\n'),
        '.vaultlint.yaml': 'exclude:\n  - vaults/legacy\n',
      });
      ok('git', ['add', '-A'], repo);
      ok('pre-commit', ['install'], repo);
      ok('pre-commit', ['install-hooks'], repo);
      ok('git', ['commit', '-q', '-m', 'Add pre-commit'], repo);

      write(repo, { 'vaults/media/assets.yaml': BAD });
      ok('git', ['add', '-A'], repo);
      const blocked = run(
        'git',
        ['commit', '-q', '-m', 'Add media vault'],
        repo,
      );

      expect(blocked.status).toBe(1);
      expect(blocked.output).toContain(
        [
          '- hook id: vaultlint',
          '- exit code: 1',
          '',
          'vaults/media/assets.yaml',
          BAD_FINDINGS,
          '',
          '✖ 2 problems (2 errors, 0 warnings)',
        ].join('\n'),
      );
      expect(ok('git', ['rev-list', '--count', 'HEAD'], repo).trim()).toBe('1');

      write(repo, { 'vaults/media/assets.yaml': GOOD });
      ok('git', ['add', '-A'], repo);
      const passed = run(
        'git',
        ['commit', '-q', '-m', 'Add media vault'],
        repo,
      );

      expect(passed.status).toBe(0);
      expect(passed.output).toMatch(/^vaultlint\.+Passed$/m);
      expect(ok('git', ['rev-list', '--count', 'HEAD'], repo).trim()).toBe('2');

      // A request the config excludes is skipped silently: with --verbose
      // pre-commit shows whatever the hook printed after its duration.
      write(repo, { 'vaults/legacy/old.yaml': BAD });
      ok('git', ['add', '-A'], repo);
      const excluded = run(
        'pre-commit',
        ['run', 'vaultlint', '--verbose', '--files', 'vaults/legacy/old.yaml'],
        repo,
      );

      expect(excluded.status).toBe(0);
      expect(excluded.output).toMatch(
        /^vaultlint\.+Passed\n- hook id: vaultlint\n- duration: [\d.]+s\n$/,
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'lints many files split across runs, skipping excluded and other files',
    () => {
      const repo = gitRepo('many');
      // About 200 kB of paths: more than pre-commit puts on one command
      // line (128 kB), so it runs vaultlint twice.
      const folder = `vaults/${'generated-requests-'.repeat(5)}`;
      const files: Record<string, string> = {
        // 1,600 vaults are past the default account's quota of 100.
        '.vaultlint.yaml':
          'exclude:\n  - vaults/legacy\naccounts:\n  all:\n    files: ["**"]\n    quota: 2000\n',
        'a.vault.yaml': BAD,
        'notes.yaml': BAD,
        'vaults/legacy/old.yaml': BAD,
        'vaults/zz/last.yaml': BAD,
      };
      for (let i = 1; i <= 1600; i++) {
        const n = String(i).padStart(4, '0');
        files[`${folder}/request-${n}.yaml`] = GOOD.replace(
          'media-assets',
          `vault-${n}`,
        );
      }
      write(repo, files);
      ok('git', ['add', '-A'], repo);

      const result = run(
        'pre-commit',
        ['try-repo', hookRepo, 'vaultlint', '--ref', hookRev, '--all-files'],
        repo,
      );
      const summaries = result.output.match(/^✖ .*$/gm);

      expect(result.status).toBe(1);
      expect(result.output).toContain(
        `a.vault.yaml\n${BAD_FINDINGS}\n\n✖ 2 problems (2 errors, 0 warnings)\n`,
      );
      expect(result.output).toContain(
        `vaults/zz/last.yaml\n${BAD_FINDINGS}\n\n✖ 2 problems (2 errors, 0 warnings)\n`,
      );
      expect(summaries).toEqual([
        '✖ 2 problems (2 errors, 0 warnings)',
        '✖ 2 problems (2 errors, 0 warnings)',
      ]);
      expect(result.output).not.toContain('legacy');
      expect(result.output).not.toContain('notes.yaml');
      expect(result.output).not.toContain('request-');
    },
    TEST_TIMEOUT,
  );
});
