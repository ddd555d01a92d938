/**
 * Where the lazy parts live. The build injects `__CLEARLINE_ASSETS__` (the content-hashed file names
 * of the panel module, worker module, onnxruntime folder and model folder) into the launcher, and every
 * URL is resolved against the launcher script's own URL, so the bundle works from any path or CDN origin.
 * Unbuilt (tests, dev server) the same names point at the sources.
 */
export interface AssetManifest {
  /** ES module exporting `definePanel()`. */
  panel: string;
  /** ES module of the worker (started from a blob stub that imports it). */
  worker: string;
  /** Folder holding `ort-wasm-simd-threaded.{mjs,wasm}`. */
  wasmDir: string;
  /** Folder holding the model folder `intent/` (`config.json`, `tokenizer.json`, `onnx/`); null when none shipped. */
  modelDir: string | null;
}

export interface AssetUrls {
  panelModule: string;
  workerModule: string;
  wasmBaseUrl: string;
  modelBaseUrl: string | null;
  /** True inside the built bundle (the worker must then start from a blob stub). */
  built: boolean;
}

declare const __CLEARLINE_ASSETS__: AssetManifest | undefined;

/** Source layout, relative to the repository root, used when running unbuilt. */
const SOURCE_MANIFEST: AssetManifest = Object.freeze({
  panel: 'widget/src/panel/index.ts',
  worker: 'widget/src/worker/worker.ts',
  wasmDir: 'node_modules/onnxruntime-web/dist/',
  modelDir: 'models/',
});

export function builtManifest(): AssetManifest | null {
  return typeof __CLEARLINE_ASSETS__ !== 'undefined' ? __CLEARLINE_ASSETS__ : null;
}

/** The repository root when running unbuilt (this file is `widget/src/assets.ts`). */
function sourceRoot(): string {
  const up = '../../';
  return new URL(up, import.meta.url).href;
}

/**
 * @param base the folder the launcher script was loaded from (built), or an explicit asset base; when
 *   null and unbuilt, the repository root.
 */
export function resolveAssetUrls(base: string | null): AssetUrls {
  const manifest = builtManifest();
  const root = base ?? (manifest ? document.baseURI : sourceRoot());
  const m = manifest ?? SOURCE_MANIFEST;
  const at = (path: string) => new URL(path, root).href;
  return Object.freeze({
    panelModule: at(m.panel),
    workerModule: at(m.worker),
    wasmBaseUrl: at(m.wasmDir),
    modelBaseUrl: m.modelDir ? at(m.modelDir) : null,
    built: manifest !== null,
  });
}

/** The folder of a script URL: `https://cdn.example/v1/clearline.js` → `https://cdn.example/v1/`. */
export function scriptFolder(src: string | null | undefined): string | null {
  if (!src) return null;
  try {
    return new URL('./', src).href;
  } catch {
    return null;
  }
}
