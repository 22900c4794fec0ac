// Runs the bundled Action the way a GitHub runner does: a fresh process,
// inputs as INPUT_* variables, the workspace as working directory, and
// files for the job summary and the step outputs.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export interface RunnerRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Workflow commands on stdout, outside the stop-commands block. */
  commands: string[];
  summary: string;
  outputs: Record<string, string>;
}

export interface RunnerOptions {
  /** A folder of its own: the runner's files go beside it. */
  workspace: string;
  inputs?: Record<string, string>;
  event?: { name: string; payload?: unknown };
  /** More variables, or replacements (GITHUB_REF, credentials). */
  env?: NodeJS.ProcessEnv;
}

/** The runner's variable for an input: upper case, spaces to _. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

interface Prepared {
  env: NodeJS.ProcessEnv;
  summaryFile: string;
  outputFile: string;
}

function prepare(options: RunnerOptions): Prepared {
  const { workspace } = options;
  // The runner keeps these files outside the workspace.
  const summaryFile = join(dirname(workspace), 'step-summary.md');
  const outputFile = join(dirname(workspace), 'output');
  const eventFile = join(dirname(workspace), 'event.json');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}));

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_REF: 'refs/heads/main',
  };
  const defaults = {
    paths: '.',
    config: '',
    'fail-on': 'error',
    'max-warnings': '',
    'sarif-file': '',
    'changed-only': 'false',
    submit: 'false',
    wait: 'true',
    timeout: '',
    endpoint: '',
    'results-file': 'vaultlint-submit.json',
  };
  for (const [name, value] of Object.entries({
    ...defaults,
    ...options.inputs,
  })) {
    env[inputVariable(name)] = value;
  }
  Object.assign(env, options.env);
  return { env, summaryFile, outputFile };
}

export function runAction(action: string, options: RunnerOptions): RunnerRun {
  const prepared = prepare(options);
  const child = spawnSync(process.execPath, [action], {
    cwd: options.workspace,
    env: prepared.env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return collect(prepared, child.status, child.stdout, child.stderr);
}

/**
 * Like runAction, without blocking the test process, so that a server in
 * it (the HBR emulator) can answer the Action.
 */
export function runActionAsync(
  action: string,
  options: RunnerOptions,
): Promise<RunnerRun> {
  const prepared = prepare(options);
  const child = spawn(process.execPath, [action], {
    cwd: options.workspace,
    env: prepared.env,
    timeout: 60_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text) => {
    stdout += text;
  });
  child.stderr.setEncoding('utf8').on('data', (text) => {
    stderr += text;
  });
  return new Promise((done, failed) => {
    child.on('error', failed);
    child.on('close', (code) => done(collect(prepared, code, stdout, stderr)));
  });
}

function collect(
  prepared: Prepared,
  code: number | null,
  stdout: string | null,
  stderr: string | null,
): RunnerRun {
  return {
    code,
    stdout: stdout ?? '',
    stderr: stderr ?? '',
    commands: commandsOf(stdout ?? ''),
    summary: readFileSync(prepared.summaryFile, 'utf8'),
    outputs: parseOutputs(readFileSync(prepared.outputFile, 'utf8')),
  };
}

/** The lines the runner would take as commands, honouring stop-commands. */
function commandsOf(stdout: string): string[] {
  const commands: string[] = [];
  let resume: string | undefined;
  for (const raw of stdout.split('\n')) {
    const line = stripVTControlCharacters(raw).trimStart();
    if (resume) {
      if (line === resume) resume = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      resume = `::${stop[1]}::`;
      continue;
    }
    if (line.startsWith('::')) commands.push(line);
  }
  return commands;
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== match[2]; i++) {
      value.push(lines[i]);
    }
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}
