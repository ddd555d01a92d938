/**
 * Case references customers can read out over the phone: `CL-XXXX-XXXX` over a Crockford-style
 * alphabet without the look-alikes I, L, O, U, 0 and 1 (30^8 ≈ 6.6e11 values).
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

const REFERENCE_PATTERN = new RegExp(`^CL-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

/** A fresh random reference, e.g. `CL-7K4Q-92XD`. */
export function createCaseReference(random: (bytes: Uint8Array) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(8));
  let out = '';
  for (let i = 0; i < 8; i++) {
    // 256 is not a multiple of 30; the modulo bias (< 1%) costs nothing here: references are not secrets.
    out += REFERENCE_ALPHABET[bytes[i]! % REFERENCE_ALPHABET.length];
    if (i === 3) out += '-';
  }
  return `CL-${out}`;
}

/** True for a well-formed reference. Lowercase input is accepted after `normalizeCaseReference`. */
export function isCaseReference(value: unknown): value is string {
  return typeof value === 'string' && REFERENCE_PATTERN.test(value);
}

/** Uppercases and trims what a person typed (`cl-7k4q-92xd ` → `CL-7K4Q-92XD`). */
export function normalizeCaseReference(value: string): string {
  return value.trim().toUpperCase();
}
