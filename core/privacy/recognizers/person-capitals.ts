/**
 * The capitals where the PERSON recognizer's CAP_WORD ("Sarah", "O'Brien": a capital, then lower-case
 * letters) is tried, and the simple cases decided without the regex. Most capitals in messages are "I",
 * acronyms ("SIM", "GB") or everyday words ("Please", "The"), and they are passed over exactly:
 *
 * - An ASCII capital followed by the end of the text or by an ASCII character other than a-z and "'"
 *   cannot start a CAP_WORD match (its second character must be "'", "’", \p{Ll} or \p{M}).
 * - An ASCII capital followed by a-z letters and then by the end of the text or by an ASCII character
 *   other than a letter, "'" and "-" starts either no match (a digit there fails the lookahead at every
 *   end the regex can backtrack to) or exactly that word (nothing can extend it). Such a word is all
 *   a-z once lower-cased, so it can be listed only if some a-z name starts with its first two letters
 *   and its hash is in the bitmap of the a-z names' hashes (no false negatives); otherwise the
 *   recognizer passes over it, and the word holds no other capital.
 *
 * The next capital is found with a regex: the engine skips text far faster than a charCodeAt loop.
 */
import { FIRST_NAMES, SURNAMES_SET } from '../data/names.ts';
import { classAt, LU } from './person-chars.ts';

/** The a-z names of the lists. */
const AZ_NAMES = [...FIRST_NAMES, ...SURNAMES_SET].filter((n) => /^[a-z]+$/.test(n));

/** Per first letter (a-z), a bit per second letter (a-z) with which some a-z name starts. */
const SECOND_LETTERS = new Int32Array(26);
for (const n of AZ_NAMES) if (n.length >= 2) SECOND_LETTERS[n.charCodeAt(0) - 97]! |= 1 << (n.charCodeAt(1) - 97);

/**
 * ASCII capitals not followed by the end of the text or an ASCII character other than a-z and "'"
 * (the first case above), Latin-1 capitals and everything from U+0100 on (high surrogates included).
 */
const STOP = /[A-Z](?=[a-z'\u0080-\uffff])|[\u00c0-\u00de\u0100-\uffff]/g;

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
 * A bitmap of hashes of the a-z names: no false negatives, so a word it rejects is certainly not in
 * FIRST_NAMES or SURNAMES_SET; a word it accepts (listed, or a rare collision) is checked with the sets.
 */
const BITS = 16;
const bitmap = new Uint8Array(1 << (BITS - 3));
const SEED = 0x811c9dc5;
const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const slot = (h: number) => Math.imul(h, 0x9e3779b1) >>> (32 - BITS);
for (const name of AZ_NAMES) {
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
 * end of the match when it is an ASCII capital and a-z letters, NO_MATCH when there is certainly no
 * match, UNKNOWN otherwise (run the regex). Sets `simpleMayBeListed` for a match.
 */
export function simpleCapWordEnd(s: string, i: number): number {
  const first = s.charCodeAt(i);
  if (first > 90) return UNKNOWN;
  const n = s.length;
  const second = i + 1 < n ? s.charCodeAt(i + 1) : -1;
  if (second < 97 || second > 122) return second === 39 || second >= 0x80 ? UNKNOWN : NO_MATCH;
  let h = step(SEED, first | 32);
  let j = i + 1;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c < 97 || c > 122) break;
    h = step(h, c);
    j++;
  }
  const next = j < n ? s.charCodeAt(j) : -1;
  if (next >= 0x80 || isAsciiLetter(next) || next === 39 || next === 45) return UNKNOWN;
  if (next >= 48 && next <= 57) return NO_MATCH;
  const b = slot(h);
  simpleMayBeListed = (SECOND_LETTERS[(first | 32) - 97]! & (1 << (second - 97))) !== 0 && (bitmap[b >>> 3]! & (1 << (b & 7))) !== 0;
  return j;
}
