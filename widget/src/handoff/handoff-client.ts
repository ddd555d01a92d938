/**
 * HandoffClient — the widget's delivery of a conversation to a human, over `clearline-handoff/1`.
 *
 * ```ts
 * const client = new HandoffClient({ baseUrl: 'https://shop.example/api' });
 * client.addEventListener('clearline-delivery-change', (e) => render((e as DeliveryChangeEvent).change));
 * client.onAgentEvent((event) => show(event));                 // agent-joined | agent-reply | agent-left | case-closed
 * await client.openCase({ messages, decision, queue, priority, locale, page });   // texts already scrubbed
 * client.send({ id: crypto.randomUUID(), text: scrubbed });      // resolves when the server has it
 * await client.erase();                                          // "Delete my conversation"
 * client.dispose();
 * ```
 *
 * Guarantees: every message goes out exactly once (client ids; the server dedupes retries) and in
 * order (one request in flight at a time); network errors, timeouts, 429 and 5xx are retried
 * with exponential backoff and jitter while the message shows `queued` + `retrying`; the open
 * request, the outbox (scrubbed text only) and the last event id live in `storage`
 * (sessionStorage by default), so a reload resumes where it stopped; agent events are resumed
 * from the last event id and never repeated. A 4xx refusal (bad request, personal data detected,
 * conflict, closed case) marks the message `rejected` and is not retried. `erase()` stops all
 * sending at once; if the server cannot be reached it rejects, nothing more is sent (even after a
 * reload), and calling `erase()` again retries the deletion.
 *
 * @fires clearline-delivery-change - DeliveryChangeEvent: a message changed state
 * @fires clearline-agent-event - AgentEvent: a server event for the customer arrived
 * @fires clearline-case-opened - CaseOpenedEvent: the server acknowledged the case (reference)
 */
import { API_PREFIX, validateMessage, validateOpenCase, type HandoffEvent, type OpenCaseRequest, type OpenCaseResponse, type EraseResponse } from '../../../core/handoff/index.ts';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.ts';
import { DeliveryChangeEvent, type DeliveryChange, type DeliveryState } from './delivery-change-event.ts';
import { AgentEvent } from './agent-event.ts';
import { CaseOpenedEvent } from './case-opened-event.ts';
import { emptyState, loadState, saveState, type HandoffState, type TrackedMessage } from './handoff-state.ts';
import { ResumingEventStream, type StreamTransport } from './sse-resume.ts';

export interface HandoffClientOptions {
  /** The widget's `data-handoff` base URL, e.g. `https://shop.example/api`. */
  baseUrl: string;
  /** Where the queue survives reloads. Default `sessionStorage` (null when unavailable). */
  storage?: Storage | null;
  fetch?: typeof fetch;
  /** Clock for the `at` of delivery changes. Default `Date.now`. */
  now?: () => number;
  /** Source of jitter. Default `Math.random`. */
  random?: () => number;
  /** Retry delays. Default 500 ms doubling up to 30 s. */
  backoff?: BackoffOptions;
  /** A request taking longer is aborted and retried. Default 10 000 ms. */
  requestTimeoutMs?: number;
  /** Long-poll wait when SSE is blocked, seconds. Default 25. */
  pollSeconds?: number;
  /** Storage key. Default `clearline-handoff/1 <baseUrl>`. */
  storageKey?: string;
}

/** The open request without its id (the client makes one). */
export type OpenCasePayload = Omit<OpenCaseRequest, 'id'>;

class RetryableError extends Error {
  constructor(message: string, readonly retryAfterMs: number | null, readonly status: number | null) {
    super(message);
  }
}

class RefusedError extends Error {
  constructor(readonly status: number, readonly code: string, readonly field: string | null, message: string) {
    super(message);
  }
}

function randomId(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  return Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function defaultStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export class HandoffClient extends EventTarget {
  private readonly api: string;
  private readonly storage: Storage | null;
  private readonly key: string;
  private readonly doFetch: typeof fetch;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly backoff: BackoffOptions;
  private readonly timeoutMs: number;
  private readonly pollSeconds: number;
  private state: HandoffState;
  private readonly attempts = new Map<string, number>();
  private readonly waiters = new Map<string, { resolve: () => void; reject: (e: Error) => void }[]>();
  private openWaiters: { resolve: (r: { reference: string }) => void; reject: (e: Error) => void }[] = [];
  private pumping = false;
  private wake: (() => void) | null = null;
  private disposed = false;
  private paused = false;
  private stream: ResumingEventStream | null = null;
  private readonly inflight = new Set<AbortController>();

  constructor(options: HandoffClientOptions) {
    super();
    if (typeof options?.baseUrl !== 'string' || !/^https?:\/\/|^\//.test(options.baseUrl)) {
      throw new TypeError(`HandoffClient: baseUrl must be an http(s) URL or an absolute path, got ${JSON.stringify(options?.baseUrl)}`);
    }
    this.api = `${options.baseUrl.replace(/\/+$/, '')}${API_PREFIX}`;
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.key = options.storageKey ?? `clearline-handoff/1 ${options.baseUrl}`;
    this.doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.timeoutMs = options.requestTimeoutMs ?? 10_000;
    this.pollSeconds = options.pollSeconds ?? 25;
    this.state = loadState(this.storage, this.key);
    // Back online: retry at once instead of waiting out the backoff.
    globalThis.addEventListener?.('online', this.onOnline);
    if (this.state.erasing) this.paused = true;
    else {
      if (this.state.pendingOpen || this.state.messages.some((m) => m.state === 'queued')) this.pump();
      if (this.state.reference) this.startStream();
    }
  }

  private readonly onOnline = (): void => {
    if (!this.disposed) this.wake?.();
  };

  /** The case reference once the server acknowledged the case. */
  get reference(): string | null {
    return this.state.reference;
  }

  /** Every message of the conversation with its state (sent messages keep only their id after a reload). */
  get messages(): readonly Readonly<TrackedMessage>[] {
    return this.state.messages.map((m) => ({ ...m }));
  }

  /** The event transport in use: `sse`, or `poll` when SSE is blocked. */
  get transport(): StreamTransport | null {
    return this.stream?.transport ?? null;
  }

  /** Queues the case (and its messages) and resolves with the reference once the server acknowledged it. */
  openCase(payload: OpenCasePayload): Promise<{ reference: string }> {
    this.assertLive();
    if (this.state.reference || this.state.pendingOpen || this.state.erasing) return Promise.reject(new Error('HandoffClient: a case is already open; erase() it or use a new client'));
    const request = { ...payload, id: randomId() } as OpenCaseRequest;
    const checked = validateOpenCase(request);
    if (!checked.ok) return Promise.reject(new TypeError(`HandoffClient.openCase: ${checked.error.message}`));
    this.state.pendingOpen = checked.value;
    for (const m of checked.value.messages) this.state.messages.push({ id: m.id, text: m.text, state: 'queued' });
    this.persist();
    for (const m of checked.value.messages) this.emit(m.id, 'queued', null);
    const done = new Promise<{ reference: string }>((resolve, reject) => this.openWaiters.push({ resolve, reject }));
    this.pump();
    return done;
  }

  /** Queues one scrubbed message; resolves once the server acknowledged it, rejects if it refused it. */
  send(message: { id: string; text: string }): Promise<void> {
    this.assertLive();
    if (this.state.erasing) return Promise.reject(new Error('HandoffClient.send: the conversation is being erased'));
    const checked = validateMessage(message);
    if (!checked.ok) return Promise.reject(new TypeError(`HandoffClient.send: ${checked.error.message}`));
    const existing = this.state.messages.find((m) => m.id === message.id);
    if (existing) {
      if (existing.text !== message.text && existing.state !== 'sent') return Promise.reject(new Error(`HandoffClient.send: id ${message.id} was already used for another text`));
      if (existing.state === 'sent') return Promise.resolve();
      if (existing.state === 'rejected') return Promise.reject(new Error(`HandoffClient.send: message ${message.id} was refused by the server`));
    } else {
      if (!this.state.reference && !this.state.pendingOpen) return Promise.reject(new Error('HandoffClient.send: call openCase() first'));
      this.state.messages.push({ id: checked.value.id, text: checked.value.text, state: 'queued' });
      this.persist();
      this.emit(message.id, 'queued', null);
    }
    const done = new Promise<void>((resolve, reject) => {
      const list = this.waiters.get(message.id) ?? [];
      list.push({ resolve, reject });
      this.waiters.set(message.id, list);
    });
    this.pump();
    return done;
  }

  /** Listens to agent events; returns the unsubscribe function. */
  onAgentEvent(listener: (event: HandoffEvent) => void): () => void {
    const handler = (e: Event) => listener((e as AgentEvent).event);
    this.addEventListener(AgentEvent.eventName, handler);
    return () => this.removeEventListener(AgentEvent.eventName, handler);
  }

  /**
   * "Delete my conversation": drops every unsent message (it will never be sent), deletes the
   * server's copy and forgets the case. Resolves with what the server deleted; if the server
   * cannot be reached it rejects and keeps the case credentials so the erasure can be retried.
   */
  async erase(): Promise<EraseResponse & { discardedUnsent: number }> {
    this.assertLive();
    this.paused = true;
    for (const c of this.inflight) c.abort();
    const unsent = this.state.messages.filter((m) => m.state === 'queued' || m.state === 'sending');
    const open = this.state.pendingOpen;
    const openTried = open !== null && open.messages.some((m) => (this.attempts.get(m.id) ?? 0) > 0);
    this.state.messages = this.state.messages.filter((m) => m.state === 'sent');
    // Until the server confirms, remember that the customer asked for erasure: nothing more is sent, even after a reload.
    this.state.erasing = true;
    this.state.pendingOpen = openTried ? open : null;
    this.persist();
    for (const m of unsent) this.settle(m.id, new Error('erased before it was sent'));
    for (const w of this.openWaiters.splice(0)) w.reject(new Error('erased before the case was opened'));
    const nothingOnServer = { protocol: 'clearline-handoff/1', reference: '', deleted: { case: false, messages: 0, events: 0 } };
    if (!this.state.reference && this.state.pendingOpen) {
      // An attempt may have reached the server: the open is idempotent, so repeating it tells us the case to delete.
      const res = await this.request('POST', `${this.api}/cases`, this.state.pendingOpen).catch((error: Error) => {
        throw new Error(`HandoffClient.erase: the server could not be reached (${error.message}); try again`);
      });
      if (!res.ok) throw new Error(`HandoffClient.erase: the server answered ${res.status}; try again`);
      const opened = (await res.json()) as OpenCaseResponse;
      this.state.reference = opened.reference;
      this.state.caseSecret = opened.caseSecret;
      this.state.pendingOpen = null;
      this.persist();
    }
    if (!this.state.reference) {
      this.forget();
      return { ...nothingOnServer, discardedUnsent: unsent.length };
    }
    const res = await this.request('DELETE', `${this.api}/cases/${this.state.reference}`, undefined).catch((error: Error) => {
      throw new Error(`HandoffClient.erase: the server could not be reached (${error.message}); try again`);
    });
    if (res.status === 404) {
      const reference = this.state.reference;
      this.forget();
      return { ...nothingOnServer, reference, discardedUnsent: unsent.length };
    }
    if (!res.ok) throw new Error(`HandoffClient.erase: the server answered ${res.status}; try again`);
    const body = (await res.json()) as EraseResponse;
    this.forget();
    return { ...body, discardedUnsent: unsent.length };
  }

  /** Stops delivery and the event stream. The stored queue stays, so a new client resumes it. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    globalThis.removeEventListener?.('online', this.onOnline);
    this.stream?.stop();
    this.stream = null;
    for (const c of this.inflight) c.abort();
    this.wake?.();
  }

  private forget(): void {
    this.stream?.stop();
    this.stream = null;
    this.state = emptyState();
    this.storage?.removeItem(this.key);
    this.paused = false;
  }

  private assertLive(): void {
    if (this.disposed) throw new Error('HandoffClient: disposed');
  }

  private persist(): void {
    saveState(this.storage, this.key, this.state);
  }

  private emit(id: string, state: DeliveryState, error: DeliveryChange['error'], retrying = false): void {
    this.dispatchEvent(new DeliveryChangeEvent({ id, state, retrying, attempts: this.attempts.get(id) ?? 0, error, at: this.now() }));
  }

  private setState(ids: readonly string[], state: DeliveryState, error: DeliveryChange['error'] = null, retrying = false): void {
    for (const id of ids) {
      const m = this.state.messages.find((x) => x.id === id);
      if (m) m.state = state;
    }
    this.persist();
    for (const id of ids) this.emit(id, state, error, retrying);
  }

  private settle(id: string, error: Error | null): void {
    for (const w of this.waiters.get(id) ?? []) (error ? w.reject(error) : w.resolve());
    this.waiters.delete(id);
  }

  /** Runs the delivery loop unless it is already running. One request in flight at a time keeps the order. */
  private pump(): void {
    if (this.wake) this.wake();
    if (this.pumping || this.disposed) return;
    this.pumping = true;
    void this.run().finally(() => { this.pumping = false; });
  }

  private async run(): Promise<void> {
    let attempt = 0;
    while (!this.disposed && !this.paused) {
      const open = this.state.pendingOpen;
      const next = open ? null : this.state.messages.find((m) => m.state === 'queued');
      if (!open && !next) return;
      const ids = open ? open.messages.map((m) => m.id) : [next!.id];
      for (const id of ids) this.attempts.set(id, (this.attempts.get(id) ?? 0) + 1);
      this.setState(ids, 'sending');
      try {
        if (open) await this.deliverOpen(open);
        else await this.deliverMessage(next!);
        attempt = 0;
      } catch (error) {
        if (this.disposed || this.paused) return;
        if (error instanceof RefusedError) {
          const detail = { status: error.status, code: error.code, field: error.field };
          if (open) {
            // Without a case nothing else can be delivered: every queued message is refused with it.
            const all = this.state.messages.filter((m) => m.state !== 'sent').map((m) => m.id);
            this.state.pendingOpen = null;
            this.setState(all, 'rejected', detail);
            for (const id of all) this.settle(id, error);
            for (const w of this.openWaiters.splice(0)) w.reject(error);
          } else {
            this.setState(ids, 'rejected', detail);
            this.settle(ids[0]!, error);
          }
          continue;
        }
        const retry = error instanceof RetryableError ? error : new RetryableError((error as Error).message, null, null);
        this.setState(ids, 'queued', { status: retry.status, code: 'retrying', field: null }, true);
        const delay = Math.max(backoffDelay(attempt++, this.backoff, this.random), retry.retryAfterMs ?? 0);
        await new Promise<void>((done) => {
          const timer = setTimeout(() => { this.wake = null; done(); }, delay);
          this.wake = () => { clearTimeout(timer); this.wake = null; done(); };
        });
      }
    }
  }

  private async deliverOpen(open: OpenCaseRequest): Promise<void> {
    const res = await this.request('POST', `${this.api}/cases`, open);
    const body = (await this.check(res)) as OpenCaseResponse;
    if (this.state.pendingOpen !== open) return;
    this.state.pendingOpen = null;
    this.state.reference = body.reference;
    this.state.caseSecret = body.caseSecret;
    const ids = open.messages.map((m) => m.id);
    this.setState(ids, 'sent');
    for (const id of ids) this.settle(id, null);
    this.dispatchEvent(new CaseOpenedEvent(body.reference));
    for (const w of this.openWaiters.splice(0)) w.resolve({ reference: body.reference });
    this.startStream();
  }

  private async deliverMessage(message: TrackedMessage): Promise<void> {
    const res = await this.request('POST', `${this.api}/cases/${this.state.reference}/messages`, { id: message.id, text: message.text });
    await this.check(res);
    this.setState([message.id], 'sent');
    this.settle(message.id, null);
  }

  private async check(res: Response): Promise<unknown> {
    if (res.ok) return res.json();
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; field?: string | null; message?: string } } | null;
    if (res.status >= 500 || res.status === 429 || res.status === 408) {
      const retryAfter = Number(res.headers.get('retry-after'));
      throw new RetryableError(`HTTP ${res.status}`, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null, res.status);
    }
    throw new RefusedError(res.status, body?.error?.code ?? `http_${res.status}`, body?.error?.field ?? null, body?.error?.message ?? `HTTP ${res.status}`);
  }

  private async request(method: string, url: string, body: unknown): Promise<Response> {
    const controller = new AbortController();
    this.inflight.add(controller);
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const headers: Record<string, string> = {};
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (this.state.caseSecret && !url.endsWith('/cases')) headers.authorization = `Bearer ${this.state.caseSecret}`;
      return await this.doFetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: controller.signal, cache: 'no-store' });
    } catch (error) {
      throw new RetryableError(controller.signal.aborted ? 'timed out' : (error as Error).message, null, null);
    } finally {
      clearTimeout(timer);
      this.inflight.delete(controller);
    }
  }

  private startStream(): void {
    if (this.stream || this.disposed || !this.state.reference || !this.state.caseSecret) return;
    this.stream = new ResumingEventStream({
      caseUrl: `${this.api}/cases/${this.state.reference}`,
      caseSecret: this.state.caseSecret,
      lastEventId: this.state.lastEventId,
      fetch: this.doFetch,
      backoff: this.backoff,
      random: this.random,
      pollSeconds: this.pollSeconds,
      onEvent: (event) => {
        // Persist first: a reload right after this never replays the event.
        this.state.lastEventId = event.id;
        this.persist();
        this.dispatchEvent(new AgentEvent(event));
      },
      onGone: () => { this.stream = null; },
    });
    this.stream.start();
  }
}
