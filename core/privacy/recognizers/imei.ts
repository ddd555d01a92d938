/** IMEI: 15 digits with a Luhn check digit (or 16-digit IMEISV after an "IMEI" cue), typical TAC prefixes. */
import { competingCueAdjust } from '../context.ts';
import { rangeIsolated } from '../digit-runs.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { cleanGrouping } from './number-ids.ts';
import { luhnOk, numberRanges, sameDigitFrom } from './number-ranges.ts';
import { fewerDigits } from './gate.ts';

/** GSMA reporting-body identifiers (first two TAC digits) seen on real devices, by their value 0-99. */
const RBI = new Uint8Array(100);
for (const id of ['01', '10', '30', '33', '35', '44', '45', '49', '50', '51', '52', '53', '54', '86', '91', '98', '99']) RBI[Number(id)] = 1;

export const imeiRecognizer: Recognizer = Object.freeze({
  name: 'imei',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 15)) return out;
    // The ranges of 15-16 digits, in numberRanges()' order (run, start group, end group).
    const nr = numberRanges(input);
    for (let k = 0; k < nr.count; k++) {
      const len = nr.length[k]!;
      if (len < 15 || len > 16 || (len === 15 && !luhnOk(nr, k))) continue;
      const run = nr.runs[nr.run[k]!]!, i = nr.first[k]!, j = nr.last[k]!;
      if (!rangeIsolated(run, i, j) || !cleanGrouping(run, i, j)) continue;
      const start = run.groups[i]!.start;
      const adjust = competingCueAdjust(input.lower, start, 'IMEI', 0.15, 0.45);
      let base: number;
      if (len === 15) {
        if (sameDigitFrom(nr, k, 0)) continue;
        base = RBI[(nr.lead[k]! / 100) | 0] === 1 ? 0.8 : 0.6;
      } else {
        if (adjust <= 0) continue; // IMEISV has no check digit: only with an IMEI cue.
        base = 0.7;
      }
      out.push({ type: 'IMEI', start, end: run.groups[j]!.end, score: Math.min(0.99, base + adjust) });
    }
    return out;
  },
});
