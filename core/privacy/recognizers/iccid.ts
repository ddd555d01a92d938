/** ICCID (SIM serial): 19-20 digits starting with the telecom prefix 89, Luhn over all digits. */
import { competingCueAdjust } from '../context.ts';
import { idRanges, rangeIsolated } from '../digit-runs.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { cleanGrouping, rangeLuhn, rangeSpan } from './number-ids.ts';
import { fewerDigits } from './gate.ts';

export const iccidRecognizer: Recognizer = Object.freeze({
  name: 'iccid',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 18)) return out;
    const ranges = idRanges(input);
    for (let k = 0; k < ranges.length; k++) {
      const r = ranges[k]!;
      const { run, i, j, digits } = r;
      if (digits.length < 18) continue;
      if (digits.charCodeAt(0) !== 56) continue;
      if (!digits.startsWith('89') || !rangeIsolated(run, i, j) || !cleanGrouping(run, i, j)) continue;
      const { start, end } = rangeSpan(run, i, j);
      const adjust = competingCueAdjust(input.lower, start, 'ICCID');
      const valid = (digits.length === 19 || digits.length === 20) && rangeLuhn(r);
      // Some SIMs print 20 digits whose check covers the first 19, or 18/22-digit variants: cue needed.
      if (!valid && adjust <= 0) continue;
      out.push({ type: 'ICCID', start, end, score: Math.min(0.99, (valid ? 0.85 : 0.6) + adjust) });
    }
    return out;
  },
});
