/**
 * The widget build: `vite build` alone produces all of `dist/widget/`, in two passes from this config.
 *
 * Pass 1 (this config, ES modules): the lazy parts — the panel module and the worker module (with shared
 * chunks), onnxruntime-web's plain wasm build copied as files into `ort-<hash>/`, and the intent model
 * copied into `model-<hash>/intent/`. Every file name carries a content hash (cache forever).
 * Pass 2 (started when pass 1 closes): `clearline.js`, a classic IIFE launcher with the pass-1 file
 * names injected as `__CLEARLINE_ASSETS__`; it resolves them against its own script URL at runtime.
 *
 * onnxruntime: transformers.js imports `onnxruntime-web/webgpu`; it is aliased to `onnxruntime-web/wasm`
 * and resolved with the `onnxruntime-web-use-extern-wasm` condition, so the 14 MB (3.7 MB gzip) plain
 * wasm is loaded as a file at runtime instead of being inlined as base64.
 */
import { defineConfig, build, defaultClientConditions, type InlineConfig, type Plugin, type UserConfig } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = resolve(root, 'dist/widget');
const ORT_DIST = resolve(root, 'node_modules/onnxruntime-web/dist');
const ORT_FILES = ['ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm'] as const;
const MODEL_DIR = resolve(root, 'models/intent');
/** Files of the model folder that the widget needs at runtime (no training artefacts). */
const MODEL_FILE = /^(config\.json|tokenizer\.json|tokenizer_config\.json|special_tokens_map\.json|vocab\.txt|onnx\/model[\w.-]*\.onnx(_data)?)$/;

export interface AssetManifest { panel: string; worker: string; wasmDir: string; modelDir: string | null }

const shortHash = (parts: Iterable<Buffer | string>) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 10);
};

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Emits onnxruntime's wasm files and the model folder under content-hashed folders; records the manifest. */
function widgetAssets(manifest: Partial<AssetManifest>): Plugin {
  return {
    name: 'clearline-widget-assets',
    generateBundle(_options, bundle) {
      const ort = ORT_FILES.map((name) => ({ name, source: readFileSync(join(ORT_DIST, name)) }));
      const ortDir = `ort-${shortHash(ort.flatMap((f) => [f.name, f.source]))}/`;
      for (const f of ort) this.emitFile({ type: 'asset', fileName: `${ortDir}${f.name}`, source: f.source });
      manifest.wasmDir = ortDir;

      const modelFiles = listFiles(MODEL_DIR).filter((f) => MODEL_FILE.test(f));
      if (modelFiles.some((f) => f === 'config.json') && modelFiles.some((f) => f.startsWith('onnx/'))) {
        const files = modelFiles.map((name) => ({ name, source: readFileSync(join(MODEL_DIR, name)) }));
        const dir = `model-${shortHash(files.flatMap((f) => [f.name, f.source]))}/`;
        for (const f of files) this.emitFile({ type: 'asset', fileName: `${dir}intent/${f.name}`, source: f.source });
        manifest.modelDir = dir;
      } else {
        this.warn('models/intent/ has no config.json + onnx/model*.onnx yet: the widget is built without an intent model (messages go to a person).');
        manifest.modelDir = null;
      }
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        if (chunk.name === 'panel') manifest.panel = chunk.fileName;
        if (chunk.name === 'worker') manifest.worker = chunk.fileName;
      }
    },
  };
}

/** Builds clearline.js after the lazy parts exist, with their hashed names baked in. */
function launcherPass(manifest: Partial<AssetManifest>): Plugin {
  let ran = false;
  let failed = false;
  return {
    name: 'clearline-launcher-pass',
    apply: 'build',
    buildEnd(error) {
      if (error) failed = true;
    },
    async closeBundle() {
      if (ran || failed) return;
      ran = true;
      if (!manifest.panel || !manifest.worker || !manifest.wasmDir) throw new Error(`Clearline build: pass 1 did not produce the panel, worker and wasm (got ${JSON.stringify(manifest)}).`);
      await build(launcherConfig(manifest as AssetManifest));
    },
  };
}

/**
 * @cfworker/json-schema (core/rules' validator) computes a base URI at import time from
 * `self.location.origin + self.location.pathname`, which throws in a blob-started worker (the pathname of
 * `blob:https://site/uuid` is a whole URL). The widget's worker is blob-started when served from a CDN,
 * so that one expression is guarded to fall back to the library's own default base.
 */
function guardJsonSchemaBaseUri(): Plugin {
  const EXPRESSION = 'new URL(self.location.origin + self.location.pathname + location.search)';
  return {
    name: 'clearline-guard-json-schema-base-uri',
    transform(code, id) {
      if (!id.includes('@cfworker/json-schema') || !id.endsWith('dereference.js')) return null;
      if (!code.includes(EXPRESSION)) {
        this.warn('@cfworker/json-schema changed: the blob-worker base URI guard no longer applies; check the widget from a CDN origin.');
        return null;
      }
      return code.replace(EXPRESSION, `(() => { try { return ${EXPRESSION}; } catch { return new URL('https://github.com/cfworker'); } })()`);
    },
  };
}

const sharedResolve: UserConfig['resolve'] = {
  conditions: ['onnxruntime-web-use-extern-wasm', ...defaultClientConditions],
  alias: [{ find: /^onnxruntime-web\/webgpu$/, replacement: 'onnxruntime-web/wasm' }],
};

export function launcherConfig(manifest: AssetManifest): InlineConfig {
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: sharedResolve,
    // import.meta.url is only read on the unbuilt (source) path, never in the IIFE.
    define: { __CLEARLINE_ASSETS__: JSON.stringify(manifest), 'import.meta.url': 'undefined' },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      lib: {
        entry: resolve(root, 'widget/src/launcher.ts'),
        formats: ['iife'],
        name: 'ClearlineLauncher',
        fileName: () => 'clearline.js',
      },
    },
  };
}

const manifest: Partial<AssetManifest> = {};

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  resolve: sharedResolve,
  plugins: [guardJsonSchemaBaseUri(), widgetAssets(manifest), launcherPass(manifest)],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    modulePreload: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        panel: resolve(root, 'widget/src/panel/index.ts'),
        worker: resolve(root, 'widget/src/worker/worker.ts'),
      },
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        entryFileNames: '[name]-[hash].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
