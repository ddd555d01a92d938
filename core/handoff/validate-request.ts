/**
 * Strict validation of every request body in `clearline-handoff/1`: unknown fields, wrong types,
 * missing ids, over-long strings and empty texts are refused with an error naming the field.
 * Pure: used by the server on every request and by the widget before it queues anything.
 */
import type { OpenCaseRequest, OutgoingMessage, Priority } from './types.ts';
import type { Validated, ValidationError } from './validation-error.ts';
import { FIELD_LIMITS, PRIORITIES } from './limits.ts';

/** Client-generated ids: 1–64 of `A-Z a-z 0-9 _ -` (UUIDs fit). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const NAME_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
const LOCALE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

class Invalid extends Error {
  constructor(readonly detail: ValidationError) {
    super(detail.message);
  }
}

function fail(code: ValidationError['code'], field: string, message: string): never {
  throw new Invalid({ code, field, message: `${field}: ${message}` });
}

function object(value: unknown, field: string, allowed: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(field === 'body' ? 'not_an_object' : 'wrong_type', field, 'must be a JSON object');
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail('unknown_field', field === 'body' ? key : `${field}.${key}`, `unknown field; allowed fields are ${allowed.join(', ')}`);
  }
  return value as Record<string, unknown>;
}

function required(obj: Record<string, unknown>, key: string, field: string): unknown {
  if (!(key in obj) || obj[key] === undefined) fail('missing_field', field, 'is required');
  return obj[key];
}

function string(value: unknown, field: string, max: number, opts: { allowEmpty?: boolean; pattern?: RegExp; patternHint?: string } = {}): string {
  if (typeof value !== 'string') fail('wrong_type', field, `must be a string, got ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`);
  if (!opts.allowEmpty && value.trim() === '') fail('empty', field, 'must not be empty');
  if (value.length > max) fail('too_long', field, `is ${value.length} characters; the limit is ${max}`);
  if (opts.pattern && !opts.pattern.test(value)) fail('invalid_value', field, `must match ${opts.patternHint ?? String(opts.pattern)}`);
  return value;
}

function nullableString(value: unknown, field: string, max: number, pattern?: RegExp): string | null {
  if (value === null) return null;
  return string(value, field, max, pattern ? { pattern, patternHint: 'letters, digits, _ . : - (1–64)' } : {});
}

export function validateId(value: unknown, field: string): string {
  return string(value, field, FIELD_LIMITS.idLength, { pattern: ID_PATTERN, patternHint: '1–64 characters of A-Z a-z 0-9 _ -' });
}

export function validateText(value: unknown, field: string): string {
  return string(value, field, FIELD_LIMITS.textLength);
}

function message(value: unknown, field: string): OutgoingMessage {
  const obj = object(value, field, ['id', 'text']);
  return { id: validateId(required(obj, 'id', `${field}.id`), `${field}.id`), text: validateText(required(obj, 'text', `${field}.text`), `${field}.text`) };
}

function wrap<T>(run: () => T): Validated<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.detail };
    throw error;
  }
}

/** `POST /cases` body. */
export function validateOpenCase(body: unknown): Validated<OpenCaseRequest> {
  return wrap(() => {
    const obj = object(body, 'body', ['id', 'messages', 'decision', 'queue', 'priority', 'locale', 'page']);
    const id = validateId(required(obj, 'id', 'id'), 'id');
    const rawMessages = required(obj, 'messages', 'messages');
    if (!Array.isArray(rawMessages)) fail('wrong_type', 'messages', 'must be an array');
    if (rawMessages.length === 0) fail('empty', 'messages', 'must hold at least one message');
    if (rawMessages.length > FIELD_LIMITS.openMessages) fail('too_many', 'messages', `holds ${rawMessages.length}; the limit is ${FIELD_LIMITS.openMessages}`);
    const messages = rawMessages.map((m, i) => message(m, `messages[${i}]`));
    const seen = new Set<string>();
    messages.forEach((m, i) => {
      if (seen.has(m.id)) fail('invalid_value', `messages[${i}].id`, `duplicates the id ${m.id}`);
      seen.add(m.id);
    });
    const d = object(required(obj, 'decision', 'decision'), 'decision', ['rule', 'explanation', 'intent', 'confidence']);
    const confidence = required(d, 'confidence', 'decision.confidence');
    if (confidence !== null && (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1)) {
      fail(typeof confidence === 'number' ? 'invalid_value' : 'wrong_type', 'decision.confidence', 'must be a number from 0 to 1, or null');
    }
    const decision = {
      rule: nullableString(required(d, 'rule', 'decision.rule'), 'decision.rule', FIELD_LIMITS.nameLength, NAME_PATTERN),
      explanation: string(required(d, 'explanation', 'decision.explanation'), 'decision.explanation', FIELD_LIMITS.explanationLength, { allowEmpty: true }),
      intent: nullableString(required(d, 'intent', 'decision.intent'), 'decision.intent', FIELD_LIMITS.nameLength, NAME_PATTERN),
      confidence: confidence as number | null,
    };
    const queue = string(required(obj, 'queue', 'queue'), 'queue', FIELD_LIMITS.nameLength, { pattern: NAME_PATTERN, patternHint: 'letters, digits, _ . : - (1–64)' });
    const priority = required(obj, 'priority', 'priority');
    if (typeof priority !== 'string') fail('wrong_type', 'priority', 'must be a string');
    if (!(PRIORITIES as readonly string[]).includes(priority)) fail('invalid_value', 'priority', `must be one of ${PRIORITIES.join(', ')}`);
    const locale = string(required(obj, 'locale', 'locale'), 'locale', FIELD_LIMITS.nameLength, { pattern: LOCALE_PATTERN, patternHint: 'a BCP 47 tag such as en-GB' });
    const rawPage = obj.page === undefined ? {} : obj.page;
    if (typeof rawPage !== 'object' || rawPage === null || Array.isArray(rawPage)) fail('wrong_type', 'page', 'must be an object of strings');
    const entries = Object.entries(rawPage);
    if (entries.length > FIELD_LIMITS.pageEntries) fail('too_many', 'page', `holds ${entries.length} entries; the limit is ${FIELD_LIMITS.pageEntries}`);
    const page: Record<string, string> = {};
    for (const [key, value] of entries) {
      if (key.length === 0 || key.length > FIELD_LIMITS.pageKeyLength || !NAME_PATTERN.test(key)) fail('invalid_value', `page.${key}`, 'keys are 1–64 of letters, digits, _ . : -');
      page[key] = string(value, `page.${key}`, FIELD_LIMITS.pageValueLength, { allowEmpty: true });
    }
    return { id, messages, decision, queue, priority: priority as Priority, locale, page };
  });
}

/** `POST /cases/{ref}/messages` body (customer) and `POST /agent/cases/{ref}/replies` body (agent). */
export function validateMessage(body: unknown): Validated<OutgoingMessage> {
  return wrap(() => {
    const obj = object(body, 'body', ['id', 'text']);
    return { id: validateId(required(obj, 'id', 'id'), 'id'), text: validateText(required(obj, 'text', 'text'), 'text') };
  });
}

/** `POST /agent/cases/{ref}/join` body: an optional display name. */
export function validateJoin(body: unknown): Validated<{ agent: string }> {
  return wrap(() => {
    const obj = object(body ?? {}, 'body', ['agent']);
    const agent = obj.agent === undefined ? 'Agent' : string(obj.agent, 'agent', FIELD_LIMITS.agentNameLength);
    return { agent };
  });
}

/** Bodies that carry nothing (`leave`, `close`): `{}` or no body. */
export function validateEmpty(body: unknown): Validated<Record<string, never>> {
  return wrap(() => {
    object(body ?? {}, 'body', []);
    return {};
  });
}
