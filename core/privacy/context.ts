import { CONTEXT_WORDS, cuesFor } from './data/context-words.ts';
import { charClass, IS_LETTER } from './char-class.ts';
import { SHARED_PHRASES, type PhraseList } from './phrase-matcher.ts';

/** Cue start and end offsets of one type in the current text, in order. */
interface Positions { starts: number[]; ends: number[] }

/** Every cue of every type in one matcher, so one pass per text finds the cues of all types. */
function allCues(): { matcher: PhraseList; typesOf: Map<string, Positions[]>; byType: Map<string, Positions> } {
  const byType = new Map<string, Positions>();
  const typesOf = new Map<string, Positions[]>();
  for (const type of Object.keys(CONTEXT_WORDS)) {
    const p: Positions = { starts: [], ends: [] };
    byType.set(type, p);
    for (const cue of cuesFor(type)) {
      const list = typesOf.get(cue) ?? [];
      if (!list.includes(p)) list.push(p);
      typesOf.set(cue, list);
    }
  }
  return { matcher: SHARED_PHRASES.define(typesOf.keys()), typesOf, byType };
}
const ALL = allCues();

/** Cue positions per type for the current text (the arrays are reused from text to text). */
let scannedFor: string | null = null;
/** The positions filled for the current text, emptied before the next one. */
const used: Positions[] = [];
const EMPTY: Positions = Object.freeze({ starts: [] as number[], ends: [] as number[] });

function cuePositions(lower: string, type: string): Positions {
  const { matcher, typesOf, byType } = ALL;
  // Keep the latest string object even when an equal text was scanned before: comparing two distinct
  // but equal strings costs their length, and this runs once per candidate (quadratic on long texts).
  if (scannedFor === lower) scannedFor = lower;
  else {
    scannedFor = null;
    for (let i = 0; i < used.length; i++) { used[i]!.starts.length = 0; used[i]!.ends.length = 0; }
    used.length = 0;
    const matches = matcher.matches(lower);
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i]!;
      const lists = typesOf.get(m.phrase)!;
      for (let j = 0; j < lists.length; j++) {
        const p = lists[j]!;
        if (p.starts.length === 0) used.push(p);
        p.starts.push(m.index);
        p.ends.push(m.index + m.phrase.length);
      }
    }
    scannedFor = lower;
  }
  return byType.get(type) ?? EMPTY;
}

/**
 * Distance (chars) from the end of the nearest whole-word cue of `type` to `start`, the cue lying within
 * `window` chars before `start`; Infinity when there is none.
 */
export function cueDistance(lower: string, start: number, type: string, window = 40): number {
  return distanceIn(cuePositions(lower, type), start, window);
}

/** cueDistance() over one type's positions (current for the text). */
function distanceIn(p: Positions, start: number, window: number): number {
  const { starts, ends } = p;
  let lo = 0, hi = ends.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ends[mid]! <= start) lo = mid + 1; else hi = mid; }
  const k = lo - 1;
  if (k < 0 || starts[k]! < start - window) return Infinity;
  return start - ends[k]!;
}

/** True if any cue of `type` ends within `window` chars before `start` (whole-word match). */
export function hasCueBefore(lower: string, start: number, type: string, window = 40): boolean {
  return cueDistance(lower, start, type, window) !== Infinity;
}

/** Numeric identifier types that compete for the same digits; the nearest cue wins. */
export const NUMERIC_TYPES = Object.freeze(['PHONE', 'IMEI', 'IMSI', 'ICCID', 'CREDIT_CARD', 'ACCOUNT_NUMBER', 'SECRET', 'GOV_ID'] as const);

/** The positions of each numeric type, in NUMERIC_TYPES order (the same objects cuePositions fills). */
const NUMERIC_POSITIONS: readonly Positions[] = NUMERIC_TYPES.map((t) => ALL.byType.get(t) ?? EMPTY);
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

/**
 * Context adjustment for a numeric candidate: +bonus when its own cue is the nearest of the competing
 * types, -penalty when another type's cue is nearer, 0 when no cue is around.
 */
export function competingCueAdjust(lower: string, start: number, type: string, bonus = 0.15, penalty = 0.35, window = 40): number {
  if (!hasLetter(lower, Math.max(0, start - window), start)) return 0;
  const own = cueDistance(lower, start, type, window);
  // cuePositions() is current for `lower` now, so the other types' positions are read directly; a type
  // without cues in this text is Infinity.
  let other = Infinity;
  for (let t = 0; t < NUMERIC_TYPES.length; t++) {
    const p = NUMERIC_POSITIONS[t]!;
    if (NUMERIC_TYPES[t] === type || p.ends.length === 0) continue;
    const d = distanceIn(p, start, window);
    if (d < other) other = d;
  }
  if (own === Infinity && other === Infinity) return 0;
  if (own <= other) return bonus;
  // Another type's cue only counts against this candidate when it is right before it.
  // A cue whose own value already came in between ("PIN is 4821 ... 07911 123456") is used up.
  if (other > 15 || /[0-9_]/.test(lower.slice(start - other, start))) return 0;
  return -penalty;
}
