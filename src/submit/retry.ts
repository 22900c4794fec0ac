/**
 * Exponential backoff with jitter, bounded in time. Reads are safe to
 * repeat on any transient failure; a CreateVault is repeated only when the
 * service said it was throttled, i.e. refused before acting.
 */
import { HbrError, isThrottling } from './errors.js';

export interface Backoff {
  /** First delay, in milliseconds. */
  baseMs: number;
  /** Longest single delay. */
  maxMs: number;
  /** Total time after which the last error stands. */
  budgetMs: number;
}

export const DEFAULT_BACKOFF: Backoff = {
  baseMs: 500,
  maxMs: 8_000,
  budgetMs: 60_000,
};

export const sleep = (ms: number) =>
  new Promise<void>((done) => setTimeout(done, ms));

/** A read may be repeated after throttling, a 5xx or a network failure. */
export function readIsRetryable(error: HbrError): boolean {
  return (
    isThrottling(error.code) ||
    error.kind === 'network' ||
    (error.statusCode !== undefined && error.statusCode >= 500)
  );
}

/** A create may be repeated only after explicit throttling. */
export function createIsRetryable(error: HbrError): boolean {
  return isThrottling(error.code);
}

/**
 * Runs `attempt` until it succeeds, fails in a way `retryable` refuses, or
 * the next wait would pass the budget. Delays double from `baseMs` up to
 * `maxMs`, each drawn between half and all of that ("equal jitter").
 */
export async function withBackoff<T>(
  attempt: () => Promise<T>,
  retryable: (error: HbrError) => boolean,
  backoff: Backoff,
  onRetry?: (error: HbrError, delayMs: number) => void,
): Promise<T> {
  const started = Date.now();
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof HbrError) || !retryable(error)) throw error;
      const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** tries);
      const delay = Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
      if (Date.now() - started + delay > backoff.budgetMs) throw error;
      onRetry?.(error, delay);
      await sleep(delay);
    }
  }
}
