/** CREDIT_CARD: 13-19 digits, issuer prefix (IIN) of a real scheme, Luhn. ICCIDs (89...) are excluded. */
import { competingCueAdjust } from '../context.ts';
import { rangeIsolated } from '../digit-runs.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { cleanGrouping } from './number-ids.ts';
import { luhnOk, numberRanges, sameDigitFrom } from './number-ranges.ts';
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

/** The reference definition (kept for the tests, which check cardSchemeLead() against it). */
export function cardScheme(digits: string): boolean {
  if (digits.startsWith('89')) return false;
  for (let k = 0; k < SCHEMES.length; k++) {
    const s = SCHEMES[k]!;
    if (s.lengths.includes(digits.length) && s.prefix.test(digits)) return true;
  }
  return false;
}

/**
 * cardScheme() of a number of `len` digits whose first four are `lead` (0-9999): every prefix above
 * reads at most four digits, so these are its answers, written as ranges of the leading digits
 * (the tests compare both for every lead and length).
 */
export function cardSchemeLead(lead: number, len: number): boolean {
  const d1 = (lead / 1000) | 0, d2 = (lead / 100) | 0, d3 = (lead / 10) | 0;
  if (d2 === 89) return false;
  if (d1 === 4) return len === 13 || len === 16 || len === 19; // Visa
  if (d1 === 1) return len === 15; // UATP
  if (len < 12 || len > 19) return false;
  if (len === 16 && ((d2 >= 51 && d2 <= 55) || (lead >= 2221 && lead <= 2720))) return true; // Mastercard
  if (len === 15 && (d2 === 34 || d2 === 37)) return true; // Amex
  if (len >= 16 && (lead === 6011 || d2 === 65 || (d3 >= 644 && d3 <= 649))) return true; // Discover
  if (len >= 16 && lead >= 3528 && lead <= 3589) return true; // JCB
  if (len >= 14 && ((d3 >= 300 && d3 <= 305) || d2 === 36 || d2 === 38 || d2 === 39)) return true; // Diners
  return (d3 >= 500 && d3 <= 509) || (d2 >= 56 && d2 <= 58) || (d2 >= 60 && d2 <= 69); // Maestro, UnionPay, RuPay
}

export const creditCardRecognizer: Recognizer = Object.freeze({
  name: 'credit-card',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 12)) return out;
    // The ranges of 12-19 digits, in numberRanges()' order (run, start group, end group).
    const nr = numberRanges(input);
    for (let k = 0; k < nr.count; k++) {
      const len = nr.length[k]!, lead = nr.lead[k]!;
      // First digit 1-6, Luhn, a scheme's prefix and length.
      if (len > 19 || lead < 1000 || lead >= 7000 || !cardSchemeLead(lead, len) || !luhnOk(nr, k)) continue;
      const run = nr.runs[nr.run[k]!]!, i = nr.first[k]!, j = nr.last[k]!;
      if (!rangeIsolated(run, i, j) || !cleanGrouping(run, i, j)) continue;
      if (sameDigitFrom(nr, k, 0)) continue;
      const start = run.groups[i]!.start;
      const base = len === 16 ? 0.85 : lead < 2000 ? 0.55 : 0.75;
      const score = Math.min(0.99, base + competingCueAdjust(input.lower, start, 'CREDIT_CARD'));
      out.push({ type: 'CREDIT_CARD', start, end: run.groups[j]!.end, score });
    }
    return out;
  },
});
