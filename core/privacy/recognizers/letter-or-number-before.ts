/**
 * The lookbehind (?<![\p{L}\p{N}]) of a `u`-flag regex, checked by hand: email.ts, iban.ts and url.ts
 * scan with regexes that leave it out, because a lookbehind at the start of a pattern keeps V8 from
 * skipping ahead to the characters a match can start with (the scan gets many times slower).
 */
import { charClass, IS_LETTER_OR_NUMBER, letterOrNumberAt } from '../char-class.ts';

/** Is the code point ending right before `k` a letter or number (a surrogate pair counts as one)? */
export function letterOrNumberBefore(s: string, k: number): boolean {
  if (k === 0) return false;
  const c = s.charCodeAt(k - 1);
  if (c < 0xd800 || c > 0xdfff) return (charClass(c) & IS_LETTER_OR_NUMBER) !== 0;
  // A trail surrogate after a lead one: the pair's code point; any other surrogate stands alone (no class).
  if (c >= 0xdc00 && k >= 2) {
    const lead = s.charCodeAt(k - 2);
    if (lead >= 0xd800 && lead <= 0xdbff) return letterOrNumberAt(s, k - 2);
  }
  return false;
}
