/** Fired by `<clearline-tests-panel>` when a run of all tests finished against the current bundle. */
export class TestsRanEvent extends Event {
  static readonly type = 'clearline-tests-ran';
  constructor(readonly passed: number, readonly failed: number) {
    super(TestsRanEvent.type, { bubbles: true });
  }
}
