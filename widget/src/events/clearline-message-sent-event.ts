export interface MessageSentDetail {
  /** The message's id in this conversation. */
  id: string;
  /** 1-based turn number. */
  turn: number;
  /** Who handles it: the on-device assistant or a person (after handoff or opt-out). */
  to: 'assistant' | 'person';
}

/**
 * Fired on `<clearline-widget>` after the customer sends a message. Carries no message text: the page
 * (and any analytics on it) never sees what the customer typed.
 */
export class ClearlineMessageSentEvent extends Event {
  static readonly eventName = 'clearline-message-sent' as const;
  readonly detail: MessageSentDetail;
  constructor(detail: MessageSentDetail) {
    super(ClearlineMessageSentEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}
