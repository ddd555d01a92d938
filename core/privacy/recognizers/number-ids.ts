/** Shared helper for the checksummed numeric identifiers (card, IMEI, ICCID, IMSI): clean grouping. */
import type { DigitRun } from '../digit-runs.ts';
import { isSpace } from '../unit-class.ts';

/** Separators inside an identifier must be consistent single characters (spaces, dashes, dots). */
/** /^(?:[ .\-]|\s?-\s?|\r?\n)$/ as a character test: " ", ".", "-", a dash with a space on either side, a line break. */
function cleanJoiner(j: string): boolean {
  const n = j.length;
  if (n === 1) { const c = j.charCodeAt(0); return c === 32 || c === 46 || c === 45 || c === 10; }
  if (n === 2) {
    const a = j.charCodeAt(0), b = j.charCodeAt(1);
    return (a === 13 && b === 10) || (a === 45 && isSpace(b)) || (b === 45 && isSpace(a));
  }
  return n === 3 && j.charCodeAt(1) === 45 && isSpace(j.charCodeAt(0)) && isSpace(j.charCodeAt(2));
}

export function cleanGrouping(run: DigitRun, i: number, j: number): boolean {
  let prefix = run.uncleanPrefix;
  if (!prefix) {
    prefix = new Int32Array(run.groups.length + 1);
    for (let g = 0; g < run.groups.length; g++) prefix[g + 1] = prefix[g]! + (g > 0 && !cleanJoiner(run.joiners[g]!) ? 1 : 0);
    run.uncleanPrefix = prefix;
  }
  return prefix[j + 1]! - prefix[i + 1]! === 0;
}
