import { html, nothing, type TemplateResult } from 'lit';
import type { MarkdownToken } from '../../../core/rules/markdown.ts';

/** Safe-markdown tokens → Lit templates. Text is always bound as text; nothing is parsed as HTML. */
export function renderTokens(tokens: readonly MarkdownToken[]): TemplateResult {
  return html`${tokens.map((t) => {
    switch (t.type) {
      case 'text': return t.text;
      case 'bold': return html`<strong>${t.text}</strong>`;
      case 'italic': return html`<em>${t.text}</em>`;
      case 'code': return html`<code>${t.text}</code>`;
      case 'link': return html`<a href=${t.href} target="_blank" rel="noopener noreferrer">${t.text}</a>`;
      case 'break': return html`<br />`;
      case 'paragraph': return html`<br /><br />`;
      case 'bullet': return '• ';
      default: return nothing;
    }
  })}`;
}
