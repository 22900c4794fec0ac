/** The Action's inputs, read the way the runner passes them (INPUT_*). */
import * as core from '@actions/core';

export type FailOn = 'error' | 'warning' | 'info';

export interface ActionInputs {
  paths: string[];
  config?: string;
  failOn: FailOn;
  maxWarnings?: number;
  sarifFile?: string;
  changedOnly: boolean;
  submit: boolean;
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

/** Like core.getBooleanInput, but an absent input takes its default. */
function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(`Input ${name} must be true or false; got "${value}".`);
}
