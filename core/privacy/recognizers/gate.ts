import type { RecognizerInput } from '../types.ts';

/** True when the text has fewer than `n` ASCII digits (after normalisation); unknown stats never skip. */
export function fewerDigits(input: RecognizerInput, n: number): boolean {
  return input.stats !== undefined && input.stats.digits < n;
}
