/**
 * `<clearline-studio>`: the rules studio. Owns the editor, the compile worker, the draft store and the
 * side panels; renders in light DOM (Monaco does not live in shadow roots).
 *
 * Keyboard: Ctrl+O open, Ctrl+S save, Alt+1…5 open a side panel, Ctrl+M inside the editor lets Tab
 * move focus out of it, F8 next problem, F12 go to definition, Ctrl+. quick fix.
 *
 * @fires clearline-studio-ready - once the editor is up (`StudioReadyEvent`)
 * @fires clearline-studio-compiled - after each compile of the draft (`StudioCompiledEvent`)
 */
import { LitElement, html, nothing } from 'lit';
import { RulesEditor } from '../editor/rules-editor.ts';
import { CompileClient } from '../editor/compile-client.ts';
import { DraftStore } from '../drafts/draft-store.ts';
import { TabPresence } from '../drafts/tab-presence.ts';
import { extractOutline, type Outline, type OutlineEntry } from '../outline/extract-outline.ts';
import { documentFacts, sameFacts, type DocumentFacts } from '../outline/document-facts.ts';
import { countBySeverity } from '../diagnostics/to-markers.ts';
import { openFile, saveFile, pickWithInput, download, type FileSystemFileHandleLike } from '../files/file-access.ts';
import { StudioApiClient, type PublishedRules } from '../studio-api-client.ts';
import { loadModelLabels } from '../load-labels.ts';
import { renderOutline } from './outline-view.ts';
import { renderProblems, type Problem } from './problems-view.ts';
import { rulesSchemaFor, PII_TYPES } from '../../../core/rules/index.ts';
import type { Diagnostic, RulesBundle, RulesTestCase } from '../../../core/rules/types.ts';
import { STUDIO_CONFIG } from '../studio-config.ts';
import { StudioReadyEvent } from './studio-ready-event.ts';
import { StudioCompiledEvent } from './studio-compiled-event.ts';
import './side-panels.ts';

const EMPTY_OUTLINE: Outline = { disclosure: null, notices: [], answers: [], rules: [], tests: [] };
const SEVERITY = Object.freeze({ 8: 'error', 4: 'warning', 2: 'info', 1: 'info' } as const);

export class ClearlineStudio extends LitElement {
  static override properties = {
    fileName: { state: true }, outline: { state: true }, problems: { state: true }, status: { state: true },
    bundle: { state: true }, diagnostics: { state: true }, published: { state: true }, restoredAt: { state: true },
    compileMs: { state: true }, source: { state: true }, labels: { state: true }, tests: { state: true }, otherTabs: { state: true },
  };

  fileName = 'rules.yaml';
  outline: Outline = EMPTY_OUTLINE;
  problems: Problem[] = [];
  status = 'Loading…';
  bundle: RulesBundle | null = null;
  diagnostics: Diagnostic[] = [];
  published: PublishedRules | null = null;
  restoredAt: number | null = null;
  compileMs = 0;
  tests: RulesTestCase[] = [];
  source = '';
  labels: readonly string[] = [];
  /** Other tabs of this browser with the studio open (they share the one draft). */
  otherTabs = 0;

  editor: RulesEditor | null = null;
  readonly api = new StudioApiClient(new URL(STUDIO_CONFIG.apiPath, location.origin));
  #compiler: CompileClient | null = null;
  #drafts: DraftStore | null = null;
  #presence: TabPresence | null = null;
  #facts: DocumentFacts = { defaultLocale: null, locales: [], queues: [] };
  #handle: FileSystemFileHandleLike | null = null;
  #compileTimer = 0;
  #baseVersion: number | null = null;
  #disposed = false;
  #onKey = (event: KeyboardEvent) => this.#shortcut(event);

  protected override createRenderRoot() { return this; }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.#onKey);
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.#onKey);
    this.dispose();
  }

  /** Releases the editor, its model and workers, the compile worker and the database. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    clearTimeout(this.#compileTimer);
    this.editor?.dispose();
    this.#compiler?.dispose();
    this.#presence?.dispose();
    void this.#drafts?.close();
  }

  /** The base version the draft started from (for publish conflict checks). */
  get baseVersion(): number | null { return this.#baseVersion; }

  async #start(): Promise<void> {
    // The compile worker starts loading while the draft and labels are fetched.
    this.#compiler = new CompileClient();
    const modelBase = new URL(`${STUDIO_CONFIG.modelsPath}${STUDIO_CONFIG.modelId}/`, document.baseURI);
    const [{ labels, fromModel }, published] = await Promise.all([
      loadModelLabels(modelBase),
      this.api.current().catch(() => null),
    ]);
    this.labels = labels;
    this.published = published;
    this.#drafts = new DraftStore();
    this.#presence = new TabPresence((n) => { this.otherTabs = n; });
    const draft = await this.#drafts.load().catch(() => null);
    let source = published?.source ?? '';
    if (draft && draft.source !== source) {
      source = draft.source;
      this.fileName = draft.fileName;
      this.restoredAt = draft.savedAt;
      this.#baseVersion = draft.baseVersion;
    } else {
      this.#baseVersion = published?.version ?? null;
    }
    this.source = source;
    await this.updateComplete;
    this.#facts = documentFacts(source);
    const host = this.querySelector<HTMLElement>('#editor')!;
    this.#compile(source);
    this.editor = new RulesEditor({
      container: host,
      source,
      schema: this.#schema(),
      labels,
      onChange: (text) => this.#changed(text),
    });
    this.editor.setCompletionContext({ labels, locales: this.#facts.locales, queues: this.#facts.queues });
    this.editor.setDiagnostics(this.diagnostics); // in case the first compile finished before the editor existed
    this.editor.onMarkersChanged(() => this.#refreshProblems());
    const notes = [
      fromModel ? null : 'intent ids from the built-in list (the model folder was not found)',
      published ? null : 'the published rules could not be loaded (is the studio served by `npm start`?)',
    ].filter(Boolean);
    this.status = notes.length ? `Ready: ${notes.join('; ')}` : 'Ready';
    this.outline = extractOutline(source);
    this.dispatchEvent(new StudioReadyEvent());
  }

  #schema(): object {
    return rulesSchemaFor({ labels: this.labels, piiTypes: PII_TYPES, locales: this.#facts.locales, queues: this.#facts.queues });
  }

  #changed(text: string): void {
    this.source = text;
    void this.#drafts?.save({ source: text, fileName: this.fileName, baseVersion: this.#baseVersion }).catch((error: Error) => {
      this.status = `Draft could not be kept in this browser: ${error.message}`;
    });
    clearTimeout(this.#compileTimer);
    this.#compileTimer = window.setTimeout(() => this.#compileNow(), STUDIO_CONFIG.compileDebounceMs);
  }

  #compileNow(): void {
    if (!this.editor || !this.#compiler) return;
    const text = this.editor.getValue();
    const facts = documentFacts(text);
    if (!sameFacts(facts, this.#facts)) {
      this.#facts = facts;
      void this.editor.setSchema(this.#schema());
      this.editor.setCompletionContext({ labels: this.labels, locales: facts.locales, queues: facts.queues });
    }
    this.outline = extractOutline(text);
    this.#compile(text);
  }

  #compile(text: string): void {
    this.#compiler?.compile(text, this.labels, this.fileName).then((result) => {
      if (!result || this.#disposed) return;
      this.diagnostics = result.diagnostics;
      this.bundle = result.bundle;
      this.tests = result.tests;
      this.compileMs = result.ms;
      this.editor?.setDiagnostics(result.diagnostics);
      this.dispatchEvent(new StudioCompiledEvent(result.bundle !== null));
    }, (error: Error) => { this.status = `Compiler failed: ${error.message}`; });
  }

  #refreshProblems(): void {
    if (!this.editor) return;
    const fixes = new Map(this.diagnostics.filter((d) => d.fix).map((d) => [`${d.line}:${d.column}:${d.message}`, d.fix!.title]));
    this.problems = this.editor.markers()
      .map((m) => ({
        severity: SEVERITY[m.severity as 8 | 4 | 2 | 1] ?? 'info',
        message: m.message,
        line: m.startLineNumber,
        column: m.startColumn,
        source: m.owner === 'clearline-rules' ? 'rules' : 'schema',
        fixTitle: fixes.get(`${m.startLineNumber}:${m.startColumn}:${m.message}`) ?? null,
      }))
      .sort((a, b) => a.line - b.line || a.column - b.column);
  }

  /** Applies the quick fix of the diagnostic at this problem's position. */
  applyFix(problem: Problem): void {
    const diagnostic = this.diagnostics.find((d) => d.fix && d.line === problem.line && d.column === problem.column && d.message === problem.message);
    if (!diagnostic?.fix || !this.editor) return;
    const { range, text } = diagnostic.fix;
    this.editor.editor.executeEdits('clearline-quick-fix', [{ range: { startLineNumber: range.line, startColumn: range.column, endLineNumber: range.endLine, endColumn: range.endColumn }, text }]);
    this.editor.editor.focus();
  }

  jumpTo(line: number, column = 1): void { this.editor?.reveal(line, column); }

  /** Replaces the draft (open file, load published, rollback) as one undoable edit. */
  replaceDraft(source: string, fileName: string, baseVersion: number | null): void {
    this.fileName = fileName;
    this.#baseVersion = baseVersion;
    this.editor?.setValue(source);
  }

  /** After a publish or rollback: the live version becomes the draft's base. */
  markPublished(published: PublishedRules): void {
    this.published = published;
    this.#baseVersion = published.version;
    void this.#drafts?.save({ source: this.editor?.getValue() ?? '', fileName: this.fileName, baseVersion: published.version });
  }

  async open(): Promise<void> {
    try {
      const file = await openFile(this.querySelector<HTMLInputElement>('#upload')!);
      if (!file) return;
      this.#handle = file.handle;
      this.replaceDraft(file.text, file.name, this.#baseVersion);
      this.status = `Opened ${file.name}`;
    } catch (error) {
      this.status = `Could not open the file: ${(error as Error).message}`;
    }
  }

  async upload(): Promise<void> {
    try {
      const file = await pickWithInput(this.querySelector<HTMLInputElement>('#upload')!);
      if (!file) return;
      this.replaceDraft(file.text, file.name, this.#baseVersion);
      this.status = `Opened ${file.name}`;
    } catch (error) {
      this.status = `Could not open the file: ${(error as Error).message}`;
    }
  }

  async save(saveAs = false): Promise<void> {
    if (!this.editor) return;
    try {
      this.#handle = await saveFile(this.editor.getValue(), this.fileName, this.#handle, saveAs);
      if (this.#handle) this.fileName = this.#handle.name;
      this.status = this.#handle ? `Saved ${this.fileName}` : `Downloaded ${this.fileName}`;
    } catch (error) {
      this.status = `Could not save: ${(error as Error).message}`;
    }
  }

  /** Always a plain download (no file picker), e.g. to hand the file to a colleague. */
  downloadDraft(): void {
    if (!this.editor) return;
    download(this.editor.getValue(), this.fileName, 'application/x-yaml');
    this.status = `Downloaded ${this.fileName}`;
  }

  #shortcut(event: KeyboardEvent): void {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.shiftKey && event.key.toLowerCase() === 's') { event.preventDefault(); void this.save(); return; }
    if (mod && event.shiftKey && event.key.toLowerCase() === 's') { event.preventDefault(); void this.save(true); return; }
    if (mod && event.key.toLowerCase() === 'o') { event.preventDefault(); void this.open(); return; }
    if (event.altKey && /^[1-5]$/.test(event.key)) {
      event.preventDefault();
      this.querySelector<HTMLElement & { select(i: number): void }>('clearline-side-panels')?.select(Number(event.key) - 1);
    }
  }

  override render() {
    const counts = countBySeverity(this.problems);
    return html`
      <header class="titlebar">
        <h1>Clearline rules studio</h1>
        <span class="file" aria-label="File">${this.fileName}</span>
        <div class="toolbar" role="toolbar" aria-label="File">
          <button type="button" @click=${() => this.open()} title="Ctrl+O">Open…</button>
          <button type="button" @click=${() => this.upload()}>Upload…</button>
          <button type="button" @click=${() => this.save()} title="Ctrl+S">Save</button>
          <button type="button" @click=${() => this.save(true)} title="Ctrl+Shift+S">Save as…</button>
          <button type="button" @click=${() => this.downloadDraft()}>Download</button>
          <button type="button" @click=${() => this.editor?.editor.focus()}>Go to editor</button>
        </div>
        <input id="upload" type="file" accept=".yaml,.yml,application/x-yaml,text/yaml,text/plain" hidden aria-hidden="true" tabindex="-1" />
      </header>
      ${this.restoredAt ? html`<p class="restored" role="status">Restored your draft from ${new Date(this.restoredAt).toLocaleString()}.
        <button type="button" @click=${() => { this.restoredAt = null; }}>Dismiss</button></p>` : nothing}
      ${this.otherTabs ? html`<p class="other-tabs" role="alert">The studio is also open in ${this.otherTabs === 1 ? 'another tab' : `${this.otherTabs} other tabs`} of this browser. All tabs keep the same draft, so edit in one tab only.</p>` : nothing}
      <main class="workbench">
        <nav class="outline-pane" aria-label="Outline">
          <h2>Outline</h2>
          ${renderOutline(this.outline, (e: OutlineEntry) => this.jumpTo(e.line, e.column))}
        </nav>
        <section class="editor-pane" aria-label="Editor">
          <div id="editor" class="editor-host"></div>
          <section class="problems-pane" aria-label="Problems">
            <h2>Problems <span class="count">${counts.error} errors, ${counts.warning} warnings</span></h2>
            ${renderProblems(this.problems, (p) => this.jumpTo(p.line, p.column), (p) => this.applyFix(p))}
          </section>
        </section>
        <clearline-side-panels class="side-pane" .studio=${this}></clearline-side-panels>
      </main>
      <footer class="statusbar">
        <span class="status-text" role="status" aria-live="polite">${this.status}</span>
        <span>${counts.error} ⨯ ${counts.warning} ⚠</span>
        <span>${this.bundle ? `${this.bundle.rules.length} rules` : 'not compiled'}</span>
        <span>checked in ${Math.round(this.compileMs)} ms</span>
        <span>${this.published ? `live: version ${this.published.version}` : 'no published version'}</span>
        <span class="keys-hint">Ctrl+M: Tab leaves the editor · Alt+1…5: panels · Ctrl+.: quick fix</span>
      </footer>`;
  }
}

customElements.define('clearline-studio', ClearlineStudio);

declare global {
  interface HTMLElementTagNameMap { 'clearline-studio': ClearlineStudio }
}
