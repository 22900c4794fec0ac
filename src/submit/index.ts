/**
 * Submit as a library, for the GitHub Action and other front ends:
 * `submitRequests(lintResults, options)` → SubmitReport, then
 * `submitExitCode`, `formatTable` and `toJson` for the outputs.
 */
export { createHbrClient } from './client.js';
export { resolveEndpoint } from './endpoint.js';
export { CredentialsError, HbrError, Scrubber } from './errors.js';
export { type Inventory, takeInventory } from './inventory.js';
export { barProgress, lineProgress } from './progress.js';
export { HBR_REGIONS, HBR_REGIONS_AS_OF } from './regions.js';
export { formatTable, summaryLine, toJson } from './report.js';
export { runInventory, runSubmit, tuningFrom } from './run.js';
export {
  DEFAULT_TUNING,
  type SubmitOptions,
  type SubmitTuning,
  submitExitCode,
  submitRequests,
} from './submit.js';
export type * from './types.js';
export type { WaitProgress } from './wait.js';
