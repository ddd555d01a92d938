/**
 * The Monaco editor of the studio: one YAML model bound to the rules schema (monaco-yaml), the
 * compiler's semantic diagnostics as markers with quick fixes, go-to-definition from rules to answers
 * and notices, and snippet completion. `dispose()` releases the editor, the model, the workers and
 * every provider.
 */
import { monaco } from '../monaco/monaco.ts';
import { installMonacoEnvironment } from '../monaco/environment.ts';
import { configureRulesYaml, type YamlSupport } from '../monaco/configure-yaml.ts';
import { quickFixesAt, toMarkers, SEMANTIC_MARKER_OWNER } from '../diagnostics/to-markers.ts';
import { findDefinition } from '../outline/extract-outline.ts';
import { sectionAt, snippetsFor } from './rule-snippets.ts';
import type { Diagnostic } from '../../../core/rules/types.ts';

export interface RulesEditorOptions {
  container: HTMLElement;
  source: string;
  schema: object;
  labels: readonly string[];
  onChange(source: string): void;
}

export interface CompletionContext { labels: readonly string[]; locales: readonly string[]; queues: readonly string[] }

export const MODEL_URI = 'file:///rules.yaml';

export class RulesEditor {
  readonly monaco = monaco;
  readonly model: ReturnType<typeof monaco.editor.createModel>;
  readonly editor: ReturnType<typeof monaco.editor.create>;
  #yaml: YamlSupport;
  #disposables: { dispose(): void }[] = [];
  #diagnostics: Diagnostic[] = [];
  #completion: CompletionContext;
  #silent = false;

  constructor(options: RulesEditorOptions) {
    installMonacoEnvironment();
    this.#yaml = configureRulesYaml(monaco, options.schema);
    this.#completion = { labels: options.labels, locales: [], queues: [] };
    const uri = monaco.Uri.parse(MODEL_URI);
    monaco.editor.getModel(uri)?.dispose();
    this.model = monaco.editor.createModel(options.source, 'yaml', uri);
    this.model.updateOptions({ tabSize: 2, insertSpaces: true });
    this.editor = monaco.editor.create(options.container, {
      model: this.model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      lineNumbers: 'on',
      renderWhitespace: 'boundary',
      scrollBeyondLastLine: false,
      quickSuggestions: { other: true, comments: false, strings: true },
      suggestOnTriggerCharacters: true,
      lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
      ariaLabel: 'Rules file editor. Press Control+M (or Alt+F1 for help) to move focus out with Tab.',
      accessibilitySupport: 'auto',
      fixedOverflowWidgets: true,
    });
    this.#disposables.push(
      this.model.onDidChangeContent(() => { if (!this.#silent) options.onChange(this.model.getValue()); }),
      monaco.languages.registerCodeActionProvider('yaml', {
        provideCodeActions: (model, range) => {
          if (model !== this.model) return { actions: [], dispose() {} };
          const actions = quickFixesAt(this.#diagnostics, range).map((fix) => ({
            title: fix.title,
            kind: 'quickfix',
            isPreferred: fix.isPreferred,
            diagnostics: [fix.marker],
            edit: { edits: [{ resource: model.uri, textEdit: fix.edit, versionId: model.getVersionId() }] },
          }));
          return { actions, dispose() {} };
        },
      }, { providedCodeActionKinds: ['quickfix'] }),
      monaco.languages.registerDefinitionProvider('yaml', {
        provideDefinition: (model, position) => {
          const target = findDefinition(model.getValue(), position.lineNumber, position.column);
          if (!target) return null;
          return { uri: model.uri, range: { startLineNumber: target.line, startColumn: target.column, endLineNumber: target.endLine, endColumn: target.endColumn } };
        },
      }),
      monaco.languages.registerCompletionItemProvider('yaml', {
        provideCompletionItems: (model, position) => {
          const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
          if (!/^\s*$/.test(before)) return { suggestions: [] };
          const section = sectionAt(model.getLinesContent(), position.lineNumber);
          const range = { startLineNumber: position.lineNumber, startColumn: position.column, endLineNumber: position.lineNumber, endColumn: position.column };
          return {
            suggestions: snippetsFor(section, this.#completion).map((s) => ({
              label: s.label,
              kind: monaco.languages.CompletionItemKind.Snippet,
              detail: s.detail,
              documentation: s.documentation,
              insertText: s.insertText,
              insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
              range,
              sortText: '0',
            })),
          };
        },
      }),
    );
  }

  getValue(): string { return this.model.getValue(); }

  /** Replaces the whole text (open file, restore, rollback) as one undoable edit. */
  setValue(source: string, { notify = true }: { notify?: boolean } = {}): void {
    this.#silent = !notify;
    try {
      this.editor.pushUndoStop();
      this.model.pushEditOperations([], [{ range: this.model.getFullModelRange(), text: source }], () => null);
      this.editor.pushUndoStop();
    } finally {
      this.#silent = false;
    }
  }

  setDiagnostics(diagnostics: readonly Diagnostic[]): void {
    this.#diagnostics = [...diagnostics];
    monaco.editor.setModelMarkers(this.model, SEMANTIC_MARKER_OWNER, toMarkers(diagnostics));
  }

  setSchema(schema: object): Promise<void> { return this.#yaml.setSchema(schema); }

  setCompletionContext(context: CompletionContext): void { this.#completion = context; }

  /** Every marker on the model: monaco-yaml's schema markers and the compiler's semantic ones. */
  markers(): ReturnType<typeof monaco.editor.getModelMarkers> {
    return monaco.editor.getModelMarkers({ resource: this.model.uri });
  }

  onMarkersChanged(listener: () => void): { dispose(): void } {
    const subscription = monaco.editor.onDidChangeMarkers((uris) => {
      if (uris.some((u) => u.toString() === this.model.uri.toString())) listener();
    });
    this.#disposables.push(subscription);
    return subscription;
  }

  reveal(line: number, column = 1): void {
    this.editor.revealLineInCenter(line);
    this.editor.setPosition({ lineNumber: line, column });
    this.editor.focus();
  }

  dispose(): void {
    for (const d of this.#disposables.splice(0)) d.dispose();
    this.editor.dispose();
    this.model.dispose();
    this.#yaml.dispose();
  }
}
