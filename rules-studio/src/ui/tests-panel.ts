/**
 * `<clearline-tests-panel>`: the `tests:` of the draft like a test explorer: run all, pass/fail per case,
 * click to jump to the case, expected vs actual for failures. The result is tied to the bundle hash it
 * ran against, so publishing knows whether the tests passed for THIS draft.
 *
 * @fires clearline-tests-ran - a run of all tests finished (`TestsRanEvent`)
 */
import { LitElement, html, nothing } from 'lit';
import type { ClearlineStudio } from './studio-shell.ts';
import type { ClearlineSidePanels } from './side-panels.ts';
import { runRuleTests, type TestOutcome } from '../tests-runner/run-rule-tests.ts';
import { TestsRanEvent } from './tests-ran-event.ts';

export interface TestRunSummary { hash: string; passed: number; failed: number; total: number }

export class ClearlineTestsPanel extends LitElement {
  static override properties = {
    studio: { attribute: false }, host: { attribute: false },
    outcomes: { state: true }, running: { state: true }, error: { state: true }, ranHash: { state: true },
  };

  studio!: ClearlineStudio;
  host!: ClearlineSidePanels;
  outcomes: TestOutcome[] = [];
  running = false;
  error: string | null = null;
  ranHash: string | null = null;
  #abort: AbortController | null = null;

  protected override createRenderRoot() { return this; }

  /** The last complete run, or null when the draft changed since. */
  get summary(): TestRunSummary | null {
    if (!this.ranHash || this.ranHash !== this.studio?.bundle?.hash) return null;
    const passed = this.outcomes.filter((o) => o.status === 'pass').length;
    return { hash: this.ranHash, passed, failed: this.outcomes.length - passed, total: this.outcomes.length };
  }

  async runAll(): Promise<TestRunSummary | null> {
    const bundle = this.studio.bundle;
    this.error = null;
    if (!bundle) { this.error = 'The draft has errors: fix them before running the tests.'; return null; }
    const tests = this.studio.tests;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.running = true;
    this.outcomes = [];
    this.ranHash = null;
    try {
      const bench = this.host.bench();
      await bench.setRules(bundle);
      await bench.ready();
      await bench.waitForModel();
      const outcomes = await runRuleTests(bench, bundle, tests, (o) => { this.outcomes = [...this.outcomes, o]; }, abort.signal);
      if (abort.signal.aborted) return null;
      this.outcomes = outcomes;
      this.ranHash = bundle.hash;
      const summary = this.summary;
      this.dispatchEvent(new TestsRanEvent(summary?.passed ?? 0, summary?.failed ?? 0));
      return summary;
    } catch (error) {
      this.error = `${(error as Error).name}: ${(error as Error).message}`;
      return null;
    } finally {
      if (this.#abort === abort) this.running = false;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  override render() {
    const summary = this.summary;
    const stale = this.ranHash !== null && !summary;
    return html`
      <div class="row">
        <button type="button" class="primary run-tests" ?disabled=${this.running} @click=${() => this.runAll()}>${this.running ? 'Running…' : `Run all ${this.studio?.tests.length ?? 0} tests`}</button>
        <span class="test-summary" role="status">${summary ? `${summary.passed} passed, ${summary.failed} failed` : stale ? 'The draft changed: run again.' : this.running ? `${this.outcomes.length} / ${this.studio.tests.length}` : ''}</span>
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <ul class="test-list" aria-label="Tests">
        ${(this.studio?.tests ?? []).map((test, i) => {
          const o = this.outcomes[i];
          const status = o?.status ?? (this.running ? 'running' : 'not-run');
          return html`<li class="test ${status}">
            <button type="button" class="test-jump" @click=${() => this.studio.jumpTo(test.line)}>
              <span class="badge" aria-label=${status}>${status === 'pass' ? '✓' : status === 'fail' ? '✗' : status === 'error' ? '!' : '·'}</span>
              <span class="name">${test.name || test.message}</span> <span class="pos">line ${test.line}</span>
            </button>
            ${o?.summary ? html`<div class="actual">${o.summary}</div>` : nothing}
            ${o?.error ? html`<div class="error">${o.error}</div>` : nothing}
            ${o?.mismatches.length ? html`<table class="diff"><thead><tr><th scope="col">field</th><th scope="col">expected</th><th scope="col">actual</th></tr></thead>
              <tbody>${o.mismatches.map((m) => html`<tr><td>${m.field}</td><td class="expected">${m.expected}</td><td class="actual">${m.actual}</td></tr>`)}</tbody></table>` : nothing}
          </li>`;
        })}
      </ul>`;
  }
}

customElements.define('clearline-tests-panel', ClearlineTestsPanel);
