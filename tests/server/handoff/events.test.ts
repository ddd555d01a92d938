import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openCase, post, agent, bearer, uid, type Harness } from './harness.ts';
import { readEventStream, type ParsedSseEvent } from '../../../core/handoff/index.ts';

let h: Harness;
before(async () => { h = await startHarness(); });
after(async () => { await h.close(); });

/** Reads SSE events until `count` arrived, then aborts the connection. */
async function collect(url: string, headers: Record<string, string>, count: number, lastEventId?: string): Promise<ParsedSseEvent[]> {
  const out: ParsedSseEvent[] = [];
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  await readEventStream({
    url, headers, lastEventId, signal: controller.signal,
    onEvent: (e) => { out.push(e); if (out.length >= count) controller.abort(); },
  }).catch((error: Error) => { if (error.name !== 'AbortError') throw error; });
  clearTimeout(timer);
  return out;
}

test('the customer stream delivers agent events with increasing ids', async () => {
  const { reference, caseSecret } = await openCase(h);
  await post(`${h.api}/agent/cases/${reference}/join`, { agent: 'Ana' }, agent);
  await post(`${h.api}/agent/cases/${reference}/replies`, { id: uid('r'), text: 'Hi!' }, agent);
  const events = await collect(`${h.api}/cases/${reference}/events`, bearer(caseSecret), 2);
  assert.deepEqual(events.map((e) => e.event), ['agent-joined', 'agent-reply']);
  assert.ok(Number(events[1]!.id) > Number(events[0]!.id));
  assert.equal(JSON.parse(events[1]!.data).data.text, 'Hi!');
});

test('a stream resumed with Last-Event-ID gets only the events after it', async () => {
  const { reference, caseSecret } = await openCase(h);
  await post(`${h.api}/agent/cases/${reference}/join`, {}, agent);
  for (let i = 0; i < 3; i++) await post(`${h.api}/agent/cases/${reference}/replies`, { id: uid('r'), text: `reply ${i}` }, agent);
  const all = await collect(`${h.api}/cases/${reference}/events`, bearer(caseSecret), 4);
  const resumed = await collect(`${h.api}/cases/${reference}/events`, bearer(caseSecret), 2, all[1]!.id!);
  assert.deepEqual(resumed.map((e) => e.id), all.slice(2).map((e) => e.id));
});

test('an open stream receives a reply sent after it connected', async () => {
  const { reference, caseSecret } = await openCase(h);
  const pending = collect(`${h.api}/cases/${reference}/events`, bearer(caseSecret), 1);
  await new Promise((r) => setTimeout(r, 100));
  await post(`${h.api}/agent/cases/${reference}/replies`, { id: uid('r'), text: 'live' }, agent);
  const [event] = await pending;
  assert.equal(JSON.parse(event!.data).data.text, 'live');
});

test('the customer stream never carries the customer\'s own messages or desk-only events', async () => {
  const { reference, caseSecret } = await openCase(h);
  await post(`${h.api}/cases/${reference}/messages`, { id: uid(), text: 'mine' }, bearer(caseSecret));
  await post(`${h.api}/agent/cases/${reference}/close`, {}, agent);
  const events = await collect(`${h.api}/cases/${reference}/events`, bearer(caseSecret), 1);
  assert.deepEqual(events.map((e) => e.event), ['case-closed']);
});

test('a long poll waits for the next event and answers with it', async () => {
  const { reference, caseSecret } = await openCase(h);
  const started = Date.now();
  const pending = fetch(`${h.api}/cases/${reference}/poll?after=0&timeout=10`, { headers: bearer(caseSecret) });
  await new Promise((r) => setTimeout(r, 150));
  await post(`${h.api}/agent/cases/${reference}/replies`, { id: uid('r'), text: 'via poll' }, agent);
  const json = await (await pending).json() as any;
  assert.ok(Date.now() - started < 5000);
  assert.equal(json.events.length, 1);
  assert.equal(json.events[0].data.text, 'via poll');
  assert.equal(json.lastEventId, json.events[0].id);
});

test('a long poll after the last event id answers with nothing once its timeout passes', async () => {
  const { reference, caseSecret } = await openCase(h);
  await post(`${h.api}/agent/cases/${reference}/join`, {}, agent);
  const first = await (await fetch(`${h.api}/cases/${reference}/poll?after=0&timeout=0`, { headers: bearer(caseSecret) })).json() as any;
  const second = await (await fetch(`${h.api}/cases/${reference}/poll?after=${first.lastEventId}&timeout=1`, { headers: bearer(caseSecret) })).json() as any;
  assert.deepEqual(second.events, []);
  assert.equal(second.lastEventId, first.lastEventId);
});

test('the desk stream sees new cases and customer messages', async () => {
  const pending = collect(`${h.api}/agent/events`, agent, 2);
  await new Promise((r) => setTimeout(r, 100));
  const { reference, caseSecret } = await openCase(h);
  await post(`${h.api}/cases/${reference}/messages`, { id: uid(), text: 'more' }, bearer(caseSecret));
  const events = await pending;
  assert.deepEqual(events.map((e) => e.event), ['case-opened', 'customer-message']);
  assert.ok(events.every((e) => JSON.parse(e.data).reference === reference));
});

test('erasing a case ends its open customer stream', async () => {
  const { reference, caseSecret } = await openCase(h);
  const done = readEventStream({ url: `${h.api}/cases/${reference}/events`, headers: bearer(caseSecret), onEvent: () => {} });
  await new Promise((r) => setTimeout(r, 100));
  await fetch(`${h.api}/cases/${reference}`, { method: 'DELETE', headers: bearer(caseSecret) });
  await done;
});
