/**
 * Length-preserving normalisation: every UTF-16 code unit maps to exactly one code unit, so offsets
 * found in the normalised text are offsets into the original.
 * - Unicode decimal digits in the BMP (Arabic-Indic, Devanagari, full-width, ...) -> ASCII digits
 * - full-width ASCII forms (＠, Ａ, ．) -> ASCII
 * - exotic spaces -> ' ', dashes and minus signs -> '-'
 */
let digitValue: Int8Array | null = null;
let mappable: RegExp | null = null;
/** mappedUnit[c] is 1 when normalize() maps code unit c (exactly the units `mappable` matches), else 0. */
let mappedUnit: Uint8Array | null = null;

/** The code units mapped besides the decimal digits (inclusive ranges; see mapChar). */
const OTHER_MAPPED: readonly (readonly [number, number])[] = [
  [0xff01, 0xff5e], [0x00a0, 0x00a0], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000],
  [0x2010, 0x2015], [0x2212, 0x2212], [0xfe58, 0xfe58], [0xfe63, 0xfe63],
];

function init(): RegExp {
  const table = new Int8Array(0x10000).fill(-1);
  const units = new Uint8Array(0x10000);
  const nd = /\p{Nd}/u;
  const ranges: string[] = [];
  let runStart = -1;
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  for (let c = 0x80; c <= 0x10000; c++) {
    const is = c < 0x10000 && !(c >= 0xd800 && c <= 0xdfff) && nd.test(String.fromCharCode(c));
    if (is) {
      if (runStart < 0) runStart = c;
      table[c] = (c - runStart) % 10;
      units[c] = 1;
    } else if (runStart >= 0) {
      ranges.push(`${hex(runStart)}-${hex(c - 1)}`);
      runStart = -1;
    }
  }
  for (const [a, b] of OTHER_MAPPED) {
    ranges.push(a === b ? hex(a) : `${hex(a)}-${hex(b)}`);
    units.fill(1, a, b + 1);
  }
  digitValue = table;
  mappedUnit = units;
  // Only characters that change are visited by the replace callback.
  return new RegExp(`[${ranges.join('')}]`, 'g');
}

function mapChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return ' ';
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63) return '-';
  const d = digitValue![c]!;
  return d >= 0 ? String.fromCharCode(0x30 + d) : ch;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

export function normalize(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return normalizeNonAscii(text);
}

/**
 * normalize() without its all-ASCII shortcut, for a caller that already knows the text has a non-ASCII
 * code unit (detect() does, from its census). Same answer for any text: every mapped code unit is
 * non-ASCII, so an all-ASCII text comes back as it is either way.
 */
export function normalizeNonAscii(text: string): string {
  mappable ??= init();
  mappable.lastIndex = 0;
  return text.replace(mappable, mapChar);
}

/**
 * Does normalize() map any code unit of `s`, i.e. would it return something else than `s`? (Each
 * mapped unit becomes a different one, and the replace callback visits nothing else.) A scan of one
 * table read per code unit: cheaper than the replace() it can spare, which returns `s` unchanged then.
 */
export function hasMappedUnit(s: string): boolean {
  if (mappedUnit === null) mappable = init();
  const units = mappedUnit!;
  for (let i = 0; i < s.length; i++) if (units[s.charCodeAt(i)] !== 0) return true;
  return false;
}

/** Lower-case without changing the length (characters whose lower case is longer are kept). */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const l = ch.toLowerCase();
    out.push(l.length === 1 ? l : ch);
  }
  return out.join('');
}
