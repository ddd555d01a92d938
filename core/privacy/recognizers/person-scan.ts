/**
 * What the PERSON recognizer reads right after a name cue, without slicing the text and running a
 * regex per cue. Each function states the regex it replaces and is exact for it.
 */

const isBlank = (c: number) => c === 32 || c === 9;

/**
 * The end of `/^[ \t]*[:,]?[ \t]*(?:\r?\n[ \t]*)?/` on `s.slice(at, at + 12)`. Every part is optional
 * and nothing follows, so the greedy first path is the match.
 */
export function separatorEnd(s: string, at: number): number {
  const lim = Math.min(s.length, at + 12);
  let i = at;
  while (i < lim && isBlank(s.charCodeAt(i))) i++;
  if (i < lim && (s.charCodeAt(i) === 58 || s.charCodeAt(i) === 44)) i++;
  while (i < lim && isBlank(s.charCodeAt(i))) i++;
  let j = i;
  if (j < lim && s.charCodeAt(j) === 13) j++;
  if (j < lim && s.charCodeAt(j) === 10) {
    i = j + 1;
    while (i < lim && isBlank(s.charCodeAt(i))) i++;
  }
  return i;
}

/**
 * `/[,\n]|^\s*$/.test(sep)` for the separator `s.slice(at, end)`: it holds one ':' or ',' at most and
 * otherwise blanks, "\r" and "\n", so the test fails only for a colon without a line break.
 */
export function signoffSeparatorOk(s: string, at: number, end: number): boolean {
  let colon = false;
  for (let i = at; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 44) return true;
    if (c === 58) colon = true;
  }
  return !colon;
}

/** A JavaScript \s code unit (WhiteSpace and LineTerminator). */
export function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `/^\s*(?:[,!.]\s*)?\S/.test(s.slice(at, lim))`: when the optional group cannot be followed by \S
 * the regex backtracks and \S takes the [,!.] itself, so it holds iff the window has a non-space.
 */
export function hasNonSpace(s: string, at: number, lim: number): boolean {
  const n = Math.min(s.length, lim);
  for (let i = at; i < n; i++) if (!isJsSpace(s.charCodeAt(i))) return true;
  return false;
}
