export type ClearlineErrorCode =
  | 'invalid-attribute' | 'rules-refused' | 'rules-unavailable' | 'scrub-failed' | 'worker-crashed'
  | 'worker-unavailable' | 'model-unavailable' | 'handoff-failed' | 'storage-unavailable' | 'panel-load-failed';

export interface ClearlineErrorDetail {
  code: ClearlineErrorCode;
  /** One plain sentence, safe to log: never contains customer text. */
  message: string;
}

/** Fired on `<clearline-widget>` when something went wrong; the widget keeps working with safe defaults. */
export class ClearlineErrorEvent extends Event {
  static readonly eventName = 'clearline-error' as const;
  readonly detail: ClearlineErrorDetail;
  constructor(detail: ClearlineErrorDetail) {
    super(ClearlineErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}
