// Local runner for the widget's browser tests: the lead's config plus one plugin that serves the two
// CommonJS packages core/rules imports (ajv, safe-regex2) as ES modules, bundled by esbuild on request.
// The same plugin belongs in web-test-runner.config.mjs (see the widget report).
import base from '../../web-test-runner.config.mjs';
import { build } from 'esbuild';

const CJS = /^\/node_modules\/(ajv|safe-regex2)\/.*\.js$/;
const cache = new Map();

const cjsAsEsm = {
  name: 'cjs-as-esm',
  async serve(context) {
    if (!CJS.test(context.path)) return undefined;
    if (!cache.has(context.path)) {
      const result = await build({ entryPoints: [`.${context.path}`], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
      cache.set(context.path, result.outputFiles[0].text);
    }
    return { body: cache.get(context.path), type: 'js' };
  },
};

export default { ...base, plugins: [cjsAsEsm, ...base.plugins] };
