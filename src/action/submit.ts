/**
 * Where the Action hands approved requests to submission when the
 * workflow sets `submit: true`. Submission itself belongs to the submit
 * front end (src/submit); this is the one place the Action calls it.
 */
import * as core from '@actions/core';
import type { LintResults } from '../types.js';

export interface ActionSubmitContext {
  results: LintResults;
  /** Absolute path of the checked-out repository. */
  workspace: string;
  /** The `config` input, when given. */
  config?: string;
  /** GITHUB_EVENT_NAME and GITHUB_REF of the run. */
  eventName: string;
  ref: string;
  /** True when the lint step already failed its threshold. */
  lintFailed: boolean;
}

/**
 * Creates the vaults of the approved requests, or explains why not.
 * Resolves to true when submission failed and the step must fail.
 */
export async function submitFromAction(
  _context: ActionSubmitContext,
): Promise<boolean> {
  core.warning(
    'submit is true, but submission is handled by the submit module (src/submit), which this build of the Action does not include; no vault was created.',
    { title: 'vaultlint submit' },
  );
  return false;
}
