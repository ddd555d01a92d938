/**
 * The capitals where the PERSON recognizer's CAP_WORD ("Sarah", "O'Brien": a capital, then lower-case
 * letters) is tried, and the simple cases decided without the regex. Most capitals in messages are "I",
 * "J'ai", acronyms ("SIM", "GB") or everyday words ("Please", "Störung"), and they are passed over
 * exactly. Below, a "simple capital" is A-Z or a Latin-1 capital (U+00C0-U+00DE but U+00D7), and a
 * "simple lower-case letter" is a-z or a Latin-1 lower-case letter (U+00DF-U+00FF but U+00F7): all
 * are \p{Lu} and \p{Ll} respectively, and toLowerCase() maps a simple capital to the code unit 0x20 up.
 *
 * - CAP_WORD's second code point must be "'", "’", \p{Ll} or \p{M}, and after "'" or "’" a \p{Lu}.
 *   So a capital followed by the end of the text, by an ASCII character other than a-z and "'", or by
 *   "'" and then the end or an ASCII character other than A-Z starts no match.
 * - A simple capital followed by simple lower-case letters and then by the end of the text or an ASCII
 *   character other than a letter, "'" and "-" starts either no match (a digit there fails the
 *   lookahead at every end the regex can backtrack to) or a match of exactly that word (nothing can
 *   extend it). The word holds no other capital, and its lower case is the capital's lower case and the
 *   rest as it is; it can be listed only if its hash is in a bitmap of the hashes of the names made of
 *   simple lower-case letters (no false negatives) and, for an a-z start, some a-z name starts with its
 *   first two letters. Otherwise the recognizer passes over it.
 *
 * The next capital is found with a regex: the engine skips text far faster than a charCodeAt loop.
 */
import { FIRST_NAMES, SURNAMES_SET } from '../data/names.ts';
import { classAt, LU } from './person-chars.ts';

const isSimpleLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isSimpleWord = (w: string) => {
  for (let i = 0; i < w.length; i++) if (!isSimpleLower(w.charCodeAt(i))) return false;
  return w.length > 0;
};
/** The names made of simple lower-case letters. */
const SIMPLE_NAMES = [...FIRST_NAMES, ...SURNAMES_SET].filter(isSimpleWord);

/** Per first letter (a-z), a bit per second letter (a-z) with which some a-z..a-z name starts. */
const SECOND_LETTERS = new Int32Array(26);
for (const n of SIMPLE_NAMES) {
  const a = n.charCodeAt(0) - 97;
  const b = n.length > 1 ? n.charCodeAt(1) - 97 : -1;
  if (a >= 0 && a < 26 && b >= 0 && b < 26) SECOND_LETTERS[a]! |= 1 << b;
}

/**
 * ASCII capitals not followed by the end of the text or an ASCII character other than a-z and "'"
 * (the first case above), Latin-1 capitals and everything from U+0100 on (high surrogates included)
 * but a few ranges where no code unit can start a \p{Lu} code point, so that a "€" or a "’" does not
 * stop the scan: General Punctuation (U+2000-U+206F) and Currency Symbols (U+20A0-U+20CF), blocks of
 * punctuation and currency signs; low surrogates (U+DC00-U+DFFF), never a code point's start (a lone
 * one is in no class, see person-chars.ts); Private Use (U+E000-U+F8FF), whose category is fixed.
 * (tests/core/privacy/person-capitals.test.ts checks that no unit there is \p{Lu}.)
 */
const STOP = /[A-Z](?=[a-z'\u0080-\uffff])|[\u00c0-\u00de\u0100-\u1fff\u2070-\u209f\u20d0-\udbff\uf900-\uffff]/g;
/** The ranges STOP passes over from U+0100 on (for the test). */
export const PASSED_OVER: readonly (readonly [number, number])[] = [[0x2000, 0x206f], [0x20a0, 0x20cf], [0xdc00, 0xdfff], [0xe000, 0xf8ff]];

/**
 * The first code point start at or after `from` (itself a code point start) where a \p{Lu} code point
 * stands that is not passed over (see above); -1 if none. A low surrogate is never \p{Lu} alone, so
 * stopping at one changes nothing.
 */
export function nextCapitalAt(s: string, from: number): number {
  STOP.lastIndex = from;
  while (STOP.test(s)) {
    const i = STOP.lastIndex - 1;
    if (s.charCodeAt(i) <= 90 || (classAt(s, i, s.length) & LU) !== 0) return i;
  }
  return -1;
}

/*
 * A bitmap of hashes of SIMPLE_NAMES: no false negatives, so a word it rejects is certainly not in
 * FIRST_NAMES or SURNAMES_SET; a word it accepts (listed, or a rare collision) is checked with the sets.
 */
const BITS = 16;
const bitmap = new Uint8Array(1 << (BITS - 3));
const SEED = 0x811c9dc5;
const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const slot = (h: number) => Math.imul(h, 0x9e3779b1) >>> (32 - BITS);
for (const name of SIMPLE_NAMES) {
  let h = SEED;
  for (let i = 0; i < name.length; i++) h = step(h, name.charCodeAt(i));
  const b = slot(h);
  bitmap[b >>> 3] |= 1 << (b & 7);
}

export const NO_MATCH = -1;
export const UNKNOWN = 0;
/** Whether the word of the last simpleCapWordEnd() result > 0 may be listed (see the bitmap above). */
export let simpleMayBeListed = false;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * CAP_WORD at `i`, where a capital stands, for the simple cases only (see the top of this file): the
 * end of the match when it is a simple capital and simple lower-case letters, NO_MATCH when there is
 * certainly no match, UNKNOWN otherwise (run the regex). Sets `simpleMayBeListed` for a match.
 */
export function simpleCapWordEnd(s: string, i: number): number {
  const first = s.charCodeAt(i);
  let lowerFirst: number;
  if (first <= 90) lowerFirst = first | 32;
  else if (first >= 0xc0 && first <= 0xde && first !== 0xd7) lowerFirst = first + 32;
  else return UNKNOWN;
  const n = s.length;
  const second = i + 1 < n ? s.charCodeAt(i + 1) : -1;
  if (!isSimpleLower(second)) {
    if (second >= 0x80) return UNKNOWN;
    if (second !== 39) return NO_MATCH;
    const third = i + 2 < n ? s.charCodeAt(i + 2) : -1;
    return third >= 0x80 || (third >= 65 && third <= 90) ? UNKNOWN : NO_MATCH;
  }
  // The word is hashed only if its first two letters may start a name (a-z..a-z words only).
  const pairOk = lowerFirst > 122 || second > 122 || (SECOND_LETTERS[lowerFirst - 97]! & (1 << (second - 97))) !== 0;
  let h = step(SEED, lowerFirst);
  let j = i + 1;
  if (pairOk) {
    while (j < n) {
      const c = s.charCodeAt(j);
      if (!isSimpleLower(c)) break;
      h = step(h, c);
      j++;
    }
  } else {
    while (j < n && isSimpleLower(s.charCodeAt(j))) j++;
  }
  const next = j < n ? s.charCodeAt(j) : -1;
  if (next >= 0x80 || isAsciiLetter(next) || next === 39 || next === 45) return UNKNOWN;
  if (next >= 48 && next <= 57) return NO_MATCH;
  const b = slot(h);
  simpleMayBeListed = pairOk && (bitmap[b >>> 3]! & (1 << (b & 7))) !== 0;
  return j;
}

/**
 * The next capital from `from` (a code point start) that the PERSON recognizer must look at: as
 * nextCapitalAt, but the capitals that start no match or a simple word the filter rejects (see
 * simpleCapWordEnd) are passed over here, continuing from where the recognizer would continue (after
 * the capital, or after the word: the word holds no other capital). So the recognizer sees the same
 * capitals it would have looked at, and a text with none of them and no cue is done after one call.
 */
export function nextCandidateAt(s: string, from: number): number {
  let p = from;
  for (;;) {
    const index = nextCapitalAt(s, p);
    if (index < 0) return -1;
    const end = simpleCapWordEnd(s, index);
    if (end === NO_MATCH) p = index + 1;
    else if (end > 0 && !simpleMayBeListed) p = end;
    else {
      candidateEnd = end;
      return index;
    }
  }
}

/**
 * simpleCapWordEnd() at the capital the last nextCandidateAt() call returned (UNKNOWN or a word end;
 * simpleMayBeListed is still that call's), so that the recognizer need not read the word again.
 */
export let candidateEnd = UNKNOWN;
