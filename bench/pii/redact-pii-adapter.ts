/**
 * Runs redact-pii's SyncRedactor (default configuration) and recovers the spans it replaced by aligning
 * its output with the input: text outside the replacement tokens is copied verbatim, so each token covers
 * exactly the original characters between the surrounding literal pieces.
 */
import { SyncRedactor } from 'redact-pii';
import type { Span } from './metrics.ts';

const TOKENS: Record<string, string> = {
  CREDIT_CARD_NUMBER: 'CREDIT_CARD', STREET_ADDRESS: 'ADDRESS', ZIPCODE: 'POSTCODE', PHONE_NUMBER: 'PHONE', IP_ADDRESS: 'IP_ADDRESS',
  US_SOCIAL_SECURITY_NUMBER: 'GOV_ID', EMAIL_ADDRESS: 'EMAIL', USERNAME: 'redact-pii:USERNAME', PASSWORD: 'SECRET',
  CREDENTIALS: 'redact-pii:CREDENTIALS', DIGITS: 'redact-pii:DIGITS', URL: 'URL', PERSON_NAME: 'PERSON',
};
const TOKEN_RE = new RegExp(Object.keys(TOKENS).sort((a, b) => b.length - a.length).join('|'), 'g');

export const redactor = new SyncRedactor();

export function redactPiiSpans(text: string, redacted = redactor.redact(text)): Span[] {
  const spans: Span[] = [];
  const pieces: { literal: string; token?: string }[] = [];
  let last = 0;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(redacted)) !== null) {
    pieces.push({ literal: redacted.slice(last, m.index), token: m[0] });
    last = m.index + m[0].length;
  }
  pieces.push({ literal: redacted.slice(last) });
  let pos = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (!text.startsWith(p.literal, pos)) return spans; // alignment lost (should not happen): stop
    pos += p.literal.length;
    if (!p.token) break;
    const nextLit = pieces[i + 1]!.literal;
    // The token covers at least one char; the next literal starts at its first occurrence after that
    // (or at the end when it is the final, empty literal).
    let end = nextLit === '' ? (i + 1 === pieces.length - 1 ? text.length : pos + 1) : text.indexOf(nextLit, pos + 1);
    if (end < 0) end = text.length;
    spans.push({ type: TOKENS[p.token]!, start: pos, end });
    pos = end;
  }
  return spans;
}
