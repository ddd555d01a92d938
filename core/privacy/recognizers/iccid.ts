/** ICCID (SIM serial): 19-20 digits starting with the telecom prefix 89, Luhn over all digits. */
import { competingCueAdjust } from '../context.ts';
import { rangeIsolated } from '../digit-runs.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { cleanGrouping } from './number-ids.ts';
import { luhnOk, numberRanges } from './number-ranges.ts';
import { fewerDigits } from './gate.ts';

export const iccidRecognizer: Recognizer = Object.freeze({
  name: 'iccid',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 18)) return out;
    // The ranges of 18-22 digits, in numberRanges()' order (run, start group, end group).
    const nr = numberRanges(input);
    for (let k = 0; k < nr.count; k++) {
      const len = nr.length[k]!;
      if (len < 18 || ((nr.lead[k]! / 100) | 0) !== 89) continue;
      const run = nr.runs[nr.run[k]!]!, i = nr.first[k]!, j = nr.last[k]!;
      if (!rangeIsolated(run, i, j) || !cleanGrouping(run, i, j)) continue;
      const start = run.groups[i]!.start;
      const adjust = competingCueAdjust(input.lower, start, 'ICCID');
      const valid = (len === 19 || len === 20) && luhnOk(nr, k);
      // Some SIMs print 20 digits whose check covers the first 19, or 18/22-digit variants: cue needed.
      if (!valid && adjust <= 0) continue;
      out.push({ type: 'ICCID', start, end: run.groups[j]!.end, score: Math.min(0.99, (valid ? 0.85 : 0.6) + adjust) });
    }
    return out;
  },
});
