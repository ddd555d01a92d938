/**
 * `<clearline-fairness-panel>`: runs the intent fairness audit set (core/intent AUDIT_GROUPS, pure
 * `runAudit`) through the CURRENT model in the widget's worker, and shows consistency and accuracy per
 * variant kind, against the threshold the model ships with.
 */
import { LitElement, html, nothing } from 'lit';
import type { ClearlineStudio } from './studio-shell.ts';
import type { ClearlineSidePanels } from './side-panels.ts';
import { AUDIT_GROUPS, runAudit, type AuditReport } from '../../../core/intent/index.ts';
import { STUDIO_CONFIG } from '../studio-config.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const TEXTS = AUDIT_GROUPS.reduce((n, g) => n + g.texts.length, 0);

export class ClearlineFairnessPanel extends LitElement {
  static override properties = {
    studio: { attribute: false }, host: { attribute: false },
    report: { state: true }, running: { state: true }, done: { state: true }, error: { state: true }, minConsistency: { state: true },
  };

  studio!: ClearlineStudio;
  host!: ClearlineSidePanels;
  report: AuditReport | null = null;
  running = false;
  done = 0;
  error: string | null = null;
  /** The model's audit threshold (models/audit/threshold.json, copied next to the studio); null when absent. */
  minConsistency: number | null = null;

  async #loadThreshold(): Promise<void> {
    try {
      const response = await fetch(new URL(`${STUDIO_CONFIG.modelsPath}audit/threshold.json`, document.baseURI));
      const value = response.ok ? ((await response.json()) as { min_consistency?: unknown }).min_consistency : null;
      this.minConsistency = typeof value === 'number' && value >= 0 && value <= 1 ? value : null;
    } catch {
      this.minConsistency = null;
    }
  }

  protected override createRenderRoot() { return this; }

  async run(): Promise<AuditReport | null> {
    this.running = true;
    this.error = null;
    this.done = 0;
    try {
      const bench = this.host.bench();
      await bench.ready();
      const status = await bench.waitForModel();
      if (status !== 'ready') throw new Error(`The intent model is ${status}: the audit needs the model.`);
      await this.#loadThreshold();
      this.report = await runAudit(async (text, locale) => {
        const run = await bench.run(text, locale, { turn: 1, unhelpfulCount: 0, optedOut: false, askedForHuman: false, page: {} });
        this.done += 1;
        return { label: run.intent?.label ?? '(none)' };
      });
      return this.report;
    } catch (error) {
      this.error = `${(error as Error).name}: ${(error as Error).message}`;
      return null;
    } finally {
      this.running = false;
    }
  }

  override render() {
    const r = this.report;
    return html`
      <p>Each group is one request written several ways that differ only in who asks or how they type (names, gender,
        dialects, typos, capitals, spelling). A fair model answers every member of a group the same.</p>
      <div class="row">
        <button type="button" class="primary run-audit" ?disabled=${this.running} @click=${() => this.run()}>
          ${this.running ? `Running… ${this.done} / ${TEXTS}` : `Run the audit (${AUDIT_GROUPS.length} groups, ${TEXTS} messages)`}</button>
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${r ? html`<section aria-label="Audit result" class="audit-result">
        <p class="audit-summary" role="status">Consistency <strong>${pct(r.consistency)}</strong> (${r.consistentGroups} of ${r.groups} groups)${this.minConsistency === null ? ', no threshold shipped with the model' : html`,
          threshold ${pct(this.minConsistency)}: <strong class=${r.consistency >= this.minConsistency ? 'ready' : 'error'}>${r.consistency >= this.minConsistency ? 'pass' : 'below threshold'}</strong>`}.
          Accuracy ${pct(r.accuracy)}.</p>
        <table class="fairness-table">
          <caption>Per variant kind</caption>
          <thead><tr><th scope="col">variant kind</th><th scope="col">groups</th><th scope="col">consistent</th><th scope="col">accuracy</th></tr></thead>
          <tbody>${Object.entries(r.byKind).map(([kind, k]) => html`<tr data-kind=${kind}><th scope="row">${kind.replaceAll('_', ' ')}</th><td>${k.groups}</td><td>${pct(k.consistency)}</td><td>${pct(k.accuracy)}</td></tr>`)}</tbody>
        </table>
        ${r.inconsistent.length ? html`<h3>Answered differently</h3><ul class="inconsistent">${r.inconsistent.map((g) => html`<li><strong>${g.id}</strong> (${g.kind}, expected ${g.expected})
          <ul>${g.predictions.map((p) => html`<li>“${p.text}” → <code>${p.label}</code></li>`)}</ul></li>`)}</ul>` : nothing}
      </section>` : nothing}`;
  }
}

customElements.define('clearline-fairness-panel', ClearlineFairnessPanel);
