/**
 * Character-level replacements for two regexes the address recognizer runs per candidate: the house
 * number (HOUSE) and the word after it (WORD). Each answers with charCode reads and the char-class.ts
 * table (the same \p{L}/\p{N}/\p{M} answers as the regexes for any code unit outside the surrogates), and
 * hands any text with a surrogate where it looks over to the regex itself, so the answers are the
 * regexes' answers on every input (astral letters count as one code point there).
 */
import { IS_LETTER, IS_LETTER_OR_NUMBER, IS_WORD, charClass, isAsciiLetter } from '../char-class.ts';

/**
 * A house number, tried (sticky) only at the start of a digit group of at most five digits: a match
 * starts at a digit after no digit, and \d{1,5} then no digit needs the whole group.
 */
const HOUSE = /(?<![\p{L}\p{N}.,:/-])(\d{1,5})([a-zA-Z])?(?![\p{N}]|[.,:/]\d|[\p{L}]{2})/uy;

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
/** Class bits of a code unit (0 past the end: NaN). */
const bits = (c: number): number => (c === c ? charClass(c) : 0);
const isLetter = (c: number): boolean => (bits(c) & IS_LETTER) !== 0;
/** \p{N}: a letter-or-number that is no letter. */
const isNumber = (c: number): boolean => (bits(c) & (IS_LETTER_OR_NUMBER | IS_LETTER)) === IS_LETTER_OR_NUMBER;
/** [.,:/] */
const isNumberPunct = (c: number): boolean => c === 46 || c === 44 || c === 58 || c === 47;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** HOUSE's negative lookahead (?![\p{N}]|[.,:/]\d|[\p{L}]{2}) at q, for non-surrogate code units. */
function lookaheadOk(c1: number, c2: number): boolean {
  if (isNumber(c1)) return false;
  if (isNumberPunct(c1) && isDigit(c2)) return false;
  return !(isLetter(c1) && isLetter(c2));
}

/**
 * The length of HOUSE's match at `numStart` (the start of a maximal run of `len` ≤ 5 ASCII digits), or
 * -1. A shorter \d{1,5} is followed by a digit, which the lookahead rejects, so the match takes the whole
 * run, then one ASCII letter if the lookahead allows it after the letter, else none.
 */
export function houseNumberLength(s: string, numStart: number, len: number): number {
  const b = numStart > 0 ? s.charCodeAt(numStart - 1) : -1;
  const q = numStart + len;
  const c1 = s.charCodeAt(q), c2 = s.charCodeAt(q + 1), c3 = s.charCodeAt(q + 2);
  if (isSurrogate(b) || isSurrogate(c1) || isSurrogate(c2) || isSurrogate(c3)) {
    HOUSE.lastIndex = numStart;
    const m = HOUSE.exec(s);
    return m === null ? -1 : m[0].length;
  }
  if (b >= 0) {
    if (b < 128 ? isAsciiLetter(b) || isDigit(b) || b === 46 || b === 44 || b === 58 || b === 47 || b === 45 : (charClass(b) & IS_LETTER_OR_NUMBER) !== 0) return -1;
  }
  if (isAsciiLetter(c1) && lookaheadOk(c2, c3)) return len + 1;
  return lookaheadOk(c1, c2) ? len : -1;
}

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}./'’-]{0,39}/uy;

/** [\p{L}\p{M}\p{N}./'’-] for a non-surrogate code unit. */
const isWordTail = (c: number): boolean =>
  c < 128 ? isDigit(c) || isAsciiLetter(c) || c === 46 || c === 47 || c === 39 || c === 45 : c === 0x2019 || (charClass(c) & IS_WORD) !== 0;

/** The end of WORD's match at `k` (sticky), or -1 when there is none. */
export function wordEnd(s: string, k: number): number {
  const c = s.charCodeAt(k);
  if (c !== c) return -1;
  if (!isSurrogate(c)) {
    if (c < 128 ? !(isDigit(c) || isAsciiLetter(c)) : (charClass(c) & IS_WORD) === 0) return -1;
    let j = k + 1;
    const max = k + 40;
    for (; j < max; j++) {
      const d = s.charCodeAt(j);
      if (d !== d) return j;
      if (isSurrogate(d)) break;
      if (!isWordTail(d)) return j;
    }
    if (j === max) return j;
  }
  WORD.lastIndex = k;
  const m = WORD.exec(s);
  return m === null ? -1 : k + m[0].length;
}
