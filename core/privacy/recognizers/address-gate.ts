/**
 * The address recognizer's cheap gate: a text without street vocabulary cannot hold an address.
 *
 * The vocabulary is (1) a street word of the phrase list (English suffixes, French and Spanish street
 * types), (2) "The " (English house names), (3) a capitalised German preposition ("Am Markt 3"), or
 * (4) a German street-name ending ("Hauptstraße 5"). The first three cost a lookup in the shared phrase
 * scan or one `includes`; the fourth used to be one regex over the whole lower-cased text,
 * `(?:straße|...|burg)(?![\p{L}])`, which is slow and, since the endings are everyday words too ("see",
 * "tal", "operator"), rarely filtered anything.
 *
 * Why (4) may look only at the word right before a digit group. When (1)-(3) are absent, the
 * recognizer can only find an address on the German suffix path of numberLast():
 * - numberFirst() needs a French type, "The " or an English suffix word right after the number, and a
 *   word from nextWord() is a whole word of the phrase scan's kind (after a blank; it ends before a
 *   character that is no letter or number, or before a dot it dropped), so (1) or (2) holds;
 * - numberLast()'s Spanish path (and so the "s/n" loop, which keeps only Spanish results) needs a
 *   Spanish type among the words prevWord() read, again a whole word, so (1) holds;
 * - its prepositional path needs a capitalised DE_PREP word read by prevWord(), preceded by a character
 *   that is no word character (so no other preposition of the list overlaps it), so (3) holds.
 * The German suffix path needs DE_SUFFIX (case-insensitive, on `norm`) to match the end of w1, the word
 * right before the number (prevWord(s, numStart, true)), with a blank right after w1. So when (1)-(3)
 * are absent, the old gate's answer matters only if some digit group has such a w1; without one the
 * recognizer finds nothing either way, and we can answer false at once. For the first such w1 whose
 * ending also matches (4) itself (its lower-cased letters, the blank after them), the old gate's answer
 * is known to be true. Otherwise (a long s "ſ" matches "s" case-insensitively, but (4) has no `i`
 * flag), the old gate's regex is run as it was, so its answer is always the old one.
 */
import { DE_SUFFIX, EN_SUFFIX, ES_TYPE, DE_PREP, FR_TYPE } from '../data/street-words.ts';
import { SHARED_PHRASES } from '../phrase-matcher.ts';
import { maximalDigitRuns } from '../digit-runs.ts';
import type { RecognizerInput } from '../types.ts';
import { isUpperStart } from './person-casing.ts';
import { endsLikeGermanStreet } from './address-reach.ts';
import { asciiTail, endingAt, wordCharAt } from './address-ending.ts';

/** Street words of the phrase scan (address-reach.ts reads their matches too). */
export const STREET_WORDS = SHARED_PHRASES.define([...EN_SUFFIX, ...FR_TYPE, ...ES_TYPE]);
/** German prepositions count only capitalised ("Am Markt 3"); lower-case "in", "am", "an" are everywhere. */
export const PREPOSITIONS = SHARED_PHRASES.define([...DE_PREP]);
function capitalisedPreposition(input: RecognizerInput): boolean {
  const matches = PREPOSITIONS.matches(input.lower);
  for (let i = 0; i < matches.length; i++) if (isUpperStart(input.norm, matches[i]!.index)) return true;
  return false;
}

/** The old gate's regex (4), on the lower-cased text: no `i` flag. */
const DE_ENDING = new RegExp(DE_SUFFIX.source.replace(/\$$/, '(?![\\p{L}])'), 'u');
/**
 * The old gate's (4), DE_ENDING.test(input.lower), where it can matter: false when no digit group of at
 * most five digits has a w1 (the word prevWord(s, numStart, true) reads, followed by a blank, not a
 * comma) that starts with a capital or a non-ASCII character and matches DE_SUFFIX; the old answer
 * otherwise.
 */
function germanEndingBeforeNumber(input: RecognizerInput): boolean {
  // Everything but the case of w1's first letter is read in `lower`, a flat string (faster to read than
  // a concatenated `norm`): lower-casing keeps the length, the blanks and commas, and whether a code unit
  // is a prevWord() word character (every code unit checked), and it makes a code unit ASCII only when
  // it already was one or is the Kelvin sign (which becomes "k").
  const t = input.lower;
  // Only a long s ("ſ", kept by lower-casing, "s" under `iu`) lets DE_SUFFIX match where no ending ends in
  // `lower` (address-ending.ts): without one in the text, asciiTail() need not be asked.
  const longS = t.indexOf('\u017f') >= 0;
  const groups = maximalDigitRuns(input);
  for (let k = 0; k < groups.count; k++) {
    if (groups.lengths[k]! > 5) continue;
    const numStart = groups.starts[k]!;
    // prevWord(s, numStart, true): "Word 5", "Word ,5" end w1 at a blank; "Word, 5" at a comma (no German).
    let e = numStart - 1;
    const c = t.charCodeAt(e);
    if (c === 44) {
      e--;
      const d = t.charCodeAt(e);
      if (d !== 32 && d !== 9) continue;
    } else if (c === 32 || c === 9) {
      if (t.charCodeAt(e - 1) === 44) continue;
    } else continue;
    // Both tests below need w1 to end in the last letter of a German ending (see address-reach.ts).
    if (!endsLikeGermanStreet(t, e)) continue;
    // Without (4) ending at e, only a w1 with a non-ASCII code unit or "k" in its tail can match DE_SUFFIX
    // (see asciiTail in address-ending.ts): otherwise nothing below can answer true, no need to read back.
    const here = endingAt(t, e);
    if (!here && (!longS || asciiTail(t, e))) continue;
    let b = e;
    let ascii = true;
    while (b > 0 && e - b < 40 && wordCharAt(t, b - 1)) {
      b--;
      const u = t.charCodeAt(b);
      if (u >= 0x80 || u === 107) ascii = false;
    }
    if (b === e) continue;
    // German needs isCap(w1): an ASCII first letter must be A-Z.
    const first = input.norm.charCodeAt(b);
    if (first < 0x80 && !(first >= 65 && first <= 90)) continue;
    // (4) matches here (its lookahead sees the blank at e): the old answer is true.
    if (here) return true;
    // An ASCII w1 (no "k", which may be a Kelvin sign in `norm`) matches DE_SUFFIX exactly when its lower
    // case matches (4)'s alternation, which it does not. Otherwise w1 is tested as numberLast() does; if
    // it matches, the old answer, whatever it was.
    if (!ascii && DE_SUFFIX.test(input.norm.slice(b, e))) return DE_ENDING.test(t);
  }
  return false;
}

/** Cheap gate: some street vocabulary of one of the locales must appear. */
export function streetVocabulary(input: RecognizerInput): boolean {
  return STREET_WORDS.matches(input.lower).length > 0 || input.norm.includes('The ') || capitalisedPreposition(input) || germanEndingBeforeNumber(input);
}
