/** JSON over Node's `http` for every API of the demo server: bounded bodies in, JSON answers and errors out. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An answer turned into `{ "error": { code, message, field } }` with this status. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

export function errorBody(error: HttpError): { error: { code: string; message: string; field: string | null } } {
  return { error: { code: error.code, message: error.message, field: error.field } };
}

/**
 * Reads the body, up to `maxBytes` (else 413), as `application/json` (else 415) and parses it
 * (else 400). An empty body gives `undefined`.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    throw new HttpError(413, 'body_too_large', `The body is ${declared} bytes; the limit is ${maxBytes}.`, 'body');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      req.resume();
      throw new HttpError(413, 'body_too_large', `The body exceeds the limit of ${maxBytes} bytes.`, 'body');
    }
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', `Content-Type must be application/json, got ${type || 'none'}.`, 'content-type');
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch (error) {
    throw new HttpError(400, 'invalid_json', `The body is not valid JSON: ${(error as Error).message}`, 'body');
  }
}
