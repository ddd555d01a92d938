/** Fired on `<clearline-widget>` when the chat panel opens. Bubbles and crosses shadow roots. */
export class ClearlineOpenedEvent extends Event {
  static readonly eventName = 'clearline-opened' as const;
  constructor() {
    super(ClearlineOpenedEvent.eventName, { bubbles: true, composed: true });
  }
}
