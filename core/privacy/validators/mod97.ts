/** ISO 7064 mod 97-10 over an alphanumeric string (letters A=10 ... Z=35), as used by ISO 13616 IBANs. */
export function mod97(s: string): number {
  let rem = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return -1;
  }
  return rem;
}

/**
 * ISO 13616 check of the IBAN written in s[start, end) with `count` ASCII letters and digits, anything
 * else in the range being skipped as a separator: the first four characters move to the end and the
 * mod-97 remainder must be 1. No string is built. The remainder is taken only when the running value
 * passes 1e13 (and at the end): each step multiplies a value of at most 1e13 by at most 100 and adds at
 * most 35, so the value stays below 2^53 and exact, and reducing later gives the same remainder as reducing every step.
 */
export function ibanValidAt(s: string, start: number, end: number, count: number): boolean {
  if (count < 15 || count > 34) return false;
  let rem = 0, seen = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isAsciiAlnum(c)) continue;
    if (seen++ < 4) continue;
    rem = c <= 57 ? rem * 10 + (c - 48) : rem * 100 + ((c & ~32) - 55);
    if (rem > 1e13) rem %= 97;
  }
  seen = 0;
  for (let i = start; seen < 4 && i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isAsciiAlnum(c)) continue;
    rem = c <= 57 ? rem * 10 + (c - 48) : rem * 100 + ((c & ~32) - 55);
    if (rem > 1e13) rem %= 97;
    seen++;
  }
  return rem % 97 === 1;
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
