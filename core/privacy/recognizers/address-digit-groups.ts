/**
 * The groups of consecutive ASCII digits of a text (`input.norm`; `input.lower` has its digits at the same
 * places, lower-casing neither makes nor unmakes a digit), found with one plain regex scan and cached for
 * the input object, so address, postcode and date-of-birth each walk a short list instead of scanning the
 * text with their own regexes. Their matches start at digits after no digit (a house number, a five-digit
 * code, a numeric date) or end in digits followed by letters (a UK inward code), so the group bounds say
 * where a match can be. (digit-runs.ts holds only groups that can be parts of longer numbers.)
 */
import type { RecognizerInput } from '../types.ts';

export interface DigitGroups {
  /** Number of groups; group k is [start[k], end[k]). */
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** The longest group's length. */
  longest: number;
}

const DIGITS = /[0-9]+/g;
let lastInput: RecognizerInput | null = null;
const groups: DigitGroups = { count: 0, start: new Int32Array(64), end: new Int32Array(64), longest: 0 };

/** The digit groups of `input.norm` (the same object until the next input: read, don't keep). */
export function digitGroups(input: RecognizerInput): DigitGroups {
  if (input === lastInput) return groups;
  // `lower` rather than `norm`: a flat string (norm may be a rope), so reading characters is cheap.
  const s = input.lower;
  let count = 0;
  let longest = 0;
  DIGITS.lastIndex = 0;
  while (DIGITS.test(s)) {
    const end = DIGITS.lastIndex;
    let start = end - 1;
    while (start > 0 && isDigit(s.charCodeAt(start - 1))) start--;
    if (count === groups.start.length) {
      const start2 = new Int32Array(count * 2);
      const end2 = new Int32Array(count * 2);
      start2.set(groups.start);
      end2.set(groups.end);
      groups.start = start2;
      groups.end = end2;
    }
    groups.start[count] = start;
    groups.end[count] = end;
    if (end - start > longest) longest = end - start;
    count++;
  }
  groups.count = count;
  groups.longest = longest;
  lastInput = input;
  return groups;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
