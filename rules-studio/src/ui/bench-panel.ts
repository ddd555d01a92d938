/**
 * `<clearline-bench-panel>`: type a customer message, choose locale, page context, turn, opted-out, and
 * see what the widget's own worker does with it: scrubbed text with typed highlights, the top-3
 * intents, the decision and its full trace. Ctrl+Enter runs.
 */
import { LitElement, html, nothing } from 'lit';
import type { ClearlineStudio } from './studio-shell.ts';
import type { ClearlineSidePanels } from './side-panels.ts';
import type { BenchRun } from '../bench/bench-worker.ts';
import { entitySegments, placeholderSegments, parsePageContext, type Segment } from '../bench/highlight-segments.ts';
import { renderDecision } from './decision-view.ts';
import { STUDIO_CONFIG } from '../studio-config.ts';

const marks = (segments: Segment[]) => segments.map((s) => s.type
  ? html`<mark class="pii" data-type=${s.type}><span class="pii-type">${s.type}</span>${s.text}</mark>`
  : s.text);

export class ClearlineBenchPanel extends LitElement {
  static override properties = {
    studio: { attribute: false }, host: { attribute: false },
    result: { state: true }, error: { state: true }, busy: { state: true }, modelNote: { state: true },
  };

  studio!: ClearlineStudio;
  host!: ClearlineSidePanels;
  result: (BenchRun & { original: string }) | null = null;
  error: string | null = null;
  busy = false;
  modelNote = '';

  protected override createRenderRoot() { return this; }

  async run(): Promise<void> {
    const form = this.querySelector('form')!;
    const data = new FormData(form);
    const text = String(data.get('message') ?? '');
    this.error = null;
    if (!text.trim()) { this.error = 'Type a customer message first.'; return; }
    if (text.length > STUDIO_CONFIG.maxBenchMessageChars) { this.error = `The message is ${text.length} characters; the limit is ${STUDIO_CONFIG.maxBenchMessageChars}.`; return; }
    if (!this.studio.bundle) { this.error = 'The draft has errors, so there is no bundle to test: fix the problems first.'; return; }
    let page: Record<string, string>;
    try { page = parsePageContext(String(data.get('page') ?? '')); } catch (e) { this.error = (e as Error).message; return; }
    const turn = Math.max(1, Math.floor(Number(data.get('turn')) || 1));
    const unhelpfulCount = Math.max(0, Math.floor(Number(data.get('unhelpful')) || 0));
    const locale = String(data.get('locale') || this.studio.bundle.defaultLocale);
    this.busy = true;
    try {
      const bench = this.host.bench();
      await bench.setRules(this.studio.bundle);
      this.modelNote = (await bench.modelStatus()) === 'loading' ? 'Loading the intent model…' : '';
      const run = await bench.run(text, locale, { turn, unhelpfulCount, optedOut: data.get('optedOut') === 'on', askedForHuman: data.get('askedForHuman') === 'on', page });
      this.result = { ...run, original: text };
      const status = await bench.modelStatus();
      this.modelNote = status === 'ready' ? '' : status === 'failed' ? 'The intent model failed to load: decisions use no intent.' : '';
    } catch (e) {
      this.error = `${(e as Error).name}: ${(e as Error).message}`;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const locales = this.studio?.bundle?.locales ?? ['en'];
    const r = this.result;
    return html`
      <form class="bench-form" @submit=${(e: Event) => { e.preventDefault(); void this.run(); }}
        @keydown=${(e: KeyboardEvent) => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); void this.run(); } }}>
        <label for="bench-message">Customer message</label>
        <textarea id="bench-message" name="message" rows="3" maxlength="4000" placeholder="My phone was stolen, call me on +49 151 23456789"></textarea>
        <div class="row">
          <label>Locale <select name="locale">${locales.map((l) => html`<option value=${l}>${l}</option>`)}</select></label>
          <label>Turn <input name="turn" type="number" min="1" max="100" value="1" /></label>
          <label>Unhelpful <input name="unhelpful" type="number" min="0" max="20" value="0" /></label>
        </div>
        <div class="row">
          <label><input type="checkbox" name="optedOut" /> Opted out of AI</label>
          <label><input type="checkbox" name="askedForHuman" /> Asked for a person</label>
        </div>
        <label for="bench-page">Page context <span class="hint">(one <code>key: value</code> per line)</span></label>
        <textarea id="bench-page" name="page" rows="2" placeholder="plan: business"></textarea>
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? 'Running…' : 'Run (Ctrl+Enter)'}</button>
      </form>
      ${this.modelNote ? html`<p class="note" role="status">${this.modelNote}</p>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${r ? html`<section class="bench-result" aria-label="Bench result" aria-live="polite">
        <h3>What stays on the device</h3>
        <p class="original">${marks(entitySegments(r.original, r.entities))}</p>
        <h3>What the rules see (scrubbed)</h3>
        <p class="scrubbed">${marks(placeholderSegments(r.scrubbed))}</p>
        ${r.entities.length ? html`<p class="entity-list">${r.entities.length} detected: ${[...new Set(r.entities.map((e) => e.type))].join(', ')}</p>` : html`<p class="entity-list">No personal data detected.</p>`}
        <h3>Intent</h3>
        ${r.intent ? html`<ol class="intents">${r.intent.top.slice(0, 3).map((t) => html`<li><span class="label">${t.label}</span>
            <meter min="0" max="1" value=${t.score} aria-label="${t.label} confidence"></meter> <span class="score">${(t.score * 100).toFixed(1)}%</span></li>`)}</ol>
            ${r.intent.outOfScope ? html`<p class="note">Out of scope.</p>` : nothing}
            ${!r.intent.localeSupported ? html`<p class="note">The model does not cover this language well.</p>` : nothing}`
          : html`<p class="note">No intent (opted out, or the model is unavailable).</p>`}
        <h3>Decision</h3>
        ${r.decision ? renderDecision(r.decision, (line) => this.studio.jumpTo(line)) : html`<p class="note">No decision.</p>`}
        <p class="timing">Computed by the widget's worker in ${r.ms.toFixed(0)} ms.</p>
      </section>` : nothing}`;
  }
}

customElements.define('clearline-bench-panel', ClearlineBenchPanel);
