/** IMEI: 15 digits with a Luhn check digit (or 16-digit IMEISV after an "IMEI" cue), typical TAC prefixes. */
import { competingCueAdjust } from '../context.ts';
import { digitRuns, forEachGroupRange, rangeIsolated, type DigitRun } from '../digit-runs.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { luhnValid } from '../validators/luhn.ts';
import { cleanGrouping, oneDigitRepeated, rangeSpan } from './number-ids.ts';
import { fewerDigits } from './gate.ts';

/** GSMA reporting-body identifiers (first two TAC digits) seen on real devices. */
const RBI = new Set(['01', '10', '30', '33', '35', '44', '45', '49', '50', '51', '52', '53', '54', '86', '91', '98', '99']);

function visit(run: DigitRun, i: number, j: number, digits: string, input: RecognizerInput, out: DetectedEntity[]): void {
  if (digits.length === 15 && !luhnValid(digits)) return;
  if (!rangeIsolated(run, i, j) || !cleanGrouping(run, i, j)) return;
  const { start, end } = rangeSpan(run, i, j);
  const adjust = competingCueAdjust(input.lower, start, 'IMEI', 0.15, 0.45);
  let base: number;
  if (digits.length === 15) {
    if (oneDigitRepeated(digits)) return;
    base = RBI.has(digits.slice(0, 2)) ? 0.8 : 0.6;
  } else {
    if (adjust <= 0) return; // IMEISV has no check digit: only with an IMEI cue.
    base = 0.7;
  }
  out.push({ type: 'IMEI', start, end, score: Math.min(0.99, base + adjust) });
}

export const imeiRecognizer: Recognizer = Object.freeze({
  name: 'imei',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 15)) return out;
    forEachGroupRange(digitRuns(input), 15, 16, visit, input, out);
    return out;
  },
});
