export { ENTITY_TYPES } from './types.ts';
export type { EntityType, DetectedEntity, ScrubOptions, ScrubResult, Recognizer, RecognizerInput } from './types.ts';
export { detect } from './detect.ts';
export { scrub, ScrubSession } from './session.ts';
export { ScrubError } from './scrub-error.ts';
