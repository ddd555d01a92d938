/** Renders a decision and its full trace (every rule considered, each condition with the value it saw). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Decision, TraceValue } from '../../../core/rules/types.ts';

const show = (value: TraceValue): string =>
  value === null ? '—' : Array.isArray(value) ? `[${value.join(', ')}]` : typeof value === 'object' ? JSON.stringify(value) : String(value);

export function describeAction(decision: Decision): string {
  const a = decision.action;
  switch (a.type) {
    case 'answer': return `answer with “${a.intent}”`;
    case 'clarify': return `ask to clarify: ${a.options.map((o) => o.intent).join(', ') || '(no options)'}`;
    case 'handoff': return `hand off to ${a.queue} (${a.priority})`;
    case 'notice': return `show notice “${a.notice}”`;
  }
}

export function renderDecision(decision: Decision, jump: (line: number) => void): TemplateResult {
  return html`
    <dl class="decision">
      <dt>Decision</dt><dd class="decision-action" data-action=${decision.action.type}>${describeAction(decision)}</dd>
      <dt>Rule</dt><dd class="decision-rule">${decision.rule ?? 'none (built-in default)'}</dd>
      <dt>Customer sees</dt><dd class="decision-explanation">${decision.explanation}</dd>
    </dl>
    <details class="trace" open>
      <summary>Trace: ${decision.trace.length} rules considered</summary>
      <ol>
        ${decision.trace.map((entry) => html`<li class="trace-entry ${entry.matched ? 'matched' : ''}">
          <button type="button" class="link" ?disabled=${entry.line === null} @click=${() => entry.line !== null && jump(entry.line)}>
            ${entry.rule}${entry.line !== null ? html` <span class="pos">line ${entry.line}</span>` : nothing}
          </button>
          <span class="verdict">${entry.matched ? 'matched' : 'no match'}${entry.skipped ? ` — skipped: ${entry.skipped}` : ''}</span>
          ${entry.conditions.length ? html`<table><thead><tr><th scope="col">condition</th><th scope="col">saw</th><th scope="col">result</th></tr></thead>
            <tbody>${entry.conditions.map((c) => html`<tr class=${c.matched ? 'ok' : 'no'}><td><code>${c.condition}</code></td><td>${show(c.saw)}</td><td>${c.matched ? '✓' : '✗'}</td></tr>`)}</tbody></table>` : nothing}
        </li>`)}
      </ol>
    </details>`;
}
