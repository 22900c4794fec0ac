/**
 * The files a pull request changes, from its base and head commits with
 * git, for `changed-only`. When that is not possible, says why, and the
 * Action annotates every finding.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export type ChangedFiles =
  | { ok: true; files: Set<string>; base: string; head: string }
  | { ok: false; reason: string; pullRequest: boolean };

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const SHA = /^[0-9a-f]{7,64}$/i;

interface PullRequestEvent {
  pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown } };
}

/**
 * Paths relative to `workspace`, forward slashes, as findings name them.
 * `paths` are the linted paths, which lead to the repository when it is
 * not the workspace itself.
 */
export function changedFiles(
  workspace: string,
  env: NodeJS.ProcessEnv,
  paths: string[] = ['.'],
): ChangedFiles {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (!PULL_REQUEST_EVENTS.has(event)) {
    return {
      ok: false,
      reason: `changed-only applies to pull requests, and this run is a ${event || 'local'} run.`,
      pullRequest: false,
    };
  }

  let payload: PullRequestEvent;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
  } catch {
    return {
      ok: false,
      reason: 'the pull request event (GITHUB_EVENT_PATH) could not be read.',
      pullRequest: true,
    };
  }
  const base = payload.pull_request?.base?.sha;
  const head = payload.pull_request?.head?.sha;
  if (typeof base !== 'string' || typeof head !== 'string') {
    return {
      ok: false,
      reason: 'the pull request event names no base and head commits.',
      pullRequest: true,
    };
  }
  // Only hex commit ids reach git, so no value can pass for an option.
  if (!SHA.test(base) || !SHA.test(head)) {
    return {
      ok: false,
      reason: 'the pull request event holds commit ids that are not SHAs.',
      pullRequest: true,
    };
  }

  const repository = findRepository(workspace, paths);
  if (!repository.ok) {
    return {
      ok: false,
      reason: `neither the workspace nor the folders of the linted paths are in a git repository (${repository.detail}); when actions/checkout puts the repository in a subfolder (path:), name that folder in paths.`,
      pullRequest: true,
    };
  }

  try {
    const out = git(repository.root, [
      'diff',
      '--name-only',
      '-z',
      `${base}...${head}`,
      '--',
    ]);
    // git names files from the top of the repository, in real paths.
    const from = realFolder(workspace);
    const files = out
      .split('\0')
      .filter(Boolean)
      .map((name) =>
        relative(from, join(repository.root, name)).split(sep).join('/'),
      )
      .filter((file) => !file.startsWith('../'));
    return { ok: true, files: new Set(files), base, head };
  } catch (error) {
    const detail = gitError(error);
    const compared = `git could not compare the pull request's base ${base.slice(0, 7)} with its head ${head.slice(0, 7)} (${detail})`;
    return {
      ok: false,
      reason: MISSING_HISTORY.test(detail)
        ? `${compared}; check out with fetch-depth: 0 so the history is there.`
        : `${compared}.`,
      pullRequest: true,
    };
  }
}

// What git says when a commit or the history between two is not there.
const MISSING_HISTORY =
  /bad revision|unknown revision|bad object|no merge base|invalid symmetric difference|not a valid object/i;

type Repository = { ok: true; root: string } | { ok: false; detail: string };

/**
 * The repository that holds the linted files: the workspace's, or, when
 * actions/checkout put it in a subfolder, the one around the folder of a
 * linted path (a glob counts from its folder without wildcards).
 */
function findRepository(workspace: string, paths: string[]): Repository {
  const folders = [
    ...new Set([
      ...paths.map((path) => existingFolder(workspace, path)),
      workspace,
    ]),
  ];
  let detail = '';
  for (const folder of folders) {
    try {
      const root = git(folder, ['rev-parse', '--show-toplevel']).trim();
      if (root) return { ok: true, root };
    } catch (error) {
      detail ||= gitError(error);
    }
  }
  return { ok: false, detail };
}

/** The nearest existing folder at or above a path's fixed part. */
function existingFolder(workspace: string, path: string): string {
  const segments = path.split(/[\\/]/);
  const wild = segments.findIndex((s) => /[*?[\]{}!]/.test(s));
  const fixed = wild === -1 ? segments : segments.slice(0, wild);
  let folder = resolve(workspace, ...fixed);
  while (!isFolder(folder) && dirname(folder) !== folder) {
    folder = dirname(folder);
  }
  return folder;
}

function realFolder(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** git's own first line of complaint, or the error's message. */
function gitError(error: unknown): string {
  const stderr = String((error as { stderr?: unknown }).stderr ?? '');
  return (
    stderr.trim().split('\n')[0] ||
    (error instanceof Error ? error.message : String(error))
  );
}
