/**
 * Live updates for the desk: the agent event stream (SSE over fetch, with the token header),
 * resumed from the last event id after a drop, with backoff. Calls `onEvent` once per event.
 */
import { readEventStream, EventStreamHttpError, type HandoffEvent } from '../../core/handoff/index.ts';

export class DeskLive {
  private controller: AbortController | null = null;
  private stopped = false;
  private lastId: string | null = null;
  connected = false;

  constructor(private readonly url: string, private readonly headers: Record<string, string>, private readonly onEvent: (e: HandoffEvent) => void, private readonly onStatus: (connected: boolean, fatal?: number) => void) {}

  start(): void {
    void this.loop();
  }

  stop(): void {
    this.stopped = true;
    this.controller?.abort();
  }

  private async loop(): Promise<void> {
    let attempt = 0;
    while (!this.stopped) {
      this.controller = new AbortController();
      try {
        await readEventStream({
          url: this.url, headers: this.headers, lastEventId: this.lastId, signal: this.controller.signal,
          onOpen: () => { attempt = 0; this.connected = true; this.onStatus(true); },
          onEvent: (e) => {
            if (e.id) this.lastId = e.id;
            if (e.data) this.onEvent(JSON.parse(e.data) as HandoffEvent);
          },
        });
      } catch (error) {
        if (error instanceof EventStreamHttpError && (error.status === 401 || error.status === 403)) {
          this.stopped = true;
          this.onStatus(false, error.status);
          return;
        }
      }
      this.connected = false;
      if (this.stopped) return;
      this.onStatus(false);
      const ceiling = Math.min(15_000, 500 * 2 ** attempt++);
      await new Promise((r) => setTimeout(r, ceiling / 2 + Math.random() * (ceiling / 2)));
    }
  }
}
