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

/** IBAN check: move the first four characters to the end; the remainder must be 1. */
export function ibanValid(compactUpper: string): boolean {
  if (compactUpper.length < 15 || compactUpper.length > 34) return false;
  return mod97(compactUpper.slice(4) + compactUpper.slice(0, 4)) === 1;
}
