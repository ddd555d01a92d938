import { cuesFor } from './data/context-words.ts';

const compiled = new Map<string, RegExp | null>();
function cueRe(type: string): RegExp | null {
  let re = compiled.get(type);
  if (re === undefined) {
    const list = cuesFor(type);
    re = list.length === 0 ? null : new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${[...list].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    compiled.set(type, re);
  }
  return re;
}

/**
 * Distance (chars) from the end of the nearest whole-word cue of `type` to `start`, looking back at most
 * `window` chars; Infinity when there is none.
 */
let cacheFor: string | null = null;
const cache = new Map<string, number>();

export function cueDistance(lower: string, start: number, type: string, window = 40): number {
  if (cacheFor !== lower) { cacheFor = lower; cache.clear(); }
  const key = `${type}:${start}:${window}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const d = computeCueDistance(lower, start, type, window);
  cache.set(key, d);
  return d;
}

function computeCueDistance(lower: string, start: number, type: string, window: number): number {
  const re = cueRe(type);
  if (!re) return Infinity;
  // One char of left context so the word-boundary lookbehind sees the real neighbour.
  const from = Math.max(0, start - window - 1);
  const hay = lower.slice(from, start);
  re.lastIndex = from === 0 ? 0 : 1;
  let best = Infinity;
  let m: RegExpExecArray | null;
  while ((m = re.exec(hay)) !== null) best = hay.length - (m.index + m[0].length);
  return best;
}

/** True if any cue of `type` ends within `window` chars before `start` (whole-word match). */
export function hasCueBefore(lower: string, start: number, type: string, window = 40): boolean {
  return cueDistance(lower, start, type, window) !== Infinity;
}

/** Numeric identifier types that compete for the same digits; the nearest cue wins. */
export const NUMERIC_TYPES = Object.freeze(['PHONE', 'IMEI', 'IMSI', 'ICCID', 'CREDIT_CARD', 'ACCOUNT_NUMBER', 'SECRET', 'GOV_ID'] as const);

/**
 * Context adjustment for a numeric candidate: +bonus when its own cue is the nearest of the competing
 * types, -penalty when another type's cue is nearer, 0 when no cue is around.
 */
const LETTER = /\p{L}/u;

export function competingCueAdjust(lower: string, start: number, type: string, bonus = 0.15, penalty = 0.35, window = 40): number {
  if (!LETTER.test(lower.slice(Math.max(0, start - window), start))) return 0;
  const own = cueDistance(lower, start, type, window);
  let other = Infinity;
  for (const t of NUMERIC_TYPES) {
    if (t === type) continue;
    const d = cueDistance(lower, start, t, window);
    if (d < other) other = d;
  }
  if (own === Infinity && other === Infinity) return 0;
  if (own <= other) return bonus;
  // Another type's cue only counts against this candidate when it is right before it.
  // A cue whose own value already came in between ("PIN is 4821 ... 07911 123456") is used up.
  if (other > 15 || /[0-9_]/.test(lower.slice(start - other, start))) return 0;
  return -penalty;
}
