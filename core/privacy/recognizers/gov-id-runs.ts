/**
 * The maximal runs of ASCII digits in a text, for gov-id.ts and iban.ts (computed once per text: the
 * table is kept for the input object detect() hands to every recognizer in turn).
 *
 * Every GOV_ID pattern (SSN, NINO, DNI/NIE, NIR, Steuer-ID) reads a run of ASCII digits ("\d" under the
 * `u` flag is [0-9]) at most three characters after the start of its match, and the first of those
 * digits is not preceded by another digit (each pattern starts with (?<![\p{L}\p{N}]) or reads the
 * character before the digits as a letter, a space or a dash). So every match starts at most three
 * characters before the start of a maximal digit run, and gov-id.ts only tries its sticky patterns there.
 */
import type { RecognizerInput } from '../types.ts';

/** Start and length of each run, reused from text to text (grown when needed). */
export interface DigitRunTable {
  starts: Int32Array;
  lengths: Int32Array;
  /** Free for the caller: one byte per run (gov-id.ts marks the patterns that may start there). */
  marks: Uint8Array;
  count: number;
}

const table: DigitRunTable = { starts: new Int32Array(64), lengths: new Int32Array(64), marks: new Uint8Array(64), count: 0 };

function grow(): void {
  const starts = new Int32Array(table.starts.length * 2);
  const lengths = new Int32Array(table.lengths.length * 2);
  starts.set(table.starts);
  lengths.set(table.lengths);
  table.starts = starts;
  table.lengths = lengths;
  table.marks = new Uint8Array(starts.length);
}

const DIGITS = /[0-9]+/g;

let lastInput: RecognizerInput | null = null;

/** The maximal [0-9]+ runs of `input.norm`, left to right (the shared table, filled once per input). */
export function digitRunsOf(input: RecognizerInput): DigitRunTable {
  if (input !== lastInput) {
    asciiDigitRuns(input.norm, input.stats ? input.stats.digits : -1);
    lastInput = input;
  }
  return table;
}

/**
 * Fills and returns the shared table with the maximal [0-9]+ runs of `s`, left to right. `digits` is the
 * census count of ASCII digits (-1 if unknown): once the runs hold them all, the scan stops instead of
 * searching the rest of the text for none.
 */
function asciiDigitRuns(s: string, digits: number): DigitRunTable {
  let count = 0;
  let seen = 0;
  // The native regex scan skips non-digits faster than a character loop, and test() allocates nothing;
  // each run's start is found by stepping back over its digits.
  DIGITS.lastIndex = 0;
  while (DIGITS.test(s)) {
    const end = DIGITS.lastIndex;
    let start = end - 1;
    while (start > 0) {
      const c = s.charCodeAt(start - 1);
      if (c < 48 || c > 57) break;
      start--;
    }
    if (count === table.starts.length) grow();
    table.starts[count] = start;
    table.lengths[count] = end - start;
    count++;
    seen += end - start;
    if (seen === digits) break;
  }
  table.count = count;
  return table;
}

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
