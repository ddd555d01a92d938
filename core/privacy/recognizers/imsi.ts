/**
 * IMSI: 14-15 digits beginning with a real mobile country code; no check digit, so a Luhn-valid
 * 15-digit number is left to IMEI unless an "IMSI" cue is nearer.
 */
import { competingCueAdjust } from '../context.ts';
import { digitRuns, forEachGroupRange, rangeIsolated, type DigitRun } from '../digit-runs.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { luhnValid } from '../validators/luhn.ts';
import { plausibleMcc } from '../validators/mcc.ts';
import { cleanGrouping, oneDigitRepeated, rangeSpan } from './number-ids.ts';
import { fewerDigits } from './gate.ts';


function visit(run: DigitRun, i: number, j: number, digits: string, input: RecognizerInput, out: DetectedEntity[]): void {
  if (!plausibleMcc(digits.slice(0, 3)) || !rangeIsolated(run, i, j) || !cleanGrouping(run, i, j)) return;
  if (oneDigitRepeated(digits.slice(3))) return;
  const { start, end } = rangeSpan(run, i, j);
  const adjust = competingCueAdjust(input.lower, start, 'IMSI', 0.25, 0.4);
  if (digits.length === 14 && adjust <= 0) return;
  const base = luhnValid(digits) ? 0.5 : 0.72;
  out.push({ type: 'IMSI', start, end, score: Math.min(0.99, base + adjust) });
}

export const imsiRecognizer: Recognizer = Object.freeze({
  name: 'imsi',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 14)) return out;
    forEachGroupRange(digitRuns(input), 14, 15, visit, input, out);
    return out;
  },
});
