/** The handoff API's JSON answers: the shared helpers plus the protocol version header on every answer. */
import type { ServerResponse } from 'node:http';
import { PROTOCOL_VERSION } from '../../core/handoff/index.ts';
import { HttpError, errorBody, readJsonBody, sendJson as sendPlainJson } from '../http-json.ts';

export { HttpError, readJsonBody };

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendPlainJson(res, status, body, { 'Clearline-Protocol': PROTOCOL_VERSION, ...headers });
}

export function sendError(res: ServerResponse, error: HttpError): void {
  sendJson(res, error.status, errorBody(error), error.headers);
}
