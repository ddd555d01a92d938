/** Bounded JSON bodies and JSON answers for the rules service. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Turned into `{ "error": { code, message, field } }` with this status. */
export class RulesHttpError extends Error {
  override name = 'RulesHttpError';
  constructor(readonly status: number, readonly code: string, message: string, readonly field: string | null = null, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

export function sendHttpError(res: ServerResponse, error: RulesHttpError): void {
  sendJson(res, error.status, { error: { code: error.code, message: error.message, field: error.field } }, error.headers);
}

/** Reads up to `maxBytes` (else 413) of `application/json` (else 415) and parses it (else 400). */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    throw new RulesHttpError(413, 'body_too_large', `The body is ${declared} bytes; the limit is ${maxBytes}.`, 'body');
  }
  const type = String(req.headers['content-type'] ?? '');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      req.resume();
      throw new RulesHttpError(413, 'body_too_large', `The body exceeds the limit of ${maxBytes} bytes.`, 'body');
    }
    chunks.push(chunk);
  }
  if (size === 0) throw new RulesHttpError(400, 'empty_body', 'The body is empty: send a JSON object.', 'body');
  if (!/^application\/json\b/i.test(type)) {
    throw new RulesHttpError(415, 'unsupported_media_type', `Content-Type must be application/json, got ${type || 'none'}.`, 'content-type');
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch (error) {
    throw new RulesHttpError(400, 'invalid_json', `The body is not valid JSON: ${(error as Error).message}`, 'body');
  }
}
