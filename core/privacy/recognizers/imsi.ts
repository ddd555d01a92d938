/**
 * IMSI: 14-15 digits beginning with a real mobile country code; no check digit, so a Luhn-valid
 * 15-digit number is left to IMEI unless an "IMSI" cue is nearer.
 */
import { competingCueAdjust } from '../context.ts';
import { rangeIsolated } from '../digit-runs.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { plausibleMccNumber } from '../validators/mcc.ts';
import { cleanGrouping } from './number-ids.ts';
import { luhnOk, numberRanges, sameDigitFrom } from './number-ranges.ts';
import { fewerDigits } from './gate.ts';

export const imsiRecognizer: Recognizer = Object.freeze({
  name: 'imsi',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 14)) return out;
    // The ranges of 14-15 digits, in numberRanges()' order (run, start group, end group).
    const nr = numberRanges(input);
    for (let k = 0; k < nr.count; k++) {
      const len = nr.length[k]!;
      if (len < 14 || len > 15 || !plausibleMccNumber((nr.lead[k]! / 10) | 0)) continue;
      const run = nr.runs[nr.run[k]!]!, i = nr.first[k]!, j = nr.last[k]!;
      if (!rangeIsolated(run, i, j) || !cleanGrouping(run, i, j)) continue;
      if (sameDigitFrom(nr, k, 3)) continue; // the subscriber part all one digit
      const start = run.groups[i]!.start;
      const adjust = competingCueAdjust(input.lower, start, 'IMSI', 0.25, 0.4);
      if (len === 14 && adjust <= 0) continue;
      const base = luhnOk(nr, k) ? 0.5 : 0.72;
      out.push({ type: 'IMSI', start, end: run.groups[j]!.end, score: Math.min(0.99, base + adjust) });
    }
    return out;
  },
});
