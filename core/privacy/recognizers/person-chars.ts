/**
 * Character tests of the PERSON recognizer without a Unicode regex per word: \p{Lu}, \p{Ll}, \p{L},
 * \p{M} and \p{N} by code point, from a table per UTF-16 code unit that is filled on first sight of a
 * code unit with the very regexes it replaces (so the answers are those regexes' answers). A surrogate
 * pair is one code point, classified (and remembered) with the same regexes; a lone surrogate is in no
 * class, as for a `u` regex.
 *
 * `wordEndAt` is the exact equivalent of the recognizer's former
 * `/^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*(?![\p{L}\p{M}\p{N}_'’-])/u.exec(s.slice(k, k + 40))`
 * (see its doc comment for why no backtracking is needed).
 */
export const LU = 1;
export const LL = 2;
export const LETTER = 4;
export const MARK = 8;
export const NUMBER = 16;
const KNOWN = 128;

const IS_LU = /^\p{Lu}$/u;
const IS_LL = /^\p{Ll}$/u;
const IS_L = /^\p{L}$/u;
const IS_M = /^\p{M}$/u;
const IS_N = /^\p{N}$/u;

function classify(ch: string): number {
  return KNOWN | (IS_LU.test(ch) ? LU : 0) | (IS_LL.test(ch) ? LL : 0) | (IS_L.test(ch) ? LETTER : 0) | (IS_M.test(ch) ? MARK : 0) | (IS_N.test(ch) ? NUMBER : 0);
}

const bmp = new Uint8Array(0x10000);
/**
 * Supplementary code points seen so far (Unicode facts, not texts). Emptied when it reaches
 * ASTRAL_LIMIT entries, so a stream of distinct emoji or CJK extension characters cannot grow it
 * without bound in a long-lived worker.
 */
const astral = new Map<number, number>();
const ASTRAL_LIMIT = 4096;

/** The class bits of one BMP code unit (a surrogate code unit alone is in no class). */
function unitClass(c: number): number {
  const v = bmp[c]!;
  if (v !== 0) return v;
  const k = c >= 0xd800 && c <= 0xdfff ? KNOWN : classify(String.fromCharCode(c));
  bmp[c] = k;
  return k;
}

/** The width (1 or 2 code units) of the code point that the last `classAt` call looked at. */
let width = 1;

/**
 * The class bits of the code point at `i` of `s`, reading no code unit at or after `lim` (a high
 * surrogate whose low half is at `lim` is a lone surrogate, as in `s.slice(.., lim)`). 0 at or after `lim`.
 */
export function classAt(s: string, i: number, lim: number): number {
  width = 1;
  if (i >= lim) return 0;
  const c = s.charCodeAt(i);
  if (c < 0x80) {
    const l = c | 32;
    if (l >= 97 && l <= 122) return c <= 90 ? KNOWN | LU | LETTER : KNOWN | LL | LETTER;
    return c >= 48 && c <= 57 ? KNOWN | NUMBER : KNOWN;
  }
  if (c < 0xd800 || c > 0xdbff || i + 1 >= lim) return unitClass(c);
  const d = s.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return KNOWN;
  width = 2;
  const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  let v = astral.get(cp);
  if (v === undefined) {
    v = classify(String.fromCodePoint(cp));
    if (astral.size >= ASTRAL_LIMIT) astral.clear();
    astral.set(cp, v);
  }
  return v;
}

/** Does the code point at `i` match \p{Lu}? (`/^\p{Lu}/u.test(s.slice(i))`) */
export function isUpperAt(s: string, i: number): boolean {
  return (classAt(s, i, s.length) & LU) !== 0;
}
/** Does the code point at `i` match \p{Ll}? */
export function isLowerAt(s: string, i: number): boolean {
  return (classAt(s, i, s.length) & LL) !== 0;
}

/** The end of a run of \p{L}/\p{M} code points from `i`, before `lim`. */
function letterRunEnd(s: string, i: number, lim: number): number {
  while (i < lim) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const l = c | 32;
      if (l >= 97 && l <= 122) { i++; continue; }
      return i;
    }
    if ((classAt(s, i, lim) & (LETTER | MARK)) === 0) return i;
    i += width;
  }
  return i;
}

const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45;

/**
 * The end of the word at `k` read as `/^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*(?![\p{L}\p{M}\p{N}_'’-])/u`
 * on `s.slice(k, k + 40)`, or -1 when that regex does not match.
 * Exact without backtracking: every shorter end the regex could backtrack to is followed by a letter or
 * mark (inside a run) or by a joiner that starts the next group, both of which the lookahead rejects;
 * so the regex matches iff the greedy end passes the lookahead. The 40-unit window ends the text.
 */
export function wordEndAt(s: string, k: number): number {
  const lim = Math.min(s.length, k + 40);
  let i = letterRunEnd(s, k, lim);
  if (i === k) return -1;
  while (i + 1 < lim && isJoiner(s.charCodeAt(i))) {
    const j = letterRunEnd(s, i + 1, lim);
    if (j === i + 1) break;
    i = j;
  }
  if (i >= lim) return i;
  const c = s.charCodeAt(i);
  if (isJoiner(c) || c === 95) return -1;
  return (classAt(s, i, lim) & (LETTER | MARK | NUMBER)) !== 0 ? -1 : i;
}

/** 2 at a surrogate pair, else 1. */
export function codePointWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** isUpperStart's answer per non-ASCII code unit, filled on first sight: 0 unknown, 1 no, 2 yes. */
const UPPER_UNIT = new Uint8Array(0x10000);

/** Does the character at `i` start with an upper-case letter? */
export function isUpperStart(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  let v = UPPER_UNIT[c]!;
  if (v === 0) {
    // The code unit alone, case-mapped: the answer depends on nothing else.
    const ch = String.fromCharCode(c);
    v = ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? 2 : 1;
    UPPER_UNIT[c] = v;
  }
  return v === 2;
}
