/**
 * The syntax tree of a libphonenumber-js metadata regex, for the PHONE prefilters that read the library's
 * own patterns (phone-regex-bounds.ts: national and IDD prefixes; phone-prefixes.ts: type patterns).
 *
 * The metadata uses a small regex subset: digits, \d, classes of digits and ranges, groups ( ) and (?: ),
 * alternation, the quantifiers ? {n} {n,m}, and the zero-width ^ and $. Anything else (*, +, {n,}, other
 * escapes, negated classes, lookarounds, letters) makes parseRegex() return undefined, and its callers then
 * assume nothing: the trees are only ever used to prove that a number CANNOT match, never that it can.
 */

/** A digit class (bit d for digit d), a sequence, an alternation, a repeat {lo,hi}, or an anchor ^ or $. */
export type RegexNode =
  | { readonly kind: typeof DIGITS; readonly bits: number }
  | { readonly kind: typeof SEQUENCE; readonly items: readonly RegexNode[] }
  | { readonly kind: typeof ALTERNATION; readonly items: readonly RegexNode[] }
  | { readonly kind: typeof REPEAT; readonly item: RegexNode; readonly lo: number; readonly hi: number }
  | { readonly kind: typeof ANCHOR };

export const DIGITS = 0, SEQUENCE = 1, ALTERNATION = 2, REPEAT = 3, ANCHOR = 4;
export const ALL_DIGITS = 0x3ff;

class Unsupported extends Error {}

/** The tree of `source`, or undefined when it uses syntax outside the subset above. */
export function parseRegex(source: string): RegexNode | undefined {
  let i = 0;
  const peek = (): string => source[i] ?? '';
  const fail = (): never => { throw new Unsupported(source); };

  const alternation = (): RegexNode => {
    const items = [sequence()];
    while (peek() === '|') { i++; items.push(sequence()); }
    return items.length === 1 ? items[0]! : { kind: ALTERNATION, items };
  };
  const sequence = (): RegexNode => {
    const items: RegexNode[] = [];
    while (i < source.length && peek() !== '|' && peek() !== ')') items.push(quantified(atom()));
    return items.length === 1 ? items[0]! : { kind: SEQUENCE, items };
  };
  const digitAt = (): number => {
    const c = source.charCodeAt(i++);
    if (!(c >= 48 && c <= 57)) fail();
    return c - 48;
  };
  const atom = (): RegexNode => {
    const c = source[i++];
    if (c === undefined) return fail();
    if (c >= '0' && c <= '9') return { kind: DIGITS, bits: 1 << (c.charCodeAt(0) - 48) };
    if (c === '^' || c === '$') return { kind: ANCHOR };
    if (c === '\\') { if (source[i++] !== 'd') fail(); return { kind: DIGITS, bits: ALL_DIGITS }; }
    if (c === '[') {
      let bits = 0;
      if (peek() === '^') fail();
      while (peek() !== ']') {
        if (peek() === '\\') { i++; if (source[i++] !== 'd') fail(); bits |= ALL_DIGITS; continue; }
        const lo = digitAt();
        if (peek() === '-' && source[i + 1] !== ']') { i++; const hi = digitAt(); for (let d = lo; d <= hi; d++) bits |= 1 << d; }
        else bits |= 1 << lo;
      }
      i++;
      return { kind: DIGITS, bits };
    }
    if (c === '(') {
      if (peek() === '?') { if (source[i + 1] !== ':') fail(); i += 2; }
      const inner = alternation();
      if (source[i++] !== ')') fail();
      return inner;
    }
    return fail();
  };
  const integer = (): number => {
    const start = i;
    while (peek() >= '0' && peek() <= '9') i++;
    if (i === start) fail();
    return Number(source.slice(start, i));
  };
  const quantified = (a: RegexNode): RegexNode => {
    const q = peek();
    if (q === '?') { i++; return { kind: REPEAT, item: a, lo: 0, hi: 1 }; }
    if (q === '*' || q === '+') fail();
    if (q === '{') {
      i++;
      const lo = integer();
      let hi = lo;
      if (peek() === ',') { i++; if (peek() === '}') fail(); hi = integer(); }
      if (source[i++] !== '}') fail();
      return { kind: REPEAT, item: a, lo, hi };
    }
    return a;
  };

  try {
    const tree = alternation();
    return i === source.length ? tree : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
