/**
 * Which findings become annotations. GitHub shows at most ten error, ten
 * warning and ten notice annotations per step; the rest stay in the log,
 * the SARIF file and (up to its limit) the job summary, and one notice
 * says how many.
 */

import { plural } from '../plural.js';
import { MAX_ROWS } from '../reporters/markdown.js';
import type { Finding, RuleInfo, Severity } from '../types.js';

export const ANNOTATION_LIMIT = 10;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface AnnotationPlan {
  /** The findings to annotate, most important first. */
  shown: Finding[];
  /** Findings past the limit, by severity. */
  leftOut: Record<Severity, number>;
}

/**
 * Picks the findings to annotate: errors before warnings before infos,
 * and within a severity, problems (the API would reject the request)
 * before suggestions, then file order. `reserved` counts the annotations
 * of each kind the step makes besides findings (a failed step's error).
 */
export function planAnnotations(
  findings: readonly Finding[],
  rules: readonly RuleInfo[],
  reserved: Partial<Record<Severity, number>> = {},
): AnnotationPlan {
  const types = new Map(rules.map((r) => [r.id, r.type]));
  const typeRank = (f: Finding) =>
    types.get(f.ruleId) === 'suggestion' ? 1 : 0;
  const ordered = findings
    .filter((f) => !f.suppressed)
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        RANK[a.finding.severity] - RANK[b.finding.severity] ||
        typeRank(a.finding) - typeRank(b.finding) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);

  const room: Record<Severity, number> = {
    error: ANNOTATION_LIMIT - (reserved.error ?? 0),
    warning: ANNOTATION_LIMIT - (reserved.warning ?? 0),
    info: ANNOTATION_LIMIT - (reserved.info ?? 0),
  };
  const total = { error: 0, warning: 0, info: 0 };
  for (const f of ordered) total[f.severity] += 1;
  // The notice about the rest takes one of the notice slots.
  if (
    total.error > room.error ||
    total.warning > room.warning ||
    total.info > room.info
  )
    room.info -= 1;

  const shown: Finding[] = [];
  const taken: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of ordered) {
    if (taken[finding.severity] >= room[finding.severity]) continue;
    taken[finding.severity] += 1;
    shown.push(finding);
  }
  return {
    shown,
    leftOut: {
      error: total.error - taken.error,
      warning: total.warning - taken.warning,
      info: total.info - taken.info,
    },
  };
}

/** The one notice about findings left without an annotation, if any. */
export function leftOutNotice(
  leftOut: Record<Severity, number>,
  where: string,
): string | undefined {
  const parts: string[] = [];
  if (leftOut.error) parts.push(plural(leftOut.error, 'error'));
  if (leftOut.warning) parts.push(plural(leftOut.warning, 'warning'));
  if (leftOut.info) parts.push(plural(leftOut.info, 'info'));
  if (parts.length === 0) return undefined;
  const count = leftOut.error + leftOut.warning + leftOut.info;
  return `${parts.join(', ')} more ${count === 1 ? 'is' : 'are'} not annotated: GitHub shows at most ${ANNOTATION_LIMIT} annotations of each kind per step. Every finding is in ${where}.`;
}

/**
 * Where every finding can be read, for the notice: the log always, the
 * SARIF file when one is written, and the job summary while its table
 * holds them all (it lists the first MAX_ROWS unsuppressed findings).
 */
export function whereListed(unsuppressed: number, sarif: boolean): string {
  if (unsuppressed <= MAX_ROWS) {
    return sarif
      ? 'the log, the job summary and the SARIF file'
      : 'the log and the job summary';
  }
  const rest = `the job summary lists the first ${MAX_ROWS}`;
  return sarif ? `the log and the SARIF file; ${rest}` : `the log; ${rest}`;
}
