/** Every default of the studio, documented, in one place. */
export const STUDIO_CONFIG = Object.freeze({
  /** Studio API base (same origin). */
  apiPath: '/studio-api/',
  /**
   * The folder holding the model folder `intent/`, relative to the studio page (copied there by
   * rules-studio/vite.config.ts). The widget worker's `modelBaseUrl` is this parent folder.
   */
  modelsPath: 'models/',
  /** The model folder's name under `modelsPath`. */
  modelId: 'intent',
  /** onnxruntime's .mjs/.wasm, relative to the studio page. */
  wasmPath: 'ort/',
  /**
   * Wait this long after the last keystroke before compiling (ms); monaco-yaml's schema validation uses the
   * same delay (see rules-studio/vite.config.ts). The budget from keystroke to markers is 300 ms.
   */
  compileDebounceMs: 80,
  /** Wait this long after a compile before re-rendering the live preview (ms); budget is 1 s. */
  previewDebounceMs: 150,
  /** Longest test bench message accepted (characters); the widget's own limit applies inside the worker. */
  maxBenchMessageChars: 4000,
});
