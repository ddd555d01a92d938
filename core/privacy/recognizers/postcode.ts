/**
 * POSTCODE: UK postcodes (any case, "PS5 2TB"-style storage sizes excluded) and 5-digit codes
 * (US ZIP, DE PLZ, FR code postal, ES código postal) when a city follows, a US state precedes,
 * a ZIP+4 is written, or a postcode cue is near.
 */
import { IS_LETTER_OR_NUMBER, charClass, isAsciiLetter } from '../char-class.ts';
import { hasCueBefore } from '../context.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { fewerDigits } from './gate.ts';
import { maximalDigitRuns, type DigitRunTable } from '../digit-runs.ts';

/**
 * UK and FIVE are tried (sticky) only where a match can start, found from the text's digit groups: a scan
 * with these regexes (the `u` flag and a leading lookbehind keep V8 from skipping ahead) or with gate
 * regexes cost more than the whole rest of the recognizer.
 * - A FIVE match starts with five digits after no digit: at the start of a group of exactly five digits
 *   (in a longer group the sixth digit follows \d{5}, where "-" would be needed for the ZIP+4 and the
 *   lookahead (?![\p{N}]) fails, and no backtracking changes that).
 * - A UK match starting at i has its inward code (a digit and two letters of its class: the last digit q
 *   of a group followed by two such letters) at i + 2 to i + 5. For the first such q at or after the search
 *   start, the starts left to try are those up to q - 2 (earlier ones would need an inward code before q);
 *   if none matches, the next match starts at q - 1 or later and its inward code lies after q.
 */
const UK = /(?<![\p{L}\p{N}])([A-Za-z]{1,2}\d[A-Za-z\d]?) ?(\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![\p{L}\p{N}])/uy;
const FIVE = /(?<![\p{L}\p{N}.,:/€$£-])(\d{5})(-\d{4})?(?![\p{N}]|[.,:]\d|[\p{L}])/uy;

/** The letters of UK's inward code, [ABD-HJLNP-UW-Zabd-hjlnp-uw-z], by code unit (ASCII; any other reads undefined). */
const INWARD_LETTER = new Uint8Array(128);
for (let c = 0; c < 128; c++) INWARD_LETTER[c] = /[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * The first run whose start (`byEnd` false) or last digit (`byEnd` true) is at `at` or later: the runs
 * before it are the ones the scans below skip anyway, found by binary search so that calling a scan once
 * per match stays linear over the text (starting at run 0 each time was quadratic on long texts).
 */
function firstRunFrom(g: DigitRunTable, at: number, byEnd: boolean): number {
  let lo = 0, hi = g.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const pos = byEnd ? g.starts[mid]! + g.lengths[mid]! - 1 : g.starts[mid]!;
    if (pos < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Is `c` an inward-code letter (false for any non-ASCII code unit and NaN, without an out-of-range read)? */
const inwardLetter = (c: number): boolean => c < 128 && INWARD_LETTER[c] === 1;
/**
 * Is `c` (a code unit, NaN past the end) surely \p{L} or \p{N} in UK's lookarounds? ASCII letters and
 * digits, and BMP code units by the char-class.ts table; a surrogate is left to the regex.
 */
function surelyLetterOrNumber(c: number): boolean {
  if (c < 128) return isAsciiLetter(c) || (c >= 48 && c <= 57);
  if (c !== c || (c >= 0xd800 && c <= 0xdfff)) return false;
  return (charClass(c) & IS_LETTER_OR_NUMBER) !== 0;
}

/**
 * The first UK match starting at `from` or later (the same as a global search with UK). Every start
 * tried for a q has its match's inward code at q (an earlier inward digit would be an earlier q, which
 * moved `from` past it; a later one, q + 3, leaves no room for the outward code), so UK's final lookahead
 * reads the code unit at q + 3 for all of them: when it is surely a letter or number, none can match. A
 * start right after an ASCII letter or digit fails UK's lookbehind. The inward letters are read in
 * `lower`, a flat string: their class holds both cases, and lower-casing makes a code unit ASCII only when
 * it was one or is the Kelvin sign, whose "k" is no inward letter, so the answers are those of `norm`.
 */
function nextUk(s: string, lower: string, g: DigitRunTable, from: number): RegExpExecArray | null {
  for (let k = firstRunFrom(g, from + 2, true); k < g.count; k++) {
    const end = g.starts[k]! + g.lengths[k]!;
    const q = end - 1;
    if (!inwardLetter(lower.charCodeAt(end)) || !inwardLetter(lower.charCodeAt(end + 1))) continue;
    if (surelyLetterOrNumber(s.charCodeAt(end + 2))) continue;
    for (let i = Math.max(from, q - 5); i <= q - 2; i++) {
      if (!isAsciiLetter(s.charCodeAt(i))) continue;
      const before = s.charCodeAt(i - 1);
      if (before < 128 && (isAsciiLetter(before) || (before >= 48 && before <= 57))) continue;
      UK.lastIndex = i;
      const m = UK.exec(s);
      if (m !== null) return m;
    }
    from = Math.max(from, q - 1);
  }
  return null;
}

/** The first FIVE match starting at `from` or later (the same as a global search with FIVE). */
function nextFive(s: string, g: DigitRunTable, from: number): RegExpExecArray | null {
  for (let k = firstRunFrom(g, from, false); k < g.count; k++) {
    if (g.lengths[k] !== 5) continue;
    FIVE.lastIndex = g.starts[k]!;
    const m = FIVE.exec(s);
    if (m !== null) return m;
  }
  return null;
}
/** The US state codes, by (first letter - 65) * 26 + (second letter - 65). */
const US_STATE = new Uint8Array(26 * 26);
for (const code of 'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' ')) {
  US_STATE[(code.charCodeAt(0) - 65) * 26 + code.charCodeAt(1) - 65] = 1;
}
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
/** JavaScript's \s (WhiteSpace and LineTerminator). */
const isJsSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * A US state code right before `start`: the old test, `/(?:^|[\s,])([A-Z]{2})[ \t]$/` on
 * s.slice(max(0, start - 5), start) and the code in the state list, read in place. The regex's match is
 * the slice's last three code units, after a \s or comma or at the slice's start (which is s's start,
 * since a slice cut at start - 5 leaves two code units before the code).
 */
function usStateBefore(s: string, start: number): boolean {
  if (start < 3) return false;
  const blank = s.charCodeAt(start - 1);
  if (blank !== 32 && blank !== 9) return false;
  const a = s.charCodeAt(start - 3), b = s.charCodeAt(start - 2);
  if (!isUpperAscii(a) || !isUpperAscii(b)) return false;
  if (start > 3) {
    const c = s.charCodeAt(start - 4);
    if (c !== 44 && !isJsSpace(c)) return false;
  }
  return US_STATE[(a - 65) * 26 + b - 65] === 1;
}

/**
 * A city after the code: the old tests on after = s.slice(end, end + 40) were
 * `/^[ \t]{1,2}\p{Lu}[\p{L}'-]+/u.test(after) && !NOT_CITY.test(after.trimStart())`. They are run sticky
 * at `end`: the first needs at most six code units, and when it matches, trimStart() removes exactly its
 * one or two blanks (a capital follows), after which a NOT_CITY word and its \b end within 12 code units.
 */
function cityAfter(s: string, end: number): boolean {
  CITY_AFTER.lastIndex = end;
  if (!CITY_AFTER.test(s)) return false;
  NOT_CITY.lastIndex = end;
  return !NOT_CITY.test(s);
}
const NOT_CITY = /[ \t]{1,2}(?:Euro|Euros|EUR|GB|MB|Minuten|Minutes|Minutos|SMS|Punkte|Points|Puntos|Mbit|Mbps|Kunden|Customers|Clients|Clientes)\b/y;
const CITY_AFTER = /[ \t]{1,2}\p{Lu}[\p{L}'-]/uy;

export const postcodeRecognizer: Recognizer = Object.freeze({
  name: 'postcode',
  find(input: RecognizerInput): DetectedEntity[] {
    const s = input.norm;
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 2)) return out;
    let m: RegExpExecArray | null;
    let from = 0;
    const groups = maximalDigitRuns(input);
    if (groups.longest < 1) return out;
    while ((m = nextUk(s, input.lower, groups, from)) !== null) {
      from = m.index + m[0].length;
      const outward = m[1]!;
      const inward = m[2]!;
      if (/^\d(?:tb|gb|mb|kb)$/i.test(inward)) continue;
      const upper = outward === outward.toUpperCase() && inward === inward.toUpperCase();
      const cue = hasCueBefore(input.lower, m.index, 'POSTCODE', 25);
      let score = upper ? 0.85 : 0.6;
      if (cue) score = 0.95;
      else if (input.region !== 'GB') score -= 0.15;
      out.push({ type: 'POSTCODE', start: m.index, end: m.index + m[0].length, score });
    }
    from = 0;
    if (groups.longest < 5) return out;
    while ((m = nextFive(s, groups, from)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      from = end;
      // Each test is pure, so they run only as far as the decision needs them: the cue always (it sets
      // the score), the US state for the score unless the cue decided it, the city only when nothing else
      // admits the code.
      const cue = hasCueBefore(input.lower, start, 'POSTCODE', 25);
      if (input.region === 'ES' && !/^(?:0[1-9]|[1-4]\d|5[0-2])/.test(m[1]!) && !cue) continue;
      const usState = !cue && usStateBefore(s, start);
      if (!(cue || usState || m[2] !== undefined || cityAfter(s, end))) continue;
      if (hasCueBefore(input.lower, start, 'NEGATIVE', 12)) continue;
      out.push({ type: 'POSTCODE', start, end, score: cue || usState ? 0.9 : 0.75 });
    }
    return out;
  },
});
