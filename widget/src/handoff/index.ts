export { HandoffClient, type HandoffClientOptions, type OpenCasePayload } from './handoff-client.ts';
export { DeliveryChangeEvent, type DeliveryChange, type DeliveryState } from './delivery-change-event.ts';
export { AgentEvent } from './agent-event.ts';
export { CaseOpenedEvent } from './case-opened-event.ts';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.ts';
export type { StreamTransport } from './sse-resume.ts';
