/** Delivery state of one customer message. `rejected` = the server refused it for good (4xx): it is not retried. */
export type DeliveryState = 'queued' | 'sending' | 'sent' | 'rejected';

export interface DeliveryChange {
  id: string;
  state: DeliveryState;
  /** True while the message waits for a retry after a failure ("not sent yet — retrying"). */
  retrying: boolean;
  /** Delivery attempts so far. */
  attempts: number;
  /** When the change happened (the client's `now()`, ms since the epoch). */
  at: number;
  /** Why it was rejected (or why the last attempt failed). */
  error: { status: number | null; code: string; field: string | null } | null;
}

/** Fired by `HandoffClient` whenever a message changes state. */
export class DeliveryChangeEvent extends Event {
  static readonly eventName = 'clearline-delivery-change';
  constructor(readonly change: DeliveryChange) {
    super(DeliveryChangeEvent.eventName);
  }
}
