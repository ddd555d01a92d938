export { PROTOCOL_VERSION, API_PREFIX } from './protocol-version.ts';
export type * from './types.ts';
export { FIELD_LIMITS, PRIORITIES, PRIORITY_RANK } from './limits.ts';
export { REFERENCE_ALPHABET, createCaseReference, isCaseReference, normalizeCaseReference } from './case-reference.ts';
export type { ValidationError, Validated } from './validation-error.ts';
export { ID_PATTERN, validateOpenCase, validateMessage, validateJoin, validateEmpty, validateId, validateText } from './validate-request.ts';
export { SseParser, type ParsedSseEvent } from './sse-parser.ts';
export { readEventStream, EventStreamHttpError, type ReadEventStreamOptions } from './event-stream-reader.ts';
