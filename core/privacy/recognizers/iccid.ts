/** ICCID (SIM serial): 19-20 digits starting with the telecom prefix 89, Luhn over all digits. */
import { competingCueAdjust } from '../context.ts';
import { digitRuns, forEachGroupRange, rangeIsolated, type DigitRun } from '../digit-runs.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { luhnValid } from '../validators/luhn.ts';
import { cleanGrouping, rangeSpan } from './number-ids.ts';
import { fewerDigits } from './gate.ts';

function visit(run: DigitRun, i: number, j: number, digits: string, input: RecognizerInput, out: DetectedEntity[]): void {
  if (digits.charCodeAt(0) !== 56) return;
  if (!digits.startsWith('89') || !rangeIsolated(run, i, j) || !cleanGrouping(run, i, j)) return;
  const { start, end } = rangeSpan(run, i, j);
  const adjust = competingCueAdjust(input.lower, start, 'ICCID');
  const valid = (digits.length === 19 || digits.length === 20) && luhnValid(digits);
  // Some SIMs print 20 digits whose check covers the first 19, or 18/22-digit variants: cue needed.
  if (!valid && adjust <= 0) return;
  out.push({ type: 'ICCID', start, end, score: Math.min(0.99, (valid ? 0.85 : 0.6) + adjust) });
}

export const iccidRecognizer: Recognizer = Object.freeze({
  name: 'iccid',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 18)) return out;
    forEachGroupRange(digitRuns(input), 18, 22, visit, input, out);
    return out;
  },
});
