/**
 * Character classes by UTF-16 code unit, looked up in a table instead of running a Unicode regex per
 * character. Each class is computed on first sight of a code unit with the same regex it replaces, so
 * the answers are those regexes' answers for a one-code-unit string (a lone surrogate is in no class).
 */
/** \p{L}, \p{N} or \p{M}. */
export const IS_WORD = 1;
/** \p{L} or \p{N}. */
export const IS_LETTER_OR_NUMBER = 2;
/** \p{L}. */
export const IS_LETTER = 4;
const KNOWN = 128;

const table = new Uint8Array(0x10000);
const WORD = /[\p{L}\p{N}\p{M}]/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const v = KNOWN | (WORD.test(ch) ? IS_WORD : 0) | (LETTER_OR_NUMBER.test(ch) ? IS_LETTER_OR_NUMBER : 0) | (LETTER.test(ch) ? IS_LETTER : 0);
  table[c] = v;
  return v;
}

/** The class bits of one code unit. */
export function charClass(c: number): number {
  const v = table[c]!;
  return v !== 0 ? v : classify(c);
}

/** Is the code unit an ASCII letter (A-Z, a-z)? (Clearing bit 5 maps a-z onto A-Z and nothing else onto it.) */
export const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** Sticky: is the code point at lastIndex a letter or number? (A surrogate pair is one code point.) */
const LETTER_OR_NUMBER_AT = /[\p{L}\p{N}]/uy;

/** Is the code point at `k` in `s` a letter or number (\p{L} or \p{N})? False past the end. */
export function letterOrNumberAt(s: string, k: number): boolean {
  if (k >= s.length) return false;
  const c = s.charCodeAt(k);
  if (c < 0xd800 || c > 0xdfff) return (charClass(c) & IS_LETTER_OR_NUMBER) !== 0;
  LETTER_OR_NUMBER_AT.lastIndex = k;
  return LETTER_OR_NUMBER_AT.test(s);
}
