import { mod97 } from './mod97.ts';

// The checks read char codes instead of running regexes and slicing: each function gives the answers of
// its regex-based original for every string (differential-fuzzed against it).

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Are s[a, b) all ASCII digits (and the range inside s)? */
function allDigits(s: string, a: number, b: number): boolean {
  if (b > s.length) return false;
  for (let i = a; i < b; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** The number written by the ASCII digits s[a, b). */
function digitsValue(s: string, a: number, b: number): number {
  let v = 0;
  for (let i = a; i < b; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

/** US SSN "AAA-GG-SSSS": area 000, 666 and 900-999, group 00 and serial 0000 are never issued. */
export function ssnValid(digits: string): boolean {
  if (digits.length !== 9 || !allDigits(digits, 0, 9)) return false;
  const area = digitsValue(digits, 0, 3);
  if (area === 0 || area === 666 || area >= 900) return false;
  if (digitsValue(digits, 3, 5) === 0 || digitsValue(digits, 5, 9) === 0) return false;
  // Advertising / well-known invalid numbers.
  if (digits === '078051120' || digits === '219099999' || digits === '123456789') return false;
  return true;
}

const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
const NINO_SHAPE = /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/;
/** UK National Insurance number: two letters, six digits, suffix A-D; invalid prefixes rejected. */
export function ninoValid(compactUpper: string): boolean {
  if (!NINO_SHAPE.test(compactUpper)) return false;
  return !NINO_BAD_PREFIX.has(compactUpper.slice(0, 2));
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const isUpper = (c: number) => c >= 65 && c <= 90;
/** Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter), mod 23 control letter. */
export function dniValid(compactUpper: string): boolean {
  if (compactUpper.length !== 9 || !isUpper(compactUpper.charCodeAt(8))) return false;
  const letter = compactUpper[8];
  if (allDigits(compactUpper, 0, 8)) return DNI_LETTERS[digitsValue(compactUpper, 0, 8) % 23] === letter;
  const x = 'XYZ'.indexOf(compactUpper[0]!);
  if (x < 0 || !allDigits(compactUpper, 1, 8)) return false;
  return DNI_LETTERS[(x * 1e7 + digitsValue(compactUpper, 1, 8)) % 23] === letter;
}

const NIR_SHAPE = /^([12]\d{4}(?:\d{2}|2A|2B)\d{6})(\d{2})$/;
/** French NIR (social security number): 13 characters + 2-digit key = 97 - (n mod 97); Corsica 2A/2B. */
export function nirValid(compact: string): boolean {
  // Fast path: fifteen digits (no Corsica letters), the shape check is then "starts with 1 or 2".
  if (compact.length === 15 && allDigits(compact, 0, 15)) {
    const c = compact.charCodeAt(0);
    if (c !== 49 && c !== 50) return false;
    let rem = 0;
    for (let i = 0; i < 13; i++) rem = (rem * 10 + (compact.charCodeAt(i) - 48)) % 97;
    return 97 - rem === digitsValue(compact, 13, 15);
  }
  const m = NIR_SHAPE.exec(compact.toUpperCase());
  if (!m) return false;
  const body = m[1]!.replace('2A', '19').replace('2B', '18');
  const rem = mod97(body);
  return rem >= 0 && 97 - rem === Number(m[2]);
}

/** German tax id (Steuer-IdNr): 11 digits, first non-zero, ISO 7064 MOD 11,10 check digit. */
export function steuerIdValid(digits: string): boolean {
  if (digits.length !== 11 || digits.charCodeAt(0) === 48 || !allDigits(digits, 0, 11)) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === digits.charCodeAt(10) - 48;
}
