/**
 * Bounds of what a libphonenumber-js metadata regex can match: the longest match and the digits a match
 * can start with. phone-lengths.ts uses them to bound what national-prefix stripping can do to a
 * number's length and whether an international dialling (IDD) prefix can start a number.
 *
 * The metadata's patterns for national prefixes and IDD prefixes use a small regex subset: digits, \d,
 * classes of digits and ranges, groups ( ) and (?: ), alternation, the quantifiers ? {n} {n,m}, and the
 * zero-width $ and ^. Anything else (*, +, {n,}, other escapes, negated classes, lookarounds) makes
 * regexBounds() return undefined, and the caller must then assume nothing (no filtering): the bounds are
 * only ever used to prove that a number CANNOT be valid, never the other way round.
 */

/** What one regex can match: lengths in [min, max] (max may be Infinity), first digit in `first` (bit d for digit d). */
export interface RegexBounds {
  readonly min: number;
  readonly max: number;
  /** Bit d set when a non-empty match can start with digit d. */
  readonly first: number;
}

const ALL_DIGITS = 0x3ff;

class Unsupported extends Error {}

/** Is `s` a non-empty string of ASCII digits (most national prefixes: "0", "1", "8"; IDD "00", "011")? */
function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return s.length > 0;
}

/** Bounds of `source`, or undefined when it uses syntax outside the subset above. */
export function regexBounds(source: string): RegexBounds | undefined {
  if (isDigits(source)) return { min: source.length, max: source.length, first: 1 << (source.charCodeAt(0) - 48) };
  let i = 0;
  const fail = (): never => { throw new Unsupported(source); };
  const peek = (): string => source[i] ?? '';

  const alternation = (): RegexBounds => {
    let acc = sequence();
    while (peek() === '|') {
      i++;
      const b = sequence();
      acc = { min: Math.min(acc.min, b.min), max: Math.max(acc.max, b.max), first: acc.first | b.first };
    }
    return acc;
  };

  const sequence = (): RegexBounds => {
    let min = 0, max = 0, first = 0;
    let nullable = true; // can everything so far match the empty string?
    while (i < source.length && peek() !== '|' && peek() !== ')') {
      let a = atom();
      a = quantified(a);
      if (nullable) first |= a.first;
      if (a.min > 0) nullable = false;
      min += a.min;
      max += a.max;
    }
    return { min, max, first };
  };

  const atom = (): RegexBounds => {
    const c = source[i++];
    if (c === undefined) return fail();
    if (c >= '0' && c <= '9') return { min: 1, max: 1, first: 1 << (c.charCodeAt(0) - 48) };
    if (c === '$' || c === '^') return { min: 0, max: 0, first: 0 };
    if (c === '\\') {
      if (source[i++] === 'd') return { min: 1, max: 1, first: ALL_DIGITS };
      return fail();
    }
    if (c === '[') {
      let first = 0;
      if (peek() === '^') fail();
      while (peek() !== ']') {
        let lo: number;
        if (peek() === '\\') { i++; if (source[i++] !== 'd') fail(); first |= ALL_DIGITS; continue; }
        lo = digitAt();
        if (peek() === '-' && source[i + 1] !== ']') { i++; const hi = digitAt(); for (let d = lo; d <= hi; d++) first |= 1 << d; }
        else first |= 1 << lo;
      }
      i++;
      return { min: 1, max: 1, first };
    }
    if (c === '(') {
      if (peek() === '?') { if (source[i + 1] !== ':') fail(); i += 2; }
      const inner = alternation();
      if (source[i++] !== ')') fail();
      return inner;
    }
    return fail();
  };

  const digitAt = (): number => {
    const c = source.charCodeAt(i++);
    if (!(c >= 48 && c <= 57)) fail();
    return c - 48;
  };

  const integer = (): number => {
    const start = i;
    while (peek() >= '0' && peek() <= '9') i++;
    if (i === start) fail();
    return Number(source.slice(start, i));
  };

  const quantified = (a: RegexBounds): RegexBounds => {
    const q = peek();
    if (q === '?') { i++; return { min: 0, max: a.max, first: a.first }; }
    if (q === '*' || q === '+') fail();
    if (q === '{') {
      i++;
      const lo = integer();
      let hi = lo;
      if (peek() === ',') { i++; if (peek() === '}') fail(); hi = integer(); }
      if (source[i++] !== '}') fail();
      return { min: a.min * lo, max: a.max * hi, first: hi === 0 ? 0 : a.first };
    }
    return a;
  };

  try {
    const b = alternation();
    if (i !== source.length) return undefined;
    return b;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
