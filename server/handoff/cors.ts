/**
 * CORS allowlist: only listed widget origins (and this server's own) get CORS headers; any other
 * `Origin` is refused with 403 before the request does anything. Requests without `Origin` (curl,
 * server-to-server) are not browser cross-origin requests and pass.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http-io.ts';

const ALLOWED_HEADERS = 'Authorization, Content-Type, Last-Event-ID, Clearline-Protocol';
const ALLOWED_METHODS = 'GET, POST, DELETE, OPTIONS';

export class CorsPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(allowedOrigins: readonly string[], publicOrigin?: string) {
    this.allowed = new Set([...allowedOrigins, ...(publicOrigin ? [publicOrigin] : [])].map((o) => o.replace(/\/+$/, '')));
  }

  /** Sets the CORS headers for an allowed origin; throws 403 for any other origin. */
  apply(req: IncomingMessage, res: ServerResponse): void {
    const origin = req.headers.origin;
    res.setHeader('Vary', 'Origin');
    if (origin === undefined) return;
    if (!this.allowed.has(origin)) {
      throw new HttpError(403, 'origin_not_allowed', `Origin ${origin} is not in the allowlist.`, 'origin');
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Clearline-Protocol');
  }

  /** Answers a preflight (`OPTIONS`) for an allowed origin with 204. */
  preflight(req: IncomingMessage, res: ServerResponse): void {
    this.apply(req, res);
    res.writeHead(204, {
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
    });
    res.end();
  }
}
