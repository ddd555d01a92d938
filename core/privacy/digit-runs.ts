/**
 * Digit runs: groups of ASCII digits (in the normalised text) joined by the separators people type
 * inside numbers: spaces, dashes, dots, slashes, brackets, one line break, or a spelled-out "then".
 * Shared by the number recognizers; computed once per text and cached.
 */
import type { RecognizerInput } from './types.ts';

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
const DIGIT_GROUP = /[0-9]+/g;
const isDigit = (c: number) => c >= 48 && c <= 57;
const LETTER = /\p{L}/u;
const isLetter = (ch: string) => {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER.test(ch);
};

// One-entry cache: detect() hands the same input object to every recognizer in turn.
let lastInput: RecognizerInput | null = null;
let lastRuns: DigitRun[] = [];

/** Largest gap between two groups that can still join them (chars). */
const MAX_JOINER = 14;

function joinerOk(j: string): boolean {
  if (j.length === 1) return j === ' ' || j === '-' || j === '.' || j === '/' || j === '\n' || j === '(' || j === ')' || j === '\t';
  // Cheap pre-check on the first non-blank character: most gaps ("£20 for 5", ", 12") fail on it.
  let k = 0;
  while (k < j.length && (j[k] === ' ' || j[k] === '\t')) k++;
  if (k === j.length) return j.length <= 3;
  if (!JOINER_FIRST.has(j[k]!)) return false;
  if (j.length <= 3 && /^[ \t.\-/()]*\n?[ \t.\-/()]*$/.test(j) && j.length > 0) return true;
  if (/^[ \t]*\r?\n[ \t]*$/.test(j)) return true;
  return CONNECTOR.test(j);
}

export function digitRuns(input: RecognizerInput): DigitRun[] {
  if (input === lastInput) return lastRuns;
  const s = input.norm;
  const runs: DigitRun[] = [];
  let cur: DigitRun | null = null;
  let lastEnd = -1;
  const n = s.length;
  // The native regex scan skips non-digits faster than a character loop; test() allocates no match
  // array, and the group's start is found by stepping back over its digits.
  DIGIT_GROUP.lastIndex = 0;
  while (DIGIT_GROUP.test(s)) {
    const end = DIGIT_GROUP.lastIndex;
    let start = end - 1;
    while (start > 0 && isDigit(s.charCodeAt(start - 1))) start--;
    // Groups glued to letters ("5GB", "iPhone15", "x2714", "TCK123") are not parts of numbers.
    const glued = (start > 0 && isLetter(s[start - 1]!)) || (end < n && isLetter(s[end]!)) ||
      (start > 1 && (s[start - 1] === '-' || s[start - 1] === '#') && isLetter(s[start - 2]!));
    if (glued) { cur = null; continue; }
    const group = { start, end };
    const gapLen = start - lastEnd;
    const gap = cur && gapLen <= MAX_JOINER ? (gapLen === 1 ? s[lastEnd]! : s.slice(lastEnd, start)) : '';
    if (cur && gapLen <= MAX_JOINER && joinerOk(gap)) {
      cur.offsets.push(cur.digits.length);
      cur.digits += s.slice(start, end);
      cur.groups.push(group);
      cur.joiners.push(gap);
    } else {
      cur = { groups: [group], digits: s.slice(start, end), offsets: [0], joiners: [''] };
      runs.push(cur);
    }
    lastEnd = end;
  }
  lastInput = input;
  lastRuns = runs;
  return runs;
}

/**
 * Calls `visit(run, i, j, digits)` for every contiguous group range [i, j] of every run whose digit count
 * lies in [minDigits, maxDigits]. Bounded per start group, so the whole scan stays linear.
 */
export function forEachGroupRange(
  runs: readonly DigitRun[], minDigits: number, maxDigits: number,
  visit: (run: DigitRun, i: number, j: number, digits: string) => void,
  maxGroups = 6,
): void {
  for (const run of runs) {
    if (run.digits.length < minDigits) continue;
    const g = run.groups.length;
    for (let i = 0; i < g; i++) {
      const from = run.offsets[i]!;
      for (let j = i; j < g && j - i < maxGroups; j++) {
        const to = j + 1 < g ? run.offsets[j + 1]! : run.digits.length;
        const len = to - from;
        if (len > maxDigits) break;
        if (len >= minDigits) visit(run, i, j, run.digits.slice(from, to));
      }
    }
  }
}

/** True when the range [i, j] is not glued to further digits by a tight joiner ("-", "." or nothing). */
export function rangeIsolated(run: DigitRun, i: number, j: number): boolean {
  const before = i > 0 ? run.joiners[i]! : ' ';
  const after = j + 1 < run.groups.length ? run.joiners[j + 1]! : ' ';
  const tight = (x: string) => x === '-' || x === '.' || x === '/';
  return !tight(before) && !tight(after);
}
