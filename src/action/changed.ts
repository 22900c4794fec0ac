/**
 * The files a pull request changes, from its base and head commits with
 * git, for `changed-only`. When that is not possible, says why, and the
 * Action annotates every finding.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export type ChangedFiles =
  | { ok: true; files: Set<string>; base: string; head: string }
  | { ok: false; reason: string; pullRequest: boolean };

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const SHA = /^[0-9a-f]{7,64}$/i;

interface PullRequestEvent {
  pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown } };
}

/** Paths relative to `workspace`, forward slashes, as findings name them. */
export function changedFiles(
  workspace: string,
  env: NodeJS.ProcessEnv,
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

  try {
    const out = execFileSync(
      'git',
      ['diff', '--name-only', '-z', '--relative', `${base}...${head}`, '--'],
      {
        cwd: workspace,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return {
      ok: true,
      files: new Set(out.split('\0').filter(Boolean)),
      base,
      head,
    };
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    const detail = stderr.trim().split('\n')[0] || (error as Error).message;
    return {
      ok: false,
      reason: `git could not compare the pull request's base ${base.slice(0, 7)} with its head ${head.slice(0, 7)} (${detail}); check out with fetch-depth: 0 so the history is there.`,
      pullRequest: true,
    };
  }
}
