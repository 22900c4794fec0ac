/** The Action's inputs, read the way the runner passes them (INPUT_*). */
import * as core from '@actions/core';
import { endpointProblem } from '../submit/endpoint.js';

import type { FailOn } from '../threshold.js';

export type { FailOn };

export interface ActionInputs {
  paths: string[];
  config?: string;
  failOn: FailOn;
  maxWarnings?: number;
  sarifFile?: string;
  changedOnly: boolean;
  submit: boolean;
  /** Follow each new vault until it is CREATED (submit only). */
  wait: boolean;
  /** Seconds to wait per vault, above the config's `submit.timeout`. */
  timeout?: number;
  /** Endpoint override above every config's `submit.endpoint`. */
  endpoint?: string;
  /** Where the submit results JSON goes, relative to the workspace. */
  resultsFile: string;
}

/** A bad input value: the step fails naming the input. */
export class InputError extends Error {}

export function readInputs(): ActionInputs {
  const paths = core
    .getMultilineInput('paths')
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    paths: paths.length ? paths : ['.'],
    config: core.getInput('config') || undefined,
    failOn: failOn(core.getInput('fail-on') || 'error'),
    maxWarnings: count('max-warnings'),
    sarifFile: core.getInput('sarif-file') || undefined,
    changedOnly: flag('changed-only', false),
    submit: flag('submit', false),
    wait: flag('wait', true),
    timeout: seconds('timeout'),
    endpoint: endpoint(core.getInput('endpoint')),
    resultsFile: core.getInput('results-file') || 'vaultlint-submit.json',
  };
}

function failOn(value: string): FailOn {
  if (value === 'error' || value === 'warning' || value === 'info')
    return value;
  throw new InputError(
    `Input fail-on must be error, warning or info; got "${value}".`,
  );
}

function count(name: string): number | undefined {
  const value = core.getInput(name);
  if (value === '') return undefined;
  if (!/^\d+$/.test(value)) {
    throw new InputError(
      `Input ${name} must be a whole number; got "${value}".`,
    );
  }
  return Number(value);
}

function seconds(name: string): number | undefined {
  const value = count(name);
  if (value === 0)
    throw new InputError(`Input ${name} must be at least 1 second; got "0".`);
  return value;
}

function endpoint(value: string): string | undefined {
  if (value === '') return undefined;
  const problem = endpointProblem(value);
  if (problem)
    throw new InputError(`Input endpoint "${value}" is unusable: ${problem}.`);
  return value;
}

/** Like core.getBooleanInput, but an absent input takes its default. */
function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(`Input ${name} must be true or false; got "${value}".`);
}
