import type { HandoffEvent } from '../../../core/handoff/index.ts';

/** Fired by `HandoffClient` once per server event for the customer (agent joined, reply, left, case closed). */
export class AgentEvent extends Event {
  static readonly eventName = 'clearline-agent-event';
  constructor(readonly event: HandoffEvent) {
    super(AgentEvent.eventName);
  }
}
