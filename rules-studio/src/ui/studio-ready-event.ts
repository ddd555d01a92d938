/** Fired by `<clearline-studio>` once the editor is up and the draft loaded. */
export class StudioReadyEvent extends Event {
  static readonly type = 'clearline-studio-ready';
  constructor() {
    super(StudioReadyEvent.type, { bubbles: true, composed: true });
  }
}
