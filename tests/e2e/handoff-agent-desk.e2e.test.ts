/**
 * The agent desk as an agent uses it: the built desk (dist/agent/, from `npm run build`) served by
 * the one server, in Chromium, against the real handoff API and SQLite store.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromePath, CHROMIUM_ARGS } from '../../scripts/chrome.ts';
import { startServer } from '../../server/app.ts';

const TOKEN = 'e2e-agent-token-0123456789abcdef';
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let dataDir: string;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'handoff-desk-e2e-'));
  server = await startServer({ port: 0, dataDir, agentToken: TOKEN, distDir: 'dist', log: () => {} });
  browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROMIUM_ARGS], headless: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

let n = 0;
async function openCase(text: string, priority: 'low' | 'normal' | 'high' | 'urgent', queue = 'billing'): Promise<{ reference: string; caseSecret: string }> {
  n += 1;
  const res = await fetch(`${server.url}/api/handoff/v1/cases`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: `e2e-case-${n}-${Date.now()}`, messages: [{ id: `e2e-m-${n}`, text }],
      decision: { rule: 'bill-dispute', explanation: 'Disputed charges go to a person.', intent: 'billing_dispute', confidence: 0.91 },
      queue, priority, locale: 'en-GB', page: { path: '/account/bill' },
    }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as { reference: string; caseSecret: string };
}

async function customerEvents(kase: { reference: string; caseSecret: string }): Promise<{ type: string; data: Record<string, unknown> }[]> {
  const res = await fetch(`${server.url}/api/handoff/v1/cases/${kase.reference}/poll?after=0&timeout=0`, { headers: { authorization: `Bearer ${kase.caseSecret}` } });
  return ((await res.json()) as { events: { type: string; data: Record<string, unknown> }[] }).events;
}

async function signedIn(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/agent/#token=${TOKEN}`);
  await page.locator('clearline-case-list').waitFor();
  return page;
}

test('the desk takes the token from the fragment and removes it from the address bar', async () => {
  const page = await signedIn();
  assert.equal(new URL(page.url()).hash, '');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('clearline-agent-token')), TOKEN);
  await page.close();
});

test('without a token the desk asks for one and refuses a wrong one', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/agent/`);
  await page.getByLabel('Agent token').fill('not-the-right-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'not accepted' }).waitFor();
  await page.getByLabel('Agent token').fill(TOKEN);
  await page.getByLabel('Your name, shown to customers').fill('Robin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('clearline-case-list').waitFor();
  await page.close();
});

test('cases are listed most urgent first and a case shows exactly what the server received', async () => {
  const normal = await openCase('I was charged twice, card ending [CREDIT_CARD_1].', 'normal', 'disputes');
  const urgent = await openCase('Someone else is using my line [PHONE_1]!', 'urgent', 'disputes');
  const page = await signedIn();
  await page.getByRole('button', { name: /^disputes/ }).click();
  const refs = await page.locator('clearline-case-list button[data-ref]').evaluateAll((els) => els.map((e) => e.getAttribute('data-ref')));
  assert.deepEqual(refs, [urgent.reference, normal.reference]);
  await page.locator(`button[data-ref="${normal.reference}"]`).click();
  const view = page.locator('clearline-case-view');
  await view.locator('li.customer', { hasText: 'I was charged twice, card ending [CREDIT_CARD_1].' }).waitFor();
  const received = view.locator('dl');
  await received.locator('dd', { hasText: 'Disputed charges go to a person.' }).waitFor();
  await received.locator('dd', { hasText: 'bill-dispute' }).waitFor();
  await received.locator('dd', { hasText: 'billing_dispute (91 %)' }).waitFor();
  const raw = JSON.parse(await received.locator('pre').textContent() ?? '{}') as { messages: { text: string }[] };
  assert.equal(raw.messages[0]!.text, 'I was charged twice, card ending [CREDIT_CARD_1].');
  await page.close();
});

test('an agent joins and replies from the keyboard and the customer receives both events', async () => {
  const kase = await openCase('My roaming does not work.', 'high', 'keyboard');
  const page = await signedIn();
  await page.getByRole('button', { name: /^keyboard/ }).click();
  await page.locator(`button[data-ref="${kase.reference}"]`).focus();
  await page.keyboard.press('Enter');
  await page.locator('clearline-case-view h2', { hasText: kase.reference }).waitFor();
  await page.getByLabel('Reply to the customer').fill('Hello, I am looking into it.');
  await page.keyboard.press('Enter');
  await page.locator('clearline-case-view li.agent', { hasText: 'Hello, I am looking into it.' }).waitFor();
  const events = await customerEvents(kase);
  assert.deepEqual(events.map((e) => e.type), ['agent-joined', 'agent-reply']);
  assert.equal(events[1]!.data.text, 'Hello, I am looking into it.');
  await page.close();
});

test('a customer message appears on the open case live, as text and never as HTML', async () => {
  const kase = await openCase('First message.', 'normal', 'live');
  const page = await signedIn();
  await page.getByRole('button', { name: /^live/ }).click();
  await page.locator(`button[data-ref="${kase.reference}"]`).click();
  await page.locator('clearline-case-view li.customer', { hasText: 'First message.' }).waitFor();
  const hostile = '<img src=x onerror="document.title=\'pwned\'"> [PERSON_1]';
  const res = await fetch(`${server.url}/api/handoff/v1/cases/${kase.reference}/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${kase.caseSecret}` },
    body: JSON.stringify({ id: 'live-2', text: hostile }),
  });
  assert.equal(res.status, 201);
  await page.locator('clearline-case-view li.customer', { hasText: hostile }).waitFor();
  assert.equal(await page.locator('clearline-case-view img').count(), 0);
  assert.notEqual(await page.title(), 'pwned');
  await page.close();
});

test('closing a case from the desk tells the customer and removes it from the open list', async () => {
  const kase = await openCase('Please cancel my contract.', 'low', 'closing');
  const page = await signedIn();
  await page.getByRole('button', { name: /^closing/ }).click();
  await page.locator(`button[data-ref="${kase.reference}"]`).click();
  await page.getByRole('button', { name: 'Close case' }).click();
  await page.locator(`button[data-ref="${kase.reference}"]`).waitFor({ state: 'detached' });
  assert.deepEqual((await customerEvents(kase)).map((e) => e.type), ['case-closed']);
  await page.close();
});

test('a new case arriving live is marked as new in the list and counted in the tab title', async () => {
  const page = await signedIn();
  await page.locator('.live', { hasText: 'live' }).waitFor();
  const kase = await openCase('Arrived while the desk was open.', 'normal', 'arrivals');
  await page.locator(`button[data-ref="${kase.reference}"] .dot`).waitFor();
  await page.waitForFunction(() => document.title.startsWith('(1) '));
  await page.locator(`button[data-ref="${kase.reference}"]`).click();
  await page.waitForFunction(() => document.title === 'Clearline agent desk');
  await page.close();
});
