/** Shared helpers for the checksummed numeric identifiers (card, IMEI, ICCID, IMSI). */
import type { DigitRun } from '../digit-runs.ts';

export function rangeSpan(run: DigitRun, i: number, j: number): { start: number; end: number } {
  return { start: run.groups[i]!.start, end: run.groups[j]!.end };
}

/** Separators inside an identifier must be consistent single characters (spaces, dashes, dots). */
const CLEAN = /^(?:[ .\-]|\s?-\s?|\r?\n)$/;

export function cleanGrouping(run: DigitRun, i: number, j: number): boolean {
  let prefix = run.uncleanPrefix;
  if (!prefix) {
    prefix = new Int32Array(run.groups.length + 1);
    for (let g = 0; g < run.groups.length; g++) prefix[g + 1] = prefix[g]! + (g > 0 && !CLEAN.test(run.joiners[g]!) ? 1 : 0);
    run.uncleanPrefix = prefix;
  }
  return prefix[j + 1]! - prefix[i + 1]! === 0;
}
