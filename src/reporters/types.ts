import type { LintResults } from '../types.js';

export interface ReporterContext {
  /** Absolute working directory; finding paths are relative to it. */
  cwd: string;
  color: boolean;
}

/**
 * A reporter is a pure function of the results: the report as one string,
 * or in pieces to be written one after the other (a report too large to
 * hold as one string).
 */
export type Reporter<Report extends string | Iterable<string> = string> = (
  results: LintResults,
  context: ReporterContext,
) => Report;
