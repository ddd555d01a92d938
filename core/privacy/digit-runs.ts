/**
 * Digit runs: groups of ASCII digits (in the normalised text) joined by the separators people type
 * inside numbers: spaces, dashes, dots, slashes, brackets, one line break, or a spelled-out "then".
 * Shared by the number recognizers; computed once per text and cached.
 */
import { charClass, IS_LETTER } from './char-class.ts';
import type { DetectedEntity, RecognizerInput } from './types.ts';

export interface DigitGroup { start: number; end: number }
export interface DigitRun {
  groups: DigitGroup[];
  /** Concatenated digits of all groups. */
  digits: string;
  /** offsets[i] = index in `digits` where group i starts. */
  offsets: number[];
  /** Joiner text before group i (joiners[0] = ''). */
  joiners: string[];
  /** Lazily computed by the identifier recognizers: prefix counts of unusual joiners. */
  uncleanPrefix?: Int32Array;
}

const CONNECTOR = /^[ \t]*(?:then|and then|dann|puis|et puis|luego|después|despues|y luego)[ \t]*$/i;
/** First non-blank characters that can start an accepted joiner (separators, line breaks, connector words). */
const JOINER_FIRST: ReadonlySet<string> = new Set([...'.-/()\r\n', ...'tadpely', ...'TADPELY']);
/** Single-character joiners that are accepted. */
const ONE_CHAR_JOINER: ReadonlySet<string> = new Set([' ', '-', '.', '/', '\n', '(', ')', '\t']);

/** \p{L} for one code unit (what /\p{L}/u says of a one-code-unit string; a lone surrogate is no letter). */
const isLetter = (c: number): boolean => (charClass(c) & IS_LETTER) !== 0;

// One-entry cache: detect() hands the same input object to every recognizer in turn.
let lastInput: RecognizerInput | null = null;
let lastRuns: DigitRun[] = [];

/** Largest gap between two groups that can still join them (chars). */
const MAX_JOINER = 14;

function joinerOk(j: string): boolean {
  if (j.length === 1) return ONE_CHAR_JOINER.has(j);
  // Cheap pre-check on the first non-blank character: most gaps ("£20 for 5", ", 12") fail on it.
  let k = 0;
  while (k < j.length && (j[k] === ' ' || j[k] === '\t')) k++;
  if (k === j.length) return j.length <= 3;
  if (!JOINER_FIRST.has(j[k]!)) return false;
  if (j.length <= 3 && /^[ \t.\-/()]*\n?[ \t.\-/()]*$/.test(j) && j.length > 0) return true;
  if (/^[ \t]*\r?\n[ \t]*$/.test(j)) return true;
  return CONNECTOR.test(j);
}

/**
 * Groups are the maximal runs of ASCII digits; each is glued to the run before it when the gap is an
 * accepted joiner.
 */
export function digitRuns(input: RecognizerInput): DigitRun[] {
  if (input === lastInput) return lastRuns;
  const s = input.norm;
  const runs: DigitRun[] = [];
  let cur: DigitRun | null = null;
  let lastEnd = -1;
  const n = s.length;
  // Digits are found in `lower`, where they sit at the same offsets as in `norm` (lower-casing keeps the
  // length and maps no other character to an ASCII digit); it is a fresh flat string, which a character
  // loop reads faster than a concatenated one.
  const t = input.lower;
  let i = 0;
  for (;;) {
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c <= 57 && c >= 48) break;
      i++;
    }
    if (i >= n) break;
    const start = i;
    i++;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c > 57 || c < 48) break;
      i++;
    }
    const end = i;
    // Groups glued to letters ("5GB", "iPhone15", "x2714", "TCK123") are not parts of numbers.
    if (start > 0) {
      const b = s.charCodeAt(start - 1);
      if (isLetter(b) || ((b === 45 || b === 35) && start > 1 && isLetter(s.charCodeAt(start - 2)))) { cur = null; continue; }
    }
    if (end < n && isLetter(s.charCodeAt(end))) { cur = null; continue; }
    const group: DigitGroup = { start, end };
    const gapLen = start - lastEnd;
    let joined = false;
    if (cur !== null && gapLen <= MAX_JOINER) {
      const gap = gapLen === 1 ? s[lastEnd]! : s.slice(lastEnd, start);
      if (joinerOk(gap)) {
        cur.offsets.push(cur.digits.length);
        cur.digits += s.slice(start, end);
        cur.groups.push(group);
        cur.joiners.push(gap);
        joined = true;
      }
    }
    if (!joined) {
      cur = { groups: [group], digits: s.slice(start, end), offsets: [0], joiners: [''] };
      runs.push(cur);
    }
    lastEnd = end;
  }
  lastInput = input;
  lastRuns = runs;
  return runs;
}

/** A visitor of group ranges; module-level functions (no closure per call), handed the recognizer's input and output. */
export type RangeVisitor = (run: DigitRun, i: number, j: number, digits: string, input: RecognizerInput, out: DetectedEntity[]) => void;

/**
 * Calls `visit(run, i, j, digits, input, out)` for every contiguous group range [i, j] of every run whose
 * digit count lies in [minDigits, maxDigits]. Bounded per start group, so the whole scan stays linear.
 */
export function forEachGroupRange(
  runs: readonly DigitRun[], minDigits: number, maxDigits: number,
  visit: RangeVisitor, input: RecognizerInput, out: DetectedEntity[],
  maxGroups = 6,
): void {
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.digits.length < minDigits) continue;
    const g = run.groups.length;
    for (let i = 0; i < g; i++) {
      const from = run.offsets[i]!;
      for (let j = i; j < g && j - i < maxGroups; j++) {
        const to = j + 1 < g ? run.offsets[j + 1]! : run.digits.length;
        const len = to - from;
        if (len > maxDigits) break;
        if (len >= minDigits) visit(run, i, j, run.digits.slice(from, to), input, out);
      }
    }
  }
}

function tight(x: string): boolean {
  return x === '-' || x === '.' || x === '/';
}

/** True when the range [i, j] is not glued to further digits by a tight joiner ("-", "." or nothing). */
export function rangeIsolated(run: DigitRun, i: number, j: number): boolean {
  const before = i > 0 ? run.joiners[i]! : ' ';
  const after = j + 1 < run.groups.length ? run.joiners[j + 1]! : ' ';
  return !tight(before) && !tight(after);
}
