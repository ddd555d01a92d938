/**
 * Intent latency in a real Web Worker in Chromium (playwright-core, the system Chromium, closed
 * network): bundles bench/intent/browser/intent-bench-worker.ts with esbuild (ORT with its wasm as
 * separate files, as the widget build does), serves it, the model and ORT's wasm from a tiny local
 * static server, and measures cold start (new Worker → first answer, wasm compile included) and
 * per-message p50/p95.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromePath, CHROMIUM_ARGS } from '../../scripts/chrome.ts';

const MIME: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.onnx': 'application/octet-stream', '.html': 'text/html' };

function serve(roots: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(resolve(dir))) break;
      try {
        if (!statSync(file).isFile()) break;
        res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
        res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
        return;
      } catch {
        break;
      }
    }
    res.writeHead(404).end();
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

export interface BrowserLatency {
  coldStartMs: number;
  modelLoadMs: number;
  p50Ms: number;
  p95Ms: number;
  meanMs: number;
  messages: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

export async function measureBrowserLatency(texts: readonly string[]): Promise<BrowserLatency> {
  const out = mkdtempSync(join(tmpdir(), 'clearline-intent-bench-'));
  let server: Server | undefined;
  const browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROMIUM_ARGS], headless: true });
  try {
    await build({
      entryPoints: ['bench/intent/browser/intent-bench-worker.ts'],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outfile: join(out, 'worker.js'),
      conditions: ['onnxruntime-web-use-extern-wasm'],
      logLevel: 'silent',
      plugins: [{
        name: 'ort-wasm-only',
        setup(b) {
          // As the widget build: the plain wasm backend instead of the webgpu/asyncify one.
          b.onResolve({ filter: /^onnxruntime-web\/webgpu$/ }, () => ({ path: resolve('node_modules/onnxruntime-web/dist/ort.wasm.min.mjs') }));
        },
      }],
    });
    writeFileSync(join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><title>intent bench</title>');
    const s = await serve({ '/bench/': out, '/models/': resolve('models'), '/ort/': resolve('node_modules/onnxruntime-web/dist') });
    server = s.server;
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(s.origin)) outside.push(r.url()); });
    await page.goto(`${s.origin}/bench/index.html`);
    const result = await page.evaluate(async ({ origin, texts }) => {
      const t0 = performance.now();
      const w = new Worker(`${origin}/bench/worker.js`, { type: 'module' });
      return await new Promise<{ coldStartMs: number; loadMs: number; times: number[] }>((ok, fail) => {
        let coldStartMs = 0, loadMs = 0;
        w.onerror = (e) => fail(new Error(`worker error: ${e.message}`));
        w.onmessage = (e) => {
          const m = e.data as { type: string; loadMs?: number; times?: number[]; message?: string };
          if (m.type === 'first') { coldStartMs = performance.now() - t0; loadMs = m.loadMs!; }
          else if (m.type === 'done') { w.terminate(); ok({ coldStartMs, loadMs, times: m.times! }); }
          else fail(new Error(m.message));
        };
        w.postMessage({ modelBaseUrl: `${origin}/models/`, wasmBaseUrl: `${origin}/ort/`, texts, warmup: 50 });
      });
    }, { origin: s.origin, texts: [...texts] });
    if (outside.length) throw new Error(`the benchmark page requested other hosts: ${outside.join(', ')}`);
    const times = result.times;
    return {
      coldStartMs: result.coldStartMs,
      modelLoadMs: result.loadMs,
      p50Ms: quantile(times, 0.5),
      p95Ms: quantile(times, 0.95),
      meanMs: times.reduce((a, b) => a + b, 0) / times.length,
      messages: times.length,
    };
  } finally {
    await browser.close();
    server?.close();
    rmSync(out, { recursive: true, force: true });
  }
}
