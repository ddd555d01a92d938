/** The agent picked a case in the list. */
export class CaseSelectEvent extends Event {
  static readonly eventName = 'clearline-case-select';
  constructor(readonly reference: string) {
    super(CaseSelectEvent.eventName, { bubbles: true, composed: true });
  }
}
