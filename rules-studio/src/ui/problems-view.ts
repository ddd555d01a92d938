/** The problems list under the editor: every marker (schema and semantic), with a jump and its quick fix. */
import { html, nothing, type TemplateResult } from 'lit';

export interface Problem {
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  source: string;
  fixTitle: string | null;
}

export function renderProblems(problems: readonly Problem[], jump: (p: Problem) => void, fix: (p: Problem) => void): TemplateResult {
  if (!problems.length) return html`<p class="no-problems" role="status">No problems.</p>`;
  return html`<ul class="problems" aria-label="Problems">
    ${problems.map((p) => html`<li class="problem ${p.severity}">
      <button type="button" class="problem-jump" @click=${() => jump(p)}>
        <span class="sev" aria-label=${p.severity}>${p.severity === 'error' ? '⨯' : p.severity === 'warning' ? '⚠' : 'ℹ'}</span>
        <span class="pos">${p.line}:${p.column}</span> <span class="msg">${p.message}</span> <span class="src">${p.source}</span>
      </button>
      ${p.fixTitle ? html`<button type="button" class="problem-fix" @click=${() => fix(p)}>${p.fixTitle}</button>` : nothing}
    </li>`)}
  </ul>`;
}
