/**
 * Delivery that loses nothing, in Chromium: the widget's HandoffClient (bundled from
 * widget/src/handoff/ with Vite for this page) talks cross-origin to the standalone handoff server.
 * The server is killed mid-conversation, the page is reloaded while it is down, the server comes
 * back: every message arrives exactly once, in order, and agent replies are neither lost nor repeated.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromePath, CHROMIUM_ARGS } from '../../scripts/chrome.ts';
import { spawnStandalone, killHard, stopGently, type Standalone } from '../server/handoff/standalone-process.ts';

const TOKEN = 'restart-e2e-agent-token-0123456789';
const ENTRY = fileURLToPath(new URL('../../widget/src/handoff/index.ts', import.meta.url));
let page: Page;
let browser: Browser;
let site: Server;
let siteUrl: string;
let server: Standalone;
let dataDir: string;

async function bundleClient(): Promise<string> {
  const out = await build({
    configFile: false, logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: ENTRY, formats: ['es'], fileName: 'client' } },
  });
  const first = (Array.isArray(out) ? out[0] : out) as { output: { type: string; code?: string }[] };
  return first.output.find((o) => o.type === 'chunk')!.code!;
}

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'handoff-restart-e2e-'));
  const code = await bundleClient();
  site = createServer((req, res) => {
    if (req.url === '/client.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>shop</title><script type="module">
      import { HandoffClient } from '/client.js';
      const params = new URLSearchParams(location.search);
      window.changes = []; window.replies = [];
      window.client = new HandoffClient({ baseUrl: params.get('api'), backoff: { baseMs: 100, maxMs: 400 }, requestTimeoutMs: 2000 });
      client.addEventListener('clearline-delivery-change', (e) => changes.push(e.change));
      client.onAgentEvent((e) => { if (e.type === 'agent-reply') replies.push(e.data.id); });
      window.ready = true;
    </script>`);
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  server = await spawnStandalone({ dataDir, agentToken: TOKEN, extra: { ALLOWED_ORIGINS: siteUrl } });
  browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROMIUM_ARGS], headless: true });
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
  await stopGently(server);
  await new Promise<void>((done) => site.close(() => done()));
  rmSync(dataDir, { recursive: true, force: true });
});

async function agentPost(path: string, body: unknown): Promise<Response> {
  return fetch(`${server.url}/api/handoff/v1/agent/cases/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body) });
}

test('a server killed mid-conversation and a page reloaded while it is down lose and repeat nothing', { timeout: 90_000 }, async () => {
  const api = `${server.url}/api`;
  await page.goto(`${siteUrl}/?api=${encodeURIComponent(api)}`);
  await page.waitForFunction(() => (window as any).ready === true);
  const reference = await page.evaluate(async () => {
    const c = (window as any).client;
    const { reference } = await c.openCase({
      messages: [{ id: 'open-1', text: 'My internet is down at [ADDRESS_1].' }],
      decision: { rule: 'outage', explanation: 'Outages go to a person.', intent: 'internet_down', confidence: 0.8 },
      queue: 'network', priority: 'high', locale: 'en-GB', page: { path: '/help' },
    });
    await c.send({ id: 'msg-1', text: 'Since this morning.' });
    return reference as string;
  });
  assert.equal((await agentPost(`${reference}/replies`, { id: 'reply-1', text: 'Checking now.' })).status, 201);
  await page.waitForFunction(() => (window as any).replies.includes('reply-1'));

  await killHard(server);
  await page.evaluate(() => {
    const c = (window as any).client;
    c.send({ id: 'msg-2', text: 'Hello? [PERSON_1] here.' }).catch(() => {});
    c.send({ id: 'msg-3', text: 'Still waiting.' }).catch(() => {});
  });
  await page.waitForFunction(() => (window as any).changes.some((c: any) => c.id === 'msg-2' && c.state === 'queued' && c.retrying));

  await page.reload();
  await page.waitForFunction(() => (window as any).ready === true);
  const afterReload = await page.evaluate(() => (window as any).client.messages.map((m: any) => [m.id, m.state]));
  assert.deepEqual(afterReload.map((m: string[]) => m[0]), ['open-1', 'msg-1', 'msg-2', 'msg-3']);
  assert.ok(afterReload.slice(2).every((m: string[]) => m[1] !== 'sent'));

  server = await spawnStandalone({ dataDir, agentToken: TOKEN, port: server.port, extra: { ALLOWED_ORIGINS: siteUrl } });
  await page.waitForFunction(() => (window as any).client.messages.every((m: any) => m.state === 'sent'), undefined, { timeout: 30_000 });
  assert.equal((await agentPost(`${reference}/replies`, { id: 'reply-2', text: 'Fixed, please retry.' })).status, 201);
  await page.waitForFunction(() => (window as any).replies.includes('reply-2'), undefined, { timeout: 30_000 });
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(await page.evaluate(() => (window as any).replies), ['reply-2'], 'reply-1 is not repeated after the reload');

  const res = await fetch(`${server.url}/api/handoff/v1/agent/cases/${reference}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const { case: detail } = (await res.json()) as { case: { messages: { id: string; author: string }[] } };
  assert.deepEqual(detail.messages.filter((m) => m.author === 'customer').map((m) => m.id), ['open-1', 'msg-1', 'msg-2', 'msg-3']);
});
