/**
 * Builds the rules studio into dist/studio/ (served at /studio/). Run from the repo root:
 * `vite build --config rules-studio/vite.config.ts`.
 *
 * - monaco-editor 0.57's exports map rewrites `monaco-editor/esm/...` deep imports (as made by
 *   monaco-worker-manager) to a path that does not exist: alias them to the package's real esm/ folder.
 * - onnxruntime-web is resolved with its extern-wasm condition and the plain (non-asyncify) wasm build,
 *   emitted as files next to the bundle, so the studio's test bench runs the widget's own worker offline.
 * - monaco-marker-data-provider (monaco-yaml's marker source) waits a fixed 500 ms after each change
 *   before validating; that alone breaks the 300 ms validation budget, so the build sets its delay to
 *   the studio's own debounce (STUDIO_CONFIG.compileDebounceMs) and fails loudly if the code changed.
 * - The intent model folder is copied to dist/studio/models/intent/ (and the audit threshold to
 *   models/audit/) so the bench and the fairness tab load them from this origin.
 */
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { STUDIO_CONFIG } from './src/studio-config.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const monacoEsm = join(repo, 'node_modules/monaco-editor/esm/');
const outDir = join(repo, 'dist/studio');

/** Copies the shipped intent model and the ORT wasm into the build so the bench needs no other host. */
function copyRuntimeAssets(): Plugin {
  return {
    name: 'clearline-studio-runtime-assets',
    apply: 'build',
    writeBundle() {
      const model = join(repo, 'models/intent');
      if (existsSync(model)) {
        cpSync(model, join(outDir, 'models/intent'), {
          recursive: true,
          filter: (src) => statSync(src).isDirectory() || /\.(json|onnx|txt)$/.test(src),
        });
      }
      const threshold = join(repo, 'models/audit/threshold.json');
      if (existsSync(threshold)) {
        mkdirSync(join(outDir, 'models/audit'), { recursive: true });
        cpSync(threshold, join(outDir, 'models/audit/threshold.json'));
      }
      const ortDist = join(repo, 'node_modules/onnxruntime-web/dist');
      const ortOut = join(outDir, 'ort');
      mkdirSync(ortOut, { recursive: true });
      for (const file of readdirSync(ortDist)) {
        if (/^ort-wasm-simd-threaded\.(wasm|mjs)$/.test(file)) cpSync(join(ortDist, file), join(ortOut, file));
      }
    },
  };
}

/** Shortens monaco-marker-data-provider's hard-coded 500 ms validation delay (see above). */
function yamlValidationDelay(ms: number): Plugin {
  const target = /monaco-marker-data-provider[\\/]dist[\\/]monaco-marker-data-provider\.js$/;
  return {
    name: 'clearline-yaml-validation-delay',
    transform(code, id) {
      if (!target.test(id)) return null;
      const pattern = /doValidate\(model\);\s*\},\s*500\);/;
      if (!pattern.test(code)) this.error('monaco-marker-data-provider changed: its 500 ms validation delay was not found; update rules-studio/vite.config.ts.');
      return { code: code.replace(pattern, `doValidate(model);\n            }, ${ms});`), map: null };
    },
  };
}

export default defineConfig({
  root: here,
  base: '/studio/',
  publicDir: false,
  resolve: {
    alias: [
      { find: /^monaco-editor\/esm\/(.*)$/, replacement: `${monacoEsm}$1` },
      { find: /^onnxruntime-web\/webgpu$/, replacement: 'onnxruntime-web/wasm' },
    ],
    conditions: ['onnxruntime-web-use-extern-wasm', 'module', 'browser', 'development|production'],
  },
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 6000,
    reportCompressedSize: true,
    rollupOptions: { input: { index: join(here, 'index.html'), preview: join(here, 'preview.html') } },
  },
  plugins: [yamlValidationDelay(STUDIO_CONFIG.compileDebounceMs), copyRuntimeAssets()],
  server: { fs: { allow: [repo] } },
});
