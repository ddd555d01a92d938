/** Fired by `<clearline-studio>` after each compile of the draft (markers, bundle and tests are updated). */
export class StudioCompiledEvent extends Event {
  static readonly type = 'clearline-studio-compiled';
  constructor(readonly hasBundle: boolean) {
    super(StudioCompiledEvent.type);
  }
}
