/** Monaco's own editor worker (diff computation, word-based suggestions), bundled locally via `?worker`. */
import 'monaco-editor/esm/vs/editor/editor.worker.js';
