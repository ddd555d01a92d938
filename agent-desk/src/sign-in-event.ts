/** The agent submitted the sign-in form. */
export class SignInEvent extends Event {
  static readonly eventName = 'clearline-desk-sign-in';
  constructor(readonly token: string, readonly agentName: string) {
    super(SignInEvent.eventName, { bubbles: true, composed: true });
  }
}
