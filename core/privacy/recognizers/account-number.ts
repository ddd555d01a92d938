/** ACCOUNT_NUMBER: a customer/contract/bank account number announced by a cue, plus UK sort codes. */
import { cuesFor } from '../data/context-words.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { countDigits, hasDigits, readToken, SHARED_PHRASES, valueStart } from './cue-value.ts';

const CUES = SHARED_PHRASES.define(cuesFor('ACCOUNT_NUMBER').filter((c) => c !== 'sort code'));
const SORT_CODE = /(?<![\p{L}\p{N}])sort[ -]?code[ \t]*(?:(?:is|:)[ \t]*)?(\d{2}[- ]?\d{2}[- ]?\d{2})(?![\p{N}])/giu;

const NO_CUES: readonly { index: number; phrase: string }[] = Object.freeze([]);
const ID_SHAPE = /^[A-Za-z]{0,4}[-/]?[\dA-Za-z][\dA-Za-z\-/.]*$/;
const DIGIT_GROUP_AFTER = /^ \d{2,6}(?![\p{L}\p{N}])/u;

/**
 * A cue's value lies in [cueEnd, cueEnd + VALUE_REACH): valueStart() skips at most 40 characters and
 * readToken() reads at most 24. A value needs 5 ASCII digits, so a cue with fewer in that window (or
 * in the whole text) is skipped before the filler regex: the same cues are rejected.
 */
const VALUE_REACH = 40 + 24;

export const accountNumberRecognizer: Recognizer = Object.freeze({
  name: 'account-number',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    const { lower, norm } = input;
    let skip = 0;
    let m: RegExpExecArray | null;
    const cues = input.stats !== undefined && input.stats.digits < 5 ? NO_CUES : CUES.matches(lower);
    for (const cue of cues) {
      if (cue.index < skip) continue;
      const cueEnd = cue.index + cue.phrase.length;
      if (!hasDigits(lower, cueEnd, cueEnd + VALUE_REACH, 5)) continue;
      const start = valueStart(lower, cueEnd);
      const end = readToken(norm, start, 24);
      const value = norm.slice(start, end);
      // Digits (optionally grouped) or an alphanumeric id with at least 5 digits.
      const digits = countDigits(value);
      if (digits < 5 || !ID_SHAPE.test(value)) continue;
      // Grouped digits may continue after single spaces: "1234 5678 90".
      let e = end;
      let guard = 0;
      while (guard++ < 4 && DIGIT_GROUP_AFTER.test(norm.slice(e, e + 8))) e = readToken(norm, e + 1, 8);
      out.push({ type: 'ACCOUNT_NUMBER', start, end: e, score: 0.88 });
      skip = e;
    }
    SORT_CODE.lastIndex = 0;
    if (lower.includes('sort')) {
      while ((m = SORT_CODE.exec(norm)) !== null) {
        const start = m.index + m[0].length - m[1]!.length;
        out.push({ type: 'ACCOUNT_NUMBER', start, end: m.index + m[0].length, score: 0.9 });
      }
    }
    return out;
  },
});
