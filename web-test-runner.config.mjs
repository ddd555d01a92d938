// Browser tests (`tests/**/*.browser.test.ts`) in the system Chromium, driven by playwright.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { ortWasmGluePlugin, commonJsAsEsmPlugin } from './scripts/wtr-plugins.mjs';
import { defaultReporter } from '@web/test-runner';
import { writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const chrome = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e',
  "import('./scripts/chrome.ts').then(m => console.log(JSON.stringify({ path: m.chromePath(), args: m.CHROMIUM_ARGS })))"],
  { encoding: 'utf8' }));

/** Writes pass/fail counts for scripts/test.ts, which prints the single `N passed, N failed` line. */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0, failed = 0;
      const failures = [];
      const walk = (suite, path) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) continue;
          if (t.passed) passed++; else { failed++; failures.push([...path, t.name].join(' > ')); }
        }
        for (const s of suite?.suites ?? []) walk(s, [...path, s.name]);
      };
      for (const s of sessions) {
        walk(s.testResults, [s.testFile]);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0) { failed++; failures.push(`${s.testFile}: ${s.errors.map((e) => e.message).join('; ')}`); }
      }
      if (file) { mkdirSync('.tmp', { recursive: true }); writeFileSync(file, JSON.stringify({ passed, failed, failures })); }
    },
  };
}

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['tests/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'onnxruntime-web-use-extern-wasm'] },
  concurrency: 1,
  staticLogging: true,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  plugins: [ortWasmGluePlugin, commonJsAsEsmPlugin, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chrome.path, headless: true, args: chrome.args },
    }),
  ],
  reporters: [defaultReporter(), countingReporter(process.env.WTR_COUNTS_FILE)],
};
