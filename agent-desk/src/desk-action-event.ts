export type DeskAction = { type: 'join' } | { type: 'leave' } | { type: 'close' } | { type: 'reply'; text: string };

/** The agent acted on the open case (join, leave, close, reply). */
export class DeskActionEvent extends Event {
  static readonly eventName = 'clearline-desk-action';
  constructor(readonly reference: string, readonly action: DeskAction) {
    super(DeskActionEvent.eventName, { bubbles: true, composed: true });
  }
}
