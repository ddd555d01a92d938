/** The outline navigation: notices, answers, rules and tests of the draft; Enter jumps to the entry. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Outline, OutlineEntry } from '../outline/extract-outline.ts';

const section = (title: string, entries: readonly OutlineEntry[], jump: (e: OutlineEntry) => void): TemplateResult => html`
  <li class="outline-section">
    <span class="outline-title" id="outline-${title.toLowerCase()}">${title} <span class="count">${entries.length}</span></span>
    <ul aria-labelledby="outline-${title.toLowerCase()}">
      ${entries.map((entry) => html`<li>
        <button type="button" class="outline-entry" data-kind=${entry.kind} data-line=${entry.line}
          title="Line ${entry.line}" @click=${() => jump(entry)}>
          <span class="name">${entry.name}</span>${entry.detail ? html`<span class="detail">${entry.detail}</span>` : nothing}
        </button></li>`)}
    </ul>
  </li>`;

export function renderOutline(outline: Outline, jump: (entry: OutlineEntry) => void): TemplateResult {
  return html`<ul class="outline" role="list">
    ${outline.disclosure ? html`<li class="outline-section"><button type="button" class="outline-entry" data-kind="disclosure" @click=${() => jump(outline.disclosure!)}><span class="name">Disclosure</span></button></li>` : nothing}
    ${section('Notices', outline.notices, jump)}
    ${section('Answers', outline.answers, jump)}
    ${section('Rules', outline.rules, jump)}
    ${section('Tests', outline.tests, jump)}
  </ul>`;
}
