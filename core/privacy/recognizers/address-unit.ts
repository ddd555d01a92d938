/**
 * Exact pre-check on the first code units for the secondary-unit patterns of street-words.ts (EN_SECONDARY,
 * FR_SECONDARY, DE_SECONDARY, ES_SECONDARY), so the address recognizer runs their sticky regexes only where
 * one can match: most street lines have no unit ("Apt 4", "2º B") after them, and a regex exec costs far
 * more than two reads.
 *
 * Every pattern starts `,?[ \t]` (Spanish `,?[ \t]?`) and then an alternation whose first code unit is
 * known: a comma at the end can only be the `,?` (no alternative starts with a comma or blank), the blank
 * likewise. Under the `iu` flags a letter also matches every code unit whose simple case folding is the
 * same: for ASCII letters that is the other case, plus "ſ" (U+017F) for "s" and the Kelvin sign for "k";
 * the non-ASCII letters used are "é"/"É" (French "étage"), "â" ("bât") and "á"/"Á" (Spanish "ático"). A
 * non-ASCII code unit among the first two is handed to the regex itself, so only ASCII answers come from
 * the lists: a word alternative needs its first two letters (every one has two at least).
 */
/**
 * A locale's first code units: `digit` when an alternative starts with \d, `hash` with "#", and the
 * lower-cased first two letters of each word alternative (ASCII letters only; a word whose first two code
 * units are not both ASCII is read by the regex).
 */
export interface UnitStarts { readonly digit: boolean; readonly hash: boolean; readonly pairs: readonly number[] }
const starts = (digit: boolean, hash: boolean, words: string): UnitStarts =>
  Object.freeze({ digit, hash, pairs: Object.freeze(words.split(' ').map((w) => (w.charCodeAt(0) << 8) | w.charCodeAt(1))) });
/** apt apartment suite ste unit flat floor fl # */
export const EN_FIRST = starts(false, true, 'ap su st un fl');
/** \d étage apt appartement bât bâtiment ("é…" and "bâ…" go to the regex) */
export const FR_FIRST = starts(true, false, 'ap');
/** zimmer whg wohnung apt app \d */
export const DE_FIRST = starts(true, false, 'zi wh wo ap');
/** \d bajo ático atico entlo ("á…" goes to the regex) */
export const ES_FIRST = starts(true, false, 'ba at en');

/**
 * May the secondary pattern whose first code units are `first` match at `end`? False only where it cannot;
 * `blankOptional` for the Spanish `[ \t]?`. Under `iu` an ASCII letter matches its other case and, for
 * "s" and "k", a non-ASCII code unit ("ſ", the Kelvin sign): any non-ASCII code unit goes to the regex, and
 * | 32 lower-cases exactly the ASCII letters among the code units that can give a letter.
 */
export function mayHaveUnit(s: string, end: number, first: UnitStarts, blankOptional: boolean): boolean {
  let p = end;
  if (s.charCodeAt(p) === 44) p++;
  const b = s.charCodeAt(p);
  if (b === 32 || b === 9) p++;
  else if (!blankOptional) return false;
  const c = s.charCodeAt(p);
  if (c !== c) return false; // past the end: nothing to match
  if (c >= 128) return true;
  if (c >= 48 && c <= 57) return first.digit;
  if (c === 35) return first.hash;
  const d = s.charCodeAt(p + 1);
  if (d >= 128) return true;
  const pair = ((c | 32) << 8) | (d | 32);
  const pairs = first.pairs;
  for (let i = 0; i < pairs.length; i++) if (pairs[i] === pair) return true;
  return false;
}
