/**
 * libphonenumber-js's "max" metadata as the PHONE prefilters read it (phone-lengths.ts, phone-prefixes.ts,
 * phone-fast-valid.ts): the very object the library validates with, typed, and the positions of the fields
 * of a numbering plan (the v4 arrays, as the library's metadata.js indexes them).
 */
import metadata from 'libphonenumber-js/max/metadata';

/** One numbering plan (a country's, or a non-geographic calling code's). */
export type Plan = readonly unknown[];

export const CALLING_CODE = 0, IDD_PREFIX = 1, POSSIBLE_LENGTHS = 3, NATIONAL_PREFIX = 5, PREFIX_FOR_PARSING = 7,
  TRANSFORM_RULE = 8, LEADING_DIGITS = 10, TYPES = 11;

export const meta = metadata as unknown as {
  readonly country_calling_codes: Readonly<Record<string, readonly string[]>>;
  readonly countries: Readonly<Record<string, Plan>>;
  readonly nonGeographic?: Readonly<Record<string, Plan>>;
};

/** Is `key` an own property of `table` (a region or calling code from outside is never read from the prototype)? */
export function own(table: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}
