/**
 * Digit runs: groups of ASCII digits (in the normalised text) joined by the separators people type
 * inside numbers: spaces, dashes, dots, slashes, brackets, one line break, or a spelled-out "then".
 * Shared by the number recognizers; computed once per text and cached.
 */
import { charClass, IS_LETTER } from './char-class.ts';
import { KEEP_ENTRIES, onRelease } from './per-text-caches.ts';
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
/** The lengths of CONNECTOR's words: no other text between the blanks can match it. */
const CONNECTOR_LENGTHS: ReadonlySet<number> = new Set([4, 5, 7, 8]);

/** \p{L} for one code unit (what /\p{L}/u says of a one-code-unit string; a lone surrogate is no letter). */
const ASCII_LETTER = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LETTER[c] = (charClass(c) & IS_LETTER) !== 0 ? 1 : 0;
const isLetter = (c: number): boolean => (c < 128 ? ASCII_LETTER[c] === 1 : (charClass(c) & IS_LETTER) !== 0);
const isBlank = (c: number): boolean => c === 32 || c === 9;
/** [ \t.\-/()] */
const isSeparator = (c: number): boolean => c === 32 || c === 9 || c === 46 || c === 45 || c === 47 || c === 40 || c === 41;
/** The first non-blank characters that can start an accepted joiner: .-/()\r\n, or t a d p e l y in either case. */
function canStartJoiner(c: number): boolean {
  if (c === 46 || c === 45 || c === 47 || c === 40 || c === 41 || c === 13 || c === 10) return true;
  const l = c | 32;
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? l === 116 || l === 97 || l === 100 || l === 112 || l === 101 || l === 108 || l === 121 : false;
}

// One-entry cache: detect() hands the same input object to every recognizer in turn.
let lastInput: RecognizerInput | null = null;
let lastRuns: DigitRun[] = [];

/**
 * Every maximal run of ASCII digits of a text (also those glued to letters, which digitRuns() drops),
 * start and length, left to right: gov-id.ts and iban.ts read these, and address.ts, postcode.ts and
 * date-of-birth.ts, whose matches start at a run after no digit or end in one before letters. Filled by the same scan as
 * digitRuns(), so it always belongs to digitRuns()' last input; reused from text to text.
 */
export interface DigitRunTable {
  starts: Int32Array;
  lengths: Int32Array;
  /** Free for the caller: one byte per run (gov-id.ts marks the patterns that may start there). */
  marks: Uint8Array;
  count: number;
  /** The longest run's length (0 without digits). */
  longest: number;
}

const table: DigitRunTable = { starts: new Int32Array(64), lengths: new Int32Array(64), marks: new Uint8Array(64), count: 0, longest: 0 };

onRelease(() => {
  lastInput = null;
  lastRuns = [];
  scannedInput = null;
  longRuns = null;
  runCount = 0;
  if (rDigits.length > KEEP_ENTRIES) { rFirst = new Int32Array(64); rLast = new Int32Array(64); rDigits = new Int32Array(64); }
  table.count = 0;
  table.longest = 0;
  if (table.starts.length > KEEP_ENTRIES) {
    table.starts = new Int32Array(64);
    table.lengths = new Int32Array(64);
    table.marks = new Uint8Array(64);
  }
});

function grow(): void {
  const starts = new Int32Array(table.starts.length * 2);
  const lengths = new Int32Array(table.lengths.length * 2);
  starts.set(table.starts);
  lengths.set(table.lengths);
  table.starts = starts;
  table.lengths = lengths;
  table.marks = new Uint8Array(starts.length);
}

/** The maximal [0-9]+ runs of `input.norm` (the same offsets in `input.lower`), computed with digitRuns(input). */
export function maximalDigitRuns(input: RecognizerInput): DigitRunTable {
  if (input !== scannedInput) scan(input);
  return table;
}

/** Largest gap between two groups that can still join them (chars). */
const MAX_JOINER = 14;

/**
 * Is s[a, b) (1 to MAX_JOINER chars) an accepted joiner? The rules, as regexes: one of " -./\n()\t";
 * or only blanks, up to 3 chars; or, first non-blank among .-/()\r\n or a letter of "tadpely", and
 * then /^[ \t.\-/()]*\n?[ \t.\-/()]*$/ (up to 3 chars), /^[ \t]*\r?\n[ \t]*$/ or CONNECTOR. The first two
 * regexes are read as character loops (same answers); CONNECTOR runs only when the text between the
 * blanks has the length of one of its words. The characters are read in `lower` (the same answers:
 * lower-casing maps only the Kelvin sign into ASCII, to a "k" no test accepts), CONNECTOR in `s`.
 */
function joinerOk(s: string, lower: string, a: number, b: number): boolean {
  const len = b - a;
  if (len === 1) { const c = lower.charCodeAt(a); return isSeparator(c) || c === 10; }
  let k = a;
  while (k < b && isBlank(lower.charCodeAt(k))) k++;
  if (k === b) return len <= 3;
  if (!canStartJoiner(lower.charCodeAt(k))) return false;
  if (len <= 3) {
    // /^[ \t.\-/()]*\n?[ \t.\-/()]*$/: separators with at most one line break.
    let breaks = 0, ok = true;
    for (let i = a; i < b && ok; i++) {
      const c = lower.charCodeAt(i);
      if (!isSeparator(c)) { if (c === 10 && breaks === 0) breaks = 1; else ok = false; }
    }
    if (ok) return true;
  }
  // /^[ \t]*\r?\n[ \t]*$/ (k is past the leading blanks).
  let i = k;
  if (i < b && lower.charCodeAt(i) === 13) i++;
  if (i < b && lower.charCodeAt(i) === 10) {
    i++;
    while (i < b && isBlank(lower.charCodeAt(i))) i++;
    if (i === b) return true;
  }
  let e = b;
  while (e > k && isBlank(lower.charCodeAt(e - 1))) e--;
  return CONNECTOR_LENGTHS.has(e - k) && CONNECTOR.test(s.slice(a, b));
}

/**
 * The runs of the last scanned text, as indices into the maximal-run table (no objects): the groups of
 * run r are the maximal runs rFirst[r] ... rLast[r] (consecutive: a maximal run between two groups of a
 * run would be a group of it, or glued to letters, which ends the run), rDigits[r] digits in all.
 * A run becomes a DigitRun object in the scan once it holds LONG_RUN digits (the runs longDigitRuns()
 * lists, all the recognizers read) and grows group by group after that; a shorter run (most of them)
 * costs no objects or strings unless digitRuns() asks for the full list.
 */
let rFirst = new Int32Array(64), rLast = new Int32Array(64), rDigits = new Int32Array(64);
let runCount = 0;
let longRuns: DigitRun[] | null = null;
let scannedInput: RecognizerInput | null = null;

/** Up to this many groups, a long run's digits string grows with each group (see scan()). */
const FEW_GROUPS = 16;

/** The fewest digits of a run longDigitRuns() lists. */
export const LONG_RUN = 6;

function growRuns(): void {
  const a = new Int32Array(rDigits.length * 2), b = new Int32Array(rDigits.length * 2), c = new Int32Array(rDigits.length * 2);
  a.set(rFirst); b.set(rLast); c.set(rDigits);
  rFirst = a; rLast = b; rDigits = c;
}

/**
 * Groups are the maximal runs of ASCII digits; each is glued to the run before it when the gap is an
 * accepted joiner. Fills the maximal-run table, the runs (above) and the long runs' objects.
 */
function scan(input: RecognizerInput): void {
  const s = input.norm;
  let open = false; // is there a run the next group may join?
  let lastEnd = -1;
  const n = s.length;
  // Digits are found in `lower`, where they sit at the same offsets as in `norm` (lower-casing keeps the
  // length and maps no other character to an ASCII digit); it is a fresh flat string, which a character
  // loop reads faster than a concatenated one.
  const t = input.lower;
  // The census count of ASCII digits (-1 if unknown): once the groups hold them all, the scan stops
  // instead of searching the rest of the text for none.
  const digits = input.stats ? input.stats.digits : -1;
  let seen = 0;
  let count = 0;
  let longest = 0;
  let runs = 0;
  // The current run once it holds LONG_RUN digits (made then, and grown group by group after).
  let cur: DigitRun | null = null;
  // Has `cur` grown past FEW_GROUPS groups (its digits string is then out of date until finishDigits())?
  let grown = false;
  const long: DigitRun[] = [];
  // The run arrays as locals (module bindings cost a check per access in a hot loop).
  let runFirst = rFirst, runLast = rLast, runDigits = rDigits;
  let i = 0;
  for (;;) {
    if (seen === digits) break;
    // `(c - 48) >>> 0 <= 9` is c in 0-9 with one unsigned comparison (a code unit below "0" wraps
    // around to a large number): one branch per character, measurably faster than two here.
    while (i < n) {
      if ((t.charCodeAt(i) - 48) >>> 0 <= 9) break;
      i++;
    }
    if (i >= n) break;
    const start = i;
    i++;
    while (i < n) {
      if ((t.charCodeAt(i) - 48) >>> 0 > 9) break;
      i++;
    }
    const end = i;
    if (count === table.starts.length) grow();
    table.starts[count] = start;
    table.lengths[count] = end - start;
    if (end - start > longest) longest = end - start;
    count++;
    seen += end - start;
    // Groups glued to letters ("5GB", "iPhone15", "x2714", "TCK123") are not parts of numbers. (Read in
    // `lower` too: lower-casing keeps every code unit's \p{L} class, checked for the whole BMP, and "-#".)
    if (start > 0) {
      const b = t.charCodeAt(start - 1);
      if (isLetter(b) || ((b === 45 || b === 35) && start > 1 && isLetter(t.charCodeAt(start - 2)))) { open = false; continue; }
    }
    if (end < n && isLetter(t.charCodeAt(end))) { open = false; continue; }
    if (open && start - lastEnd <= MAX_JOINER && joinerOk(s, t, lastEnd, start)) {
      const total = (runDigits[runs - 1] += end - start);
      runLast[runs - 1] = count - 1;
      if (cur !== null) {
        // A long run grows group by group. Past FEW_GROUPS its digits string is made once, when the run
        // ends: grown by += per group, it would be a chain of pieces (megabytes for "4111 4111 ...").
        cur.offsets.push(total - (end - start));
        if (cur.groups.length < FEW_GROUPS) cur.digits += t.slice(start, end);
        else grown = true;
        cur.groups.push({ start, end });
        cur.joiners.push(start - lastEnd === 1 ? s[lastEnd]! : s.slice(lastEnd, start));
      } else if (total >= LONG_RUN) {
        cur = runObject(s, t, runFirst[runs - 1]!, count);
        long.push(cur);
      }
    } else {
      if (runs === runDigits.length) { growRuns(); runFirst = rFirst; runLast = rLast; runDigits = rDigits; }
      runFirst[runs] = runLast[runs] = count - 1;
      runDigits[runs] = end - start;
      runs++;
      if (grown) { finishDigits(t, cur!); grown = false; }
      cur = null;
      if (end - start >= LONG_RUN) {
        cur = runObject(s, t, count - 1, count);
        long.push(cur);
      }
    }
    open = true;
    lastEnd = end;
  }
  if (grown) finishDigits(t, cur!);
  table.count = count;
  table.longest = longest;
  runCount = runs;
  longRuns = long;
  lastInput = null;
  scannedInput = input;
}

/** The run of the maximal runs first ... last - 1 (groups of one run) as a new object; `s` is norm, `t` lower. */
function runObject(s: string, t: string, first: number, last: number): DigitRun {
  const starts = table.starts, lengths = table.lengths;
  let lastEnd = starts[first]! + lengths[first]!, at = lengths[first]!;
  const groups: DigitGroup[] = [{ start: starts[first]!, end: lastEnd }], offsets: number[] = [0], joiners: string[] = [''];
  for (let k = first + 1; k < last; k++) {
    const start = starts[k]!, end = start + lengths[k]!;
    groups.push({ start, end });
    offsets.push(at);
    joiners.push(start - lastEnd === 1 ? s[lastEnd]! : s.slice(lastEnd, start));
    at += end - start;
    lastEnd = end;
  }
  // At most LONG_RUN groups (a run is made once it holds LONG_RUN digits, or never): slice by slice.
  let digits = t.slice(starts[first]!, starts[first]! + lengths[first]!);
  for (let k = first + 1; k < last; k++) digits += t.slice(starts[k]!, starts[k]! + lengths[k]!);
  return { groups, digits, offsets, joiners };
}

/**
 * Sets `run.digits` to the digits of all its groups: the ASCII digits of `t` from its first group's start
 * to its last group's end (the joiners between groups hold none, or the groups would not be maximal).
 */
function finishDigits(t: string, run: DigitRun): void {
  const groups = run.groups;
  run.digits = t.slice(groups[0]!.start, groups[groups.length - 1]!.end).replace(NOT_DIGITS, '');
}
const NOT_DIGITS = /[^0-9]+/g;

/** Every digit run of the text (see scan()), left to right. */
export function digitRuns(input: RecognizerInput): DigitRun[] {
  if (input === lastInput) return lastRuns;
  if (input !== scannedInput) scan(input);
  // The long runs are the objects the scan made (in the same order); the short ones are made here.
  const runs: DigitRun[] = [];
  const long = longRuns!;
  for (let r = 0, l = 0; r < runCount; r++) runs.push(rDigits[r]! >= LONG_RUN ? long[l++]! : runObject(input.norm, input.lower, rFirst[r]!, rLast[r]! + 1));
  lastInput = input;
  lastRuns = runs;
  return runs;
}

/**
 * The runs of digitRuns(input) with at least LONG_RUN digits, in the same order (the same objects): all
 * the PHONE and the card/IMEI/ICCID/IMSI recognizers read (their shortest numbers have 6 and 12 digits).
 */
export function longDigitRuns(input: RecognizerInput): DigitRun[] {
  if (input !== scannedInput) scan(input);
  return longRuns!;
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
