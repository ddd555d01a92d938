// Dev-server plugins that let web-test-runner serve the product's real dependencies unbundled.
import { build } from 'esbuild';

/**
 * onnxruntime-web's wasm glue (`ort-wasm-simd-threaded*.mjs`) has a Node-only branch with
 * `await import("module")`. The dev server cannot resolve Node built-ins and would answer 500, so ORT
 * could not start in a test page or worker. The specifiers are left as they are: that branch never runs
 * in a browser.
 */
const NODE_BUILTINS = new Set(['module', 'worker_threads', 'fs', 'path', 'url']);
const ORT_GLUE = /\/onnxruntime-web\/dist\/ort-wasm-[^/]*\.mjs$/;
export const ortWasmGluePlugin = {
  name: 'ort-wasm-glue',
  resolveImport({ source, context }) {
    if (NODE_BUILTINS.has(source) && ORT_GLUE.test(context.path)) return source;
    return undefined;
  },
};

/**
 * A few dependencies ship CommonJS only (core/rules' safe-regex2 and its `ret`; ajv in a schema test).
 * Vite converts them for the real build; in tests they are bundled to ES modules by esbuild on request.
 */
const COMMONJS = /^\/node_modules\/(?:ajv|safe-regex2|ret)\/.*\.js$/;
const converted = new Map();
export const commonJsAsEsmPlugin = {
  name: 'commonjs-as-esm',
  async serve(context) {
    if (!COMMONJS.test(context.path)) return undefined;
    if (!converted.has(context.path)) {
      const result = await build({
        entryPoints: [`.${context.path}`], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
      });
      converted.set(context.path, result.outputFiles[0].text);
    }
    return { body: converted.get(context.path), type: 'js' };
  },
};
