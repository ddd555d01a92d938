/** IP_ADDRESS: IPv4 with octet ranges, IPv6 (full or "::"-compressed), validated by hand. */
import { hasCueBefore } from '../context.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../types.ts';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\d.])(?:${OCTET}\\.){3}${OCTET}(?!\\d|\\.\\d)`, 'g');
const IPV6_CANDIDATE = /(?<![0-9A-Fa-f:])[0-9A-Fa-f:]{2,39}(?![0-9A-Fa-f:])/g;

const G_V4 = /\d\.\d{1,3}\.\d{1,3}\.\d/;
const G_V6 = /:[0-9A-Fa-f]{0,4}:/;

export function ipv6Valid(s: string): boolean {
  if (s.includes(':::')) return false;
  const dbl = s.indexOf('::');
  if (dbl !== s.lastIndexOf('::')) return false;
  const parts = s.split(':');
  const hexGroups = parts.filter((p) => p.length > 0);
  if (hexGroups.some((p) => p.length > 4)) return false;
  if (dbl < 0) {
    if (parts.length !== 8 || hexGroups.length !== 8) return false;
  } else {
    if (hexGroups.length < 2 || hexGroups.length > 7) return false;
    const inner = s.slice(dbl === 0 ? 2 : 0, s.endsWith('::') ? s.length - 2 : s.length);
    if (inner.startsWith(':') || inner.endsWith(':') && !s.endsWith('::')) return false;
  }
  if (s.startsWith(':') && !s.startsWith('::')) return false;
  if (s.endsWith(':') && !s.endsWith('::')) return false;
  return true;
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
        const score = hasCueBefore(input.lower, start, 'IP', 30) ? 0.95 : 0.85;
        out.push({ type: 'IP_ADDRESS', start, end: start + m[0].length, score });
      }
    }
    if ((!st || st.colons >= 2) && G_V6.test(s)) {
      IPV6_CANDIDATE.lastIndex = 0;
      while ((m = IPV6_CANDIDATE.exec(s)) !== null) {
        // Every valid IPv6 address has "::" or seven colons; hex words ("cafe", "add") are not tried.
        if (m[0].indexOf(':') !== m[0].lastIndexOf(':') && ipv6Valid(m[0])) out.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + m[0].length, score: 0.9 });
      }
    }
    return out;
  },
});
