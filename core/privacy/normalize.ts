/**
 * Length-preserving normalisation: every UTF-16 code unit maps to exactly one code unit, so offsets
 * found in the normalised text are offsets into the original.
 * - Unicode decimal digits in the BMP (Arabic-Indic, Devanagari, full-width, ...) -> ASCII digits
 * - full-width ASCII forms (＠, Ａ, ．) -> ASCII
 * - exotic spaces -> ' ', dashes and minus signs -> '-'
 */
let digitValue: Int8Array | null = null;
let mappable: RegExp | null = null;

function init(): RegExp {
  const table = new Int8Array(0x10000).fill(-1);
  const nd = /\p{Nd}/u;
  const ranges: string[] = [];
  let runStart = -1;
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  for (let c = 0x80; c <= 0x10000; c++) {
    const is = c < 0x10000 && !(c >= 0xd800 && c <= 0xdfff) && nd.test(String.fromCharCode(c));
    if (is) {
      if (runStart < 0) runStart = c;
      table[c] = (c - runStart) % 10;
    } else if (runStart >= 0) {
      ranges.push(`${hex(runStart)}-${hex(c - 1)}`);
      runStart = -1;
    }
  }
  digitValue = table;
  // Only characters that change are visited by the replace callback.
  return new RegExp(`[\\uff01-\\uff5e\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000\\u2010-\\u2015\\u2212\\ufe58\\ufe63${ranges.join('')}]`, 'g');
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
