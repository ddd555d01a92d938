import { cuesFor } from './data/context-words.ts';

const flat = new Map<string, readonly string[]>();
function cues(type: string): readonly string[] {
  let c = flat.get(type);
  if (!c) { c = cuesFor(type); flat.set(type, c); }
  return c;
}

const WORD = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/**
 * Distance (chars) from the end of the nearest whole-word cue of `type` to `start`, looking back at most
 * `window` chars; Infinity when there is none.
 */
export function cueDistance(lower: string, start: number, type: string, window = 40): number {
  const from = Math.max(0, start - window);
  const hay = lower.slice(from, start);
  let best = Infinity;
  for (const cue of cues(type)) {
    let k = hay.lastIndexOf(cue);
    while (k >= 0) {
      const before = k > 0 ? hay[k - 1] : from > 0 ? lower[from - 1] : undefined;
      const after = hay[k + cue.length];
      const okStart = !isWordChar(cue[0]) || !isWordChar(before);
      const okEnd = !isWordChar(cue[cue.length - 1]) || !isWordChar(after);
      if (okStart && okEnd) {
        const d = hay.length - (k + cue.length);
        if (d < best) best = d;
        break;
      }
      k = k > 0 ? hay.lastIndexOf(cue, k - 1) : -1;
    }
  }
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
  return own <= other ? bonus : -penalty;
}
