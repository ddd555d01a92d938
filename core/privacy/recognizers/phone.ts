/**
 * PHONE: digit runs validated by libphonenumber-js (full metadata) with the conversation's region.
 * Handles "+44 (0)", brackets, dots, dashes, no separators, Unicode digits (via normalisation),
 * numbers split across "then" or a line break, and "00" international prefixes.
 *
 * Metadata choice: "max" (about 71 KB gzip for the whole engine). "min" scored the same on the bench
 * (52 KB) but accepts many more random digit strings as valid (DE 91% vs 72%, ES 41% vs 33%, FR 90% vs
 * 83%), i.e. more order and reference numbers would be taken for phones; "mobile" misses landlines
 * (phone recall 0.84, leak rate 0.8% on the dev split).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { competingCueAdjust, hasCueBefore } from '../context.ts';
import { longDigitRuns, type DigitRun } from '../digit-runs.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { fewerDigits } from './gate.ts';
import { isSpace } from '../unit-class.ts';
import { surelyValid } from './phone-fast-valid.ts';
import { intlCannotBeValid, nationalCannotBeValid } from './phone-lengths.ts';

/**
 * National-format shapes worth asking the library about, per region (digits incl. trunk prefix). The
 * first digits are checked by leadOk(), as the regex named by `lead` would check them.
 */
const ZERO_THEN_NONZERO = 0, SIX_TO_NINE = 1, NANP = 2, ANY_DIGIT = 3;
type Lead = typeof ZERO_THEN_NONZERO | typeof SIX_TO_NINE | typeof NANP | typeof ANY_DIGIT;
const NATIONAL: Readonly<Record<string, { lead: Lead; min: number; max: number }>> = Object.freeze({
  GB: { lead: ZERO_THEN_NONZERO, min: 10, max: 11 },
  DE: { lead: ZERO_THEN_NONZERO, min: 7, max: 13 },
  FR: { lead: ZERO_THEN_NONZERO, min: 10, max: 10 },
  ES: { lead: SIX_TO_NINE, min: 9, max: 9 },
  US: { lead: NANP, min: 10, max: 11 },
});
const DEFAULT_NATIONAL = { lead: ANY_DIGIT, min: 7, max: 13 };

/** Does the digit string `d` from offset `at` start as the shape's regex requires? */
function leadOk(lead: Lead, d: string, at: number): boolean {
  const c = d.charCodeAt(at);
  switch (lead) {
    case ZERO_THEN_NONZERO: { const c1 = d.charCodeAt(at + 1); return c === 48 && c1 >= 49 && c1 <= 57; } // /^0[1-9]/
    case SIX_TO_NINE: return c >= 54 && c <= 57; // /^[6789]/
    case NANP: { const c1 = d.charCodeAt(at + 1); return (c >= 50 && c <= 57) || (c === 49 && c1 >= 50 && c1 <= 57); } // /^(?:1?[2-9])/
    case ANY_DIGIT: return c >= 48 && c <= 57; // /^\d/
  }
}

/**
 * Answers for the current text only: made on find()'s first library call and dropped when find() returns,
 * so a text that repeats a number (a pasted list) asks once per number. Nothing is kept from one call to
 * the next: a memo across calls would keep customers' phone numbers in the worker's memory from message
 * to message (data minimisation), and it would flatter any benchmark that repeats its messages.
 */
let seen: Map<string, boolean> | undefined;

/**
 * Asks libphonenumber-js (full metadata) whether `number` is a valid phone number in `region`: first the
 * cheaper way, which can only say "valid" when the usual call would (phone-fast-valid.ts), then the usual way.
 */
function validPhone(number: string, region: string): boolean {
  seen ??= new Map();
  let v = seen.get(number);
  if (v === undefined) {
    if (surelyValid(number, region)) v = true;
    else {
      const p = parsePhoneNumberFromString(number, region as CountryCode);
      v = p !== undefined && p.isValid();
    }
    seen.set(number, v);
  }
  return v;
}

/**
 * The number to ask the library about for groups s..j (what assemble() builds), or undefined when its
 * digit count proves it invalid (phone-lengths.ts). Without a dropped trunk zero, assemble() builds "+"
 * and run.digits[from, to) (international), "+" and the digits after a leading "00", or the national
 * digits run.digits[from, to), so one slice makes it. An international number with a single "0" group
 * after its first (maybe a bracketed trunk zero, "+44 (0) 20 ...") is built by assemble() and left to
 * the library.
 */
function candidate(run: DigitRun, s: number, j: number, from: number, to: number, intl: boolean, isIntl: boolean, region: string, t: string): string | undefined {
  const d = run.digits;
  if (intl) {
    for (let g = s + 1; g <= j; g++) {
      const grp = run.groups[g]!;
      if (grp.end - grp.start === 1 && d.charCodeAt(run.offsets[g]!) === 48) return assemble(run, s, j, t, intl);
    }
    return intlCannotBeValid(d, from, to) ? undefined : '+' + d.slice(from, to);
  }
  if (isIntl) return intlCannotBeValid(d, from + 2, to) ? undefined : '+' + d.slice(from + 2, to);
  return nationalCannotBeValid(d, from, to, region) ? undefined : d.slice(from, to);
}

const DATE_OR_TIME = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[.:]\d{2})$/;
const UNIT_AFTER = /^\s?(?:%|€|\$|£|gb|mb|kb|tb|min|mins|minutes|sms|texts|eur|euros?|usd|gbp|p\b|ct|cent)/i;
const MAX_ATTEMPTS = 4;

/** Can DATE_OR_TIME match s[a, b)? Its matches are at most 10 chars and hold one of . / - : */
function mayBeDateOrTime(s: string, a: number, b: number): boolean {
  if (b - a > 10) return false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 47 || c === 45 || c === 58) return true;
  }
  return false;
}

/** Can UNIT_AFTER match s.slice(at, at + 8)? Its first character after the optional space is one of %€$£ or g m k t s e u p c. */
function mayBeUnit(s: string, at: number): boolean {
  let c = s.charCodeAt(at);
  if (isSpace(c)) c = s.charCodeAt(at + 1);
  if (c === 37 || c === 0x20ac || c === 36 || c === 0xa3) return true;
  const l = c | 32;
  return ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && (l === 103 || l === 109 || l === 107 || l === 116 || l === 115 || l === 101 || l === 117 || l === 112 || l === 99);
}

/** Does s[a, b) hold one of £ $ € # (what /[£$€#]/ tests)? */
function hasCurrencyOrHash(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xa3 || c === 36 || c === 0x20ac || c === 35) return true;
  }
  return false;
}

function plusBefore(s: string, at: number): number {
  // Returns the span start including a leading "+", "(+", "+(" or "(".
  let k = at;
  for (let steps = 0; steps < 3 && k > 0; steps++) {
    const ch = s[k - 1];
    if (ch === '+' || ch === '(') k--; else break;
  }
  return k;
}

function assemble(run: DigitRun, s: number, j: number, text: string, intl: boolean): string {
  let out = intl ? '+' : '';
  for (let g = s; g <= j; g++) {
    const grp = run.groups[g]!;
    const digits = text.slice(grp.start, grp.end);
    // "+44 (0) 20 ..." : the bracketed trunk zero is dropped in international format.
    if (intl && g > s && digits === '0' && run.joiners[g]!.includes('(') && (g + 1 > j || run.joiners[g + 1]!.includes(')'))) continue;
    out += digits;
  }
  if (!intl && out.startsWith('00')) out = '+' + out.slice(2);
  return out;
}

/** Does s[a, b) contain the code unit `c`? */
function hasUnit(s: string, a: number, b: number, c: number): boolean {
  for (let i = a; i < b; i++) if (s.charCodeAt(i) === c) return true;
  return false;
}

function findInRun(run: DigitRun, input: RecognizerInput, out: DetectedEntity[]): void {
  // Characters are read in `lower` (a flat string): the digits and every character tested here
  // (+ ( ) . / - : £ $ € # % and whitespace) are the same in `norm`, and lower-casing makes none of
  // them from anything else (checked for every BMP code unit); UNIT_AFTER still reads `norm`.
  const s0 = input.norm;
  const t = input.lower;
  const shape = NATIONAL[input.region] ?? DEFAULT_NATIONAL;
  const g = run.groups.length;
  let s = 0;
  while (s < g) {
    const startGroup = run.groups[s]!;
    // Do not start inside a run of single digits unless at its beginning (keeps the scan linear).
    if (s > 0 && startGroup.end - startGroup.start === 1 && run.groups[s - 1]!.end - run.groups[s - 1]!.start === 1) { s++; continue; }
    const spanStart = plusBefore(t, startGroup.start);
    const intl = hasUnit(t, spanStart, startGroup.start, 43);
    const from = run.offsets[s]!;
    // Whether the digits are read as international, and the national lead test, depend on the start
    // only (a range whose digits start "00" holds two digits or more, and a one-digit range fails every
    // length test): a start whose first digits fit neither is passed over without trying its ends.
    if (!intl && !(run.digits.charCodeAt(from) === 48 && run.digits.charCodeAt(from + 1) === 48) && !leadOk(shape.lead, run.digits, from)) { s++; continue; }
    let found = -1;
    let attempts = 0;
    // Farthest end first.
    let last = s;
    while (last + 1 < g && run.offsets[last + 1]! - from < 17) last++;
    for (let j = last; j >= s && attempts < MAX_ATTEMPTS; j--) {
      const to = j + 1 < g ? run.offsets[j + 1]! : run.digits.length;
      const len = to - from;
      // Length checks before any string is made: '00' starts the digits when their first two are zeros.
      const isIntl = intl || (len >= 2 && run.digits.charCodeAt(from) === 48 && run.digits.charCodeAt(from + 1) === 48);
      if (isIntl) { if (len < 8 || len > 17) continue; }
      else if (len < shape.min || len > shape.max || !leadOk(shape.lead, run.digits, from)) continue;
      const surfaceEnd = run.groups[j]!.end;
      if (mayBeDateOrTime(t, startGroup.start, surfaceEnd) && DATE_OR_TIME.test(s0.slice(startGroup.start, surfaceEnd))) continue;
      attempts++;
      const number = candidate(run, s, j, from, to, intl, isIntl, input.region, t);
      if (number !== undefined && validPhone(number, input.region)) { found = j; break; }
    }
    if (found < 0) { s++; continue; }
    const end = run.groups[found]!.end;
    let start = spanStart;
    if (start < startGroup.start && t.charCodeAt(start) === 40 && !hasUnit(t, start, end, 41)) start++;
    if (start < startGroup.start && t.charCodeAt(start) === 40 && t.charCodeAt(start + 1) !== 43 && !hasUnit(t, start, end, 41)) start = startGroup.start;
    if (!hasCurrencyOrHash(t, Math.max(0, start - 2), start) && !(mayBeUnit(t, end) && UNIT_AFTER.test(s0.slice(end, end + 8)))) {
      let score = (intl ? 0.85 : 0.75) + competingCueAdjust(input.lower, start, 'PHONE', 0.2, 0.4);
      if (score < 0.9 && hasCueBefore(input.lower, start, 'NEGATIVE', 16)) score = 0.35;
      out.push({ type: 'PHONE', start, end, score });
    }
    s = found + 1;
  }
}

export const phoneRecognizer: Recognizer = Object.freeze({
  name: 'phone',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 6)) return out;
    try {
      // The runs of 6 digits or more (LONG_RUN): no shorter run has a national or international shape.
      for (const run of longDigitRuns(input)) findInRun(run, input, out);
    } finally {
      seen = undefined;
    }
    return out;
  },
});
