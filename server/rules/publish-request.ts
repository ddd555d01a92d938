/** Validates the body of `POST /studio-api/publish` and `POST /studio-api/rollback`; errors name the field. */
import { HttpError } from '../http-json.ts';
import { RULES_SERVICE_LIMITS } from './limits.ts';

export interface PublishRequest {
  source: string;
  json: string;
  signature: string;
  /** The version the draft was based on; when given and no longer current, publish answers 409. */
  baseVersion: number | null;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function requireString(body: Record<string, unknown>, field: string, max: number, pattern?: RegExp): string {
  const value = body[field];
  if (typeof value !== 'string') throw new HttpError(400, 'invalid_field', `"${field}" must be a string, got ${value === null ? 'null' : typeof value}.`, field);
  if (value.trim() === '') throw new HttpError(400, 'invalid_field', `"${field}" is empty.`, field);
  if (value.length > max) throw new HttpError(413, 'field_too_large', `"${field}" has ${value.length} characters; the limit is ${max}.`, field);
  if (pattern && !pattern.test(value)) throw new HttpError(400, 'invalid_field', `"${field}" is not in the expected format (${pattern.source}).`, field);
  return value;
}

export function parsePublishRequest(body: unknown): PublishRequest {
  if (!isPlainObject(body)) throw new HttpError(400, 'invalid_body', 'The body must be a JSON object with "source", "json" and "signature".', 'body');
  const known = new Set(['source', 'json', 'signature', 'baseVersion']);
  for (const key of Object.keys(body)) {
    if (!known.has(key)) throw new HttpError(400, 'unknown_field', `Unknown field "${key.slice(0, 64)}"; expected ${[...known].join(', ')}.`, key.slice(0, 64));
  }
  const source = requireString(body, 'source', RULES_SERVICE_LIMITS.maxSourceChars);
  const json = requireString(body, 'json', RULES_SERVICE_LIMITS.maxJsonChars);
  const signature = requireString(body, 'signature', RULES_SERVICE_LIMITS.maxSignatureChars, /^[A-Za-z0-9_\-+/=.]+$/);
  const base = body.baseVersion;
  if (base !== undefined && base !== null && !(Number.isSafeInteger(base) && (base as number) >= 0)) {
    throw new HttpError(400, 'invalid_field', '"baseVersion" must be a non-negative integer or null.', 'baseVersion');
  }
  return { source, json, signature, baseVersion: (base as number | null | undefined) ?? null };
}

export function parseRollbackRequest(body: unknown): { version: number } {
  if (!isPlainObject(body)) throw new HttpError(400, 'invalid_body', 'The body must be a JSON object with "version".', 'body');
  const version = body.version;
  if (!Number.isSafeInteger(version) || (version as number) < 1) {
    throw new HttpError(400, 'invalid_field', `"version" must be a positive integer, got ${JSON.stringify(version)?.slice(0, 40)}.`, 'version');
  }
  return { version: version as number };
}
