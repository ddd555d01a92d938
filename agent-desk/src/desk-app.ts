import { LitElement, html, css } from 'lit';
import type { CaseDetail, CaseSummary, HandoffEvent, QueueSummary } from '../../core/handoff/index.ts';
import { DeskApi, DeskApiError } from './desk-api.ts';
import { DeskLive } from './desk-live.ts';
import { takeTokenFromLocation, saveToken, forgetToken } from './desk-token.ts';
import { SignInEvent } from './sign-in-event.ts';
import { CaseSelectEvent } from './case-select-event.ts';
import { DeskActionEvent } from './desk-action-event.ts';
import './sign-in-form.ts';
import './case-list.ts';
import './case-view.ts';

const NAME_KEY = 'clearline-agent-name';

/**
 * The agent desk at /agent/: queues (by the rule's queue and priority), the case list, the open
 * case, and live updates from the agent event stream.
 *
 * @csspart queues - the queue filter column
 */
export class AgentDesk extends LitElement {
  static override properties = {
    token: { state: true },
    queues: { state: true },
    cases: { state: true },
    queueFilter: { state: true },
    selected: { state: true },
    detail: { state: true },
    unread: { state: true },
    live: { state: true },
    busy: { state: true },
    error: { state: true },
    signInError: { state: true },
  };
  token: string | null = null;
  queues: QueueSummary[] = [];
  cases: CaseSummary[] = [];
  queueFilter = '';
  selected = '';
  detail: CaseDetail | null = null;
  unread: Set<string> = new Set();
  live = false;
  busy = false;
  error = '';
  signInError = '';
  private api: DeskApi | null = null;
  private stream: DeskLive | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;

  static override styles = css`
    :host { display: grid; grid-template-columns: 200px minmax(260px, 360px) 1fr; grid-template-rows: auto 1fr; height: 100%; }
    .bar { grid-column: 1 / -1; display: flex; align-items: center; gap: 12px; padding: 8px 16px; background: #1d2330; color: #fff; }
    .bar h1 { font-size: 1rem; margin: 0; }
    .live { font-size: 0.8rem; }
    .bar button { margin-left: auto; font: inherit; background: transparent; color: #fff; border: 1px solid #fff6; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
    nav { border-right: 1px solid #e3e6ec; background: #fff; overflow-y: auto; }
    nav button { all: unset; box-sizing: border-box; display: flex; width: 100%; padding: 8px 12px; gap: 6px; cursor: pointer; }
    nav button:hover { background: #eef2fb; }
    nav button:focus-visible { outline: 2px solid #1f5fd6; outline-offset: -2px; }
    nav button[aria-pressed='true'] { background: #dfe8fb; font-weight: 600; }
    .count { margin-left: auto; color: #555; font-variant-numeric: tabular-nums; }
    .urgent { color: #a31b1b; font-weight: 600; }
    clearline-case-list { border-right: 1px solid #e3e6ec; background: #fff; min-height: 0; }
    clearline-case-view { min-height: 0; }
    .error { grid-column: 1 / -1; margin: 0; padding: 6px 16px; background: #fde8e8; color: #a31b1b; }
    clearline-desk-sign-in { grid-column: 1 / -1; grid-row: 1 / -1; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    this.token = takeTokenFromLocation();
    if (this.token) void this.signIn(this.token);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stream?.stop();
  }

  private async signIn(token: string): Promise<void> {
    this.api = new DeskApi(token);
    try {
      await this.refresh();
    } catch (error) {
      if (error instanceof DeskApiError && (error.status === 401 || error.status === 403)) {
        forgetToken();
        this.token = null;
        this.signInError = 'That token was not accepted.';
        return;
      }
      this.error = (error as Error).message;
    }
    this.token = token;
    saveToken(token);
    this.stream?.stop();
    this.stream = new DeskLive(`${this.api.base}/events`, this.api.authHeaders, (e) => this.onLiveEvent(e), (connected, fatal) => {
      this.live = connected;
      if (connected) this.scheduleRefresh();
      if (fatal) this.signOut();
    });
    this.stream.start();
  }

  private signOut(): void {
    this.stream?.stop();
    forgetToken();
    this.token = null;
    this.api = null;
    this.detail = null;
    this.cases = [];
  }

  private async refresh(): Promise<void> {
    if (!this.api) return;
    const [q, c] = await Promise.all([this.api.queues(), this.api.cases('open')]);
    this.queues = q.queues;
    this.cases = c.cases;
    if (this.selected) {
      try {
        this.detail = (await this.api.detail(this.selected)).case;
      } catch (error) {
        if (error instanceof DeskApiError && error.status === 404) { this.detail = null; this.selected = ''; } else throw error;
      }
    }
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      this.refresh().catch((e: Error) => { this.error = e.message; });
    }, 120);
  }

  private onLiveEvent(event: HandoffEvent): void {
    if ((event.type === 'customer-message' || event.type === 'case-opened') && event.reference !== this.selected) {
      this.unread = new Set(this.unread).add(event.reference);
    }
    if (event.type === 'case-erased' && this.unread.has(event.reference)) {
      const next = new Set(this.unread);
      next.delete(event.reference);
      this.unread = next;
    }
    this.scheduleRefresh();
  }

  private async select(reference: string): Promise<void> {
    if (!this.api) return;
    this.selected = reference;
    if (this.unread.has(reference)) {
      const next = new Set(this.unread);
      next.delete(reference);
      this.unread = next;
    }
    try {
      this.detail = (await this.api.detail(reference)).case;
      this.error = '';
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  private async act(e: DeskActionEvent): Promise<void> {
    if (!this.api) return;
    const name = sessionStorage.getItem(NAME_KEY) ?? 'Agent';
    this.busy = true;
    try {
      const a = e.action;
      if (a.type === 'join') await this.api.join(e.reference, name);
      else if (a.type === 'leave') await this.api.leave(e.reference);
      else if (a.type === 'close') await this.api.close(e.reference);
      else {
        if (this.detail?.reference === e.reference && this.detail.status === 'waiting') await this.api.join(e.reference, name);
        await this.api.reply(e.reference, crypto.randomUUID(), a.text);
      }
      this.error = '';
      await this.refresh();
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  override updated(): void {
    // The tab title shows how many cases have news, so an agent in another tab sees it.
    document.title = this.unread.size > 0 ? `(${this.unread.size}) Clearline agent desk` : 'Clearline agent desk';
  }

  private get visibleCases(): CaseSummary[] {
    return this.queueFilter ? this.cases.filter((c) => c.queue === this.queueFilter) : this.cases;
  }

  override render() {
    if (!this.token) {
      return html`<clearline-desk-sign-in .error=${this.signInError} @clearline-desk-sign-in=${(e: SignInEvent) => {
        sessionStorage.setItem(NAME_KEY, e.agentName);
        void this.signIn(e.token);
      }}></clearline-desk-sign-in>`;
    }
    const total = this.cases.length;
    return html`
      <div class="bar">
        <h1>Clearline agent desk</h1>
        <span class="live" role="status">${this.live ? '● live' : '○ reconnecting…'}</span>
        <button @click=${() => this.signOut()}>Sign out</button>
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
      <nav part="queues" aria-label="Queues">
        <button aria-pressed=${this.queueFilter === '' ? 'true' : 'false'} @click=${() => { this.queueFilter = ''; }}>All queues <span class="count">${total}</span></button>
        ${this.queues.map((q) => html`<button aria-pressed=${this.queueFilter === q.queue ? 'true' : 'false'} @click=${() => { this.queueFilter = q.queue; }}>
          ${q.queue}
          ${q.byPriority.urgent ? html`<span class="urgent" title="urgent">${q.byPriority.urgent}!</span>` : null}
          <span class="count" title="waiting / active">${q.waiting}/${q.active}</span>
        </button>`)}
      </nav>
      <clearline-case-list .cases=${this.visibleCases} .selected=${this.selected} .unread=${this.unread}
        @clearline-case-select=${(e: CaseSelectEvent) => void this.select(e.reference)}></clearline-case-list>
      <clearline-case-view .detail=${this.detail} ?busy=${this.busy}
        @clearline-desk-action=${(e: DeskActionEvent) => void this.act(e)}></clearline-case-view>
    `;
  }
}
customElements.define('clearline-agent-desk', AgentDesk);
