/**
 * An exact "cannot be valid" prefilter for PHONE candidates, read from libphonenumber-js's own metadata
 * (the same "max" metadata it validates with): a candidate whose digit count no national number of its
 * calling code can have is rejected without asking the library (4-17 µs a call). The library still
 * decides every candidate this lets through; the prefilter only rejects numbers it would reject.
 *
 * Why a length says enough (libphonenumber-js 1.x, es6/parse.js, isValid.js, helpers/getNumberType.js):
 * - isValid() validates the national number N with ONE country sharing the number's calling code (the
 *   country found for N, the default region, or the calling code's main country) or with the
 *   non-geographic plan; every plan of this metadata has types, and getNumberType() only accepts N when
 *   some type accepts its length: the type's possible lengths, or the plan's when the type has none.
 *   So len(N) is in LENGTHS(cc), the union over the code's countries of their plan's and types' lengths.
 *   (A plan without types or without lengths makes LENGTHS "any length": nothing is filtered.)
 * - N is the digits after the calling code, or those with a national prefix stripped
 *   (extractNationalNumberFromPossiblyIncompleteNumber): the prefix regex's match is removed, or, with a
 *   national_prefix_transform_rule, replaced by the rule's literal digits and captured groups (each a
 *   part of the match). So len(N) = r + d with d in [-longest match, literal count (+ more when a rule
 *   names several groups)], bounded by phone-regex-bounds.ts; 0 when nothing is stripped.
 * - International numbers "+digits": the calling code is the first of the one- to three-digit prefixes
 *   the metadata knows (none after "+0": no calling code, so nothing is valid); stripping uses the calling
 *   code's main plan.
 * - National numbers in region C: if C's IDD prefix can match at the start, the library may read them as
 *   international: not filtered. stripIddPrefix() strips only where its (unanchored) IDD regex's search
 *   finds index 0, so an IDD of plain digits ("00", "011": GB DE FR ES US and most regions) can only
 *   start a number that starts with those digits; for other IDD patterns, its possible first digits. Otherwise N comes from the number (C's plan strips) or, when the number
 *   starts with C's calling code, possibly from the digits after it (the main plan strips). A region the
 *   metadata does not know makes the library drop the default country: no national number is valid.
 * tests/core/privacy/phone-lengths.test.ts checks examples; a differential script over millions of
 * numbers (every calling code and length) found no number rejected here that the library accepts.
 */
import { CALLING_CODE, IDD_PREFIX, meta, NATIONAL_PREFIX, own, POSSIBLE_LENGTHS, PREFIX_FOR_PARSING, TRANSFORM_RULE, TYPES, type Plan } from './phone-metadata.ts';
import { startCannotBeValid } from './phone-prefixes.ts';
import { regexBounds } from './phone-regex-bounds.ts';

/** Lengths are bits 0..30 of a mask; a lookup beyond MAX_BIT is never filtered. */
const MAX_BIT = 30;
const ANY_LENGTH = 0x7fffffff;

function lengthMask(lengths: unknown): number {
  if (!Array.isArray(lengths)) return -1;
  let m = 0;
  for (const n of lengths) {
    if (typeof n !== 'number' || n < 0 || n > MAX_BIT) return ANY_LENGTH;
    m |= 1 << n;
  }
  return m;
}

/** Lengths a national number valid in `plan` can have (ANY_LENGTH when the metadata does not bound them). */
function planLengths(plan: Plan): number {
  const types = plan[TYPES];
  const own = lengthMask(plan[POSSIBLE_LENGTHS]);
  if (!Array.isArray(types) || types.length === 0) return ANY_LENGTH; // validated by its general pattern only
  let m = own === -1 ? 0 : own;
  for (const t of types) {
    if (!Array.isArray(t)) continue; // a type the plan does not have
    const tl = lengthMask(t[1]);
    if (tl !== -1) m |= tl;
    else if (own !== -1) m |= own; // Type.possibleLengths() falls back to the plan's
    else return ANY_LENGTH; // neither: the type checks no length
  }
  return m;
}

/**
 * How far national-prefix stripping can change a number's length in `plan`: [-shrink, +grow], and the
 * digits a non-empty prefix match can start with (`first`). A number starting with any other digit has
 * only an empty match there, which strips nothing and captures nothing: its length stays as it is.
 */
function stripBounds(plan: Plan): { shrink: number; grow: number; first: number } {
  const prefix = plan[PREFIX_FOR_PARSING] || plan[NATIONAL_PREFIX];
  if (!prefix) return { shrink: 0, grow: 0, first: 0 };
  const b = typeof prefix === 'string' ? regexBounds(prefix) : undefined;
  const shrink = b ? b.max : Infinity;
  const first = b ? b.first : 0x3ff;
  const rule = plan[TRANSFORM_RULE];
  if (!rule) return { shrink, grow: 0, first };
  if (typeof rule !== 'string' || /\$(?![1-9](?!\d))/.test(rule)) return { shrink, grow: Infinity, first }; // $& $' $10 ...: assume anything
  const refs = (rule.match(/\$[1-9]/g) ?? []).length;
  // Literal characters, plus each named group (a part of the match) beyond the first that replaces it.
  return { shrink, grow: rule.length - 2 * refs + Math.max(0, refs - 1) * shrink, first };
}

/**
 * Bit r set when (r - offset) + d is in `lengths` for some d in [-shrink, grow] (d = 0 when nothing is
 * stripped; `offset` digits of calling code are read off first).
 */
function reachable(lengths: number, shrink: number, grow: number, offset: number): number {
  if (lengths === ANY_LENGTH) return ANY_LENGTH;
  // r = N + offset - d: bit N of `lengths` moves to bit N + (offset - d). Shifts of 31 or more clear all.
  let m = 0;
  const lo = -Math.min(shrink, 2 * MAX_BIT), hi = Math.min(grow, 2 * MAX_BIT);
  for (let d = lo; d <= hi; d++) {
    const s = offset - d;
    if (s >= 0) { if (s <= MAX_BIT) m |= lengths << s; }
    else if (-s <= MAX_BIT) m |= lengths >>> -s;
  }
  return m & ANY_LENGTH;
}

/**
 * The strings the plan's national prefix for parsing can strip when it is a plain digit string ("0",
 * "1", "8") or an alternation of them ("0|180020"), else undefined. Such a pattern has no capture group,
 * so the library strips exactly its match (extractNationalNumberFromPossiblyIncompleteNumber applies a
 * transform rule only to captured groups): the national number is the rest, or the number unchanged
 * when the library decides not to strip. [] when the plan has no prefix.
 */
function literalPrefixes(plan: Plan): readonly string[] | undefined {
  const prefix = plan[PREFIX_FOR_PARSING] || plan[NATIONAL_PREFIX];
  if (!prefix) return [];
  return typeof prefix === 'string' && /^[0-9]+(?:\|[0-9]+)*$/.test(prefix) ? prefix.split('|') : undefined;
}

/**
 * Can no national number the library may take from d[at, end) under a plan of calling code `code` be
 * valid? The number as it is (nothing stripped), and, when a prefix match can start it (`first`), the
 * rest after each of the plan's literal prefixes that starts it; a prefix that is not literal
 * (undefined): anything possible.
 */
function startsRuleOut(code: number, d: string, at: number, end: number, first: number, literals: readonly string[] | undefined): boolean {
  if (!startCannotBeValid(code, d, at, end)) return false;
  if (((first >> (d.charCodeAt(at) - 48)) & 1) === 0) return true;
  if (literals === undefined) return false;
  for (const p of literals) if (d.startsWith(p, at) && !startCannotBeValid(code, d, at + p.length, end)) return false;
  return true;
}

/** Per numeric calling code (no code starts with 0, so "1", "44" and "881" are distinct numbers). */
const KNOWN_CODE = new Uint8Array(1000);
/** Digits after the calling code: bit r set when r of them can make a valid number (as they are, or stripped). */
const INTL_OK = new Int32Array(1000);
/** The same without stripping (the first digit cannot start a national prefix), and the digits that can. */
const INTL_OK_UNSTRIPPED = new Int32Array(1000);
const INTL_STRIP_FIRST = new Int16Array(1000);
/** The main plan's literal national prefixes (literalPrefixes()). */
const INTL_LITERAL: (readonly string[] | undefined)[] = new Array(1000).fill(undefined);
/** Lengths valid under each calling code, and the main plan (metadata.getNumberingPlanMetadata). */
const CODE_LENGTHS = new Map<string, number>();
const MAIN_PLAN = new Map<string, Plan>();

for (const [cc, countries] of Object.entries(meta.country_calling_codes)) {
  let m = 0;
  for (const c of countries) m |= planLengths(meta.countries[c]!);
  CODE_LENGTHS.set(cc, m);
  MAIN_PLAN.set(cc, meta.countries[countries[0]!]!);
}
for (const [cc, plan] of Object.entries(meta.nonGeographic ?? {})) {
  if (CODE_LENGTHS.has(cc)) continue;
  CODE_LENGTHS.set(cc, planLengths(plan));
  MAIN_PLAN.set(cc, plan);
}
for (const [cc, lengths] of CODE_LENGTHS) {
  const { shrink, grow, first } = stripBounds(MAIN_PLAN.get(cc)!);
  KNOWN_CODE[Number(cc)] = 1;
  INTL_OK[Number(cc)] = reachable(lengths, shrink, grow, 0);
  INTL_OK_UNSTRIPPED[Number(cc)] = reachable(lengths, 0, 0, 0);
  INTL_STRIP_FIRST[Number(cc)] = first;
  INTL_LITERAL[Number(cc)] = literalPrefixes(MAIN_PLAN.get(cc)!);
}

/**
 * The calling code's digits, and which lengths pass as they are (`ok`: stripped by the region's plan when
 * the first digit is in `first`, else unstripped) and with the calling code read off (`okAfterCode`:
 * stripped by the main plan when the next digit is in `firstAfterCode`).
 */
interface NationalRule {
  readonly code: string;
  /** The IDD prefix when it is a plain digit string ("00", "011"), else undefined (iddFirst decides). */
  readonly iddLiteral: string | undefined;
  readonly iddFirst: number;
  readonly first: number;
  readonly ok: number;
  readonly okUnstripped: number;
  readonly firstAfterCode: number;
  readonly okAfterCode: number;
  readonly okAfterCodeUnstripped: number;
  /** The calling code as a number, and the literal national prefixes of the region's and the main plan. */
  readonly codeNumber: number;
  readonly literal: readonly string[] | undefined;
  readonly literalAfterCode: readonly string[] | undefined;
}
const NO_REGION: NationalRule = {
  code: '', iddLiteral: undefined, iddFirst: 0, first: 0, ok: 0, okUnstripped: 0, firstAfterCode: 0, okAfterCode: 0, okAfterCodeUnstripped: 0,
  codeNumber: 0, literal: undefined, literalAfterCode: undefined,
};
/**
 * Rules per region, made on a region's first use (from the metadata only; the region comes from the
 * conversation's locale, never from a message; at most one entry per two-letter region code).
 */
const NATIONAL = new Map<string, NationalRule>();

function nationalRule(region: string): NationalRule {
  let rule = NATIONAL.get(region);
  if (rule !== undefined) return rule;
  const plan = own(meta.countries, region) ? meta.countries[region] : undefined;
  if (plan === undefined) rule = NO_REGION;
  else {
    const code = String(plan[CALLING_CODE]);
    const lengths = CODE_LENGTHS.get(code) ?? ANY_LENGTH;
    const own = stripBounds(plan), main = stripBounds(MAIN_PLAN.get(code) ?? plan);
    const iddPrefix = plan[IDD_PREFIX];
    const idd = typeof iddPrefix === 'string' ? regexBounds(iddPrefix) : undefined;
    rule = {
      code,
      iddLiteral: typeof iddPrefix === 'string' && /^[0-9]+$/.test(iddPrefix) ? iddPrefix : undefined,
      // An IDD prefix that can match the empty string, or one we cannot read, may start any number.
      iddFirst: idd === undefined || idd.min === 0 ? 0x3ff : idd.first,
      first: own.first,
      ok: reachable(lengths, own.shrink, own.grow, 0),
      okUnstripped: reachable(lengths, 0, 0, 0),
      firstAfterCode: main.first,
      okAfterCode: reachable(lengths, main.shrink, main.grow, code.length),
      okAfterCodeUnstripped: reachable(lengths, 0, 0, code.length),
      codeNumber: Number(code),
      literal: literalPrefixes(plan),
      literalAfterCode: literalPrefixes(MAIN_PLAN.get(code) ?? plan),
    };
  }
  NATIONAL.set(region, rule);
  return rule;
}

/**
 * True when libphonenumber-js would certainly find "+" + d[at, end) invalid (ASCII digits). False means
 * "ask the library", never "valid".
 */
export function intlCannotBeValid(d: string, at: number, end: number): boolean {
  let code = 0;
  for (let k = 1; k <= 3 && at + k <= end; k++) {
    code = code * 10 + d.charCodeAt(at + k - 1) - 48;
    if (code === 0) return true; // "+0": no calling code starts with 0
    if (KNOWN_CODE[code] === 1) {
      const r = end - at - k;
      if (r > MAX_BIT) return false;
      const strips = r > 0 && ((INTL_STRIP_FIRST[code]! >> (d.charCodeAt(at + k) - 48)) & 1) !== 0;
      if ((((strips ? INTL_OK[code]! : INTL_OK_UNSTRIPPED[code]!) >> r) & 1) === 0) return true;
      // A possible length: the national number's first digits may still rule it out (phone-prefixes.ts).
      return r > 0 && startsRuleOut(code, d, at + k, end, INTL_STRIP_FIRST[code]!, INTL_LITERAL[code]);
    }
  }
  return true; // no calling code the metadata knows: the library parses it to nothing
}

/**
 * True when libphonenumber-js would certainly find the national number d[at, end) (ASCII digits, no
 * "+") invalid with default region `region`. False means "ask the library", never "valid".
 */
export function nationalCannotBeValid(d: string, at: number, end: number, region: string): boolean {
  const rule = nationalRule(region);
  if (rule === NO_REGION) return true; // unknown region: the library drops it and reads no country
  const n = end - at;
  const c = d.charCodeAt(at) - 48;
  if (n > MAX_BIT || (rule.iddLiteral !== undefined ? d.startsWith(rule.iddLiteral, at) : ((rule.iddFirst >> c) & 1) !== 0)) return false;
  // The national number is taken from the digits as typed (the region's plan strips)...
  const asTyped = (((((rule.first >> c) & 1) !== 0 ? rule.ok : rule.okUnstripped) >> n) & 1) === 0 ||
    startsRuleOut(rule.codeNumber, d, at, end, rule.first, rule.literal);
  if (!asTyped) return false;
  if (!d.startsWith(rule.code, at)) return true;
  // ...or, when they start with the calling code, from the digits after it (the main plan strips).
  const after = at + rule.code.length;
  const strips = after < end && ((rule.firstAfterCode >> (d.charCodeAt(after) - 48)) & 1) !== 0;
  if ((((strips ? rule.okAfterCode : rule.okAfterCodeUnstripped) >> n) & 1) === 0) return true;
  return after < end && startsRuleOut(rule.codeNumber, d, after, end, rule.firstAfterCode, rule.literalAfterCode);
}
