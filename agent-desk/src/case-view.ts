import { LitElement, html, css } from 'lit';
import type { CaseDetail } from '../../core/handoff/index.ts';
import { DeskActionEvent } from './desk-action-event.ts';

/**
 * One case: exactly what the server received (scrubbed text with placeholders, intent, rule,
 * explanation, page context, the raw open request), the conversation, join / leave / close and a
 * reply box (Enter sends, Shift+Enter adds a line). Text bindings only, never HTML from data.
 *
 * @fires clearline-desk-action - DeskActionEvent (join, leave, close, reply)
 * @csspart reply - the reply text area
 */
export class DeskCaseView extends LitElement {
  static override properties = {
    detail: { attribute: false },
    busy: { type: Boolean },
    error: { type: String },
  };
  detail: CaseDetail | null = null;
  busy = false;
  error = '';

  static override styles = css`
    :host { display: grid; grid-template-rows: auto auto 1fr auto; height: 100%; min-height: 0; }
    header { padding: 12px 16px; border-bottom: 1px solid #e3e6ec; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; background: #fff; }
    h2 { margin: 0; font-size: 1.1rem; font-family: ui-monospace, monospace; }
    .actions { margin-left: auto; display: flex; gap: 6px; }
    button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #b8bfcc; background: #fff; cursor: pointer; }
    button.primary { background: #1f5fd6; border-color: #1f5fd6; color: #fff; }
    button:disabled { opacity: 0.5; cursor: default; }
    button:focus-visible, textarea:focus-visible { outline: 2px solid #1f5fd6; outline-offset: 2px; }
    dl { margin: 0; padding: 8px 16px; display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: 0.85rem; background: #fafbfc; border-bottom: 1px solid #e3e6ec; }
    dt { color: #555; }
    dd { margin: 0; }
    details { grid-column: 1 / -1; }
    pre { white-space: pre-wrap; word-break: break-word; font-size: 0.8rem; background: #fff; border: 1px solid #e3e6ec; padding: 8px; max-height: 200px; overflow: auto; }
    ol { list-style: none; margin: 0; padding: 12px 16px; overflow-y: auto; display: flex; flex-direction: column; gap: 8px; min-height: 0; }
    li { max-width: 75%; padding: 8px 12px; border-radius: 10px; white-space: pre-wrap; word-break: break-word; }
    li.customer { background: #fff; border: 1px solid #e3e6ec; align-self: flex-start; }
    li.agent { background: #1f5fd6; color: #fff; align-self: flex-end; }
    .who { display: block; font-size: 0.75rem; opacity: 0.75; }
    form { display: flex; gap: 8px; padding: 12px 16px; border-top: 1px solid #e3e6ec; background: #fff; }
    textarea { flex: 1; font: inherit; padding: 8px; border-radius: 6px; border: 1px solid #b8bfcc; resize: vertical; min-height: 2.5em; }
    .error { color: #a31b1b; padding: 0 16px; margin: 4px 0; }
    .placeholder { display: grid; place-items: center; color: #666; height: 100%; }
  `;

  private act(action: DeskActionEvent['action']): void {
    if (this.detail) this.dispatchEvent(new DeskActionEvent(this.detail.reference, action));
  }

  private send(e?: Event): void {
    e?.preventDefault();
    const area = this.renderRoot.querySelector('textarea');
    const text = area?.value.trim() ?? '';
    if (!area || !text) return;
    this.act({ type: 'reply', text });
    area.value = '';
  }

  private keydown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) this.send(e);
  }

  override updated(): void {
    const list = this.renderRoot.querySelector('ol');
    if (list) list.scrollTop = list.scrollHeight;
  }

  override render() {
    const d = this.detail;
    if (!d) return html`<p class="placeholder">Pick a case on the left (arrow keys move, Enter opens).</p>`;
    const closed = d.status === 'closed';
    return html`
      <header>
        <h2>${d.reference}</h2>
        <span>${d.status}${d.agent ? html` — ${d.agent}` : null}</span>
        <span class="actions">
          ${d.status === 'active'
            ? html`<button @click=${() => this.act({ type: 'leave' })} ?disabled=${this.busy}>Leave</button>`
            : html`<button class="primary" @click=${() => this.act({ type: 'join' })} ?disabled=${this.busy || closed}>Join</button>`}
          <button @click=${() => this.act({ type: 'close' })} ?disabled=${this.busy || closed}>Close case</button>
        </span>
      </header>
      <dl aria-label="What the server received">
        <dt>Queue</dt><dd>${d.queue} · ${d.priority}</dd>
        <dt>Intent</dt><dd>${d.intent ?? '—'}${d.confidence === null ? '' : ` (${Math.round(d.confidence * 100)} %)`}</dd>
        <dt>Rule</dt><dd>${d.rule ?? '—'}</dd>
        <dt>Explanation</dt><dd>${d.explanation || '—'}</dd>
        <dt>Locale</dt><dd>${d.locale}</dd>
        <dt>Page</dt><dd>${Object.entries(d.page).map(([k, v]) => `${k}: ${v}`).join(' · ') || '—'}</dd>
        <details><summary>Open request as received</summary><pre>${d.received}</pre></details>
      </dl>
      <ol aria-label="Conversation" aria-live="polite">
        ${d.messages.map((m) => html`<li class=${m.author}><span class="who">${m.author === 'agent' ? m.agent ?? 'Agent' : 'Customer'}</span>${m.text}</li>`)}
      </ol>
      <div>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
        <form @submit=${this.send}>
          <textarea part="reply" aria-label="Reply to the customer" placeholder=${closed ? 'This case is closed' : 'Reply (Enter sends, Shift+Enter for a new line)'} ?disabled=${closed} maxlength="4000" @keydown=${this.keydown}></textarea>
          <button class="primary" type="submit" ?disabled=${closed || this.busy}>Send</button>
        </form>
      </div>
    `;
  }
}
customElements.define('clearline-case-view', DeskCaseView);
