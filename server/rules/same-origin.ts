/**
 * The studio API's minimum protection for the demo: state-changing requests must come from a page of
 * this same server. A real deployment puts the studio API behind authentication as well.
 */
import type { IncomingMessage } from 'node:http';

/** null when the request is same-origin, else the reason it is refused. */
export function crossOriginReason(req: IncomingMessage): string | null {
  const host = req.headers.host;
  if (!host) return 'the request has no Host header';
  const origin = req.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return `the Origin header ${JSON.stringify(origin)} is not a URL`;
    }
    return parsed.host === host ? null : `Origin ${origin} is not this server (${host})`;
  }
  if (origin === 'null') return 'Origin "null" (sandboxed or file page) is not allowed';
  const site = req.headers['sec-fetch-site'];
  if (site === 'same-origin' || site === 'none') return null;
  if (typeof site === 'string') return `Sec-Fetch-Site "${site}" is not same-origin`;
  return 'the request carries neither Origin nor Sec-Fetch-Site';
}
