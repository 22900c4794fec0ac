import type { LintResults } from '../types.js';

export interface ReporterContext {
  /** Absolute working directory; finding paths are relative to it. */
  cwd: string;
  color: boolean;
}

/** A reporter is a pure function of the results. */
export type Reporter = (
  results: LintResults,
  context: ReporterContext,
) => string;
