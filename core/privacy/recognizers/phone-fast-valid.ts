/**
 * A cheaper way to ask libphonenumber-js about a PHONE candidate that is valid: `new PhoneNumber(e164)
 * .isValid()` (public API of libphonenumber-js/max) checks the number's types once, with the main plan of
 * its calling code. parsePhoneNumberFromString(number, region).isValid() checks them two or three times
 * when the calling code is shared (GB, NANP: once in extractNationalNumber after stripping a trunk
 * prefix, once to pick the country, once in isValid()) and also runs its text extraction regexes.
 * surelyValid() answers true only when the library has just said the number is valid this way AND the
 * parse path provably says the same; every other case (false) is asked the usual way, so the library
 * still decides every number, and an invalid number is only ever rejected by the usual call.
 *
 * Why true is exact (libphonenumber-js 1.x, es6/parse.js, helpers/*.js). Let N be the national number the
 * E.164 constructor reads ("+", the first one- to three-digit known calling code cc, then N), and M the
 * main plan of cc (the first country of cc; the constructor has no country, so isValid() uses M).
 * PN valid means getNumberType(M, N) is defined: N matches M's general pattern and one of its types.
 * - International "+digits": parse() reads the same cc and rest N (extractCountryCallingCode; the default
 *   region plays no part after a "+"). extractNationalNumber() with M's plan leaves N as it is when no
 *   literal national prefix of M starts N (the prefix regex, a plain digit string or an alternation of
 *   them, then does not match; M without a prefix strips nothing). getCountryByCallingCode(cc, N) returns
 *   M when cc has one country, or when M, the first country tried, has no leading digits (it is then
 *   picked by getNumberType(M, N), defined). isValid() on (M, N) is PN's answer.
 * - National digits D in region R, where R is the main country of its code (M = R): D not starting with
 *   R's IDD prefix (a plain digit string, so stripIddPrefix's search cannot find it at index 0) nor with
 *   cc (extractCountryCallingCodeFromInternationalNumberWithoutPlusSign only acts then), parse() keeps D
 *   and R. With a literal prefix p starting D the library strips p (N = D without p) unless N does not
 *   match R's general pattern while D does (N does match: it is valid) or checkNumberLength(N, R) is
 *   TOO_SHORT or INVALID_LENGTH (lengthOk() checks the same on R's possible lengths; the country it
 *   picks for that check is R, as below). Without such a prefix N = D. The country picked for N is R
 *   (R first, no leading digits, getNumberType(R, N) defined), so isValid() is PN's answer.
 * - Both: parse() fails for a national number of fewer than 2 or more than 17 digits (MIN/MAX_LENGTH_FOR_NSN):
 *   such numbers are never answered here. The constructor must read cc and N as computed (checked).
 * tests/core/privacy/phone-fast-valid.test.ts has examples; a differential over millions of numbers
 * (every calling code, international and national in the five regions and others) found no number
 * answered true here that parsePhoneNumberFromString(...).isValid() rejects.
 */
import { PhoneNumber, type E164Number } from 'libphonenumber-js/max';
import { CALLING_CODE, IDD_PREFIX, LEADING_DIGITS, meta, NATIONAL_PREFIX, own, POSSIBLE_LENGTHS, PREFIX_FOR_PARSING, type Plan } from './phone-metadata.ts';

const MIN_NSN = 2, MAX_NSN = 17;

/** The national prefixes the plan can strip when they are plain digit strings ([] without a prefix), else undefined. */
function literalPrefixes(plan: Plan): readonly string[] | undefined {
  const prefix = plan[PREFIX_FOR_PARSING] || plan[NATIONAL_PREFIX];
  if (!prefix) return [];
  return typeof prefix === 'string' && /^[0-9]+(?:\|[0-9]+)*$/.test(prefix) ? prefix.split('|') : undefined;
}

/** A calling code whose main plan decides for the whole code (see above), with the plan's literal prefixes. */
interface CodeRule { readonly prefixes: readonly string[] }
/** Per calling code (first question about it): the rule, or null when surelyValid() never answers for it. */
const CODES = new Map<string, CodeRule | null>();

function codeRule(cc: string): CodeRule | null {
  let rule = CODES.get(cc);
  if (rule !== undefined) return rule;
  rule = null;
  const countries = own(meta.country_calling_codes, cc) ? meta.country_calling_codes[cc] : undefined;
  const main = countries !== undefined && countries.length > 0 && countries[0] !== '001' && own(meta.countries, countries[0]!) ? meta.countries[countries[0]!] : undefined;
  if (main !== undefined && (countries!.length === 1 || !main[LEADING_DIGITS])) {
    const prefixes = literalPrefixes(main);
    if (prefixes !== undefined) rule = { prefixes };
  }
  CODES.set(cc, rule);
  return rule;
}

/** A region that is the main country of its calling code, with what parse() does to its national numbers. */
interface RegionRule {
  readonly cc: string;
  readonly idd: string;
  readonly prefixes: readonly string[];
  /** The plan's possible lengths (checkNumberLength), or undefined when it has none. */
  readonly lengths: readonly number[] | undefined;
}
/** Per region (from the conversation's locale, at most one entry per two-letter code); null: never answered. */
const REGIONS = new Map<string, RegionRule | null>();

function regionRule(region: string): RegionRule | null {
  let rule = REGIONS.get(region);
  if (rule !== undefined) return rule;
  rule = null;
  const plan = own(meta.countries, region) ? meta.countries[region] : undefined;
  if (plan !== undefined) {
    const cc = String(plan[CALLING_CODE]);
    const idd = plan[IDD_PREFIX];
    const lengths = plan[POSSIBLE_LENGTHS];
    const code = codeRule(cc);
    if (code !== null && meta.country_calling_codes[cc]![0] === region && typeof idd === 'string' && /^[0-9]+$/.test(idd) &&
        (lengths === undefined || (Array.isArray(lengths) && lengths.length > 0 && lengths.every((n) => typeof n === 'number')))) {
      rule = { cc, idd, prefixes: code.prefixes, lengths: lengths as readonly number[] | undefined };
    }
  }
  REGIONS.set(region, rule);
  return rule;
}

/** Does one of `prefixes` start s at `at`? (The prefix regex ^(?:p1|p2|...) then matches there.) */
function startsWithAny(s: string, at: number, prefixes: readonly string[]): string | undefined {
  for (const p of prefixes) if (s.startsWith(p, at)) return p;
  return undefined;
}

/** checkNumberLength() on the plan's lengths is neither TOO_SHORT nor INVALID_LENGTH. */
function lengthOk(n: number, lengths: readonly number[] | undefined): boolean {
  if (lengths === undefined) return true; // extractNationalNumber checks no length
  if (n <= lengths[0]!) return n === lengths[0];
  return n > lengths[lengths.length - 1]! || lengths.indexOf(n, 1) >= 0;
}

/** The library's answer for "+" + cc + n, read as (cc, n) by the constructor; false when it reads something else. */
function validE164(e164: string, cc: string, n: string): boolean {
  const p = new PhoneNumber(e164 as E164Number);
  return p.countryCallingCode === cc && p.nationalNumber === n && p.isValid();
}

/**
 * True only when parsePhoneNumberFromString(number, region)?.isValid() is certainly true (asked of the
 * library the cheaper way); false means "ask the usual way". `number` is "+" and ASCII digits, or ASCII
 * digits (as phone.ts asks).
 */
export function surelyValid(number: string, region: string): boolean {
  if (number.charCodeAt(0) === 43) {
    // The first known calling code, as extractCountryCallingCode reads it ("+0..." has none).
    if (number.charCodeAt(1) === 48) return false;
    for (let i = 2; i <= 4 && i <= number.length; i++) {
      const cc = number.slice(1, i);
      if (!own(meta.country_calling_codes, cc) && !(meta.nonGeographic !== undefined && own(meta.nonGeographic, cc))) continue;
      const rule = codeRule(cc);
      const n = number.length - i;
      if (rule === null || n < MIN_NSN || n > MAX_NSN || startsWithAny(number, i, rule.prefixes) !== undefined) return false;
      return validE164(number, cc, number.slice(i));
    }
    return false;
  }
  const rule = regionRule(region);
  if (rule === null || number.startsWith(rule.idd) || number.startsWith(rule.cc)) return false;
  const p = startsWithAny(number, 0, rule.prefixes);
  const national = p === undefined ? number : number.slice(p.length);
  if (national.length < MIN_NSN || national.length > MAX_NSN) return false;
  if (p !== undefined && !lengthOk(national.length, rule.lengths)) return false;
  return validE164('+' + rule.cc + national, rule.cc, national);
}
