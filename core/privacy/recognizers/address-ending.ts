/**
 * DE_SUFFIX (the German street-name endings) read from a table instead of a regex, and the word-character
 * test of the address walks, for the address recognizer and its gate. The endings hold no astral code
 * unit, and every one has two code units at least.
 */
import { DE_SUFFIX } from '../data/street-words.ts';
import { IS_WORD, charClass } from '../char-class.ts';

/** (4)'s endings ("straße", "str.", ... "burg"): lower case, one to nine code units, none astral. */
export const ENDINGS = DE_SUFFIX.source.replace(/^\(\?:|\)\$$/g, '').split('|').map((e) => e.replace(/\\\./g, '.'));
const LONGEST_ENDING = Math.max(...ENDINGS.map((e) => e.length));
/**
 * The endings by their last two code units: LIST_OF[pairIndex(a, b)] - 1 indexes LISTS (0: none). The last
 * code unit of every ending is ASCII, the one before it ASCII or "ß" (given row 0, so NUL
 * before the last code unit is no slot: no ending holds NUL).
 */
const LISTS: string[][] = [];
const LIST_OF = new Uint8Array(128 * 128);
/** The slot of the code units (a, b) ending a word, or -1 when no ending can end so. */
function pairIndex(a: number, b: number): number {
  if (!(b < 128)) return -1;
  const x = a < 128 ? (a === 0 ? -1 : a) : a === 0xdf ? 0 : -1;
  return x < 0 ? -1 : x * 128 + b;
}
for (const e of ENDINGS) {
  const slot = pairIndex(e.charCodeAt(e.length - 2), e.charCodeAt(e.length - 1));
  if (slot <= 0 || e.charCodeAt(e.length - 2) === 0) throw new Error(`address-ending: unexpected ending ${e}`);
  if (LIST_OF[slot] === 0) { LISTS.push([]); LIST_OF[slot] = LISTS.length; }
  LISTS[LIST_OF[slot]! - 1]!.push(e);
}
/** The endings that end in the code units before `e` of `t` (undefined: none). */
function endingsBefore(t: string, e: number): string[] | undefined {
  const slot = pairIndex(t.charCodeAt(e - 2), t.charCodeAt(e - 1));
  return slot < 0 || LIST_OF[slot] === 0 ? undefined : LISTS[LIST_OF[slot]! - 1];
}

/**
 * Does one of (4)'s endings end at `e` in the lower-cased `t` (what the sticky lookbehind
 * `(?<=(?:straße|...|burg))` at `e` answers: a code-unit compare, no `i` flag)? `e` must not split a
 * surrogate pair (the gate asks before a blank), where the `u` regex would step back to the pair's start.
 */
export function endingAt(t: string, e: number): boolean {
  if (e < 2) return false;
  const list = endingsBefore(t, e);
  if (list === undefined) return false;
  next: for (let j = 0; j < list.length; j++) {
    const ending = list[j]!;
    const from = e - ending.length;
    if (from < 0) continue;
    for (let i = ending.length - 3; i >= 0; i--) if (t.charCodeAt(from + i) !== ending.charCodeAt(i)) continue next;
    return true;
  }
  return false;
}

/**
 * Are the LONGEST_ENDING code units before `e` (fewer at the start) ASCII and no "k" in `t`? Then the
 * code units of w1 that a DE_SUFFIX match can cover are ASCII in `norm` too (only the Kelvin sign
 * lower-cases into ASCII, to "k"), and an ASCII code unit matches an ending's code unit under `iu` exactly
 * when its lower case equals it (none folds to "ß", "ö" or "ü"): so DE_SUFFIX matches w1 only where
 * endingAt() is true.
 */
export function asciiTail(t: string, e: number): boolean {
  for (let i = Math.max(0, e - LONGEST_ENDING); i < e; i++) {
    const u = t.charCodeAt(i);
    if (u >= 0x80 || u === 107) return false;
  }
  return true;
}

/**
 * Why only the long s matters. Under `iu` a code unit x matches an ending's code unit y (ASCII, "ß", "ö" or
 * "ü") when its simple case folding is y; its code unit in `lower` is x's lower case, which is that folding
 * for every BMP code unit but U+017F "ſ" (folds to "s", lower-cases to itself): the Kelvin sign gives "k"
 * both ways, "ẞ" "ß" (a unit test checks every code unit against the regex). So without a long s, DE_SUFFIX
 * matches a word exactly where an ending ends at the word's end in `lower`.
 */
/**
 * Is DE_SUFFIX.test(norm.slice(b, e)) true? `lower` is the lower case of `norm` (same length). With an
 * ASCII tail without "k" (asciiTail), the match must be an ending that ends at `e` in `lower`, within the
 * word; otherwise the regex answers.
 */
export function germanSuffix(norm: string, lower: string, b: number, e: number): boolean {
  if (!asciiTail(lower, e)) return DE_SUFFIX.test(norm.slice(b, e));
  if (e - b < 2) return false;
  const list = endingsBefore(lower, e);
  if (list === undefined) return false;
  next: for (let j = 0; j < list.length; j++) {
    const ending = list[j]!;
    const from = e - ending.length;
    if (from < b) continue;
    for (let i = ending.length - 3; i >= 0; i--) if (lower.charCodeAt(from + i) !== ending.charCodeAt(i)) continue next;
    return true;
  }
  return false;
}

/**
 * [\p{L}\p{M}\p{N}'’] on the one code unit s[i] (what WORD_CHAR.test(s[i]) answers: a lone surrogate is
 * in no class), and the ASCII . / - too: the prevWord() word characters.
 */
export function wordCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 46 || c === 47 || c === 39 || c === 45;
  return c === 0x2019 || (charClass(c) & IS_WORD) !== 0;
}
