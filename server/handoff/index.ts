export { createHandoffService, type HandoffService } from './handoff-service.ts';
export { DEFAULT_LIMITS, type HandoffServiceOptions, type HandoffLimits, type RateLimit } from './options.ts';
