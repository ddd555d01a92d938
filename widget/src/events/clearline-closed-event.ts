/** Fired on `<clearline-widget>` when the chat panel closes. Bubbles and crosses shadow roots. */
export class ClearlineClosedEvent extends Event {
  static readonly eventName = 'clearline-closed' as const;
  constructor() {
    super(ClearlineClosedEvent.eventName, { bubbles: true, composed: true });
  }
}
