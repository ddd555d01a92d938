/**
 * HandoffClient against the real handoff server (in-process, ephemeral port), with faults injected
 * by a proxy: server down, 5xx, slow answers, SSE blocked, connections cut, and page reloads
 * (a new client over the same storage).
 */
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HandoffClient, DeliveryChangeEvent, type DeliveryChange, type OpenCasePayload } from '../../../widget/src/handoff/index.ts';
import type { HandoffEvent } from '../../../core/handoff/index.ts';
import { startHarness, agent, post, type Harness } from '../../server/handoff/harness.ts';
import { startFaultProxy, type FaultProxy } from './fault-proxy.ts';
import { MemoryStorage } from './memory-storage.ts';

const FAST = { baseMs: 20, maxMs: 200 };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => { for (const c of cleanups.splice(0).reverse()) await c(); });

async function setup(): Promise<{ h: Harness; proxy: FaultProxy }> {
  const h = await startHarness();
  const proxy = await startFaultProxy(Number(new URL(h.url).port));
  cleanups.push(() => h.close(), () => proxy.close());
  return { h, proxy };
}

function client(baseUrl: string, storage: Storage = new MemoryStorage(), extra: Partial<ConstructorParameters<typeof HandoffClient>[0]> = {}): HandoffClient {
  const c = new HandoffClient({ baseUrl: `${baseUrl}/api`, storage, backoff: FAST, requestTimeoutMs: 1000, pollSeconds: 1, ...extra });
  cleanups.push(() => c.dispose());
  return c;
}

const payload = (text = 'My bill is wrong, account [ACCOUNT_NUMBER_1].'): OpenCasePayload => ({
  messages: [{ id: `open-${Math.random().toString(36).slice(2)}`, text }],
  decision: { rule: 'billing-handoff', explanation: 'Billing disputes go to a person.', intent: 'billing_dispute', confidence: 0.9 },
  queue: 'billing', priority: 'normal', locale: 'en-GB', page: { path: '/bill' },
});

async function serverMessages(h: Harness, reference: string): Promise<{ id: string; text: string }[]> {
  const res = await fetch(`${h.api}/agent/cases/${reference}`, { headers: agent });
  return ((await res.json()) as { case: { messages: { id: string; text: string; author: string }[] } }).case.messages.filter((m) => m.author === 'customer');
}

function changes(c: HandoffClient): DeliveryChange[] {
  const out: DeliveryChange[] = [];
  c.addEventListener(DeliveryChangeEvent.eventName, (e) => out.push((e as DeliveryChangeEvent).change));
  return out;
}

async function until(check: () => boolean | Promise<boolean>, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('messages go queued, sending, sent and reach the server once, in order', async () => {
  const { h } = await setup();
  const c = client(h.url);
  const log = changes(c);
  const { reference } = await c.openCase(payload());
  await Promise.all(['a', 'b', 'c'].map((x) => c.send({ id: `msg-${x}`, text: `text ${x}` })));
  const ids = (await serverMessages(h, reference)).map((m) => m.id);
  assert.deepEqual(ids.slice(1), ['msg-a', 'msg-b', 'msg-c']);
  assert.deepEqual(log.filter((x) => x.id === 'msg-b').map((x) => x.state), ['queued', 'sending', 'sent']);
  assert.ok(c.messages.every((m) => m.state === 'sent'));
});

test('while the server is down messages stay queued and retrying, then go out exactly once, in order, when it is back', async () => {
  const { h, proxy } = await setup();
  const c = client(proxy.url);
  const log = changes(c);
  const { reference } = await c.openCase(payload());
  proxy.mode = 'down';
  const sends = Array.from({ length: 5 }, (_, i) => c.send({ id: `down-${i}`, text: `while down ${i}` }));
  await until(() => log.some((x) => x.id === 'down-0' && x.state === 'queued' && x.retrying));
  await new Promise((r) => setTimeout(r, 300));
  assert.ok(c.messages.filter((m) => m.id.startsWith('down-')).every((m) => m.state === 'queued' || m.state === 'sending'));
  proxy.mode = 'pass';
  await Promise.all(sends);
  assert.deepEqual((await serverMessages(h, reference)).slice(1).map((m) => m.id), ['down-0', 'down-1', 'down-2', 'down-3', 'down-4']);
});

test('503 answers are retried with backoff until the server accepts the message', async () => {
  const { h, proxy } = await setup();
  const c = client(proxy.url);
  const log = changes(c);
  const { reference } = await c.openCase(payload());
  proxy.mode = 'error-503';
  const sent = c.send({ id: 'after-503', text: 'try again' });
  await until(() => log.filter((x) => x.id === 'after-503' && x.retrying).length >= 2);
  assert.equal(log.find((x) => x.retrying)!.error!.status, 503);
  proxy.mode = 'pass';
  await sent;
  assert.equal((await serverMessages(h, reference)).filter((m) => m.id === 'after-503').length, 1);
});

test('a slow server that stores the message after the client gave up still ends with one copy', async () => {
  const { h, proxy } = await setup();
  const c = client(proxy.url, new MemoryStorage(), { requestTimeoutMs: 300 });
  const { reference } = await c.openCase(payload());
  proxy.mode = 'slow';
  proxy.slowMs = 600;
  const sent = c.send({ id: 'slow-1', text: 'are you there?' });
  await until(() => proxy.seen.filter((r) => r.method === 'POST' && r.path.endsWith('/messages')).length >= 2);
  proxy.mode = 'pass';
  await sent;
  assert.equal((await serverMessages(h, reference)).filter((m) => m.id === 'slow-1').length, 1);
});

test('a server stopped and restarted mid-conversation receives every queued message once, in order', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'handoff-restart-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  let h = await startHarness({ dataDir });
  const port = Number(new URL(h.url).port);
  const c = client(h.url);
  const { reference } = await c.openCase(payload());
  await c.send({ id: 'before-stop', text: 'first' });
  await h.close();
  const sends = [c.send({ id: 'during-1', text: 'second' }), c.send({ id: 'during-2', text: 'third' })];
  await new Promise((r) => setTimeout(r, 300));
  h = await startHarness({ dataDir, port });
  cleanups.push(() => h.close());
  await Promise.all(sends);
  assert.deepEqual((await serverMessages(h, reference)).slice(1).map((m) => m.id), ['before-stop', 'during-1', 'during-2']);
});

test('after a reload a new client resumes the stored queue and delivers it', async () => {
  const { h, proxy } = await setup();
  const storage = new MemoryStorage();
  const first = client(proxy.url, storage);
  const { reference } = await first.openCase(payload());
  proxy.mode = 'down';
  void first.send({ id: 'r-1', text: 'one' }).catch(() => {});
  void first.send({ id: 'r-2', text: 'two' }).catch(() => {});
  await new Promise((r) => setTimeout(r, 100));
  first.dispose();
  const stored = storage.getItem(`clearline-handoff/1 ${proxy.url}/api`)!;
  assert.match(stored, /"r-2"/);
  proxy.mode = 'pass';
  const second = client(proxy.url, storage);
  assert.equal(second.reference, reference);
  await until(() => second.messages.filter((m) => m.id.startsWith('r-')).every((m) => m.state === 'sent'));
  assert.deepEqual((await serverMessages(h, reference)).slice(1).map((m) => m.id), ['r-1', 'r-2']);
});

test('an open request queued before a reload is delivered by the next client', async () => {
  const { h, proxy } = await setup();
  const storage = new MemoryStorage();
  proxy.mode = 'down';
  const first = client(proxy.url, storage);
  void first.openCase(payload('queued before reload')).catch(() => {});
  await new Promise((r) => setTimeout(r, 100));
  first.dispose();
  proxy.mode = 'pass';
  const second = client(proxy.url, storage);
  await until(() => second.reference !== null);
  assert.equal((await serverMessages(h, second.reference!))[0]!.text, 'queued before reload');
});

test('sent messages keep no text in storage; unsent ones keep only the scrubbed text', async () => {
  const { proxy } = await setup();
  const storage = new MemoryStorage();
  const c = client(proxy.url, storage);
  await c.openCase(payload('already sent [PHONE_1]'));
  proxy.mode = 'down';
  void c.send({ id: 'u-1', text: 'not yet [EMAIL_1]' }).catch(() => {});
  await new Promise((r) => setTimeout(r, 50));
  const stored = storage.getItem(`clearline-handoff/1 ${proxy.url}/api`)!;
  assert.equal(stored.includes('already sent'), false);
  assert.equal(stored.includes('not yet [EMAIL_1]'), true);
});

test('a message the server refuses as personal data is rejected, not retried, and the next one still goes', async () => {
  const { h } = await setup();
  const c = client(h.url);
  const log = changes(c);
  const { reference } = await c.openCase(payload());
  await assert.rejects(c.send({ id: 'pii', text: 'write to jane.doe@example.com' }));
  await c.send({ id: 'clean', text: 'write to [EMAIL_1]' });
  const rejected = log.find((x) => x.id === 'pii' && x.state === 'rejected')!;
  assert.deepEqual(rejected.error, { status: 422, code: 'personal_data_detected', field: 'text' });
  assert.deepEqual((await serverMessages(h, reference)).slice(1).map((m) => m.id), ['clean']);
});

test('agent events arrive once each across connection cuts and a reload', async () => {
  const { h, proxy } = await setup();
  const storage = new MemoryStorage();
  const c = client(proxy.url, storage);
  const got: HandoffEvent[] = [];
  c.onAgentEvent((e) => got.push(e));
  const { reference } = await c.openCase(payload());
  for (let i = 0; i < 6; i++) {
    await post(`${h.api}/agent/cases/${reference}/replies`, { id: `rep-${i}`, text: `reply ${i}` }, agent);
    if (i === 2) proxy.cutConnections();
  }
  await until(() => got.length >= 6);
  c.dispose();
  await post(`${h.api}/agent/cases/${reference}/replies`, { id: 'rep-6', text: 'after reload' }, agent);
  const again = client(proxy.url, storage);
  const later: HandoffEvent[] = [];
  again.onAgentEvent((e) => later.push(e));
  await until(() => later.length >= 1);
  await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(got.map((e) => e.data.id), ['rep-0', 'rep-1', 'rep-2', 'rep-3', 'rep-4', 'rep-5']);
  assert.deepEqual(later.map((e) => e.data.id), ['rep-6']);
});

test('when SSE is blocked the client falls back to long polling and still gets every reply', async () => {
  const { h, proxy } = await setup();
  proxy.blockSse = true;
  const c = client(proxy.url);
  const got: HandoffEvent[] = [];
  c.onAgentEvent((e) => got.push(e));
  const { reference } = await c.openCase(payload());
  await until(() => c.transport === 'poll');
  await post(`${h.api}/agent/cases/${reference}/join`, { agent: 'Kim' }, agent);
  await post(`${h.api}/agent/cases/${reference}/replies`, { id: 'poll-1', text: 'polled' }, agent);
  await until(() => got.length >= 2);
  assert.deepEqual(got.map((e) => e.type), ['agent-joined', 'agent-reply']);
});

test('erase deletes the server copy, reports it, drops unsent messages and clears storage', async () => {
  const { h } = await setup();
  const storage = new MemoryStorage();
  const c = client(h.url, storage);
  const { reference } = await c.openCase(payload());
  await c.send({ id: 'e-1', text: 'one' });
  const result = await c.erase();
  assert.equal(result.reference, reference);
  assert.deepEqual(result.deleted, { case: true, messages: 2, events: 2 });
  assert.equal(storage.length, 0);
  assert.equal(c.reference, null);
  assert.equal((await fetch(`${h.api}/agent/cases/${reference}`, { headers: agent })).status, 404);
});

test('a bad message is refused before it is queued, naming the field', async () => {
  const { h } = await setup();
  const c = client(h.url);
  await c.openCase(payload());
  await assert.rejects(c.send({ id: 'has space', text: 'x' }), /id/);
  await assert.rejects(c.send({ id: 'ok', text: '' }), /text/);
  assert.equal(c.messages.length, 1);
});

test('the constructor refuses a base URL that is not http(s) or an absolute path', () => {
  assert.throws(() => new HandoffClient({ baseUrl: 'javascript:alert(1)', storage: null }), /baseUrl/);
});

test('delivery changes carry the time from the injected clock', async () => {
  const { h } = await setup();
  const c = client(h.url, new MemoryStorage(), { now: () => 1_700_000_000_000 });
  const log = changes(c);
  await c.openCase(payload());
  assert.ok(log.length > 0 && log.every((x) => x.at === 1_700_000_000_000));
});

test('erasing while the open request is unacknowledged still deletes the case the server may have created', async () => {
  const { h, proxy } = await setup();
  const c = client(proxy.url, new MemoryStorage(), { requestTimeoutMs: 300 });
  proxy.mode = 'slow';
  proxy.slowMs = 600;
  void c.openCase(payload('open that times out')).catch(() => {});
  await until(() => proxy.seen.some((r) => r.method === 'POST' && r.path.endsWith('/cases')));
  await new Promise((r) => setTimeout(r, 700));
  proxy.mode = 'pass';
  const result = await c.erase();
  assert.equal(result.deleted.case, true);
  const list = await (await fetch(`${h.api}/agent/cases?status=all`, { headers: agent })).json() as { cases: unknown[] };
  assert.equal(list.cases.length, 0);
});

test('when erasure cannot reach the server nothing more is sent, even after a reload, and erase can be retried', async () => {
  const { h, proxy } = await setup();
  const storage = new MemoryStorage();
  const c = client(proxy.url, storage);
  const { reference } = await c.openCase(payload());
  proxy.mode = 'down';
  void c.send({ id: 'never', text: 'do not send me' }).catch(() => {});
  await assert.rejects(c.erase(), /try again/);
  c.dispose();
  proxy.mode = 'pass';
  const again = client(proxy.url, storage);
  await assert.rejects(again.send({ id: 'later', text: 'nope' }), /erased/);
  const result = await again.erase();
  assert.equal(result.reference, reference);
  assert.equal(result.deleted.case, true);
  assert.equal(proxy.seen.some((r) => r.method === 'POST' && r.path.endsWith('/messages')), false);
  assert.equal((await fetch(`${h.api}/agent/cases/${reference}`, { headers: agent })).status, 404);
});
