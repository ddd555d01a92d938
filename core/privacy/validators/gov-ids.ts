import { mod97 } from './mod97.ts';

/** US SSN "AAA-GG-SSSS": area 000, 666 and 900-999, group 00 and serial 0000 are never issued. */
export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  // Advertising / well-known invalid numbers.
  if (digits === '078051120' || digits === '219099999' || digits === '123456789') return false;
  return true;
}

const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
/** UK National Insurance number: two letters, six digits, suffix A-D; invalid prefixes rejected. */
export function ninoValid(compactUpper: string): boolean {
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(compactUpper)) return false;
  return !NINO_BAD_PREFIX.has(compactUpper.slice(0, 2));
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter), mod 23 control letter. */
export function dniValid(compactUpper: string): boolean {
  let m = /^(\d{8})([A-Z])$/.exec(compactUpper);
  if (m) return DNI_LETTERS[Number(m[1]) % 23] === m[2];
  m = /^([XYZ])(\d{7})([A-Z])$/.exec(compactUpper);
  if (m) return DNI_LETTERS[Number('XYZ'.indexOf(m[1]!) + m[2]!) % 23] === m[3];
  return false;
}

/** French NIR (social security number): 13 characters + 2-digit key = 97 - (n mod 97); Corsica 2A/2B. */
export function nirValid(compact: string): boolean {
  const m = /^([12]\d{4}(?:\d{2}|2A|2B)\d{6})(\d{2})$/.exec(compact.toUpperCase());
  if (!m) return false;
  const body = m[1]!.replace('2A', '19').replace('2B', '18');
  const rem = mod97(body);
  return rem >= 0 && 97 - rem === Number(m[2]);
}

/** German tax id (Steuer-IdNr): 11 digits, first non-zero, ISO 7064 MOD 11,10 check digit. */
export function steuerIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(digits[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === Number(digits[10]);
}
