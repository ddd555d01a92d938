/** ACCOUNT_NUMBER: a customer/contract/bank account number announced by a cue, plus UK sort codes. */
import { letterOrNumberAt } from '../char-class.ts';
import { cuesFor } from '../data/context-words.ts';
import { maximalDigitRuns } from '../digit-runs.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { hasDigits, readToken, SHARED_PHRASES, valueStart } from './cue-value.ts';

const CUES = SHARED_PHRASES.define(cuesFor('ACCOUNT_NUMBER').filter((c) => c !== 'sort code'));
const SORT_CODE = /(?<![\p{L}\p{N}])sort[ -]?code[ \t]*(?:(?:is|:)[ \t]*)?(\d{2}[- ]?\d{2}[- ]?\d{2})(?![\p{N}])/giu;

const NO_CUES: readonly { index: number; phrase: string }[] = Object.freeze([]);

/**
 * A cue's value lies in [cueEnd, cueEnd + VALUE_REACH): valueStart() skips at most 40 characters and
 * readToken() reads at most 24. A value needs 5 ASCII digits, so a cue with fewer in that window (or
 * in the whole text) is skipped before the filler regex: the same cues are rejected.
 */
const VALUE_REACH = 40 + 24;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiAlnum = (c: number): boolean => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * Does s[a, b) hold at least 5 ASCII digits and pass /^[A-Za-z]{0,4}[-/]?[\dA-Za-z][\dA-Za-z\-/.]*$/
 * (digits, optionally grouped, or an alphanumeric id)? The regex accepts exactly the non-empty strings
 * of [\dA-Za-z\-/.] that start with a letter or digit, or with "-" or "/" and then a letter or digit:
 * its letters, dash or slash and first alphanumeric are all in the last class, and a string starting
 * with a letter or digit matches with no letters and no dash taken before it.
 */
function idShapeAt(s: string, a: number, b: number): boolean {
  if (b - a < 5) return false;
  let digits = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (!isAsciiAlnum(c) && c !== 45 && c !== 47 && c !== 46) return false;
  }
  if (digits < 5) return false;
  const c0 = s.charCodeAt(a);
  return isAsciiAlnum(c0) || ((c0 === 45 || c0 === 47) && isAsciiAlnum(s.charCodeAt(a + 1)));
}

/**
 * /^ \d{2,6}(?![\p{L}\p{N}])/u tested on s.slice(e, e + 8), without the slice: a space, 2 to 6 ASCII
 * digits, and no letter or number after the digits. Fewer digits than the longest run taken leave a
 * digit next, so only the longest (up to six) can match. After six digits the next code unit is the
 * slice's last: a high surrogate there stands alone in the slice and is no letter or number.
 */
function digitGroupAfter(s: string, e: number): boolean {
  if (s.charCodeAt(e) !== 32) return false;
  const lim = Math.min(e + 7, s.length);
  let k = e + 1;
  while (k < lim && isDigit(s.charCodeAt(k))) k++;
  if (k - e - 1 < 2) return false;
  if (k === e + 7 && k < s.length) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff) return true;
  }
  return !letterOrNumberAt(s, k);
}

/**
 * Can the text hold SORT_CODE's digits? Its six digits start a maximal run of ASCII digits (a cue
 * letter, blank or colon comes before them) and are one run of exactly six, or runs of 2 or 4 digits
 * of which the first is followed by "-" or " " and, right after it, a run of 2 or 4 digits. Checked on
 * the text's table of runs before the search for "sort".
 */
function sortCodeDigits(input: RecognizerInput): boolean {
  const runs = maximalDigitRuns(input);
  const s = input.norm;
  for (let r = 0; r < runs.count; r++) {
    const len = runs.lengths[r]!;
    if (len === 6) return true;
    if ((len !== 2 && len !== 4) || r + 1 >= runs.count) continue;
    const end = runs.starts[r]! + len, next = runs.lengths[r + 1]!;
    const sep = s.charCodeAt(end);
    if ((sep === 45 || sep === 32) && runs.starts[r + 1] === end + 1 && (next === 2 || next === 4)) return true;
  }
  return false;
}

export const accountNumberRecognizer: Recognizer = Object.freeze({
  name: 'account-number',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    const { lower, norm } = input;
    const st = input.stats;
    let skip = 0;
    let m: RegExpExecArray | null;
    const cues = st !== undefined && st.digits < 5 ? NO_CUES : CUES.matches(lower);
    for (let ci = 0; ci < cues.length; ci++) {
      const cue = cues[ci]!;
      if (cue.index < skip) continue;
      const cueEnd = cue.index + cue.phrase.length;
      if (!hasDigits(lower, cueEnd, cueEnd + VALUE_REACH, 5)) continue;
      const start = valueStart(lower, cueEnd);
      const end = readToken(norm, start, 24);
      // Digits (optionally grouped) or an alphanumeric id with at least 5 digits.
      if (!idShapeAt(norm, start, end)) continue;
      // Grouped digits may continue after single spaces: "1234 5678 90".
      let e = end;
      let guard = 0;
      while (guard++ < 4 && digitGroupAfter(norm, e)) e = readToken(norm, e + 1, 8);
      out.push({ type: 'ACCOUNT_NUMBER', start, end: e, score: 0.88 });
      skip = e;
    }
    if ((st === undefined || st.digits >= 6) && sortCodeDigits(input) && lower.includes('sort')) {
      SORT_CODE.lastIndex = 0;
      while ((m = SORT_CODE.exec(norm)) !== null) {
        const start = m.index + m[0].length - m[1]!.length;
        out.push({ type: 'ACCOUNT_NUMBER', start, end: m.index + m[0].length, score: 0.9 });
      }
    }
    return out;
  },
});
