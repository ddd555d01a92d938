/**
 * `npm run bench:studio` (after `npm run build`): the rules studio, built, served by the one server,
 * in Chromium.
 *
 * - Validation latency of a 2,000-line rules file: from the last keystroke until the compiler's
 *   semantic markers, and until monaco-yaml's schema markers, are back (includes the studio's debounce, STUDIO_CONFIG.compileDebounceMs).
 *   Peer: `compileRules` on the same file in Node, same run.
 * - First load on localhost (cold cache): until the editor shows the draft and the first compile is
 *   done. Peer: the demo operator page's load event, same server, same run.
 * - JS bytes (raw / gzip) of dist/studio: the main thread and each worker. Peer: the same page built
 *   with the full `import 'monaco-editor'` (every language), built in this run.
 *
 * Writes bench/results/studio.json and prints a markdown table.
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { chromePath, CHROMIUM_ARGS } from '../../scripts/chrome.ts';
import { startServer } from '../../server/app.ts';
import { compileRules } from '../../core/rules/index.ts';
import { INTENT_LABELS } from '../../core/intent/index.ts';
import { generateRulesFile } from './generate-rules-file.ts';
import { STUDIO_CONFIG } from '../../rules-studio/src/studio-config.ts';

const repo = resolve(import.meta.dirname, '../..');
const STUDIO_DIST = join(repo, 'dist/studio');
const EXAMPLE = join(repo, 'rules-studio/examples/rules.yaml');
const KEYSTROKES = 12;
const LOADS = 5;

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN; };
const p95 = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!; };

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.(m?js)$/.test(n)) out.push(p); } };
  walk(dir);
  return out;
}

function sizes(files: string[]): { raw: number; gzip: number } {
  return files.reduce((acc, f) => { const b = readFileSync(f); return { raw: acc.raw + b.length, gzip: acc.gzip + gzipSync(b, { level: 9 }).length }; }, { raw: 0, gzip: 0 });
}

async function fullMonacoPeer(): Promise<{ raw: number; gzip: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'monaco-full-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="e"></div><script type="module" src="./main.js"></script>');
  writeFileSync(join(dir, 'main.js'), "import * as monaco from 'monaco-editor';\nmonaco.editor.create(document.getElementById('e'), { value: 'a: 1', language: 'yaml' });\n");
  await build({ root: dir, configFile: false, logLevel: 'silent', resolve: { alias: [{ find: /^monaco-editor$/, replacement: join(repo, 'node_modules/monaco-editor/esm/vs/editor/editor.main.js') }] }, build: { outDir: join(dir, 'dist'), emptyOutDir: true, reportCompressedSize: false } });
  const result = sizes(jsFiles(join(dir, 'dist')));
  rmSync(dir, { recursive: true, force: true });
  return result;
}

async function main(): Promise<void> {
  if (!existsSync(join(STUDIO_DIST, 'index.html'))) throw new Error('dist/studio/ is missing: run `npm run build` first.');
  const base = compileRules(readFileSync(EXAMPLE, 'utf8'), { labels: INTENT_LABELS });
  if (!base.bundle) throw new Error('The example rules do not compile.');
  const source = generateRulesFile(EXAMPLE, 2000, INTENT_LABELS.filter((l) => l !== 'out_of_scope'), base.bundle.queues ?? [base.bundle.settings.defaultQueue]);
  const lineCount = source.split('\n').length - 1;
  const nodeRuns: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    const r = compileRules(source, { labels: INTENT_LABELS });
    nodeRuns.push(performance.now() - t);
    if (!r.bundle) throw new Error(`The generated file does not compile: ${r.diagnostics.filter((d) => d.severity === 'error').slice(0, 3).map((d) => `${d.line}: ${d.message}`).join('; ')}`);
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'bench-studio-'));
  const server = await startServer({ port: 0, dataDir, distDir: join(repo, 'dist'), log: () => {} });
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROMIUM_ARGS], headless: true });

    // First loads, cold (a fresh context has an empty cache and IndexedDB).
    const studioLoads: number[] = [];
    const studioValidated: number[] = [];
    const demoLoads: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const t = Date.now();
      await page.goto(`${server.url}/studio/`);
      await page.waitForFunction(() => (document.querySelector('#editor .view-lines')?.textContent ?? '').includes('version'), null, { timeout: 60_000, polling: 16 });
      studioLoads.push(Date.now() - t);
      await page.waitForFunction(() => document.querySelector('clearline-studio')?.bundle != null, null, { timeout: 60_000, polling: 16 });
      studioValidated.push(Date.now() - t);
      const demo = await context.newPage();
      const d = Date.now();
      await demo.goto(`${server.url}/`, { waitUntil: 'load' });
      demoLoads.push(Date.now() - d);
      await context.close();
    }

    // Validation after the last keystroke on the 2,000-line file.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/studio/`);
    await page.waitForFunction(() => document.querySelector('clearline-studio')?.bundle != null, null, { timeout: 60_000 });
    await page.evaluate((text) => document.querySelector('clearline-studio')!.replaceDraft(text, 'bench.yaml', null), source);
    await page.waitForFunction((n) => (document.querySelector('clearline-studio')!.bundle?.rules.length ?? 0) > n, base.bundle.rules.length, { timeout: 60_000 });
    await page.waitForTimeout(1500);
    // Each keystroke toggles a schema violation on one line: typing `x` after `priority: normal` makes an
    // invalid priority (both monaco-yaml and the compiler flag it), Backspace repairs it. The clock runs
    // from the keystroke until the markers of each kind reflect the new text.
    const lines = source.split('\n');
    const line = lines.findIndex((l) => l.endsWith('- id: generated-route-50')) + 7;
    if (!lines[line - 1]?.includes('priority: normal')) throw new Error(`line ${line} is not the handoff of generated-route-50`);
    const column = lines[line - 1]!.indexOf('priority: normal') + 'priority: normal'.length + 1;
    await page.evaluate(({ ln, col }) => {
      const { editor } = document.querySelector('clearline-studio')!.editor!;
      editor.setPosition({ lineNumber: ln, column: col });
      editor.focus();
    }, { ln: line, col: column });
    const semantic: number[] = [];
    const schema: number[] = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      const broken = i % 2 === 0;
      await page.evaluate(({ ln, broken }) => {
        const studio = document.querySelector('clearline-studio')!;
        const { monaco, model } = studio.editor!;
        const w = window as unknown as { __bench: { t0: number; semantic: number; schema: number } };
        w.__bench = { t0: 0, semantic: 0, schema: 0 };
        const sub = model.onDidChangeContent(() => { w.__bench.t0 = performance.now(); sub.dispose(); });
        const markers = monaco.editor.onDidChangeMarkers(() => {
          if (!w.__bench.t0) return;
          // (no local helper functions here: the page runs this code as-is, without bundler helpers)
          if (!w.__bench.semantic && monaco.editor.getModelMarkers({ owner: 'clearline-rules', resource: model.uri }).some((m) => m.startLineNumber === ln && m.severity >= 4) === broken) w.__bench.semantic = performance.now();
          if (!w.__bench.schema && monaco.editor.getModelMarkers({ owner: 'yaml', resource: model.uri }).some((m) => m.startLineNumber === ln && m.severity >= 4) === broken) w.__bench.schema = performance.now();
          if (w.__bench.semantic && w.__bench.schema) markers.dispose();
        });
      }, { ln: line, broken });
      await page.keyboard.press(broken ? 'x' : 'Backspace');
      await page.waitForFunction(() => { const b = (window as unknown as { __bench: { semantic: number; schema: number } }).__bench; return b.semantic > 0 && b.schema > 0; }, null, { timeout: 30_000 });
      const r = await page.evaluate(() => (window as unknown as { __bench: { t0: number; semantic: number; schema: number } }).__bench);
      semantic.push(r.semantic - r.t0);
      schema.push(r.schema - r.t0);
      await page.waitForTimeout(400);
    }
    const compileInPage = await page.evaluate(() => document.querySelector('clearline-studio')!.compileMs);
    await context.close();

    const jsAll = jsFiles(STUDIO_DIST);
    const isWorker = (f: string) => /(worker)[-.]/.test(relative(STUDIO_DIST, f));
    const mainJs = sizes(jsAll.filter((f) => !isWorker(f) && !/preview/.test(f)));
    const workerJs = Object.fromEntries(jsAll.filter(isWorker).map((f) => [relative(STUDIO_DIST, f), sizes([f])]));
    const peer = await fullMonacoPeer();

    const results = {
      date: new Date().toISOString(),
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version, loadAverage1m: (await import('node:os')).loadavg()[0] },
      validation: {
        file: { lines: lineCount, rules: compileRules(source, { labels: INTENT_LABELS }).bundle!.rules.length },
        keystrokes: KEYSTROKES,
        semanticMarkersMs: { median: median(semantic), p95: p95(semantic) },
        schemaMarkersMs: { median: median(schema), p95: p95(schema) },
        compileInWorkerMs: compileInPage,
        debounceMs: STUDIO_CONFIG.compileDebounceMs,
        peer: { name: 'compileRules on the same file in Node', medianMs: median(nodeRuns) },
        budgetMs: 300,
      },
      firstLoad: {
        studioMs: { median: median(studioLoads), runs: studioLoads, what: 'navigation start until the editor shows the draft' },
        studioFirstValidationMs: { median: median(studioValidated), runs: studioValidated, what: 'navigation start until the first compile of the draft is done' },
        peer: { name: 'demo operator page load event, same server', medianMs: median(demoLoads) },
        budgetMs: 2000,
      },
      jsBytes: {
        mainThread: mainJs,
        workers: workerJs,
        total: sizes(jsAll),
        peer: { name: "the same page with the full import 'monaco-editor' (every language)", ...peer },
      },
    };
    mkdirSync(join(repo, 'bench/results'), { recursive: true });
    writeFileSync(join(repo, 'bench/results/studio.json'), `${JSON.stringify(results, null, 2)}\n`);
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    console.log(`
| measure | studio | peer | ratio |
|---|---|---|---|
| validation after last keystroke, ${lineCount}-line file, semantic markers (median / p95) | ${median(semantic).toFixed(0)} / ${p95(semantic).toFixed(0)} ms | compileRules in Node: ${median(nodeRuns).toFixed(0)} ms | ${ratio(median(semantic), median(nodeRuns))} |
| validation after last keystroke, schema markers from the YAML worker (median / p95) | ${median(schema).toFixed(0)} / ${p95(schema).toFixed(0)} ms | compileRules in Node: ${median(nodeRuns).toFixed(0)} ms | ${ratio(median(schema), median(nodeRuns))} |
| first load on localhost, cold: editor shows the draft (median of ${LOADS}) | ${median(studioLoads).toFixed(0)} ms | demo page load: ${median(demoLoads).toFixed(0)} ms | ${ratio(median(studioLoads), median(demoLoads))} |
| first load on localhost, cold: first validation done (median of ${LOADS}) | ${median(studioValidated).toFixed(0)} ms | demo page load: ${median(demoLoads).toFixed(0)} ms | ${ratio(median(studioValidated), median(demoLoads))} |
| JS, main thread (raw / gzip) | ${kb(mainJs.raw)} / ${kb(mainJs.gzip)} | full monaco-editor: ${kb(peer.raw)} / ${kb(peer.gzip)} | ${ratio(mainJs.gzip, peer.gzip)} (gzip) |
| JS, all incl. workers (raw / gzip) | ${kb(results.jsBytes.total.raw)} / ${kb(results.jsBytes.total.gzip)} | | |
${Object.entries(workerJs).map(([f, s]) => `| worker ${f} (raw / gzip) | ${kb(s.raw)} / ${kb(s.gzip)} | | |`).join('\n')}
`);
  } finally {
    await browser?.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
