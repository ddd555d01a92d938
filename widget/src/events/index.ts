export { ClearlineOpenedEvent } from './clearline-opened-event.ts';
export { ClearlineClosedEvent } from './clearline-closed-event.ts';
export { ClearlineMessageSentEvent, type MessageSentDetail } from './clearline-message-sent-event.ts';
export { ClearlineHandoffEvent, type HandoffDetail, type HandoffReason } from './clearline-handoff-event.ts';
export { ClearlineErrorEvent, type ClearlineErrorCode, type ClearlineErrorDetail } from './clearline-error-event.ts';
