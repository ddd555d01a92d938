/**
 * `npm run bench:widget` — the widget's budgets, measured on the built bundle (`npm run build` first)
 * served by the real server, in the system Chromium:
 * - launcher (`clearline.js`) gzip/brotli bytes, against Lit alone built the same way (peer);
 * - first-open payload (everything fetched after the click), gzip and brotli, against onnxruntime's wasm alone;
 * - click → usable panel (input focused) and → worker ready (disclosure shown), cold and after the idle prefetch (peer);
 * - per message scrub + classify + decide in the worker (comlink round trip, p50/p95), against a comlink ping
 *   and a scrub alone (peers), over the public intent utterances (eval-public, measurement only);
 * - time from opening the chat to the first classified answer on a throttled 4G profile (CDP
 *   Network.emulateNetworkConditions, Lighthouse's mobile numbers), against the same run unthrottled.
 * Writes bench/results/widget.json and prints a markdown table.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromePath, CHROMIUM_ARGS } from '../../scripts/chrome.ts';
import { startServer } from '../../server/app.ts';

const DIST = resolve('dist/widget');
const LAUNCHER = join(DIST, 'clearline.js');
if (!existsSync(LAUNCHER)) {
  console.error('dist/widget/clearline.js is missing: run `npm run build` first.');
  process.exit(1);
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: b.length > 2_000_000 ? 9 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
const sizes = (file: string) => {
  const b = readFileSync(file);
  return { raw: b.length, gzip: gz(b), brotli: br(b) };
};
const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const median = (values: number[]) => pct(values, 50);
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

// ---- sizes ----
const launcher = sizes(LAUNCHER);
const peerDir = mkdtempSync(join(tmpdir(), 'widget-peer-'));
await build({
  configFile: false, logLevel: 'silent',
  build: { outDir: peerDir, emptyOutDir: true, minify: true, target: 'es2022', lib: { entry: resolve('bench/widget/peer-lit-entry.ts'), formats: ['iife'], name: 'Peer', fileName: () => 'peer.js' } },
});
const litPeer = sizes(join(peerDir, 'peer.js'));
rmSync(peerDir, { recursive: true, force: true });

const dataDir = mkdtempSync(join(tmpdir(), 'widget-bench-'));
const server = await startServer({ port: 0, dataDir, distDir: 'dist', log: () => {} });
const browser: Browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROMIUM_ARGS], headless: true });

interface Opened { page: Page; urls: string[]; close(): Promise<void> }
async function demo(options: { throttle?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') console.error(`  (page console) ${m.text().slice(0, 300)}`); });
  if (options.throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // Lighthouse's mobile ("slow 4G") profile: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  }
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.locator('clearline-widget button.launcher').waitFor();
  return { page, urls, close: () => context.close() };
}

const panelRoot = `document.querySelector('clearline-widget')?.shadowRoot?.querySelector('clearline-panel')?.shadowRoot`;

/** Click → input focused (usable), and click → disclosure shown (worker ready), in ms. */
async function clickToUsable(prefetched: boolean): Promise<{ usable: number; ready: number; panelFetchedBeforeClick: boolean }> {
  const o = await demo();
  try {
    // Cold: the panel module is held back until the click, so the idle prefetch cannot have fetched it.
    let release: (() => void) | null = null;
    if (!prefetched) {
      const gate = new Promise<void>((r) => { release = r; });
      await o.page.route('**/widget/panel-*.js', async (route) => { await gate; await route.continue(); });
    }
    if (prefetched) {
      for (let i = 0; i < 150 && !o.urls.some((u) => /\/panel-/.test(u)); i++) await o.page.waitForTimeout(100);
      await o.page.waitForTimeout(200);
    }
    // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
    const panelFetchedBeforeClick = o.urls.some((u) => /\/panel-/.test(u)) && prefetched;
    setTimeout(() => release?.(), 0);
    const timing = await o.page.evaluate(`(async () => {
      const root = () => ${panelRoot};
      const deep = () => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a; };
      const start = performance.now();
      document.querySelector('clearline-widget').shadowRoot.querySelector('button.launcher').click();
      let usable = 0;
      for (;;) {
        if (!usable && deep() && deep().matches('textarea.input')) usable = performance.now() - start;
        if (usable && root() && root().querySelector('article.disclosure')) return { usable, ready: performance.now() - start };
        await new Promise((r) => requestAnimationFrame(r));
      }
    })()`) as { usable: number; ready: number };
    return { ...timing, panelFetchedBeforeClick };
  } finally {
    await o.close();
  }
}

// ---- click to usable ----
const cold: { usable: number; ready: number; panelFetchedBeforeClick: boolean }[] = [];
const warm: { usable: number; ready: number; panelFetchedBeforeClick: boolean }[] = [];
for (let i = 0; i < 5; i++) {
  cold.push(await clickToUsable(false));
  warm.push(await clickToUsable(true));
}

// ---- first-open payload + per-message timings ----
const o = await demo();
const beforeOpen = o.urls.length;
await o.page.locator('clearline-widget button.launcher').click();
await o.page.locator('clearline-panel article.disclosure').waitFor();
await o.page.locator('clearline-panel p.banner', { hasText: 'starting' }).waitFor({ state: 'detached', timeout: 120_000 });
await o.page.waitForTimeout(500);
const firstOpenUrls = [...new Set(o.urls.slice(beforeOpen))].filter((u) => u.includes('/widget/'));
const payload = { raw: 0, gzip: 0, brotli: 0, files: [] as { file: string; raw: number; gzip: number; brotli: number }[] };
for (const url of firstOpenUrls) {
  const file = join(DIST, decodeURIComponent(new URL(url).pathname.replace(/^\/widget\//, '')));
  if (!existsSync(file) || !statSync(file).isFile()) continue;
  const s = sizes(file);
  payload.raw += s.raw; payload.gzip += s.gzip; payload.brotli += s.brotli;
  payload.files.push({ file: file.slice(DIST.length + 1), ...s });
}
const wasmFile = payload.files.find((f) => f.file.endsWith('.wasm'));

const utterances = readFileSync('/work/shared/eval-public/intent-public.jsonl', 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text).slice(0, 200);
const timings = await o.page.evaluate(`(async (texts) => {
  const host = document.querySelector('clearline-widget').shadowRoot.querySelector('clearline-panel').host$;
  const state = { turn: 1, unhelpfulCount: 0, optedOut: false, askedForHuman: false, page: { plan: 'consumer' } };
  const time = async (fn) => { const t = performance.now(); await fn(); return performance.now() - t; };
  for (const t of texts.slice(0, 10)) await host.call((api) => api.handle({ text: t }, state));
  const handle = [], scrub = [], ping = [];
  let classified = 0;
  for (const t of texts) {
    handle.push(await time(async () => {
      const r = await host.call((api) => api.handle({ text: t }, state));
      if (r.ok && r.value.intent) classified++;
    }));
    scrub.push(await time(() => host.call((api) => api.preview(t))));
    ping.push(await time(() => host.call((api) => api.ping())));
  }
  return { handle, scrub, ping, classified };
})(${JSON.stringify(utterances)})`) as { handle: number[]; scrub: number[]; ping: number[]; classified: number };
await o.close();

// ---- time to the first classified answer, throttled 4G vs unthrottled ----
async function timeToFirstAnswer(throttle: boolean): Promise<number> {
  const d = await demo({ throttle });
  try {
    const start = Date.now();
    await d.page.locator('clearline-widget button.launcher').click();
    const input = d.page.locator('clearline-panel textarea.input');
    await input.waitFor({ timeout: 120_000 });
    await input.fill('How much does roaming in Spain cost?');
    await input.press('Enter');
    await d.page.locator('clearline-panel article.answer').waitFor({ timeout: 300_000 });
    return Date.now() - start;
  } finally {
    await d.close();
  }
}
const firstAnswer4g = await timeToFirstAnswer(true);
const firstAnswerLocal = await timeToFirstAnswer(false);

await browser.close();
await server.close();
rmSync(dataDir, { recursive: true, force: true });

const results = {
  date: new Date().toISOString(),
  machine: 'shared 2-core VM, headless Chromium (Debian), localhost',
  launcher: { file: 'dist/widget/clearline.js', ...launcher, budgetGzip: 15 * 1024, peer: { name: 'Lit alone (one empty LitElement, IIFE, minified)', ...litPeer }, ratioGzipToPeer: round(launcher.gzip / litPeer.gzip) },
  firstOpenPayload: { raw: payload.raw, gzip: payload.gzip, brotli: payload.brotli, files: payload.files, peer: { name: 'onnxruntime-web plain wasm alone', ...(wasmFile ?? {}) }, wasmShareOfBrotli: wasmFile ? round(wasmFile.brotli / payload.brotli) : null },
  clickToUsablePanelMs: {
    coldMedian: round(median(cold.map((c) => c.usable)), 1), prefetchedMedian: round(median(warm.map((c) => c.usable)), 1),
    workerReadyColdMedian: round(median(cold.map((c) => c.ready)), 1), workerReadyPrefetchedMedian: round(median(warm.map((c) => c.ready)), 1),
    runs: 5, cold: 'panel module request held until the click (no prefetch)', peer: 'the same click after the idle prefetch of the panel code', ratioColdToPrefetched: round(median(cold.map((c) => c.usable)) / median(warm.map((c) => c.usable))),
  },
  perMessageMs: {
    messages: utterances.length, classified: timings.classified, source: 'eval-public/intent-public.jsonl (measurement only)',
    scrubClassifyDecide: { p50: round(pct(timings.handle, 50)), p95: round(pct(timings.handle, 95)) },
    peerScrubOnly: { p50: round(pct(timings.scrub, 50)), p95: round(pct(timings.scrub, 95)) },
    peerComlinkPing: { p50: round(pct(timings.ping, 50)), p95: round(pct(timings.ping, 95)) },
    note: 'comlink round trips measured on the main thread (include postMessage); the worker-side cost is at most this',
  },
  firstClassifiedAnswerMs: { throttled4g: firstAnswer4g, profile: '150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up (Lighthouse mobile)', peerUnthrottled: firstAnswerLocal, ratio: round(firstAnswer4g / firstAnswerLocal, 1) },
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/widget.json', `${JSON.stringify(results, null, 2)}\n`);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`| measure | Clearline | peer | ratio |
|---|---|---|---|
| launcher clearline.js gzip / brotli | ${kb(launcher.gzip)} / ${kb(launcher.brotli)} (budget 15 KB gz) | Lit alone ${kb(litPeer.gzip)} gz | ${results.launcher.ratioGzipToPeer}× |
| first-open payload gzip / brotli | ${kb(payload.gzip)} / ${kb(payload.brotli)} (${payload.files.length} files) | ORT wasm alone ${kb(wasmFile?.gzip ?? 0)} gz / ${kb(wasmFile?.brotli ?? 0)} br | wasm = ${Math.round((results.firstOpenPayload.wasmShareOfBrotli ?? 0) * 100)} % of brotli |
| click → usable panel (median of 5) | ${results.clickToUsablePanelMs.coldMedian} ms cold | ${results.clickToUsablePanelMs.prefetchedMedian} ms after idle prefetch | ${results.clickToUsablePanelMs.ratioColdToPrefetched}× |
| click → worker ready (disclosure) | ${results.clickToUsablePanelMs.workerReadyColdMedian} ms cold | ${results.clickToUsablePanelMs.workerReadyPrefetchedMedian} ms prefetched | |
| scrub + classify + decide per message p50 / p95 | ${results.perMessageMs.scrubClassifyDecide.p50} / ${results.perMessageMs.scrubClassifyDecide.p95} ms | scrub only ${results.perMessageMs.peerScrubOnly.p50} / ${results.perMessageMs.peerScrubOnly.p95} ms; comlink ping ${results.perMessageMs.peerComlinkPing.p50} ms | ${round(results.perMessageMs.scrubClassifyDecide.p50 / results.perMessageMs.peerScrubOnly.p50, 1)}× scrub |
| open → first classified answer, slow 4G | ${(firstAnswer4g / 1000).toFixed(1)} s | unthrottled ${(firstAnswerLocal / 1000).toFixed(1)} s | ${results.firstClassifiedAnswerMs.ratio}× |`);
