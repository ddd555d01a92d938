/**
 * The group ranges of 12 to 22 digits that the card, IMEI, ICCID and IMSI recognizers look at, listed
 * once per text and shared by the four (they run one after another on the same input).
 *
 * Each of them used to walk every contiguous range of at most six groups of every digit run with its
 * own window inside [12, 22], slicing every range's digits into a new string. The table below holds
 * every range of 12 to 22 digits that walk visits, in the same order (run, then first group, then last
 * group; tests/core/privacy/number-ranges.test.ts keeps the walk as its reference); a recognizer that keeps the entries whose length lies in its own
 * window sees exactly the ranges, in exactly the order, its own call visited (within a start group the
 * lengths only grow, so the smaller `max` only cut the same list shorter). Instead of a string of its
 * digits, each entry carries its first four digits as a number, and its Luhn check once asked for; the
 * digits are read where the groups lie in `input.lower` (run.digits was sliced from there).
 *
 * Built on the first call for an input (one-entry cache, like digitRuns()) and released after detect().
 * Linear: at most six entries per group, each of at most 22 digits.
 */
import { longDigitRuns, type DigitGroup, type DigitRun } from '../digit-runs.ts';
import { KEEP_ENTRIES, onRelease } from '../per-text-caches.ts';
import type { RecognizerInput } from '../types.ts';

/** Shortest and longest range any of the four recognizers visits. */
export const MIN_DIGITS = 12;
export const MAX_DIGITS = 22;
/** The group limit of that walk, which all four used. */
const MAX_GROUPS = 6;

export interface NumberRanges {
  /** Number of entries. */
  count: number;
  /** The text's runs of six digits or more (longDigitRuns(input): the others hold no range); `run` indexes them. */
  runs: readonly DigitRun[];
  /** `input.lower`, where the groups' digits are read. */
  text: string;
  run: Int32Array;
  /** First and last group of the range in its run. */
  first: Int32Array;
  last: Int32Array;
  /** Number of digits (12 to 22). */
  length: Uint8Array;
  /** The first four digits as a number (0 to 9999). */
  lead: Int16Array;
  /** The Luhn check, computed on first request: 0 not yet, 1 passes, 2 fails. */
  luhn: Uint8Array;
}

function fresh(entries: number): NumberRanges {
  return {
    count: 0, runs: EMPTY_RUNS, text: '',
    run: new Int32Array(entries), first: new Int32Array(entries), last: new Int32Array(entries),
    length: new Uint8Array(entries), lead: new Int16Array(entries), luhn: new Uint8Array(entries),
  };
}

const EMPTY_RUNS: readonly DigitRun[] = Object.freeze([]);
let table = fresh(64);
let lastInput: RecognizerInput | null = null;

onRelease(() => {
  lastInput = null;
  table.runs = EMPTY_RUNS;
  table.text = '';
  table.count = 0;
  if (table.run.length > KEEP_ENTRIES) table = fresh(64);
});

function growEntries(): void {
  const old = table;
  const t = fresh(old.run.length * 2);
  t.run.set(old.run); t.first.set(old.first); t.last.set(old.last);
  t.length.set(old.length); t.lead.set(old.lead); t.luhn.set(old.luhn);
  t.count = old.count;
  t.runs = old.runs;
  t.text = old.text;
  table = t;
}

/** The first four digits of groups i, i+1, ... of `run` (which hold at least four), as a number. */
function leadOf(text: string, groups: readonly DigitGroup[], i: number): number {
  let v = 0, n = 0;
  for (let g = i; n < 4; g++) {
    const grp = groups[g]!;
    for (let p = grp.start; p < grp.end && n < 4; p++, n++) v = v * 10 + text.charCodeAt(p) - 48;
  }
  return v;
}

/** The shared table of 12-22 digit group ranges of `input` (see the file comment). */
export function numberRanges(input: RecognizerInput): NumberRanges {
  if (input === lastInput) return table;
  const runs = longDigitRuns(input);
  const text = input.lower;
  table.count = 0;
  table.runs = runs;
  table.text = text;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const total = run.digits.length;
    if (total < MIN_DIGITS) continue;
    const offsets = run.offsets;
    const g = offsets.length;
    for (let i = 0; i < g; i++) {
      const from = offsets[i]!;
      let lead = -1; // the same for every range starting at group i: read once
      for (let j = i; j < g && j - i < MAX_GROUPS; j++) {
        const len = (j + 1 < g ? offsets[j + 1]! : total) - from;
        if (len > MAX_DIGITS) break;
        if (len < MIN_DIGITS) continue;
        if (lead < 0) lead = leadOf(text, run.groups, i);
        if (table.count === table.run.length) growEntries();
        const k = table.count++;
        table.run[k] = r;
        table.first[k] = i;
        table.last[k] = j;
        table.length[k] = len;
        table.lead[k] = lead;
        table.luhn[k] = 0;
      }
    }
  }
  lastInput = input;
  return table;
}

/** Does entry k pass the Luhn check (what luhnValid() says of its digits)? From the right, every second digit doubled. */
export function luhnOk(nr: NumberRanges, k: number): boolean {
  const known = nr.luhn[k]!;
  if (known !== 0) return known === 1;
  const groups = nr.runs[nr.run[k]!]!.groups, text = nr.text;
  let sum = 0;
  let double = false;
  for (let g = nr.last[k]!; g >= nr.first[k]!; g--) {
    const grp = groups[g]!;
    for (let p = grp.end - 1; p >= grp.start; p--) {
      let v = text.charCodeAt(p) - 48;
      if (double) { v *= 2; if (v > 9) v -= 9; }
      sum += v;
      double = !double;
    }
  }
  const ok = sum % 10 === 0;
  nr.luhn[k] = ok ? 1 : 2;
  return ok;
}

/** /^(\d)\1+$/ over entry k's digits from its `skip`-th on: at least two, all the same. */
export function sameDigitFrom(nr: NumberRanges, k: number, skip: number): boolean {
  if (nr.length[k]! - skip < 2) return false;
  const groups = nr.runs[nr.run[k]!]!.groups, text = nr.text;
  let seen = 0, c = -1;
  for (let g = nr.first[k]!; g <= nr.last[k]!; g++) {
    const grp = groups[g]!;
    for (let p = grp.start; p < grp.end; p++) {
      if (seen++ < skip) continue;
      const d = text.charCodeAt(p);
      if (c === -1) c = d;
      else if (d !== c) return false;
    }
  }
  return true;
}
