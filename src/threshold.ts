/**
 * When a run fails (fail-on, max-warnings), with the reason spelled out:
 * the CLI's exit code and the Action's failed step both come from here.
 */
import { plural } from './plural.js';
import type { LintResults } from './types.js';

/** The lowest severity that fails a run. */
export type FailOn = 'error' | 'warning' | 'info';

/** Why the results cross the threshold, or undefined when they do not. */
export function thresholdCrossed(
  results: LintResults,
  flags: { failOn: FailOn; maxWarnings?: number },
): string | undefined {
  const { errors, warnings, infos } = results.summary;
  const reasons: string[] = [];
  if (errors > 0) reasons.push(plural(errors, 'error'));
  if (flags.failOn !== 'error' && warnings > 0) {
    reasons.push(`${plural(warnings, 'warning')} (fail-on: ${flags.failOn})`);
  } else if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    reasons.push(
      `${plural(warnings, 'warning')}, more than max-warnings ${flags.maxWarnings}`,
    );
  }
  if (flags.failOn === 'info' && infos > 0) {
    reasons.push(`${plural(infos, 'info')} (fail-on: info)`);
  }
  return reasons.length ? `vaultlint found ${reasons.join('; ')}.` : undefined;
}
