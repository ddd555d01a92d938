/** Shared helpers for the widget's browser tests: mount, wait, and run axe-core on the live DOM. */
import 'axe-core';
import { defineClearlineWidget, type ClearlineWidget } from '../../widget/src/clearline-widget.ts';
import type { PanelElement } from '../../widget/src/panel-contract.ts';

type AxeResults = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
declare global {
  interface Window { axe: { run(context?: unknown, options?: unknown): Promise<AxeResults> } }
}

/** A plausible host page around the widget (title, language, main landmark, heading), as axe expects of a page. */
function hostPage(): void {
  document.title = 'Help and support';
  if (!document.documentElement.lang) document.documentElement.lang = 'en';
  if (!document.querySelector('main')) {
    const main = document.createElement('main');
    const h1 = document.createElement('h1');
    h1.textContent = 'Help and support';
    main.append(h1);
    document.body.prepend(main);
  }
}

export function mountWidget(attributes: Record<string, string> = {}): ClearlineWidget {
  hostPage();
  defineClearlineWidget();
  const el = document.createElement('clearline-widget') as ClearlineWidget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
}

export async function until<T>(probe: () => T | null | undefined | false, what: string, timeoutMs = 15000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function panelOf(el: ClearlineWidget): (PanelElement & HTMLElement) | null {
  return el.shadowRoot?.querySelector('clearline-panel') as (PanelElement & HTMLElement) | null;
}

export function inPanel<T extends Element>(el: ClearlineWidget, selector: string): T | null {
  return (panelOf(el)?.shadowRoot?.querySelector(selector) as T | null) ?? null;
}

export function allInPanel<T extends Element>(el: ClearlineWidget, selector: string): T[] {
  return [...(panelOf(el)?.shadowRoot?.querySelectorAll(selector) ?? [])] as T[];
}

/** Opens the panel and waits until the worker answered (the disclosure is shown). */
export async function openAndWait(el: ClearlineWidget): Promise<void> {
  el.openPanel();
  await until(() => inPanel(el, 'article.disclosure'), 'the AI disclosure');
}

export async function typeAndSend(el: ClearlineWidget, text: string): Promise<void> {
  const input = await until(() => inPanel<HTMLTextAreaElement>(el, 'textarea.input'), 'the message input');
  const before = allInPanel(el, '.transcript > *').length;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await (panelOf(el) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const send = inPanel<HTMLButtonElement>(el, 'button.send')!;
  await until(() => !send.disabled, 'the send button to enable');
  send.click();
  await until(() => allInPanel(el, '.transcript > *').length > before + 1 || inPanel(el, '.alert')?.textContent, 'a reply or an alert');
}

export async function axeViolations(): Promise<string[]> {
  const results = await window.axe.run(document, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function captureConsoleErrors(): { messages: string[]; restore(): void } {
  const original = console.error;
  const messages: string[] = [];
  console.error = (...args: unknown[]) => { messages.push(args.map(String).join(' ')); };
  return { messages, restore: () => { console.error = original; } };
}
