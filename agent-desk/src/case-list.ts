import { LitElement, html, css } from 'lit';
import type { CaseSummary } from '../../core/handoff/index.ts';
import { CaseSelectEvent } from './case-select-event.ts';

/**
 * The case list: most urgent first, then oldest. Arrow keys move between cases, Enter opens one.
 * Text from cases is rendered with Lit text bindings only (never as HTML).
 *
 * @fires clearline-case-select - CaseSelectEvent when a case is opened
 * @csspart item - one case row
 */
export class DeskCaseList extends LitElement {
  static override properties = {
    cases: { attribute: false },
    selected: { type: String },
    unread: { attribute: false },
  };
  cases: CaseSummary[] = [];
  selected = '';
  unread: ReadonlySet<string> = new Set();

  static override styles = css`
    :host { display: block; overflow-y: auto; }
    ul { list-style: none; margin: 0; padding: 0; }
    button { all: unset; box-sizing: border-box; display: grid; gap: 2px; width: 100%; padding: 10px 12px; border-bottom: 1px solid #e3e6ec; cursor: pointer; }
    button:hover { background: #eef2fb; }
    button:focus-visible { outline: 2px solid #1f5fd6; outline-offset: -2px; }
    button[aria-current='true'] { background: #dfe8fb; }
    .top { display: flex; gap: 6px; align-items: center; font-size: 0.85rem; }
    .ref { font-family: ui-monospace, monospace; font-weight: 600; }
    .prio { border-radius: 4px; padding: 0 6px; font-size: 0.75rem; text-transform: uppercase; }
    .prio-urgent { background: #a31b1b; color: #fff; }
    .prio-high { background: #e27b00; color: #fff; }
    .prio-normal { background: #d9dee8; }
    .prio-low { background: #eef0f4; color: #555; }
    .status { margin-left: auto; color: #555; }
    .dot { width: 8px; height: 8px; border-radius: 50%; background: #1f5fd6; }
    .last { color: #333; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: 0.9rem; }
    .meta { color: #666; font-size: 0.8rem; }
    .empty { padding: 16px; color: #666; }
  `;

  private open(reference: string): void {
    this.dispatchEvent(new CaseSelectEvent(reference));
  }

  private keydown(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button[data-ref]')];
    const index = buttons.indexOf(this.renderRoot.querySelector<HTMLButtonElement>('button:focus') ?? buttons[0]!);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : Math.max(0, Math.min(buttons.length - 1, index + (e.key === 'ArrowDown' ? 1 : -1)));
    e.preventDefault();
    buttons[next]?.focus();
  }

  override render() {
    if (this.cases.length === 0) return html`<p class="empty">No open cases in this view.</p>`;
    return html`<ul aria-label="Cases" @keydown=${this.keydown}>
      ${this.cases.map((c) => html`<li>
        <button part="item" data-ref=${c.reference} aria-current=${c.reference === this.selected ? 'true' : 'false'} @click=${() => this.open(c.reference)}>
          <span class="top">
            ${this.unread.has(c.reference) ? html`<span class="dot" aria-label="new messages"></span>` : null}
            <span class="ref">${c.reference}</span>
            <span class="prio prio-${c.priority}">${c.priority}</span>
            <span class="status">${c.status}${c.agent ? html` · ${c.agent}` : null}</span>
          </span>
          <span class="last">${c.lastMessage ?? ''}</span>
          <span class="meta">${c.queue} · ${c.intent ?? 'no intent'} · ${c.messageCount} msg · ${new Date(c.createdAt).toLocaleTimeString()}</span>
        </button>
      </li>`)}
    </ul>`;
  }
}
customElements.define('clearline-case-list', DeskCaseList);
