/** IP_ADDRESS: IPv4 with octet ranges, IPv6 (full or "::"-compressed), validated by hand. */
import { hasCueBefore } from '../context.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/**
 * IPv4, originally with a leading (?<![\d.]): checked by hand on the position found instead (the
 * lookbehind kept V8 from skipping to digits); a position failing it matches nothing, so the scan
 * resumes one character on.
 */
const IPV4 = new RegExp(`(?:${OCTET}\\.){3}${OCTET}(?!\\d|\\.\\d)`, 'g');
const isDigitOrDot = (c: number) => (c >= 48 && c <= 57) || c === 46;

const G_V4 = /\d\.\d{1,3}\.\d{1,3}\.\d/;

/** [0-9A-Fa-f:] by code unit. */
const HEX_OR_COLON = new Uint8Array(128);
for (const ch of '0123456789abcdefABCDEF:') HEX_OR_COLON[ch.charCodeAt(0)] = 1;
const isHexOrColon = (c: number) => c < 128 && HEX_OR_COLON[c] === 1;

/**
 * Is s[a, b) a valid IPv6 address: at most one "::" (never ":::"), groups of at most four characters,
 * eight groups without "::" or two to seven with it, no single leading or trailing colon.
 */
export function ipv6ValidAt(s: string, a: number, b: number): boolean {
  let colons = 0, groups = 0, doubles = 0, groupLen = 0;
  for (let i = a; i < b; i++) {
    if (s.charCodeAt(i) !== 58) {
      if (++groupLen > 4) return false;
      continue;
    }
    colons++;
    if (groupLen > 0) groups++;
    else if (i > a) {
      // An empty group between two colons: "::"; a third colon in a row is never valid.
      if (i >= a + 2 && s.charCodeAt(i - 2) === 58) return false;
      doubles++;
    }
    groupLen = 0;
  }
  if (groupLen > 0) groups++;
  if (doubles > 1) return false;
  const first = s.charCodeAt(a) === 58, last = s.charCodeAt(b - 1) === 58;
  if (first && !(b - a >= 2 && s.charCodeAt(a + 1) === 58)) return false;
  if (last && !(b - a >= 2 && s.charCodeAt(b - 2) === 58)) return false;
  if (doubles === 0) return colons === 7 && groups === 8;
  return groups >= 2 && groups <= 7;
}

/**
 * IPv6 candidates are the maximal runs of [0-9A-Fa-f:] that hold a colon, 2 to 39 characters long (what
 * /(?<![0-9A-Fa-f:])[0-9A-Fa-f:]{2,39}(?![0-9A-Fa-f:])/g finds, found from each colon outwards). Every
 * valid address has "::" or seven colons; runs with one colon (hex words, "10:30") are not tried.
 */
function findV6(s: string, out: DetectedEntity[]): void {
  const n = s.length;
  let c = s.indexOf(':');
  while (c >= 0) {
    let a = c;
    while (a > 0 && isHexOrColon(s.charCodeAt(a - 1))) a--;
    let b = c + 1, colons = 1;
    for (; b < n; b++) {
      const ch = s.charCodeAt(b);
      if (ch === 58) colons++;
      else if (!isHexOrColon(ch)) break;
    }
    if (colons >= 2 && b - a <= 39 && ipv6ValidAt(s, a, b)) out.push({ type: 'IP_ADDRESS', start: a, end: b, score: 0.9 });
    c = b < n ? s.indexOf(':', b) : -1;
  }
}

export const ipAddressRecognizer: Recognizer = Object.freeze({
  name: 'ip-address',
  find(input: RecognizerInput): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    const s = input.norm;
    const st = input.stats;
    IPV4.lastIndex = 0;
    let m: RegExpExecArray | null;
    if ((!st || (st.dots >= 3 && st.digits >= 4)) && G_V4.test(s)) {
      while ((m = IPV4.exec(s)) !== null) {
        const start = m.index;
        if (start > 0 && isDigitOrDot(s.charCodeAt(start - 1))) { IPV4.lastIndex = start + 1; continue; }
        const score = hasCueBefore(input.lower, start, 'IP', 30) ? 0.95 : 0.85;
        out.push({ type: 'IP_ADDRESS', start, end: start + m[0].length, score });
      }
    }
    if (!st || st.colons >= 2) findV6(s, out);
    return out;
  },
});
