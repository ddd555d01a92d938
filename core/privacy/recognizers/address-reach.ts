/**
 * Exact pre-checks that let the address recognizer skip numberFirst() and numberLast() at a house
 * number where they cannot find anything: each answers false only where the full function returns null,
 * and costs a few reads instead of a walk over words with a slice, lower-casing and set lookups per word.
 *
 * They read the matches of the shared phrase scan (STREET_WORDS, PREPOSITIONS of address-gate.ts), which
 * holds every street word the recognizer can rely on. Why a word read by the recognizer shows up there:
 * - The scan reports, per list, the longest phrase at each word start (a position after no \p{L}\p{N}\p{M}
 *   code unit) that no letter or number follows, and a list's matches do not overlap.
 * - A word of nextWord() starts after a blank; one of prevWord() after a code unit that is no
 *   [\p{L}\p{M}\p{N}'’./-] (the street words are far shorter than its 40-unit cap). So the scan tries
 *   that position, and no earlier match of the list covers it: the phrases hold no blank and no such
 *   code unit.
 * - Its lower case (toLowerCase() of the word, which equals `lower` there for every word that lower-cases
 *   to a phrase of these lists) is the phrase, or the phrase and a final dot that numberFirst() drops; the
 *   word ends before a code unit that is no letter or number (nextWord(): no word character, or the dot it
 *   dropped; prevWord(): a blank or comma). So the phrase matches there, or a longer one (no longer one
 *   for prevWord(): the phrases hold no blank or comma).
 * The checks use cursors over the match lists that only move forward, since the recognizer visits house
 * numbers left to right: the work is linear in the matches.
 */
import { DE_SUFFIX, ES_TYPE } from '../data/street-words.ts';
import type { PhraseMatch } from '../phrase-matcher.ts';
import { onRelease } from '../per-text-caches.ts';

/**
 * How far after the house number numberFirst() can read a street word: the first word starts at most
 * seven code units on (", " or a blank, then "bis " or "ter " and ", "), and the English walk reads four
 * more words after it, each at most 40 code units long and starting at most two code units (", ") after
 * the previous one. French types and "The" are the first word itself.
 */
const REACH_AFTER = 7 + 4 * 42;
/**
 * How far before the house number numberLast() can read a word: at most seven words of at most 40 code
 * units, each followed by at most two separator code units (", " or "," and a blank).
 */
const REACH_BEFORE = 7 * 42;

/**
 * The walks step word by word: a word (no blank in it; ASCII code units only [0-9A-Za-z./'-]), then an
 * optional comma and exactly one blank. So the stretch between the house number and a word the walk
 * reads has one blank per step and no other ASCII code unit: at most six blanks after the number
 * ("bis", the first word, four more), seven before it.
 */
const ASCII_WALK = new Uint8Array(128);
for (const c of "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ./'-,") ASCII_WALK[c.charCodeAt(0)] = 1;
const BLANKS_AFTER = 6;
const BLANKS_BEFORE = 7;

/** Can the walk cross s[from, to) with at most `blanks` steps? */
function walkable(s: string, from: number, to: number, blanks: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (--blanks < 0) return false;
    } else if (c < 128 && ASCII_WALK[c] === 0) return false;
  }
  return true;
}

const NONE: readonly PhraseMatch[] = Object.freeze([]);
let streets: readonly PhraseMatch[] = NONE;
let prepositions: readonly PhraseMatch[] = NONE;
let norm = '';
/** The next "The " at or after the last place asked about (-1: none left). */
let nextThe = -1;
/** The first street match after the last house number asked about. */
let afterCursor = 0;
/** Scan positions, and the last Spanish street type / capitalised preposition seen before them (-1: none). */
let spanishCursor = 0;
let lastSpanish = -1;
let prepositionCursor = 0;
let lastPreposition = -1;

/** Starts a text: its street-word and preposition matches (of the lower-cased `s`). */
export function startReach(s: string, streetMatches: readonly PhraseMatch[], prepositionMatches: readonly PhraseMatch[]): void {
  norm = s;
  nextThe = s.indexOf('The ');
  streets = streetMatches;
  prepositions = prepositionMatches;
  afterCursor = 0;
  spanishCursor = 0;
  lastSpanish = -1;
  prepositionCursor = 0;
  lastPreposition = -1;
}

/** Drops the text (also done after each detect() call). */
export function endReach(): void {
  norm = '';
  streets = NONE;
  prepositions = NONE;
}
onRelease(endReach);

/**
 * Can numberFirst() find a street after the house number ending at `numEnd`? It needs a French type, an
 * English suffix (lists of STREET_WORDS) within REACH_AFTER, or "The " as the first word.
 */
export function mayHaveStreetAfter(numEnd: number): boolean {
  const m = streets;
  let i = afterCursor;
  while (i < m.length && m[i]!.index <= numEnd) i++;
  afterCursor = i;
  // A later match lies farther, past at least as many blanks: the first one decides.
  if (i < m.length && m[i]!.index <= numEnd + REACH_AFTER && walkable(norm, numEnd, m[i]!.index, BLANKS_AFTER)) return true;
  // "The " as the first word: it starts at most seven code units on. (Each search starts past the last
  // one found, so they read the text once.)
  if (nextThe >= 0 && nextThe <= numEnd) nextThe = norm.indexOf('The ', numEnd + 1);
  return nextThe >= 0 && nextThe <= numEnd + 7;
}

/**
 * Is there a street match at `pos` or later? numberFirst() asks while it walks the words after the house
 * number mayHaveStreetAfter() was last asked about (so `pos` lies past it): without one, no word it reads
 * from `pos` on can be an English suffix, and the walk can stop.
 */
export function streetWordFrom(pos: number): boolean {
  return firstStreetFrom(pos) >= 0;
}

/**
 * The start of the first street match at `pos` or later, or -1 (asked as streetWordFrom() is). A word
 * numberFirst() reads whose lower case (less a final dot) is a street word has a match at its start (see
 * the top of this file), so a word with none needs no set look-up. The matches looked at lie between the
 * house number and `pos`, within the walk's reach.
 */
export function firstStreetFrom(pos: number): number {
  const m = streets;
  let i = afterCursor;
  while (i < m.length && m[i]!.index < pos) i++;
  return i < m.length ? m[i]!.index : -1;
}

/**
 * Can numberLast()'s Spanish path find a street before the house number at `numStart`? It needs a
 * Spanish street type among the words it reads. (Called for every house number in turn, as is the next.)
 */
export function maySpanishBefore(numStart: number): boolean {
  // The nearest match before the number decides: an earlier one lies past at least as many blanks.
  const m = streets;
  let i = spanishCursor;
  for (; i < m.length && m[i]!.index < numStart; i++) if (ES_TYPE.has(m[i]!.phrase)) lastSpanish = m[i]!.index;
  spanishCursor = i;
  return lastSpanish >= 0 && numStart - lastSpanish <= REACH_BEFORE && walkable(norm, lastSpanish, numStart, BLANKS_BEFORE);
}

/**
 * Can numberLast()'s prepositional path find a street before the house number at `numStart`? It needs
 * a capitalised DE_PREP word (a capital: an ASCII A-Z first code unit, or any other) among those read.
 */
export function mayPrepositionBefore(numStart: number): boolean {
  const p = prepositions;
  let j = prepositionCursor;
  for (; j < p.length && p[j]!.index < numStart; j++) {
    const at = p[j]!.index;
    const c = norm.charCodeAt(at);
    if (c >= 128 || (c >= 65 && c <= 90)) lastPreposition = at;
  }
  prepositionCursor = j;
  return lastPreposition >= 0 && numStart - lastPreposition <= REACH_BEFORE && walkable(norm, lastPreposition, numStart, BLANKS_BEFORE);
}

/** The last code units of DE_SUFFIX's endings. */
const LAST_OF_ENDINGS = [...new Set(DE_SUFFIX.source.replace(/^\(\?:|\)\$$/g, '').split('|').map((e) => e.replace(/\\\./g, '.').slice(-1)))];
/** A one-code-unit string of a code unit that DE_SUFFIX (`i` and `u` flags) can match as an ending's last. */
const LAST_CHAR = new RegExp(`^[${LAST_OF_ENDINGS.map((c) => (c === '.' ? '\\.' : c)).join('')}]$`, 'iu');
const ASCII_LAST = new Uint8Array(128);
/** The one code unit from U+0080 up that LAST_CHAR matches (a unit test checks every code unit). */
const KELVIN = 0x212a;
for (let c = 0; c < 128; c++) ASCII_LAST[c] = LAST_CHAR.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Can a word ending at `end` (exclusive) end in a DE_SUFFIX match, in the normalised text or in its lower
 * case? Its last code unit must be one that case-folds to an ending's last (an ASCII letter or the dot;
 * of the rest only the Kelvin sign, which lower-cases to "k", a low surrogate never). False before 0.
 */
export function endsLikeGermanStreet(s: string, end: number): boolean {
  const c = s.charCodeAt(end - 1);
  if (c < 128) return ASCII_LAST[c] === 1;
  return c === KELVIN;
}
