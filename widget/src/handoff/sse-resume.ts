/**
 * A customer event subscription that survives network drops: Server-Sent Events read over
 * `fetch` (so the case secret travels in the `Authorization` header, never in a URL), resumed
 * with `Last-Event-ID` after every drop, with backoff. Events at or below the last id delivered
 * are dropped, so nothing is repeated. When SSE cannot be opened three times in a row (a proxy
 * that blocks or buffers `text/event-stream`), it switches to long polling on `/poll`.
 */
import { readEventStream, EventStreamHttpError, type HandoffEvent, type PollResponse } from '../../../core/handoff/index.ts';
import { backoffDelay, type BackoffOptions } from './backoff.ts';

export interface ResumingStreamOptions {
  /** `…/handoff/v1/cases/{reference}`. */
  caseUrl: string;
  caseSecret: string;
  lastEventId: number;
  fetch: typeof fetch;
  backoff: BackoffOptions;
  random: () => number;
  /** Called once per new event, in id order. */
  onEvent: (event: HandoffEvent) => void;
  /** Called when the server says the case is gone (404 / 410): the stream stops. */
  onGone: () => void;
  /** Long-poll wait in seconds. Default 25. */
  pollSeconds?: number;
}

export type StreamTransport = 'sse' | 'poll';

export class ResumingEventStream {
  private lastId: number;
  private controller: AbortController | null = null;
  private stopped = false;
  private failuresToOpen = 0;
  transport: StreamTransport = 'sse';
  /** Connections opened so far (for diagnostics and tests). */
  connections = 0;

  constructor(private readonly options: ResumingStreamOptions) {
    this.lastId = options.lastEventId;
  }

  get lastEventId(): number {
    return this.lastId;
  }

  start(): void {
    void this.loop();
  }

  stop(): void {
    this.stopped = true;
    this.controller?.abort();
  }

  private deliver(event: HandoffEvent): void {
    if (this.stopped || event.id <= this.lastId) return;
    this.lastId = event.id;
    this.options.onEvent(event);
  }

  private async loop(): Promise<void> {
    let attempt = 0;
    while (!this.stopped) {
      this.controller = new AbortController();
      let opened = false;
      try {
        if (this.transport === 'sse') {
          await readEventStream({
            url: `${this.options.caseUrl}/events`,
            headers: { authorization: `Bearer ${this.options.caseSecret}` },
            lastEventId: String(this.lastId),
            signal: this.controller.signal,
            fetch: this.options.fetch,
            onOpen: () => { opened = true; this.connections += 1; this.failuresToOpen = 0; attempt = 0; },
            onEvent: (e) => { if (e.data) this.deliver(JSON.parse(e.data) as HandoffEvent); },
          });
        } else {
          await this.pollOnce();
          opened = true;
          attempt = 0;
          continue;
        }
      } catch (error) {
        if (this.stopped) return;
        if (error instanceof EventStreamHttpError && (error.status === 404 || error.status === 410 || error.status === 401)) {
          this.stopped = true;
          this.options.onGone();
          return;
        }
        if (!opened && ++this.failuresToOpen >= 3 && this.transport === 'sse') this.transport = 'poll';
      }
      if (this.stopped) return;
      await this.sleep(backoffDelay(attempt++, this.options.backoff, this.options.random));
    }
  }

  private async pollOnce(): Promise<void> {
    const seconds = this.options.pollSeconds ?? 25;
    const timer = setTimeout(() => this.controller?.abort(), (seconds + 10) * 1000);
    try {
      const res = await this.options.fetch(`${this.options.caseUrl}/poll?after=${this.lastId}&timeout=${seconds}`, {
        headers: { authorization: `Bearer ${this.options.caseSecret}` }, signal: this.controller!.signal, cache: 'no-store',
      });
      if (res.status === 404 || res.status === 410 || res.status === 401) throw new EventStreamHttpError(res.status, '');
      if (!res.ok) throw new Error(`poll answered ${res.status}`);
      const body = (await res.json()) as PollResponse;
      this.connections += 1;
      for (const event of body.events) this.deliver(event);
    } finally {
      clearTimeout(timer);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((done) => {
      const timer = setTimeout(done, ms);
      this.controller?.signal.addEventListener('abort', () => { clearTimeout(timer); done(); }, { once: true });
    });
  }
}
