/**
 * Exponential backoff with jitter for retries: attempt n waits between half and all of
 * min(maxMs, baseMs · 2^n), so many widgets retrying after an outage do not arrive in lockstep.
 */
export interface BackoffOptions {
  /** First delay ceiling in ms. Default 500. */
  baseMs: number;
  /** Largest delay in ms. Default 30 000. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: Readonly<BackoffOptions> = Object.freeze({ baseMs: 500, maxMs: 30_000 });

/** Delay in ms before retry number `attempt` (0-based); `random` returns [0, 1). */
export function backoffDelay(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
