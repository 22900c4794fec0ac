// The GitHub Action, bundled and spawned with a runner's environment:
// annotations on stdout, the job summary, the outputs and the exit code.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarifErrors } from '../reporters/sarif-schema.js';
import { inputVariable, type RunnerOptions, runAction } from './runner.js';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'vaultlint-action-'));
const action = join(scratch, 'dist', 'action.js');

beforeAll(async () => {
  // The same build as dist/action.js; a separate test keeps dist/ fresh.
  const script = pathToFileURL(join(root, 'scripts', 'build.mjs')).href;
  const { buildAction } = (await import(script)) as {
    buildAction(outdir: string): Promise<void>;
  };
  await buildAction(dirname(action));
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/** A workspace holding the given files, in a folder of its own. */
function workspace(files: Record<string, string>): string {
  count += 1;
  const dir = join(scratch, `run-${count}`, 'workspace');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

function run(options: RunnerOptions) {
  return runAction(action, options);
}

const CLEAN = `VaultRegionId: cn-hangzhou
VaultName: media-archive
VaultType: STANDARD
`;
const WARNING = `${CLEAN}VaultStorageClass: IA\n`;
const TWELVE_ERRORS = readFileSync(
  join(root, 'fixtures', 'cases', 'B32.yaml'),
  'utf8',
);
const TWELVE_KEYS = [
  'Tags',
  'Owner',
  'CostCenter',
  'RetentionDays',
  'Region',
  'Name',
  'Type',
  'StorageClass',
  'Encryption',
  'KmsKey',
  'Worm',
  'ReplicationRegion',
];

describe('the runner passes inputs', () => {
  it('as INPUT_ variables, upper case, dashes kept, spaces to _', () => {
    expect(inputVariable('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputVariable('sarif file')).toBe('INPUT_SARIF_FILE');
  });
});

describe('github action', () => {
  it('annotates ten of twelve errors, says so once, and fails', () => {
    const ws = workspace({ 'vaults/noisy.yaml': TWELVE_ERRORS });
    const out = run({
      workspace: ws,
      inputs: { 'sarif-file': 'vaultlint.sarif' },
    });

    expect(out.code).toBe(1);
    const errors = out.commands.filter((c) => c.startsWith('::error'));
    expect(errors).toHaveLength(10);
    // Nine findings in file order, and the step's own failure.
    expect(errors.slice(0, 9)).toEqual(
      TWELVE_KEYS.slice(0, 9).map((key, i) => {
        const line = i + 3;
        const where = `file=vaults/noisy.yaml,line=${line},endLine=${line},col=1,endColumn=${key.length + 1}`;
        return expect.stringMatching(
          new RegExp(
            `^::error title=unknown-parameter,${where}::Unexpected parameter "${key}"; `,
          ),
        );
      }),
    );
    expect(errors[9]).toBe('::error::vaultlint found 12 errors.');
    expect(out.commands.filter((c) => c.startsWith('::notice'))).toEqual([
      '::notice title=vaultlint::3 errors more are not annotated: GitHub shows at most 10 annotations of each kind per step. Every finding is in the log, the job summary and the SARIF file.',
    ]);

    for (const key of TWELVE_KEYS) {
      expect(out.summary).toContain(`| Unexpected parameter "${key}"`);
    }
    expect(out.summary).toContain('❌ **12 errors**, 0 warnings in 1 file');
    expect(out.outputs).toEqual({
      errors: '12',
      warnings: '0',
      'sarif-file': join(ws, 'vaultlint.sarif'),
    });
    const log = JSON.parse(readFileSync(join(ws, 'vaultlint.sarif'), 'utf8'));
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0].results).toHaveLength(12);
  });

  it('fails the step rather than write SARIF over a request file', () => {
    const request = 'VaultRegionId: cn-hangzhou\nVaultName: clean\n';
    const ws = workspace({ 'vaults/a.yaml': request });
    const out = run({
      workspace: ws,
      inputs: { 'sarif-file': 'vaults/a.yaml' },
    });

    expect(out.code).toBe(1);
    expect(out.commands).toContain(
      '::error::vaultlint: Cannot write to "vaults/a.yaml": the run reads it as an input; name another file.',
    );
    expect(readFileSync(join(ws, 'vaults/a.yaml'), 'utf8')).toBe(request);
  });

  it('says the job summary lists only the first 1000 findings past its limit', () => {
    const documents = Array.from(
      { length: 1001 },
      (_, i) =>
        `VaultRegionId: cn-hangzhou\nVaultName: vault-${i}\nVaultStorageClass: IA\n`,
    );
    const ws = workspace({ 'vaults/many.yaml': documents.join('---\n') });
    const out = run({
      workspace: ws,
      inputs: { 'sarif-file': 'vaultlint.sarif' },
    });

    // Each request past the account's quota of 100 is an error as well.
    expect(out.summary).toContain(
      '\n902 more findings are not shown here; the other reports list every one.\n',
    );
    expect(out.commands.filter((c) => c.startsWith('::notice'))).toEqual([
      '::notice title=vaultlint::892 errors, 991 warnings more are not annotated: GitHub shows at most 10 annotations of each kind per step. Every finding is in the log and the SARIF file; the job summary lists the first 1000.',
    ]);
  });

  it('prints every finding to the log, with commands switched off', () => {
    const ws = workspace({ 'vaults/noisy.yaml': TWELVE_ERRORS });
    const out = run({ workspace: ws });
    const block = /^::stop-commands::(\S+)\n([\s\S]*?)^::\1::$/m.exec(
      out.stdout,
    );

    expect(block).not.toBeNull();
    for (const [i, key] of TWELVE_KEYS.entries()) {
      expect(block?.[2]).toMatch(
        new RegExp(`${i + 3}:1 .*Unexpected parameter "${key}"`),
      );
    }
    expect(out.commands.at(-2)).toBe(
      '::notice title=vaultlint::3 errors more are not annotated: GitHub shows at most 10 annotations of each kind per step. Every finding is in the log and the job summary.',
    );
    expect(out.outputs['sarif-file']).toBe('');
  });

  it('passes on a clean file', () => {
    const ws = workspace({ 'vaults/clean.yaml': CLEAN });
    const out = run({ workspace: ws });

    expect(out.code).toBe(0);
    expect(out.commands).toEqual([]);
    expect(out.outputs).toEqual({
      errors: '0',
      warnings: '0',
      'sarif-file': '',
    });
    expect(out.summary).toContain('✅ No problems in 1 file (1 request).');
  });

  it('passes on warnings when failing on errors', () => {
    const ws = workspace({ 'vaults/cold.yaml': WARNING });
    const out = run({ workspace: ws });

    expect(out.code).toBe(0);
    expect(out.commands).toEqual([
      '::warning title=deprecated-storage-class,file=vaults/cold.yaml,line=4,endLine=4,col=20,endColumn=22::VaultStorageClass "IA" is deprecated; use "STANDARD".',
    ]);
    expect(out.outputs.warnings).toBe('1');
  });

  it('fails on warnings with fail-on: warning', () => {
    const ws = workspace({ 'vaults/cold.yaml': WARNING });
    const out = run({ workspace: ws, inputs: { 'fail-on': 'warning' } });

    expect(out.code).toBe(1);
    expect(out.commands).toEqual([
      '::warning title=deprecated-storage-class,file=vaults/cold.yaml,line=4,endLine=4,col=20,endColumn=22::VaultStorageClass "IA" is deprecated; use "STANDARD".',
      '::error::vaultlint found 1 warning (fail-on: warning).',
    ]);
    expect(out.outputs).toMatchObject({ errors: '0', warnings: '1' });
  });

  it('fails past max-warnings', () => {
    const ws = workspace({ 'vaults/cold.yaml': WARNING });
    const out = run({ workspace: ws, inputs: { 'max-warnings': '0' } });

    expect(out.code).toBe(1);
    expect(out.commands.at(-1)).toBe(
      '::error::vaultlint found 1 warning, more than max-warnings 0.',
    );
  });

  it('fails naming a bad input', () => {
    const ws = workspace({ 'vaults/clean.yaml': CLEAN });
    const out = run({ workspace: ws, inputs: { 'fail-on': 'fatal' } });

    expect(out.code).toBe(1);
    expect(out.commands).toEqual([
      '::error::vaultlint: Input fail-on must be error, warning or info; got "fatal".',
    ]);
  });

  it('fails naming a path that matches nothing', () => {
    const ws = workspace({ 'vaults/clean.yaml': CLEAN });
    const out = run({ workspace: ws, inputs: { paths: 'missing/\nvaults' } });

    expect(out.code).toBe(1);
    expect(out.commands).toHaveLength(1);
    expect(out.commands[0]).toMatch(/^::error::vaultlint: .*missing/);
  });

  it('lints each path given on its own line', () => {
    const ws = workspace({
      'a/vaults/one.yaml': WARNING,
      'b/vaults/two.yaml': WARNING,
      'c/vaults/three.yaml': WARNING,
    });
    const out = run({ workspace: ws, inputs: { paths: 'a\nb\n' } });
    expect(out.outputs.warnings).toBe('2');
  });
});

describe('changed-only', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync(
      'git',
      [
        ...['-c', 'user.name=Test', '-c', 'user.email=test@example.com'],
        ...['-c', 'commit.gpgsign=false'],
        ...args,
      ],
      { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    ).trim();

  /** A repository whose pull request adds one bad file beside an old one. */
  function pullRequest() {
    const ws = workspace({ 'vaults/old.yaml': WARNING });
    git(ws, 'init', '-q', '-b', 'main');
    git(ws, 'add', '.');
    git(ws, 'commit', '-q', '-m', 'base');
    const base = git(ws, 'rev-parse', 'HEAD');
    writeFileSync(
      join(ws, 'vaults', 'new.yaml'),
      WARNING.replace('media-archive', 'media-new'),
    );
    git(ws, 'add', '.');
    git(ws, 'commit', '-q', '-m', 'head');
    const head = git(ws, 'rev-parse', 'HEAD');
    return { ws, base, head };
  }

  it('annotates only the files the pull request changes', () => {
    const { ws, base, head } = pullRequest();
    const out = run({
      workspace: ws,
      inputs: { 'changed-only': 'true' },
      event: {
        name: 'pull_request',
        payload: { pull_request: { base: { sha: base }, head: { sha: head } } },
      },
    });

    expect(out.code).toBe(0);
    expect(out.commands).toEqual([
      '::warning title=deprecated-storage-class,file=vaults/new.yaml,line=4,endLine=4,col=20,endColumn=22::VaultStorageClass "IA" is deprecated; use "STANDARD".',
    ]);
    expect(out.outputs.warnings).toBe('2');
    expect(out.summary).toContain('| ⚠️ warning | vaults/old.yaml | 4:20 |');
    expect(out.summary).toContain('| ⚠️ warning | vaults/new.yaml | 4:20 |');
    expect(out.summary).toContain(
      `> changed-only: annotations cover the 1 file this pull request changes (${base.slice(0, 7)}...${head.slice(0, 7)}); 1 finding in other files is listed above and in the log.`,
    );
  });

  it('annotates everything without the history, and says why', () => {
    const { ws, head } = pullRequest();
    const missing = 'f'.repeat(40);
    const out = run({
      workspace: ws,
      inputs: { 'changed-only': 'true' },
      event: {
        name: 'pull_request',
        payload: {
          pull_request: { base: { sha: missing }, head: { sha: head } },
        },
      },
    });

    expect(out.code).toBe(0);
    expect(
      out.commands
        .filter((c) => c.startsWith('::warning'))
        .map((c) => /file=([^,]+)/.exec(c)?.[1]),
    ).toEqual(['vaults/new.yaml', 'vaults/old.yaml']);
    expect(out.summary).toMatch(
      new RegExp(
        `> changed-only: every finding is annotated, because git could not compare the pull request's base fffffff with its head ${head.slice(0, 7)} \\(.+\\); check out with fetch-depth: 0 so the history is there\\.`,
      ),
    );
  });

  it('finds the repository in the folder of the paths when it is not the workspace', () => {
    const ws = workspace({ 'sub/vaults/old.yaml': WARNING });
    const repo = join(ws, 'sub');
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'base');
    const base = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(
      join(repo, 'vaults', 'new.yaml'),
      WARNING.replace('media-archive', 'media-new'),
    );
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'head');
    const head = git(repo, 'rev-parse', 'HEAD');

    const out = run({
      workspace: ws,
      inputs: { 'changed-only': 'true', paths: 'sub' },
      event: {
        name: 'pull_request',
        payload: { pull_request: { base: { sha: base }, head: { sha: head } } },
      },
    });

    expect(out.code).toBe(0);
    expect(out.commands).toEqual([
      '::warning title=deprecated-storage-class,file=sub/vaults/new.yaml,line=4,endLine=4,col=20,endColumn=22::VaultStorageClass "IA" is deprecated; use "STANDARD".',
    ]);
    expect(out.summary).toContain(
      `> changed-only: annotations cover the 1 file this pull request changes (${base.slice(0, 7)}...${head.slice(0, 7)}); 1 finding in other files is listed above and in the log.`,
    );
  });

  it('annotates everything outside a repository, and says so rather than blame the history', () => {
    const ws = workspace({ 'vaults/old.yaml': WARNING });
    const sha = 'a'.repeat(40);
    const out = run({
      workspace: ws,
      inputs: { 'changed-only': 'true' },
      env: { GIT_CEILING_DIRECTORIES: dirname(ws) },
      event: {
        name: 'pull_request',
        payload: { pull_request: { base: { sha }, head: { sha } } },
      },
    });

    expect(out.code).toBe(0);
    expect(out.commands).toHaveLength(1);
    expect(out.summary).toContain(
      '> changed-only: every finding is annotated, because neither the workspace nor the folders of the linted paths are in a git repository (fatal: not a git repository (or any of the parent directories): .git); when actions/checkout puts the repository in a subfolder (path:), name that folder in paths.',
    );
    expect(out.summary).not.toContain('fetch-depth');
  });

  it('annotates everything on a push, without a note in the summary', () => {
    const { ws } = pullRequest();
    const out = run({ workspace: ws, inputs: { 'changed-only': 'true' } });

    expect(out.commands).toHaveLength(2);
    expect(out.summary).not.toContain('changed-only');
  });
});
