/** Fired by `HandoffClient` when the server acknowledged the case: `reference` is what the customer can quote. */
export class CaseOpenedEvent extends Event {
  static readonly eventName = 'clearline-case-opened';
  constructor(readonly reference: string) {
    super(CaseOpenedEvent.eventName);
  }
}
