/**
 * Exact first-character pre-check for the secondary-unit patterns of street-words.ts (EN_SECONDARY,
 * FR_SECONDARY, DE_SECONDARY, ES_SECONDARY), so the address recognizer runs their sticky regexes only where
 * one can match: most street lines have no unit ("Apt 4", "2º B") after them, and a regex exec costs far
 * more than two reads.
 *
 * Every pattern starts `,?[ \t]` (Spanish `,?[ \t]?`) and then an alternation whose first code unit is
 * known: a comma at the end can only be the `,?` (no alternative starts with a comma or blank), the blank
 * likewise. Under the `iu` flags a letter also matches every code unit whose simple case folding is the
 * same: for the ASCII first letters used here that is the upper case, plus "ſ" (U+017F) for "s"; the
 * non-ASCII first letters are "é"/"É" (French "étage") and "á"/"Á" (Spanish "ático"). A non-ASCII code
 * unit is handed to the regex itself, so only ASCII answers come from the tables.
 */
const table = (chars: string): Uint8Array => {
  const t = new Uint8Array(128);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
};
const DIGITS = '0123456789';
/** apt apartment suite ste unit flat floor fl # */
export const EN_FIRST = table('aAsSuUfF#');
/** \d étage apt appartement bât bâtiment */
export const FR_FIRST = table(`${DIGITS}aAbB`);
/** zimmer whg wohnung apt app \d */
export const DE_FIRST = table(`${DIGITS}zZwWaA`);
/** \d bajo ático atico entlo */
export const ES_FIRST = table(`${DIGITS}bBaAeE`);

/**
 * May the secondary pattern with first-code-unit table `first` match at `end`? False only where it cannot;
 * `blankOptional` for the Spanish `[ \t]?`.
 */
export function mayHaveUnit(s: string, end: number, first: Uint8Array, blankOptional: boolean): boolean {
  let p = end;
  if (s.charCodeAt(p) === 44) p++;
  const b = s.charCodeAt(p);
  if (b === 32 || b === 9) p++;
  else if (!blankOptional) return false;
  const c = s.charCodeAt(p);
  if (c < 128) return first[c] === 1;
  return c === c; // non-ASCII: let the regex decide (NaN past the end: nothing to match)
}
