/**
 * Helpers over the table of maximal digit runs (digit-runs.ts' maximalDigitRuns) for gov-id.ts.
 *
 * Every GOV_ID pattern (SSN, NINO, DNI/NIE, NIR, Steuer-ID) reads a run of ASCII digits ("\d" under the
 * `u` flag is [0-9]) at most three characters after the start of its match, and the first of those
 * digits is not preceded by another digit (each pattern starts with (?<![\p{L}\p{N}]) or reads the
 * character before the digits as a letter, a space or a dash). So every match starts at most three
 * characters before the start of a maximal digit run, and gov-id.ts only tries its sticky patterns there.
 */
import type { DigitRunTable } from '../digit-runs.ts';

/**
 * How many digits of runs `r`, `r + 1`, ... lie before `limit` (a run crossing `limit` counts up to it).
 * A pattern that reads `d` digits within `w` characters from the start of run `r` cannot match there
 * when this is below `d` for limit = start + w. Callers pass small windows, so this reads few runs.
 */
export function digitsBefore(t: DigitRunTable, r: number, limit: number): number {
  let sum = 0;
  for (let k = r; k < t.count; k++) {
    const start = t.starts[k]!;
    if (start >= limit) break;
    sum += Math.min(start + t.lengths[k]!, limit) - start;
  }
  return sum;
}

/** End (exclusive) of run `r`. */
export function runEnd(t: DigitRunTable, r: number): number {
  return t.starts[r]! + t.lengths[r]!;
}

/**
 * Follows runs `r`, `r + 1`, ... joined by exactly one space each while they add up to fewer than `total`
 * digits; the index of the run that brings the sum to exactly `total`, or -1 (sum overshoots, or the
 * chain breaks first). `boundaries` is a bit set: bit i set when a space may follow the i-th digit.
 * Patterns like "\d\d ?\d{3} ?\d{3} ?\d{3}" only match where this finds a run.
 */
export function spaceChain(t: DigitRunTable, s: string, r: number, total: number, boundaries: number): number {
  let sum = t.lengths[r]!;
  let k = r;
  while (sum < total) {
    if ((boundaries & (1 << sum)) === 0 || k + 1 >= t.count) return -1;
    const end = runEnd(t, k);
    if (t.starts[k + 1] !== end + 1 || s.charCodeAt(end) !== 32) return -1;
    k++;
    sum += t.lengths[k]!;
  }
  return sum === total ? k : -1;
}
