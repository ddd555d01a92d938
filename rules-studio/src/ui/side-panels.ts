/**
 * `<clearline-side-panels>`: the side panel tabs (bench, tests, fairness, preview, review & publish),
 * an ARIA tablist with arrow-key navigation. Owns the one widget worker the bench, the tests and the
 * fairness audit share, created on first use and kept in sync with the draft bundle.
 */
import { LitElement, html } from 'lit';
import { BenchWorker } from '../bench/bench-worker.ts';
import type { ClearlineStudio } from './studio-shell.ts';
import { StudioCompiledEvent } from './studio-compiled-event.ts';
import './bench-panel.ts';
import './tests-panel.ts';
import './fairness-panel.ts';
import './preview-panel.ts';
import './review-panel.ts';

const TABS = Object.freeze([
  { id: 'bench', label: 'Test bench' },
  { id: 'tests', label: 'Tests' },
  { id: 'fairness', label: 'Fairness' },
  { id: 'preview', label: 'Preview' },
  { id: 'review', label: 'Review & publish' },
] as const);

export class ClearlineSidePanels extends LitElement {
  static override properties = { studio: { attribute: false }, selected: { state: true } };

  studio!: ClearlineStudio;
  selected = 0;
  #bench: BenchWorker | null = null;
  #onCompiled = () => {
    if (this.#bench && this.studio.bundle) void this.#bench.setRules(this.studio.bundle).catch(() => {});
    this.requestUpdate();
  };

  protected override createRenderRoot() { return this; }

  override connectedCallback(): void {
    super.connectedCallback();
    this.studio.addEventListener(StudioCompiledEvent.type, this.#onCompiled);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.studio.removeEventListener(StudioCompiledEvent.type, this.#onCompiled);
    void this.#bench?.dispose();
    this.#bench = null;
  }

  /** The shared widget worker, started on first use with the current draft bundle. */
  bench(): BenchWorker {
    this.#bench ??= new BenchWorker(this.studio.bundle, this.studio.bundle?.defaultLocale ?? 'en');
    return this.#bench;
  }

  /** Selects a tab and moves focus to it. */
  select(index: number): void {
    this.selected = (index + TABS.length) % TABS.length;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#tab-${TABS[this.selected]!.id}`)?.focus());
  }

  #keydown(event: KeyboardEvent): void {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in moves) { event.preventDefault(); this.select(this.selected + moves[event.key]!); }
    else if (event.key === 'Home') { event.preventDefault(); this.select(0); }
    else if (event.key === 'End') { event.preventDefault(); this.select(TABS.length - 1); }
  }

  override render() {
    const panel = (id: string, body: unknown) => html`<div role="tabpanel" id="panel-${id}" aria-labelledby="tab-${id}" class="tabpanel" ?hidden=${TABS[this.selected]!.id !== id}>${body}</div>`;
    return html`
      <div role="tablist" aria-label="Side panels" class="tabs" @keydown=${(e: KeyboardEvent) => this.#keydown(e)}>
        ${TABS.map((tab, i) => html`<button type="button" role="tab" id="tab-${tab.id}" aria-controls="panel-${tab.id}"
          aria-selected=${i === this.selected ? 'true' : 'false'} tabindex=${i === this.selected ? 0 : -1}
          title="Alt+${i + 1}" @click=${() => this.select(i)}>${tab.label}</button>`)}
      </div>
      ${panel('bench', html`<clearline-bench-panel .studio=${this.studio} .host=${this}></clearline-bench-panel>`)}
      ${panel('tests', html`<clearline-tests-panel .studio=${this.studio} .host=${this}></clearline-tests-panel>`)}
      ${panel('fairness', html`<clearline-fairness-panel .studio=${this.studio} .host=${this}></clearline-fairness-panel>`)}
      ${panel('preview', html`<clearline-preview-panel .studio=${this.studio} .active=${TABS[this.selected]!.id === 'preview'}></clearline-preview-panel>`)}
      ${panel('review', html`<clearline-review-panel .studio=${this.studio} .host=${this} .active=${TABS[this.selected]!.id === 'review'}></clearline-review-panel>`)}
    `;
  }
}

customElements.define('clearline-side-panels', ClearlineSidePanels);
