/**
 * Bounds of what a libphonenumber-js metadata regex can match: the longest match and the digits a match
 * can start with. phone-lengths.ts uses them to bound what national-prefix stripping can do to a
 * number's length and whether an international dialling (IDD) prefix can start a number.
 *
 * The metadata's patterns for national prefixes and IDD prefixes use the small regex subset that
 * phone-regex-syntax.ts reads; anything else makes regexBounds() return undefined, and the caller must
 * then assume nothing (no filtering): the bounds are only ever used to prove that a number CANNOT be
 * valid, never the other way round.
 */

import { ALTERNATION, ANCHOR, DIGITS, parseRegex, REPEAT, SEQUENCE, type RegexNode } from './phone-regex-syntax.ts';

/** What one regex can match: lengths in [min, max] (max may be Infinity), first digit in `first` (bit d for digit d). */
export interface RegexBounds {
  readonly min: number;
  readonly max: number;
  /** Bit d set when a non-empty match can start with digit d. */
  readonly first: number;
}

/** Is `s` a non-empty string of ASCII digits (most national prefixes: "0", "1", "8"; IDD "00", "011")? */
function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return s.length > 0;
}

function boundsOf(node: RegexNode): RegexBounds {
  switch (node.kind) {
    case DIGITS: return { min: 1, max: 1, first: node.bits };
    case ANCHOR: return { min: 0, max: 0, first: 0 }; // zero-width
    case SEQUENCE: {
      let min = 0, max = 0, first = 0;
      let nullable = true; // can every item so far match the empty string?
      for (const item of node.items) {
        const b = boundsOf(item);
        if (nullable) first |= b.first;
        if (b.min > 0) nullable = false;
        min += b.min;
        max += b.max;
      }
      return { min, max, first };
    }
    case ALTERNATION: {
      let min = Infinity, max = 0, first = 0;
      for (const item of node.items) {
        const b = boundsOf(item);
        min = Math.min(min, b.min);
        max = Math.max(max, b.max);
        first |= b.first;
      }
      return { min, max, first };
    }
    case REPEAT: {
      const b = boundsOf(node.item);
      return { min: b.min * node.lo, max: b.max * node.hi, first: node.hi === 0 ? 0 : b.first };
    }
  }
}

/** Bounds of `source`, or undefined when it uses syntax outside the subset (phone-regex-syntax.ts). */
export function regexBounds(source: string): RegexBounds | undefined {
  // Most prefixes are plain digits: no parse needed (this runs at start-up, per plan).
  if (isDigits(source)) return { min: source.length, max: source.length, first: 1 << (source.charCodeAt(0) - 48) };
  const tree = parseRegex(source);
  return tree === undefined ? undefined : boundsOf(tree);
}
