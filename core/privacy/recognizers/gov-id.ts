/**
 * GOV_ID: US SSN (invalid ranges rejected), UK NINO (invalid prefixes rejected), Spanish DNI/NIE
 * (control letter), French NIR (key), German tax id (check digit).
 *
 * Each pattern is a sticky regex tried only where it can match. Every match reads a maximal run of ASCII
 * digits at most three characters after its start (gov-id-runs.ts), so one pass over those runs marks,
 * from the run's length and the characters around it, which patterns may start there; then each pattern
 * tries its marks left to right, skipping a candidate inside its own previous match. That is exactly what
 * a global exec() loop over the whole text finds. The checks before a regex are necessary conditions of
 * the regex (so they never skip a match); the regex and the validators decide.
 */
import { IS_LETTER_OR_NUMBER, charClass, isAsciiLetter } from '../char-class.ts';
import { competingCueAdjust } from '../context.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { dniValid, ninoValid, nirValid, ssnValid, steuerIdValid } from '../validators/gov-ids.ts';
import { fewerDigits } from './gate.ts';
import { maximalDigitRuns, type DigitRunTable } from '../digit-runs.ts';
import { digitsBefore, runEnd, spaceChain } from './gov-id-runs.ts';

const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{L}\\p{N}]|[-.]\\d)';
const SSN = new RegExp(`${NB}(\\d{3})([- .]?)(\\d{2})\\2(\\d{4})${NA}`, 'uy');
const NINO = new RegExp(`${NB}([A-Za-z]{2})[ ]?(\\d{2})[ ]?(\\d{2})[ ]?(\\d{2})[ ]?([A-Da-d])${NA}`, 'uy');
const DNI = new RegExp(`${NB}([XYZxyz]?)[- ]?(\\d{7,8})[- ]?([A-Za-z])${NA}`, 'uy');
const NIR = new RegExp(`${NB}([12])[ ]?(\\d{2})[ ]?(\\d{2})[ ]?(\\d{2}|2[ABab])[ ]?(\\d{3})[ ]?(\\d{3})[ ]?(\\d{2})${NA}`, 'uy');
const STEUER = new RegExp(`${NB}(\\d{2})[ ]?(\\d{3})[ ]?(\\d{3})[ ]?(\\d{3})${NA}`, 'uy');

/** Mark bits, one per pattern. */
const B_SSN = 1, B_NINO = 2, B_DNI = 4, B_NIR = 8, B_STEUER = 16;

/**
 * Patterns whose digits may begin with a maximal run of this length (index min(length, 16)). A run ends
 * where the pattern allows a separator or where its digits end: SSN "ddd" + separator or nine digits;
 * NINO "dd dd dd" with optional spaces: 2, 4 or 6; DNI/NIE 7 or 8 digits in one run; NIR tokens
 * 1, 2, 2, 2, 3, 3, 2 (cumulative 1, 3, 5, 7, 10, 13, 15) or with Corsica's "2A" a run of 6 ending in its
 * "2"; Steuer-ID groups 2, 3, 3, 3 (cumulative 2, 5, 8, 11).
 */
const BY_LENGTH = new Uint8Array(17);
for (const [bit, lengths] of [
  [B_SSN, [3, 9]], [B_NINO, [2, 4, 6]], [B_DNI, [7, 8]], [B_NIR, [1, 3, 5, 6, 7, 10, 13, 15]], [B_STEUER, [2, 5, 8, 11]],
] as const) for (const n of lengths) BY_LENGTH[n]! |= bit;

/**
 * Patterns that, starting with a maximal run of this length, must read more digits after a single space
 * (index as BY_LENGTH): the run ends inside the pattern's digits, where only "[ ]?" can follow, and a
 * digit cannot (the run is maximal). NINO after 2 or 4 digits; NIR after 1, 3, 5, 7, 10 or 13 (its
 * fourth token is "\d{2}" or "2A", both starting with a digit; a run of 6 is Corsica's, followed by its
 * letter); Steuer-ID after 2, 5 or 8. Such a run must be followed by a space and the next run.
 */
const SPACE_NEXT = new Uint8Array(17);
for (const [bit, lengths] of [[B_NINO, [2, 4]], [B_NIR, [1, 3, 5, 7, 10, 13]], [B_STEUER, [2, 5, 8]]] as const) {
  for (const n of lengths) SPACE_NEXT[n]! |= bit;
}

const isXyz = (c: number) => (c | 32) >= 120 && (c | 32) <= 122;
const isDashOrSpace = (c: number) => c === 45 || c === 32;
const isSuffix = (c: number) => (c | 32) >= 97 && (c | 32) <= 100;

/** IS_LETTER_OR_NUMBER of the ASCII code units, read without a call (the answers of charClass). */
const ASCII_LETTER_OR_NUMBER = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LETTER_OR_NUMBER[c] = (charClass(c) & IS_LETTER_OR_NUMBER) !== 0 ? 1 : 0;

/**
 * True when the character before `q` is surely a letter or number, so (?<![\p{L}\p{N}]) fails at `q`.
 * A surrogate is left to the regex (the code point may be a pair). Called with `lower`: lower-casing keeps
 * every BMP code unit's letter-or-number class (checked for the whole BMP) and leaves surrogates surrogates.
 */
function surelyLetterOrNumberBefore(s: string, q: number): boolean {
  if (q === 0) return false;
  const c = s.charCodeAt(q - 1);
  if (c < 128) return ASCII_LETTER_OR_NUMBER[c] === 1;
  return (c < 0xd800 || c > 0xdfff) && (charClass(c) & IS_LETTER_OR_NUMBER) !== 0;
}

/** Space boundaries allowed inside the digits ("12 34 56", "12 345 678 901"): bit i = after digit i. */
const NINO_SPACES = (1 << 2) | (1 << 4);
const STEUER_SPACES = (1 << 2) | (1 << 5) | (1 << 8);

/**
 * Marks each run with the patterns that may start there, by necessary conditions of each regex read off
 * the run, its neighbours and the characters around it; returns the union of the marks. The characters
 * are read in `lower` (flat, faster to read than `norm`): the same digits, spaces, dashes, dots and
 * letter-or-number classes, and an ASCII letter wherever `norm` has one (lower-casing only adds the
 * Kelvin sign's "k", which at most lets a regex try where it then fails). Only `next` (the
 * end of a pattern's previous match) is left to the find functions, as it depends on the regex results.
 */
function markRuns(s: string, runs: DigitRunTable, allowed: number): number {
  const { starts, lengths, marks, count } = runs;
  let any = 0;
  for (let r = 0; r < count; r++) {
    const len = lengths[r]!;
    let bits = BY_LENGTH[len < 16 ? len : 16]! & allowed;
    if (bits !== 0) {
      const p = starts[r]!;
      const spaceNext = SPACE_NEXT[len < 16 ? len : 16]!;
      if ((bits & spaceNext) !== 0 && (s.charCodeAt(p + len) !== 32 || r + 1 >= count || starts[r + 1] !== p + len + 1)) bits &= ~spaceNext;
    }
    if (bits !== 0) {
      const p = starts[r]!;
      // SSN, NIR and Steuer-ID start at the digits, after no letter or number.
      if ((bits & (B_SSN | B_NIR | B_STEUER)) !== 0 && surelyLetterOrNumberBefore(s, p)) bits &= ~(B_SSN | B_NIR | B_STEUER);
      if ((bits & B_SSN) !== 0 && len === 3) {
        // "ddd" sep "dd" sep "dddd" with the same separator ("-", " " or ".") twice.
        const sep = s.charCodeAt(p + 3);
        if ((sep !== 45 && sep !== 32 && sep !== 46) || r + 2 >= count || starts[r + 1] !== p + 4 || lengths[r + 1] !== 2 ||
          s.charCodeAt(p + 6) !== sep || starts[r + 2] !== p + 7 || lengths[r + 2] !== 4) bits &= ~B_SSN;
      }
      if ((bits & B_NINO) !== 0 && !ninoMay(s, runs, r)) bits &= ~B_NINO;
      if ((bits & B_DNI) !== 0) {
        // Then an optional dash or space and a letter.
        const ce = s.charCodeAt(p + len);
        if (!isAsciiLetter(ce) && !(isDashOrSpace(ce) && isAsciiLetter(s.charCodeAt(p + len + 1)))) bits &= ~B_DNI;
      }
      if ((bits & B_NIR) !== 0) {
        // The sex digit 1 or 2, then 15 digits (14 with "2A") within 21 characters.
        const c = s.charCodeAt(p);
        if ((c !== 49 && c !== 50) || digitsBefore(runs, r, p + 21) < 14) bits &= ~B_NIR;
      }
      // 11 digits in groups 2, 3, 3, 3, spaces only between groups.
      if ((bits & B_STEUER) !== 0 && spaceChain(runs, s, r, 11, STEUER_SPACES) < 0) bits &= ~B_STEUER;
    }
    marks[r] = bits;
    any |= bits;
  }
  return any;
}

/** Where a NINO whose digits begin with run `r` would start (two letters, optional space, digits). */
function ninoStart(s: string, p: number): number {
  return s.charCodeAt(p - 1) === 32 ? p - 3 : p - 2;
}

/** NINO: two ASCII letters after no letter or number, an optional space, "dd dd dd", optional space, A-D. */
function ninoMay(s: string, runs: DigitRunTable, r: number): boolean {
  const p = runs.starts[r]!;
  if (p < 2) return false;
  const c1 = s.charCodeAt(p - 1);
  if (!isAsciiLetter(c1) && !(c1 === 32 && p >= 3)) return false;
  const q = ninoStart(s, p);
  if (!isAsciiLetter(s.charCodeAt(q)) || !isAsciiLetter(s.charCodeAt(q + 1)) || surelyLetterOrNumberBefore(s, q)) return false;
  const last = spaceChain(runs, s, r, 6, NINO_SPACES);
  if (last < 0) return false;
  const e = runEnd(runs, last);
  const ce = s.charCodeAt(e);
  return isSuffix(ce) || (ce === 32 && isSuffix(s.charCodeAt(e + 1)));
}

function push(out: DetectedEntity[], lower: string, m: RegExpExecArray, base: number, needCue: boolean): void {
  const adj = competingCueAdjust(lower, m.index, 'GOV_ID', 0.2, 0.4);
  if (needCue && adj <= 0) return;
  out.push({ type: 'GOV_ID', start: m.index, end: m.index + m[0].length, score: Math.min(0.99, base + adj) });
}

/** Runs the sticky `re` at `q`; null when it does not match there. */
function execAt(re: RegExp, s: string, q: number): RegExpExecArray | null {
  re.lastIndex = q;
  return re.exec(s);
}

function findSsn(s: string, lower: string, runs: DigitRunTable, out: DetectedEntity[]): void {
  const { starts, marks, count } = runs;
  let next = 0;
  for (let r = 0; r < count; r++) {
    const p = starts[r]!;
    if ((marks[r]! & B_SSN) === 0 || p < next) continue;
    const m = execAt(SSN, s, p);
    if (m === null) continue;
    next = p + m[0].length;
    if (!ssnValid(m[1]! + m[3]! + m[4]!)) continue;
    // Unseparated 9-digit numbers are SSNs only with a cue.
    push(out, lower, m, m[2] ? 0.8 : 0.5, !m[2]);
  }
}

function findNino(s: string, lower: string, runs: DigitRunTable, out: DetectedEntity[]): void {
  const { starts, marks, count } = runs;
  let next = 0;
  for (let r = 0; r < count; r++) {
    if ((marks[r]! & B_NINO) === 0) continue;
    const q = ninoStart(lower, starts[r]!);
    if (q < next) continue;
    const m = execAt(NINO, s, q);
    if (m === null) continue;
    next = q + m[0].length;
    const compact = m[0].replace(/ /g, '').toUpperCase();
    if (ninoValid(compact)) push(out, lower, m, m[1] === m[1]!.toUpperCase() ? 0.9 : 0.7, false);
  }
}

function findDni(s: string, lower: string, runs: DigitRunTable, out: DetectedEntity[]): void {
  const { starts, marks, count } = runs;
  let next = 0;
  for (let r = 0; r < count; r++) {
    if ((marks[r]! & B_DNI) === 0) continue;
    // The match starts at the digits, or one or two characters before them: X/Y/Z, dash or space.
    const p = starts[r]!;
    const c1 = p >= 1 ? lower.charCodeAt(p - 1) : 0;
    let m: RegExpExecArray | null = null;
    if (p >= 2 && p - 2 >= next && isDashOrSpace(c1) && isXyz(lower.charCodeAt(p - 2)) && !surelyLetterOrNumberBefore(lower, p - 2)) m = execAt(DNI, s, p - 2);
    if (m === null && p >= 1 && p - 1 >= next && (isDashOrSpace(c1) || isXyz(c1)) && !surelyLetterOrNumberBefore(lower, p - 1)) m = execAt(DNI, s, p - 1);
    if (m === null && p >= next && !surelyLetterOrNumberBefore(lower, p)) m = execAt(DNI, s, p);
    if (m === null) continue;
    next = m.index + m[0].length;
    const compact = m[0].replace(/[- ]/g, '').toUpperCase();
    if ((m[1] || m[2]!.length === 8) && dniValid(compact)) push(out, lower, m, 0.88, false);
  }
}

/**
 * A pattern that starts at the start of a digit run (NIR, Steuer-ID): tried at each run marked with `bit`,
 * its digits checked by `valid` once spaces are removed.
 */
function findAtRunStarts(re: RegExp, bit: number, valid: (digits: string) => boolean, score: number, needsCue: boolean,
  s: string, lower: string, runs: DigitRunTable, out: DetectedEntity[]): void {
  const { starts, marks, count } = runs;
  let next = 0;
  for (let r = 0; r < count; r++) {
    const p = starts[r]!;
    if ((marks[r]! & bit) === 0 || p < next) continue;
    const m = execAt(re, s, p);
    if (m === null) continue;
    next = p + m[0].length;
    const t = m[0];
    if (valid(t.includes(' ') ? t.replace(/ /g, '') : t)) push(out, lower, m, score, needsCue);
  }
}

export const govIdRecognizer: Recognizer = Object.freeze({
  name: 'gov-id',
  find(input: RecognizerInput): DetectedEntity[] {
    const s = input.norm;
    const lower = input.lower;
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 6)) return out;
    // Each pattern needs at least as many digits as it has: SSN 9, NINO 6, DNI/NIE 7, NIR 12 (Corsica "2A"), Steuer-ID 11.
    const allowed = B_NINO | (fewerDigits(input, 9) ? 0 : B_SSN) | (fewerDigits(input, 7) ? 0 : B_DNI) |
      (fewerDigits(input, 12) ? 0 : B_NIR) | (fewerDigits(input, 11) ? 0 : B_STEUER);
    const runs = maximalDigitRuns(input);
    const any = markRuns(lower, runs, allowed);
    if (any === 0) return out;
    if ((any & B_SSN) !== 0) findSsn(s, lower, runs, out);
    if ((any & B_NINO) !== 0) findNino(s, lower, runs, out);
    if ((any & B_DNI) !== 0) findDni(s, lower, runs, out);
    if ((any & B_NIR) !== 0) findAtRunStarts(NIR, B_NIR, nirValid, 0.88, false, s, lower, runs, out);
    if ((any & B_STEUER) !== 0) findAtRunStarts(STEUER, B_STEUER, steuerIdValid, 0.6, true, s, lower, runs, out);
    return out;
  },
});
