import { CONTEXT_WORDS, cuesFor } from './data/context-words.ts';
import { charClass, IS_LETTER } from './char-class.ts';
import { KEEP_ENTRIES, onRelease } from './per-text-caches.ts';
import { SHARED_PHRASES, type ValuedPhraseList } from './phrase-matcher.ts';

/**
 * Every cue of every type in one phrase list, so one pass per text finds the cues of all types. A cue
 * phrase carries a bit per type it is a cue of (CONTEXT_WORDS has fewer than 32 types).
 */
const TYPE_BIT = new Map<string, number>();
const MASK_OF = new Map<string, number>();
if (Object.keys(CONTEXT_WORDS).length > 31) throw new Error('context.ts: cue types are bits of an int32 mask; at most 31 types.');
for (const [k, type] of Object.keys(CONTEXT_WORDS).entries()) {
  TYPE_BIT.set(type, 1 << k);
  for (const cue of cuesFor(type)) MASK_OF.set(cue, (MASK_OF.get(cue) ?? 0) | (1 << k));
}
/** Each cue phrase carries its type bits, so the scan hands them over without a lookup per match. */
const MATCHER: ValuedPhraseList = SHARED_PHRASES.defineValued(MASK_OF);

/**
 * The cues of the current text, in order: start, end and type bits of each. The list's matches do not
 * overlap, so starts and ends both increase; the last cue of a type ending by some offset is found by a
 * binary search on the ends and a walk back to the first cue with the type's bit. (The arrays are reused
 * from text to text and grow as needed.)
 */
let scannedFor: string | null = null;
let count = 0;
let starts = new Int32Array(16);
let ends = new Int32Array(16);
let masks = new Int32Array(16);
/** The union of the current text's cue bits. */
let textMask = 0;

onRelease(() => {
  scannedFor = null;
  count = 0;
  textMask = 0;
  if (starts.length > KEEP_ENTRIES) {
    starts = new Int32Array(16);
    ends = new Int32Array(16);
    masks = new Int32Array(16);
  }
});

/** Makes the cue table current for `lower`. */
function refresh(lower: string): void {
  // Keep the latest string object even when an equal text was scanned before: comparing two distinct
  // but equal strings costs their length, and this runs once per candidate (quadratic on long texts).
  if (scannedFor === lower) { scannedFor = lower; return; }
  scannedFor = null;
  const matches = MATCHER.matches(lower);
  const values = MATCHER.values(lower);
  count = matches.length;
  if (count > starts.length) {
    const size = Math.max(count, 2 * starts.length);
    starts = new Int32Array(size);
    ends = new Int32Array(size);
    masks = new Int32Array(size);
  }
  textMask = 0;
  for (let i = 0; i < count; i++) {
    const m = matches[i]!;
    const mask = values[i]!;
    starts[i] = m.index;
    ends[i] = m.index + m.phrase.length;
    masks[i] = mask;
    textMask |= mask;
  }
  scannedFor = lower;
}

/** The index of the last cue of the current text that ends at or before `start`, -1 if none. */
function lastEndingBy(start: number): number {
  let lo = 0, hi = count;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ends[mid]! <= start) lo = mid + 1; else hi = mid; }
  return lo - 1;
}

/**
 * Distance from the end of the last cue with a bit of `bits` ending at or before `start` to `start`,
 * when that cue starts within `window` chars before `start`; Infinity otherwise. (Walking back from the
 * last cue ending by `start`, the first cue that starts before the window ends the search: every cue
 * before it starts even earlier.)
 */
function distanceTo(bits: number, start: number, window: number): number {
  if ((textMask & bits) === 0) return Infinity;
  const from = start - window;
  for (let k = lastEndingBy(start); k >= 0 && starts[k]! >= from; k--) if ((masks[k]! & bits) !== 0) return start - ends[k]!;
  return Infinity;
}

/**
 * Distance (chars) from the end of the nearest whole-word cue of `type` to `start`, the cue lying within
 * `window` chars before `start`; Infinity when there is none.
 */
export function cueDistance(lower: string, start: number, type: string, window = 40): number {
  refresh(lower);
  return distanceTo(TYPE_BIT.get(type) ?? 0, start, window);
}

/** True if any cue of `type` ends within `window` chars before `start` (whole-word match). */
export function hasCueBefore(lower: string, start: number, type: string, window = 40): boolean {
  return cueDistance(lower, start, type, window) !== Infinity;
}

/** Numeric identifier types that compete for the same digits; the nearest cue wins. */
export const NUMERIC_TYPES = Object.freeze(['PHONE', 'IMEI', 'IMSI', 'ICCID', 'CREDIT_CARD', 'ACCOUNT_NUMBER', 'SECRET', 'GOV_ID'] as const);

/** The bits of the numeric types. */
const NUMERIC_MASK = NUMERIC_TYPES.reduce((mask, t) => mask | (TYPE_BIT.get(t) ?? 0), 0);
const LETTER = /\p{L}/u;

/**
 * Does lower[from, to) contain a letter (what /\p{L}/u says of that slice)? A table lookup per code
 * unit; a surrogate (only a pair can be a letter, and the slice may cut one) sends the slice to the regex.
 */
function hasLetter(lower: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = lower.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return LETTER.test(lower.slice(from, to));
    if ((charClass(c) & IS_LETTER) !== 0) return true;
  }
  return false;
}

/** Does lower[from, to) contain 0-9 or "_" (what /[0-9_]/ says of that slice, code unit by code unit)? */
function hasDigitOrUnderscore(lower: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = lower.charCodeAt(k);
    if ((c - 48) >>> 0 <= 9 || c === 95) return true;
  }
  return false;
}

/**
 * Context adjustment for a numeric candidate: +bonus when its own cue is the nearest of the competing
 * types, -penalty when another type's cue is nearer, 0 when no cue is around.
 */
export function competingCueAdjust(lower: string, start: number, type: string, bonus = 0.15, penalty = 0.35, window = 40): number {
  refresh(lower);
  const ownBit = TYPE_BIT.get(type) ?? 0;
  const otherBits = NUMERIC_MASK & ~ownBit;
  // Without a cue of this type or a competing one in the text, both distances are Infinity: 0.
  if ((textMask & (ownBit | otherBits)) === 0) return 0;
  if (!hasLetter(lower, Math.max(0, start - window), start)) return 0;
  // One walk back over the cues gives both distances: the first cue met with the bit is the last of its kind.
  let own = Infinity, other = Infinity;
  const from = start - window;
  for (let k = lastEndingBy(start); k >= 0 && starts[k]! >= from && (own === Infinity || other === Infinity); k--) {
    const mask = masks[k]!;
    if (own === Infinity && (mask & ownBit) !== 0) own = start - ends[k]!;
    if (other === Infinity && (mask & otherBits) !== 0) other = start - ends[k]!;
  }
  if (own === Infinity && other === Infinity) return 0;
  if (own <= other) return bonus;
  // Another type's cue only counts against this candidate when it is right before it.
  // A cue whose own value already came in between ("PIN is 4821 ... 07911 123456") is used up.
  if (other > 15 || hasDigitOrUnderscore(lower, start - other, start)) return 0;
  return -penalty;
}
