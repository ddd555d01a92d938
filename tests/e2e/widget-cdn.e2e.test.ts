/**
 * The bundle served from a sub-path (`/cdn/v1/`) under the demo site's strict CSP loads its worker,
 * onnxruntime wasm and model from there; and the panel on a 375x667 phone is full-screen with touch
 * targets of at least 44 px.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_CSP } from '../../server/security-headers.ts';
import { customerPage, openChat, say, startE2E, type E2E } from '../widget/e2e-support.ts';

let e2e: E2E;
before(async () => { e2e = await startE2E(); });
after(async () => { await e2e?.close(); });

test('the bundle served from /cdn/v1/ loads its worker, wasm and model from /cdn/v1/ under the strict CSP', async () => {
  const c = await customerPage(e2e, { path: '/favicon.svg' });
  try {
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN embed</title>
<script src="/cdn/v1/clearline.js" defer data-rules="/rules/rules.json" data-rules-key="${e2e.rulesPublicKey}" data-handoff="/api"></script>
</head><body><main><h1>Operator page</h1></main></body></html>`;
    await c.context.route(`${e2e.url}/cdn-embed.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html', headers: { 'Content-Security-Policy': DEMO_CSP }, body: page }));
    c.requests.length = 0;
    await c.page.goto(`${e2e.url}/cdn-embed.html`);
    await openChat(c, { waitForModel: true });
    await say(c, 'How much does roaming in Spain cost?');
    await c.panel.locator('article.answer').waitFor();
    const paths = c.requests.map((r) => new URL(r.url.startsWith('blob:') ? r.url.slice(5) : r.url).pathname);
    for (const pattern of [/^\/cdn\/v1\/worker-[\w-]+\.js$/, /^\/cdn\/v1\/ort-\w+\/ort-wasm-simd-threaded\.wasm$/, /^\/cdn\/v1\/model-\w+\/intent\/onnx\/model\.onnx$/, /^\/cdn\/v1\/panel-[\w-]+\.js$/]) {
      assert.ok(paths.some((p) => pattern.test(p)), `${pattern} was loaded from /cdn/v1/ (got ${paths.join(', ')})`);
    }
    assert.ok(!paths.some((p) => p.startsWith('/widget/')), 'nothing came from /widget/');
    assert.deepEqual(c.consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e)), []);
  } finally {
    await c.close();
  }
});

test('hashed assets are served with long-lived immutable cache headers', async () => {
  const c = await customerPage(e2e);
  try {
    await openChat(c, { waitForModel: true });
    const hashed = c.requests.map((r) => r.url).filter((u) => /\/widget\/(?:panel-|worker-|ort-|model-|chunks\/)/.test(u));
    assert.ok(hashed.length >= 4);
    for (const url of hashed.slice(0, 6)) {
      const res = await fetch(url, { method: 'HEAD' });
      assert.match(res.headers.get('cache-control') ?? '', /immutable/, `${url} is cached forever`);
    }
  } finally {
    await c.close();
  }
});

test('on a 375x667 phone the panel is full-screen and every control is a touch target of at least 44 px', async () => {
  const c = await customerPage(e2e, { viewport: { width: 375, height: 667 }, hasTouch: true });
  try {
    await openChat(c);
    const box = await c.panel.locator('section.panel').boundingBox();
    assert.ok(box, 'the panel is visible');
    assert.deepEqual([Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)], [0, 0, 375, 667]);
    for (const selector of ['button.talk', 'button.ai', 'button.delete', 'header button.close', 'button.send', 'textarea.input']) {
      const b = await c.panel.locator(selector).boundingBox();
      assert.ok(b && b.height >= 44 && b.width >= 44, `${selector} is at least 44x44 (got ${JSON.stringify(b)})`);
    }
  } finally {
    await c.close();
  }
});

test('at 200% zoom (a 1280x800 screen is 640x400 CSS px) the panel fits the viewport and its controls stay reachable', async () => {
  const c = await customerPage(e2e, { viewport: { width: 640, height: 400 } });
  try {
    await openChat(c);
    const box = await c.panel.locator('section.panel').boundingBox();
    assert.ok(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 640 && box.y + box.height <= 400, `the panel fits (got ${JSON.stringify(box)})`);
    for (const selector of ['button.talk', 'textarea.input', 'button.send', 'header button.close']) {
      await c.panel.locator(selector).scrollIntoViewIfNeeded();
      assert.ok(await c.panel.locator(selector).isVisible(), `${selector} is visible`);
    }
    await c.page.keyboard.press('Escape');
    await c.page.waitForFunction(() => !document.querySelector('clearline-widget')?.hasAttribute('open'));
  } finally {
    await c.close();
  }
});

test('from another origin (a CDN that sends CORS headers) the worker starts from a blob stub and everything loads from the CDN', async () => {
  // The operator's page is a real page on its own loopback origin (it proxies its rules to the demo
  // server); the widget comes from the demo server under another origin name, which acts as the CDN.
  const cdnOrigin = e2e.url.replace('127.0.0.1', 'localhost');
  const csp = `default-src 'self'; script-src 'self' ${cdnOrigin} 'wasm-unsafe-eval'; worker-src blob: ${cdnOrigin}; connect-src 'self' ${cdnOrigin}; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN embed</title>
<script src="${cdnOrigin}/cdn/v1/clearline.js" defer data-rules="/rules/rules.json" data-rules-key="${e2e.rulesPublicKey}" data-handoff="/api"></script>
</head><body><main><h1>Operator page</h1></main></body></html>`;
  const operator = createServer((req, res) => {
    if (req.url?.startsWith('/rules/')) {
      void fetch(`${e2e.url}${req.url}`).then(async (upstream) => {
        res.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
        res.end(Buffer.from(await upstream.arrayBuffer()));
      });
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(html);
  });
  await new Promise<void>((done) => operator.listen(0, '127.0.0.1', done));
  const pageOrigin = `http://127.0.0.1:${(operator.address() as AddressInfo).port}`;
  const c = await customerPage(e2e, { path: '/favicon.svg' });
  try {
    c.requests.length = 0;
    await c.page.goto(`${pageOrigin}/`);
    await openChat(c, { waitForModel: true });
    await say(c, 'How much does roaming in Spain cost?');
    await c.panel.locator('article.answer').waitFor();
    const urls = c.requests.map((r) => r.url);
    assert.ok(c.page.workers().some((w) => w.url().startsWith(`blob:${pageOrigin}/`)), 'the worker was started from a blob stub');
    for (const pattern of [/\/cdn\/v1\/worker-[\w-]+\.js$/, /\/cdn\/v1\/ort-\w+\/ort-wasm-simd-threaded\.wasm$/, /\/cdn\/v1\/model-\w+\/intent\/onnx\/model\.onnx$/]) {
      assert.ok(urls.some((u) => u.startsWith(cdnOrigin) && pattern.test(u)), `${pattern} came from the CDN origin`);
    }
    assert.deepEqual(c.consoleErrors.filter((e) => /Content Security Policy|Refused|CORS/.test(e)), []);
  } finally {
    await c.close();
    await new Promise<void>((done) => operator.close(() => done()));
  }
});
