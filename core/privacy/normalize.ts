/**
 * Length-preserving normalisation: every UTF-16 code unit maps to exactly one code unit, so offsets
 * found in the normalised text are offsets into the original.
 * - Unicode decimal digits in the BMP (Arabic-Indic, Devanagari, full-width, ...) -> ASCII digits
 * - full-width ASCII forms (＠, Ａ, ．) -> ASCII
 * - exotic spaces -> ' ', dashes and minus signs -> '-'
 */
let digitValue: Int8Array | null = null;

function buildDigitTable(): Int8Array {
  const table = new Int8Array(0x10000).fill(-1);
  const nd = /\p{Nd}/u;
  let runStart = -1;
  for (let c = 0x80; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) { runStart = -1; continue; }
    if (nd.test(String.fromCharCode(c))) {
      if (runStart < 0) runStart = c;
      table[c] = (c - runStart) % 10;
    } else {
      runStart = -1;
    }
  }
  return table;
}

function mapUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return 0x20;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63) return 0x2d;
  digitValue ??= buildDigitTable();
  const d = digitValue[c]!;
  return d >= 0 ? 0x30 + d : c;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

export function normalize(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const out: string[] = [];
  const CHUNK = 8192;
  const buf = new Array<number>(Math.min(CHUNK, text.length));
  for (let i = 0; i < text.length; i += CHUNK) {
    const n = Math.min(CHUNK, text.length - i);
    buf.length = n;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(i + k);
      buf[k] = c < 0x80 ? c : mapUnit(c);
    }
    out.push(String.fromCharCode.apply(null, buf));
  }
  return out.join('');
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
