/** IP_ADDRESS: IPv4 with octet ranges, IPv6 (full or "::"-compressed), validated by hand. */
import { hasCueBefore } from '../context.ts';
import { maximalDigitRuns } from '../digit-runs.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/**
 * IPv4, originally a global regex with a leading (?<![\d.]), then one run over the whole text with the
 * lookbehind checked by hand. Now tried sticky, only where it can match (see findV4).
 */
const IPV4 = new RegExp(`(?:${OCTET}\\.){3}${OCTET}(?!\\d|\\.\\d)`, 'y');

/**
 * IPv4 addresses, the matches a global search for IPV4 preceded by no digit or dot finds (leftmost
 * first, each search resuming after the previous address). Such a match starts where a maximal digit
 * run starts (no digit before it) after no dot, and each of its four octets, being followed by a dot
 * or by no digit, is a whole maximal run of one to three digits, the runs one dot apart. So only the
 * run starts where four such runs follow each other are tried, in text order, skipping those inside the
 * previous address: the same positions the global search accepted, with the same matches.
 */
function findV4(input: RecognizerInput, out: DetectedEntity[]): void {
  const s = input.norm;
  const runs = maximalDigitRuns(input);
  const starts = runs.starts, lengths = runs.lengths;
  let next = 0;
  for (let r = 0; r + 3 < runs.count; r++) {
    const start = starts[r]!;
    if (start < next || (start > 0 && s.charCodeAt(start - 1) === 46)) continue;
    let k = 0;
    for (; k < 4; k++) {
      const len = lengths[r + k]!;
      if (len > 3) break;
      if (k < 3 && (s.charCodeAt(starts[r + k]! + len) !== 46 || starts[r + k + 1] !== starts[r + k]! + len + 1)) break;
    }
    if (k < 4) continue;
    IPV4.lastIndex = start;
    if (!IPV4.test(s)) continue;
    const end = IPV4.lastIndex;
    const score = hasCueBefore(input.lower, start, 'IP', 30) ? 0.95 : 0.85;
    out.push({ type: 'IP_ADDRESS', start, end, score });
    next = end;
  }
}

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
    if (!st || (st.dots >= 3 && st.digits >= 4)) findV4(input, out);
    // A valid IPv6 address has seven colons or a "::" (ipv6ValidAt), so texts with neither are skipped.
    if (!st || st.colons >= 7 || (st.colons >= 2 && s.includes('::'))) findV6(s, out);
    return out;
  },
});
