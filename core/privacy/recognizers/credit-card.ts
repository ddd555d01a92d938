/** CREDIT_CARD: 13-19 digits, issuer prefix (IIN) of a real scheme, Luhn. ICCIDs (89...) are excluded. */
import { competingCueAdjust } from '../context.ts';
import { digitRuns, forEachGroupRange, rangeIsolated, type DigitRun } from '../digit-runs.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { luhnValid } from '../validators/luhn.ts';
import { cleanGrouping, oneDigitRepeated, rangeSpan } from './number-ids.ts';
import { fewerDigits } from './gate.ts';

const SCHEMES: readonly { prefix: RegExp; lengths: readonly number[] }[] = Object.freeze([
  { prefix: /^4/, lengths: [13, 16, 19] }, // Visa
  { prefix: /^(?:5[1-5]|2(?:2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/, lengths: [16] }, // Mastercard
  { prefix: /^3[47]/, lengths: [15] }, // Amex
  { prefix: /^(?:6011|65|64[4-9])/, lengths: [16, 17, 18, 19] }, // Discover
  { prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] }, // JCB
  { prefix: /^3(?:0[0-5]|[689])/, lengths: [14, 15, 16, 17, 18, 19] }, // Diners
  { prefix: /^(?:50[0-9]|5[6-8]|6[0-9])/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] }, // Maestro, UnionPay, RuPay
  { prefix: /^1/, lengths: [15] }, // UATP
]);

export function cardScheme(digits: string): boolean {
  if (digits.startsWith('89')) return false;
  for (let k = 0; k < SCHEMES.length; k++) {
    const s = SCHEMES[k]!;
    if (s.lengths.includes(digits.length) && s.prefix.test(digits)) return true;
  }
  return false;
}


function visit(run: DigitRun, i: number, j: number, digits: string, input: RecognizerInput, out: DetectedEntity[]): void {
  const c0 = digits.charCodeAt(0);
  if (c0 < 49 || c0 > 54 || !luhnValid(digits) || !cardScheme(digits)) return;
  if (!rangeIsolated(run, i, j) || !cleanGrouping(run, i, j)) return;
  if (oneDigitRepeated(digits)) return;
  const { start, end } = rangeSpan(run, i, j);
  const base = digits.length === 16 ? 0.85 : digits.startsWith('1') ? 0.55 : 0.75;
  const score = Math.min(0.99, base + competingCueAdjust(input.lower, start, 'CREDIT_CARD'));
  out.push({ type: 'CREDIT_CARD', start, end, score });
}

export const creditCardRecognizer: Recognizer = Object.freeze({
  name: 'credit-card',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 12)) return out;
    forEachGroupRange(digitRuns(input), 12, 19, visit, input, out);
    return out;
  },
});
