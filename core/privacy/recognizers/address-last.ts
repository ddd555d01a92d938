/**
 * numberLast(): the street name before a house number, German "Große Kirchstr. 96c", "Auf dem Hof 14" and
 * Spanish "Calle Mayor 5". Words are read as offsets into two small tables (no Word objects, no slice per
 * word); a word is lower-cased (a slice of `lower` when ASCII, else toLowerCase() of its slice, as before)
 * only where a set is asked about it, and the case and ending tests read code units.
 */
import { DE_PREP, ES_PARTICLE, ES_TYPE } from '../data/street-words.ts';
import { germanSuffix, wordCharAt } from './address-ending.ts';

/** Does s.slice(i, end) start with an upper-case letter (/^\p{Lu}/u)? */
export function upperAt(s: string, i: number, end: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  // A low surrogate starts no letter; a high one only with its pair inside the slice.
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 >= end) return false;
  UPPER_AT.lastIndex = i;
  return UPPER_AT.test(s);
}
const UPPER_AT = /\p{Lu}/uy;

/** The most words numberLast() reads. */
const MAX_WORDS = 7;
/** The words read, nearest the number first: word i is s[STARTS[i], ENDS[i]). */
const STARTS = new Int32Array(MAX_WORDS);
const ENDS = new Int32Array(MAX_WORDS);
/** The end of the word prevWordStart() read last. */
export let prevEnd = 0;

/**
 * The old prevWord() as offsets: the start of the word before `at` (prevEnd its end), or -1 for none.
 * With `commaBlank`, also across ", " (Spanish "Calle de Alcalá, 23").
 */
export function prevWordStart(s: string, at: number, commaBlank: boolean): number {
  let k = at;
  const c = s.charCodeAt(k - 1);
  if (commaBlank && (c === 32 || c === 9) && s.charCodeAt(k - 2) === 44) k -= 2;
  else {
    if (c === 44) k--;
    const d = s.charCodeAt(k - 1);
    if (d !== 32 && d !== 9) return -1;
    k--;
  }
  let b = k;
  while (b > 0 && k - b < 40 && wordCharAt(s, b - 1)) b--;
  if (b === k) return -1;
  prevEnd = k;
  return b;
}

/** Word i lower-cased as toLowerCase() of its slice gives it (ASCII lower-cases on its own in `lower`). */
function lowerWord(s: string, lower: string, i: number): string {
  const b = STARTS[i]!, e = ENDS[i]!;
  for (let j = b; j < e; j++) if (s.charCodeAt(j) >= 128) return s.slice(b, e).toLowerCase();
  return lower.slice(b, e);
}
/** /^\p{Lu}/u on word i. */
const capWord = (s: string, i: number): boolean => upperAt(s, STARTS[i]!, ENDS[i]!);
/** /(?:e|er|es|en)$/u on s[b, e) (case-sensitive: code units). */
function adjectiveEnding(s: string, b: number, e: number): boolean {
  const c = s.charCodeAt(e - 1);
  if (c === 101) return true;
  return (c === 114 || c === 115 || c === 110) && e - 2 >= b && s.charCodeAt(e - 2) === 101;
}
/**
 * /^(?:dem|der|den|die|das)$/i on s[b, e). Without the u flag only ASCII letters fold (a code unit from
 * 128 up whose upper case is ASCII keeps its own), and x | 32 equals a lower-case letter only for it and
 * its upper case.
 */
function article(s: string, b: number, e: number): boolean {
  if (e - b !== 3 || (s.charCodeAt(b) | 32) !== 100) return false;
  const x = s.charCodeAt(b + 1) | 32, y = s.charCodeAt(b + 2) | 32;
  if (x === 101) return y === 109 || y === 114 || y === 110; // dem der den
  return (x === 105 && y === 101) || (x === 97 && y === 115); // die das
}

/** Score and locale of numberLast()'s last match. */
export let lastScore = 0;
export let lastSpanish = false;

/**
 * "Hauptstraße 5", "Calle de Alcalá, 23": the start of the street name before the house number at
 * `numStart`, or -1 (lastScore and lastSpanish then say how it matched). With `spanish` or `preposition`
 * false (address-reach.ts found no Spanish type / capitalised preposition the walk could read), that path
 * cannot match and is skipped, and fewer words are read: the paths left need only the first three (German
 * suffix and its adjectives) or four (prepositions), the same first words.
 */
export function numberLast(s: string, lower: string, numStart: number, spanish = true, preposition = true): number {
  // The word right before the number must be capitalised ("Hauptstraße 5", "Alcalá 23") or a type ("C/").
  let p = numStart - 1;
  if (s[p] === ' ' || s[p] === '\t') p--;
  if (s[p] === ',') p--;
  let b = p;
  while (b > 0 && numStart - b < 42 && s[b - 1] !== ' ' && s[b - 1] !== '\t' && s[b - 1] !== '\n') b--;
  // The same test as /^[\p{Lu}]/u and /\/$/ on s.slice(b, p + 1), without the slice.
  if (b > p || (!upperAt(s, b, p + 1) && s[p] !== '/')) return -1;
  let n = 0;
  let at = numStart;
  const wordsToRead = spanish ? 7 : preposition ? 4 : 3;
  for (let i = 0; i < wordsToRead; i++) {
    const w = prevWordStart(s, at, i === 0);
    if (w < 0) break;
    STARTS[n] = w;
    ENDS[n] = prevEnd;
    n++;
    at = w;
    if (i > 0 && s.charCodeAt(prevEnd) === 44) break;
  }
  if (n === 0) return -1;
  // Spanish: a street type within the words read, followed by capitalised words or particles. (The words
  // between the number and the type all passed the loop's test, which is the old every() over them.)
  for (let i = 0; spanish && i < n; i++) {
    const l = lowerWord(s, lower, i);
    if (ES_TYPE.has(l)) {
      const slash = s.charCodeAt(ENDS[i]! - 1) === 47;
      if (i === 0 && !slash) break;
      if (i === 0 || capWord(s, 0) || slash) {
        lastScore = capWord(s, i) ? 0.85 : 0.7;
        lastSpanish = true;
        return STARTS[i]!;
      }
      break;
    }
    if (!capWord(s, i) && !ES_PARTICLE.has(l)) break;
  }
  // German.
  const b1 = STARTS[0]!, e1 = ENDS[0]!;
  if (!capWord(s, 0) || s.charCodeAt(e1) === 44) return -1;
  let start = -1;
  if (germanSuffix(s, lower, b1, e1)) {
    start = b1;
    // Adjectives and first names before the street word: "Große Kirchstr.", "Morsbroicher Str.". (w1
    // lower-cases to a "str..." exactly when its first three code units are s, t, r in either case: no
    // other code unit lower-cases to one of them.)
    const str = e1 - b1 >= 3 && (s.charCodeAt(b1) | 32) === 115 && (s.charCodeAt(b1 + 1) | 32) === 116 && (s.charCodeAt(b1 + 2) | 32) === 114;
    for (let k = 1; k < n && k < 3 && capWord(s, k) && (str || adjectiveEnding(s, STARTS[k]!, ENDS[k]!)); k++) start = STARTS[k]!;
  }
  // Prepositional names: "Am Markt 3", "Auf dem Blahnenhof 14", "An der Alster 5". (The capital is read
  // first: both must hold.)
  const last = n < 4 ? n : 4;
  for (let i = 1; preposition && i < last; i++) {
    if (capWord(s, i) && DE_PREP.has(lowerWord(s, lower, i))) {
      let between = true;
      for (let j = 1; j < i && between; j++) between = article(s, STARTS[j]!, ENDS[j]!) || capWord(s, j);
      if (between && (start < 0 || STARTS[i]! < start)) start = STARTS[i]!;
      break;
    }
  }
  if (start < 0) return -1;
  lastScore = 0.8;
  lastSpanish = false;
  return start;
}
