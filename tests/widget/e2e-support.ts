/**
 * Shared set-up for the widget's end-to-end tests (tests/e2e/widget-*.e2e.test.ts): the one server
 * (`startServer`) on the built bundle, the system Chromium on a closed network, a customer page on the
 * demo site with EVERY request captured (URL, headers, body; response bodies of the event stream; beacons;
 * requests of the worker), and the agent desk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { chromePath, CHROMIUM_ARGS } from '../../scripts/chrome.ts';
import { startServer } from '../../server/app.ts';

export const AGENT_TOKEN = 'widget-e2e-agent-token-0123456789';

export interface CapturedRequest {
  url: string;
  method: string;
  resourceType: string;
  headers: Record<string, string>;
  body: string;
}

export interface E2E {
  url: string;
  rulesPublicKey: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  const dataDir = mkdtempSync(join(tmpdir(), 'widget-e2e-'));
  const server = await startServer({ port: 0, dataDir, agentToken: AGENT_TOKEN, distDir: 'dist', log: () => {} });
  const browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROMIUM_ARGS], headless: true });
  return {
    url: server.url,
    rulesPublicKey: server.rulesPublicKey,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface CustomerPage {
  page: Page;
  context: BrowserContext;
  requests: CapturedRequest[];
  /** Bodies of every response streamed as text/event-stream (the SSE frames), decoded. */
  streamed: string[];
  consoleErrors: string[];
  widget: Locator;
  panel: Locator;
  close(): Promise<void>;
}

/** A fresh customer (own context: own sessionStorage) on the demo site, with the network captured. */
export async function customerPage(e2e: E2E, options: { path?: string; viewport?: { width: number; height: number }; hasTouch?: boolean } = {}): Promise<CustomerPage> {
  const context = await e2e.browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, hasTouch: options.hasTouch ?? false });
  const page = await context.newPage();
  const requests: CapturedRequest[] = [];
  const streamed: string[] = [];
  const consoleErrors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    void r.allHeaders().then((headers) => {
      requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType(), headers, body: r.postData() ?? '' });
    }).catch(() => requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType(), headers: r.headers(), body: r.postData() ?? '' }));
  });
  // Event streams arrive over fetch and never finish: read them through CDP as they stream.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const streams = new Set<string>();
  cdp.on('Network.responseReceived', (event: { requestId: string; response: { mimeType: string } }) => {
    if (!/event-stream/.test(event.response.mimeType)) return;
    streams.add(event.requestId);
    cdp.send('Network.streamResourceContent', { requestId: event.requestId })
      .then((r: { bufferedData: string }) => { if (r.bufferedData) streamed.push(Buffer.from(r.bufferedData, 'base64').toString('utf8')); })
      .catch(() => undefined);
  });
  cdp.on('Network.dataReceived', (event: { requestId: string; data?: string }) => {
    if (streams.has(event.requestId) && event.data) streamed.push(Buffer.from(event.data, 'base64').toString('utf8'));
  });
  await page.goto(`${e2e.url}${options.path ?? '/'}`);
  const widget = page.locator('clearline-widget');
  return { page, context, requests, streamed, consoleErrors, widget, panel: page.locator('clearline-panel'), close: () => context.close() };
}

/** Opens the chat and waits for the disclosure (the worker answered) and, if asked, for the model. */
export async function openChat(c: CustomerPage, options: { waitForModel?: boolean } = {}): Promise<void> {
  await c.widget.locator('button.launcher').click();
  await c.panel.locator('article.disclosure').waitFor();
  if (options.waitForModel) await c.panel.locator('p.banner', { hasText: 'starting' }).waitFor({ state: 'detached', timeout: 60_000 });
}

/**
 * Types like a customer (so the live highlight runs) and sends with Enter; resolves once the message is
 * in the transcript and the panel has finished handling it (a reply, a handoff or nothing when a person
 * has taken over).
 */
export async function say(c: CustomerPage, text: string): Promise<void> {
  const before = await c.panel.locator('article.customer').count();
  const input = c.panel.locator('textarea.input');
  await input.fill(text);
  await input.press('Enter');
  await c.page.waitForFunction((n) => {
    const root = document.querySelector('clearline-widget')?.shadowRoot?.querySelector('clearline-panel')?.shadowRoot;
    const items = [...(root?.querySelectorAll('.transcript > *') ?? [])];
    const customers = items.filter((e) => e.matches('article.customer'));
    if (customers.length < n + 1) return false;
    const lastCustomer = customers[customers.length - 1]!;
    const withPerson = /person/.test(root?.querySelector('.badge')?.textContent ?? '');
    const answered = items.indexOf(lastCustomer) < items.length - 1;
    const pending = lastCustomer.querySelector('.delivery[data-state="pending-model"]') !== null;
    return withPerson || answered || pending;
  }, before, { timeout: 30_000 });
}

/** Hands the conversation to a person unless a rule already did; resolves with the case reference. */
export async function handOff(c: CustomerPage): Promise<string> {
  const ref = c.panel.locator('.ref');
  await ref.waitFor({ timeout: 1500 }).catch(() => undefined);
  if (!(await ref.count())) await c.panel.locator('button.talk').click();
  return caseReference(c);
}

export function transcriptText(c: CustomerPage): Promise<string> {
  return c.panel.locator('.transcript').innerText();
}

/** The agent desk, signed in. */
export async function deskPage(e2e: E2E): Promise<Page> {
  const page = await e2e.browser.newPage();
  await page.goto(`${e2e.url}/agent/#token=${AGENT_TOKEN}`);
  await page.locator('clearline-case-list').waitFor();
  return page;
}

/** Opens a case in the desk by its reference (clicking its queue first). */
export async function openCaseInDesk(desk: Page, reference: string): Promise<void> {
  const button = desk.locator(`button[data-ref="${reference}"]`);
  for (let i = 0; i < 40 && !(await button.count()); i++) {
    for (const queue of await desk.locator('clearline-case-list button:not([data-ref])').all()) {
      await queue.click().catch(() => undefined);
      if (await button.count()) break;
    }
    if (!(await button.count())) await desk.waitForTimeout(250);
  }
  await button.click();
  await desk.locator('clearline-case-view h2', { hasText: reference }).waitFor();
}

export async function caseReference(c: CustomerPage): Promise<string> {
  const text = await c.panel.locator('.ref').innerText({ timeout: 20_000 });
  const match = /CL-[A-Z0-9-]+/.exec(text);
  if (!match) throw new Error(`no case reference in ${JSON.stringify(text)}`);
  return match[0];
}
