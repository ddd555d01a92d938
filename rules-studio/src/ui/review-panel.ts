/**
 * `<clearline-review-panel>`: review the draft against the published source in Monaco's diff editor,
 * import the signing key (kept non-extractable in IndexedDB), publish (blocked while there are errors or
 * failing tests) and roll back to any earlier version.
 */
import { LitElement, html, nothing } from 'lit';
import { monaco } from '../monaco/monaco.ts';
import type { ClearlineStudio } from './studio-shell.ts';
import { StudioCompiledEvent } from './studio-compiled-event.ts';
import { TestsRanEvent } from './tests-ran-event.ts';
import type { ClearlineSidePanels } from './side-panels.ts';
import type { ClearlineTestsPanel } from './tests-panel.ts';
import { KeyStore } from '../signing/key-store.ts';
import type { StoredSigningKey } from '../drafts/studio-db.ts';
import { readTextFile, download } from '../files/file-access.ts';
import { publishBlockers } from '../publish/publish-gate.ts';
import { signBundle } from '../../../core/rules/index.ts';
import type { VersionSummary } from '../studio-api-client.ts';

export class ClearlineReviewPanel extends LitElement {
  static override properties = {
    studio: { attribute: false }, host: { attribute: false }, active: { type: Boolean },
    key: { state: true }, versions: { state: true }, message: { state: true }, error: { state: true }, busy: { state: true },
  };

  studio!: ClearlineStudio;
  host!: ClearlineSidePanels;
  active = false;
  key: StoredSigningKey | null = null;
  versions: VersionSummary[] = [];
  message = '';
  error = '';
  busy = false;
  #keys = new KeyStore();
  /** The exact rules.json handed out for signing with the CLI, and the bundle hash it belongs to. */
  #cliJson: { json: string; hash: string } | null = null;
  #diff: ReturnType<typeof monaco.editor.createDiffEditor> | null = null;
  #original: ReturnType<typeof monaco.editor.createModel> | null = null;
  #refresh = () => this.requestUpdate();

  protected override createRenderRoot() { return this; }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#keys.get().then((k) => { this.key = k; });
    this.studio.addEventListener(StudioCompiledEvent.type, this.#refresh);
    this.host.addEventListener(TestsRanEvent.type, this.#refresh);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.studio.removeEventListener(StudioCompiledEvent.type, this.#refresh);
    this.host.removeEventListener(TestsRanEvent.type, this.#refresh);
    this.#closeDiff();
    void this.#keys.close();
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('active')) {
      if (this.active) { this.#openDiff(); void this.loadVersions(); } else this.#closeDiff();
    }
  }

  #openDiff(): void {
    const host = this.querySelector<HTMLElement>('.diff-host');
    const editor = this.studio.editor;
    if (!host || !editor || this.#diff) return;
    this.#original = monaco.editor.createModel(this.studio.published?.source ?? '', 'yaml', monaco.Uri.parse('inmemory://published/rules.yaml'));
    this.#diff = monaco.editor.createDiffEditor(host, {
      readOnly: true, originalEditable: false, automaticLayout: true, renderSideBySide: false, minimap: { enabled: false },
      hideUnchangedRegions: { enabled: true, contextLineCount: 2, minimumLineCount: 3, revealLineCount: 10 },
      lineNumbersMinChars: 4,
      ariaLabel: 'Differences between the published rules and your draft. F7 and Shift+F7 move between changes.', accessibilityVerbose: true,
    });
    this.#diff.setModel({ original: this.#original, modified: editor.model });
    const first = this.#diff.onDidUpdateDiff(() => { first.dispose(); this.#diff?.revealFirstDiff(); });
  }

  #closeDiff(): void {
    this.#diff?.dispose();
    this.#diff = null;
    this.#original?.dispose();
    this.#original = null;
  }

  async loadVersions(): Promise<void> {
    try {
      this.versions = (await this.studio.api.versions()).versions;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  #testsPanel(): ClearlineTestsPanel | null { return this.host.querySelector('clearline-tests-panel'); }

  get blockers(): string[] {
    const errorCount = this.studio.problems.filter((p) => p.severity === 'error').length;
    return publishBlockers({
      hasBundle: !!this.studio.bundle, errorCount, testCount: this.studio.tests.length,
      tests: this.#testsPanel()?.summary ?? null, hasKey: !!this.key,
    });
  }

  /** Blockers other than the signing key (the CLI path signs outside the browser). */
  get contentBlockers(): string[] {
    const errorCount = this.studio.problems.filter((p) => p.severity === 'error').length;
    return publishBlockers({ hasBundle: !!this.studio.bundle, errorCount, testCount: this.studio.tests.length, tests: this.#testsPanel()?.summary ?? null, hasKey: true });
  }

  /** Downloads the compiled rules.json exactly as it will be published, to sign with `npm run rules -- sign`. */
  downloadCompiled(): void {
    const bundle = this.studio.bundle;
    if (!bundle) return;
    this.#cliJson = { json: JSON.stringify(bundle), hash: bundle.hash };
    download(this.#cliJson.json, 'rules.json', 'application/json');
    this.message = 'Downloaded rules.json. Sign it with `npm run -s rules -- sign rules.json --key private.pem`, then publish with rules.json.sig.';
  }

  /** Publishes the downloaded rules.json with a detached signature made by the CLI. */
  async publishWithSignatureFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.error = '';
    if (this.contentBlockers.length) { this.error = this.contentBlockers.join(' '); return; }
    if (!this.#cliJson || this.#cliJson.hash !== this.studio.bundle?.hash) {
      this.error = 'Download rules.json for this draft first (the draft changed since, or nothing was downloaded), sign it, then choose the .sig file.';
      return;
    }
    try {
      const signature = (await readTextFile(file)).trim();
      await this.#send(this.#cliJson.json, signature);
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  async #send(json: string, signature: string): Promise<void> {
    this.busy = true;
    try {
      const result = await this.studio.api.publish({ source: this.studio.editor!.getValue(), json, signature, baseVersion: this.studio.baseVersion });
      this.studio.markPublished(await this.studio.api.current());
      this.#original?.setValue(this.studio.published?.source ?? '');
      this.message = `Published version ${result.version}. The demo site loads it on its next page view.`;
      await this.loadVersions();
    } finally {
      this.busy = false;
    }
  }

  async importKey(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.error = '';
    try {
      this.key = await this.#keys.importPem(await readTextFile(file), file.name);
      this.message = `Signing key ${file.name} imported. It cannot be read back, only used to sign.`;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  async forgetKey(): Promise<void> {
    await this.#keys.forget();
    this.key = null;
    this.message = 'Signing key removed from this browser.';
  }

  async publish(): Promise<void> {
    const bundle = this.studio.bundle;
    if (this.blockers.length || !bundle || !this.key) return;
    this.error = '';
    try {
      const json = JSON.stringify(bundle);
      await this.#send(json, await signBundle(json, this.key.privateKey));
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  async rollback(version: number): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      const result = await this.studio.api.rollback(version);
      this.studio.published = await this.studio.api.current();
      this.#original?.setValue(this.studio.published.source);
      this.message = `Rolled back: version ${version} is live again (as version ${result.version}). Your draft is unchanged.`;
      await this.loadVersions();
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  loadLiveIntoEditor(): void {
    const live = this.studio.published;
    if (live) this.studio.replaceDraft(live.source, 'rules.yaml', live.version);
  }

  override render() {
    const blockers = this.blockers;
    const live = this.studio?.published;
    return html`
      <div class="row review-head">
        <span>Draft vs ${live ? `published version ${live.version}` : 'nothing published'}</span>
        <button type="button" @click=${() => this.#diff?.goToDiff('next')}>Next change</button>
        <button type="button" @click=${() => this.#diff?.goToDiff('previous')}>Previous change</button>
      </div>
      <div class="diff-host" aria-label="Differences"></div>
      <section class="signing" aria-label="Signing key">
        <h3>Signing key</h3>
        ${this.key ? html`<p class="key-label">Using <strong>${this.key.label}</strong> (imported ${new Date(this.key.importedAt).toLocaleString()}).
            <button type="button" @click=${() => this.forgetKey()}>Forget key</button></p>`
          : html`<p>Import the <code>private.pem</code> written by <code>npm run rules -- keygen</code>, or the demo key whose path <code>npm start</code> prints.</p>`}
        <label class="file-button">Import private key (PEM)… <input type="file" accept=".pem,application/x-pem-file,text/plain" class="key-input" @change=${(e: Event) => this.importKey(e.target as HTMLInputElement)} /></label>
      </section>
      <section class="publish" aria-label="Publish">
        <h3>Publish</h3>
        ${blockers.length ? html`<ul class="blockers" aria-label="Publishing is blocked">${blockers.map((b) => html`<li>${b}</li>`)}</ul>` : html`<p class="ready">Ready to publish.</p>`}
        <button type="button" class="primary publish-button" ?disabled=${blockers.length > 0 || this.busy} @click=${() => this.publish()}>Sign and publish</button>
        <details class="cli-signing">
          <summary>Sign with the CLI instead</summary>
          <p>Download the compiled bundle, sign it with <code>npm run -s rules -- sign rules.json --key private.pem</code>, then publish it with the <code>rules.json.sig</code> file.</p>
          <div class="row">
            <button type="button" class="download-compiled" ?disabled=${!this.studio?.bundle} @click=${() => this.downloadCompiled()}>Download rules.json</button>
            <label class="file-button">Publish with signature file… <input type="file" accept=".sig,text/plain" class="sig-input" ?disabled=${this.busy} @change=${(e: Event) => this.publishWithSignatureFile(e.target as HTMLInputElement)} /></label>
          </div>
        </details>
        ${this.message ? html`<p class="note" role="status">${this.message}</p>` : nothing}
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      </section>
      <section class="versions" aria-label="Versions">
        <h3>Versions</h3>
        <button type="button" @click=${() => this.loadLiveIntoEditor()} ?disabled=${!live}>Open the live version in the editor</button>
        <ol class="version-list">
          ${this.versions.map((v) => html`<li data-version=${v.version}>
            <span>v${v.version} · ${new Date(v.publishedAt).toLocaleString()}${v.rolledBackFrom ? ` · rollback to v${v.rolledBackFrom}` : ''}</span>
            ${live && v.version === live.version ? html`<strong class="live">live</strong>`
              : html`<button type="button" class="rollback" ?disabled=${this.busy} @click=${() => this.rollback(v.version)}>Roll back to v${v.version}</button>`}
          </li>`)}
        </ol>
      </section>`;
  }
}

customElements.define('clearline-review-panel', ClearlineReviewPanel);
