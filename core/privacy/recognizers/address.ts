/**
 * ADDRESS (street line) with street patterns per locale, no gazetteer:
 * - number first: English "221B Baker Street Apt 4", French "12 bis rue de la Paix 2 étage";
 * - number last: German "Große Kirchstr. 96c Zimmer 3", "Auf dem Hof 14"; Spanish "Calle Mayor 5, 2º B".
 * Anchored on house numbers and bounded word walks, so the scan is linear.
 */
import {
  DE_SECONDARY, EN_SECONDARY, EN_SUFFIX, EN_SUFFIX_LOWER, ES_SECONDARY,
  FR_PARTICLE, FR_SECONDARY, FR_TYPE,
} from '../data/street-words.ts';
import { SENTENCE_WORDS } from '../data/stopwords.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';
import { PREPOSITIONS, STREET_WORDS, streetVocabulary } from './address-gate.ts';
import { endReach, endsLikeGermanStreet, mayHaveStreetAfter, mayPrepositionBefore, maySpanishBefore, firstStreetFrom, startReach, streetWordFrom } from './address-reach.ts';
import { houseNumberLength, wordEnd } from './address-scan.ts';
import { DE_FIRST, EN_FIRST, ES_FIRST, FR_FIRST, mayHaveUnit } from './address-unit.ts';
import { fewerDigits } from './gate.ts';
import { germanSuffix, wordCharAt } from './address-ending.ts';
import { IS_LETTER, charClass } from '../char-class.ts';
import { maximalDigitRuns } from '../digit-runs.ts';
import { lastScore, lastSpanish, numberLast, prevEnd, prevWordStart, upperAt } from './address-last.ts';

const UPPER_START = /\p{Lu}/uy;
/** /^\p{Lu}/u.test(w), with ASCII answered without the regex. */
function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  UPPER_START.lastIndex = 0;
  return UPPER_START.test(w);
}

interface Word { start: number; end: number; text: string }

function nextWord(s: string, at: number): Word | null {
  let k = at;
  if (s[k] === ',') k++;
  if (s[k] !== ' ' && s[k] !== '\t') return null;
  k++;
  let e = wordEnd(s, k);
  if (e < 0) return null;
  // Keep abbreviation dots ("Str.", "Av.") but not a sentence-final dot after a long word (/str\.$/i:
  // ASCII case only).
  if (s.charCodeAt(e - 1) === 46 && e - k > 5 && !((s.charCodeAt(e - 4) | 32) === 115 && (s.charCodeAt(e - 3) | 32) === 116 && (s.charCodeAt(e - 2) | 32) === 114)) e--;
  return { start: k, end: e, text: s.slice(k, e) };
}

/**
 * The end of a secondary unit ("Apt 4", "2º B") right after `end`, or `end`. The patterns used to run on
 * s.slice(end, end + 30) anchored with ^; their sticky copies run on `s` at `end` instead: a match and the
 * code unit its final lookahead reads lie within 21 code units, so the slice end never mattered.
 */
function secondary(s: string, end: number, re: RegExp): number {
  if (!mayHaveUnit(s, end, re === EN_UNIT ? EN_FIRST : re === FR_UNIT ? FR_FIRST : re === DE_UNIT ? DE_FIRST : ES_FIRST, re === ES_UNIT)) return end;
  re.lastIndex = end;
  const m = re.exec(s);
  return m ? end + m[0].length : end;
}
/** A sticky copy of an anchored secondary pattern (each top-level alternative starts with ^). */
const sticky = (re: RegExp): RegExp => new RegExp(re.source.replace(/(^|\|)\^/g, '$1'), `${re.flags}y`);
const EN_UNIT = sticky(EN_SECONDARY);
const FR_UNIT = sticky(FR_SECONDARY);
const DE_UNIT = sticky(DE_SECONDARY);
const ES_UNIT = sticky(ES_SECONDARY);

/** A capitalised function word ("Of", "At") next to a candidate shows Title-Cased text: is s[b, e) one? */
function titleCasedAt(s: string, lower: string, b: number, e: number): boolean {
  return e - b > 1 && upperAt(s, b, e) && SENTENCE_WORDS.has(asciiOnly(s, b, e) ? lower.slice(b, e) : s.slice(b, e).toLowerCase());
}
/**
 * Is the English match from `numStart` to `end` in Title-Cased text: a title-cased function word right
 * after it, or, mid-sentence, right before it? (The old eager form read the word before and ran the
 * mid-sentence regex on every match; the tests are pure, so they are now asked in the cheapest order and
 * only while the answer is open.)
 */
function titleCasedAround(s: string, lower: string, numStart: number, end: number): boolean {
  const e = nextWordEnd(s, end);
  if (e >= 0 && titleCasedAt(s, lower, wordStart, e)) return true;
  const b = prevWordStart(s, numStart, false);
  return b >= 0 && titleCasedAt(s, lower, b, prevEnd) && !/(?:^|[.!?\n]\s*)$/.test(s.slice(Math.max(0, b - 3), b));
}

/** The start of the word nextWordEnd() read last. */
let wordStart = 0;
/** nextWord() as offsets: the end of the word (wordStart its start), or -1 for none. No object, no slice. */
function nextWordEnd(s: string, at: number): number {
  let k = at;
  if (s.charCodeAt(k) === 44) k++;
  const b = s.charCodeAt(k);
  if (b !== 32 && b !== 9) return -1;
  k++;
  let e = wordEnd(s, k);
  if (e < 0) return -1;
  if (s.charCodeAt(e - 1) === 46 && e - k > 5 && !((s.charCodeAt(e - 4) | 32) === 115 && (s.charCodeAt(e - 3) | 32) === 116 && (s.charCodeAt(e - 2) | 32) === 114)) e--;
  wordStart = k;
  return e;
}

/** Are s[k, e) all ASCII? */
function asciiOnly(s: string, k: number, e: number): boolean {
  for (let i = k; i < e; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** /^\d{1,3}(?:st|nd|rd|th)$/i on an ASCII s[k, e). */
function ordinalAscii(s: string, k: number, e: number): boolean {
  const n = e - k;
  if (n < 3 || n > 5) return false;
  for (let i = k; i < e - 2; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  const a = s.charCodeAt(e - 2) | 32, b = s.charCodeAt(e - 1) | 32;
  // | 32 maps only the upper-case letters onto these lower-case ones among ASCII code units.
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}
/** /^\p{Ll}+$/u on an ASCII non-empty s[k, e). */
function lowerLettersAscii(s: string, k: number, e: number): boolean {
  for (let i = k; i < e; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;
const LOWER_LETTERS = /^\p{Ll}+$/u;

/**
 * "221B Baker Street", "12 rue de la Paix". Words are read as offsets (nextWordEnd()); an all-ASCII word
 * is looked up by its slice of `lower` (what toLowerCase() of the word gives: ASCII lower-cases on its
 * own, whatever the context) and tested with charCode reads; any other word takes the string path. The
 * English suffix sets are asked only at a street match (address-reach.ts).
 */
function numberFirst(s: string, lower: string, numStart: number, numEnd: number): { end: number; score: number } | null {
  let e = nextWordEnd(s, numEnd);
  let k = wordStart;
  // /^(?:bis|ter)$/i has no u flag: only ASCII letters fold.
  if (e >= 0 && e - k === 3) {
    const a = s.charCodeAt(k) | 32, b = s.charCodeAt(k + 1) | 32, c = s.charCodeAt(k + 2) | 32;
    if ((a === 98 && b === 105 && c === 115) || (a === 116 && b === 101 && c === 114)) { e = nextWordEnd(s, e); k = wordStart; }
  }
  if (e < 0) return null;
  const firstStreet = firstStreetFrom(k);
  if (firstStreet === k && FR_TYPE.has(s.slice(k, e).toLowerCase())) return frenchStreet(s, lower, e);
  // English house names without a suffix: "85 The Coppice".
  if (e - k === 3 && s.startsWith('The', k)) {
    const n = nextWord(s, e);
    if (n && isCap(n.text) && !SENTENCE_WORDS.has(n.text.toLowerCase()) && s[e] === ' ') return { end: secondary(s, n.end, EN_UNIT), score: 0.7 };
  }
  // English: up to four name words then a suffix; take the last suffix seen. Function words ("20 now and
  // the rest") end the walk, and in all-lower-case or Title-Cased text ("20 Pounds Rest Of Month") only
  // unambiguous street types count.
  let end = -1;
  let endPlain = -1;
  const allLower = !upperAt(s, k, e);
  let street = firstStreet;
  for (let i = 0; i < 5 && e >= 0; i++) {
    let l: string;
    let capOk: boolean;
    if (asciiOnly(s, k, e)) {
      l = lower.slice(k, s.charCodeAt(e - 1) === 46 ? e - 1 : e);
      const c = s.charCodeAt(k);
      capOk = (c >= 65 && c <= 90) || ordinalAscii(s, k, e) || (allLower && lowerLettersAscii(s, k, e));
    } else {
      const text = s.slice(k, e);
      const lowerText = text.toLowerCase();
      l = lowerText.endsWith('.') ? lowerText.slice(0, -1) : lowerText;
      capOk = isCap(text) || ORDINAL.test(text) || (allLower && LOWER_LETTERS.test(text));
    }
    if (!capOk || SENTENCE_WORDS.has(l)) break;
    if (i > 0) {
      if (street >= 0 && street < k) street = firstStreetFrom(k);
      if (street === k) {
        if (EN_SUFFIX_LOWER.has(l)) endPlain = e;
        if (!allLower && EN_SUFFIX.has(l)) end = e;
      }
    }
    // Past the last street word the walk can change nothing (address-reach.ts). Asked only after a street
    // word: before the first, mayHaveStreetAfter() has found one ahead.
    if ((end === e || endPlain === e) && !streetWordFrom(e)) break;
    e = nextWordEnd(s, e);
    k = wordStart;
    if (e >= 0 && s.charCodeAt(k - 2) === 44) break;
  }
  if (allLower || (end >= 0 && titleCasedAround(s, lower, numStart, end))) end = endPlain;
  if (end < 0) return null;
  if (s[end] === '.' && shortWordBefore(s, end)) end++;
  return { end: secondary(s, end, EN_UNIT), score: allLower ? 0.65 : 0.85 };
}

/** /^(?:apt\.?|appartement|bât\.?|bâtiment|étage)$/ (no flags) as a set. */
const FR_STOP = new Set(['apt', 'apt.', 'appartement', 'bât', 'bât.', 'bâtiment', 'étage']);
/** Are the first two code units of `w` from [ld] then [’']? (Both elision regexes below need it.) */
const elisionAt = (w: string, i: number): boolean => {
  const a = w.charCodeAt(i), b = w.charCodeAt(i + 1);
  return (a === 108 || a === 100) && (b === 0x2019 || b === 39);
};
const ELIDED_CAP = /^[ld][’']\p{Lu}/u;
const ELIDED = /^[ld][’']\p{L}/u;

/**
 * numberFirst()'s French path after the type word ending at `typeEnd`: "12 rue de la Paix". Words are
 * read as offsets (nextWordEnd()); a word is lower-cased as toLowerCase() of its slice (a slice of `lower`
 * when ASCII); the elision regexes run only on a word that starts like one.
 */
function frenchStreet(s: string, lower: string, typeEnd: number): { end: number; score: number } | null {
  let end = -1;
  let e = typeEnd;
  for (let i = 0; i < 7; i++) {
    e = nextWordEnd(s, e);
    // nextWord()'s word starts after a blank: only a comma before that blank ends the walk.
    if (e < 0 || s.charCodeAt(wordStart - 2) === 44) break;
    const k = wordStart;
    const l = asciiOnly(s, k, e) ? lower.slice(k, e) : s.slice(k, e).toLowerCase();
    if (FR_STOP.has(l)) break;
    if (upperAt(s, k, e) && !SENTENCE_WORDS.has(l)) { end = e; continue; }
    if (elisionAt(s, k) && ELIDED_CAP.test(s.slice(k, e))) { end = e; continue; }
    if (FR_PARTICLE.has(l) || (elisionAt(l, 0) && ELIDED.test(l))) continue;
    break;
  }
  if (end < 0) return null;
  return { end: secondary(s, end, FR_UNIT), score: 0.85 };
}

/**
 * Is the text from the last space before `end` up to `end` one to four letters ("St", "Ave")? The same
 * answer as `/^\p{L}{1,4}$/u.test(s.slice(s.lastIndexOf(' ', end) + 1, end))`, but reading at most nine
 * code units back: four code points take at most eight, so a longer stretch cannot match. (An unbounded
 * lastIndexOf per match was quadratic on long texts without spaces.)
 */
function shortWordBefore(s: string, end: number): boolean {
  const floor = Math.max(0, end - 9);
  let p = end - 1;
  while (p >= floor && s.charCodeAt(p) !== 32) p--;
  if (p < floor && floor > 0) return false;
  return SHORT_WORD.test(s.slice(p + 1, end));
}
const SHORT_WORD = /^\p{L}{1,4}$/u;


/**
 * Does numberLast()'s German suffix path match at `numStart`: is w1, the word prevWord(s, numStart, true)
 * reads, capitalised, followed by no comma, and matched by DE_SUFFIX? The same reads without the word
 * objects, and the regex only for a word whose last code unit can end a German street name.
 */
function germanSuffixBefore(s: string, lower: string, numStart: number): boolean {
  let k = numStart;
  const c = s.charCodeAt(k - 1);
  if (c === 32 || c === 9) {
    if (s.charCodeAt(k - 2) === 44) return false; // "Word, 5": w1 is followed by its comma
  } else if (c === 44) k--;
  else return false;
  const d = s.charCodeAt(k - 1);
  if (d !== 32 && d !== 9) return false;
  k--;
  if (!endsLikeGermanStreet(s, k)) return false;
  let b = k;
  while (b > 0 && k - b < 40 && wordCharAt(s, b - 1)) b--;
  return b < k && upperAt(s, b, k) && germanSuffix(s, lower, b, k);
}

const isLetterAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  // /\p{L}/u on the one code unit s[i]: a lone surrogate is no letter (NaN past the end: none).
  return c === c && (charClass(c) & IS_LETTER) !== 0;
};
const isBlank = (s: string, i: number) => s[i] === ' ' || s[i] === '\t';

/** A letter right after "12 " / "12, " or right before " 12" / ", 12" (cheap pre-check). */
function letterNear(s: string, numStart: number, numEnd: number): boolean {
  let a = numEnd;
  if (s[a] === ',') a++;
  if (isBlank(s, a) && isLetterAt(s, a + 1)) return true;
  let b = numStart - 1;
  if (!isBlank(s, b)) return false;
  b--;
  if (s[b] === ',') b--;
  return b >= 0 && (isLetterAt(s, b) || s[b] === '.' || s[b] === '/');
}

/**
 * Spanish "s/n" (sin número), tried (sticky) only before a "/n" of the lower-cased text: its "n" may be
 * "N" in `norm`, its "s" also "S" or the long s (case-insensitive).
 */
const SN = /(?<![\p{L}])s\/n\.?/iuy;

export const addressRecognizer: Recognizer = Object.freeze({
  name: 'address',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    if (fewerDigits(input, 1) && !input.lower.includes('s/n')) return out;
    if (!streetVocabulary(input)) return out;
    const s = input.norm;
    const groups = maximalDigitRuns(input);
    startReach(s, STREET_WORDS.matches(input.lower), PREPOSITIONS.matches(input.lower));
    let from = 0;
    for (let k = 0; k < groups.count; k++) {
      const numStart = groups.starts[k]!;
      if (numStart < from || groups.lengths[k]! > 5) continue;
      const houseLength = houseNumberLength(s, numStart, groups.lengths[k]!);
      if (houseLength < 0) continue;
      const numEnd = numStart + houseLength;
      from = numEnd;
      if (!letterNear(s, numStart, numEnd)) continue;
      // The pre-checks (address-reach.ts) skip the walks only where they find nothing.
      const first = mayHaveStreetAfter(numEnd) ? numberFirst(s, input.lower, numStart, numEnd) : null;
      if (first) {
        out.push({ type: 'ADDRESS', start: numStart, end: first.end, score: first.score });
        from = first.end;
        continue;
      }
      const spanish = maySpanishBefore(numStart);
      const preposition = mayPrepositionBefore(numStart);
      const start = spanish || preposition || germanSuffixBefore(s, input.lower, numStart) ? numberLast(s, input.lower, numStart, spanish, preposition) : -1;
      if (start >= 0) {
        const end = secondary(s, numEnd, lastSpanish ? ES_UNIT : DE_UNIT);
        out.push({ type: 'ADDRESS', start, end, score: lastScore });
        from = end;
      }
    }
    endReach();
    const lower = input.lower;
    from = 0;
    for (let j = lower.indexOf('/n', 1); j >= 0; j = lower.indexOf('/n', j + 1)) {
      if (j - 1 < from) continue;
      SN.lastIndex = j - 1;
      const m = SN.exec(s);
      if (m === null) continue;
      const start = numberLast(s, lower, m.index);
      if (start >= 0 && lastSpanish) {
        out.push({ type: 'ADDRESS', start, end: secondary(s, m.index + m[0].length, ES_UNIT), score: lastScore });
      }
      from = m.index + m[0].length;
    }
    return out;
  },
});
