export type HandoffReason = 'rule' | 'customer-asked' | 'opted-out' | 'disagreed' | 'model-unavailable';

export interface HandoffDetail {
  /** The case reference shown to the customer (null until the server confirmed the case). */
  reference: string | null;
  queue: string;
  reason: HandoffReason;
}

/** Fired on `<clearline-widget>` when the conversation is handed to a person. */
export class ClearlineHandoffEvent extends Event {
  static readonly eventName = 'clearline-handoff' as const;
  readonly detail: HandoffDetail;
  constructor(detail: HandoffDetail) {
    super(ClearlineHandoffEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}
