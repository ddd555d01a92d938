import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openBody, openCase, post, agent, bearer, uid, type Harness } from './harness.ts';
import { isCaseReference, PROTOCOL_VERSION } from '../../../core/handoff/index.ts';

let h: Harness;
before(async () => { h = await startHarness(); });
after(async () => { await h.close(); });

test('opening a case returns a readable reference, a case secret and the protocol version', async () => {
  const res = await post(`${h.api}/cases`, openBody());
  assert.equal(res.status, 201);
  const json = await res.json() as Record<string, unknown>;
  assert.equal(json.protocol, PROTOCOL_VERSION);
  assert.ok(isCaseReference(json.reference), String(json.reference));
  assert.equal(typeof json.caseSecret, 'string');
  assert.ok((json.caseSecret as string).length >= 40);
  assert.equal(json.status, 'waiting');
});

test('the desk sees exactly what the server received: scrubbed text, intent, rule and explanation', async () => {
  const body = openBody();
  const { reference } = await openCase(h, body);
  const res = await fetch(`${h.api}/agent/cases/${reference}`, { headers: agent });
  assert.equal(res.status, 200);
  const { case: detail } = await res.json() as { case: Record<string, any> };
  assert.equal(detail.messages[0].text, body.messages[0]!.text);
  assert.equal(detail.intent, 'roaming_issue');
  assert.equal(detail.rule, 'roaming-escalate');
  assert.equal(detail.explanation, body.decision.explanation);
  assert.equal(detail.confidence, 0.82);
  assert.deepEqual(JSON.parse(detail.received), body);
  assert.equal(detail.received.includes('caseSecret'), false);
});

test('retrying the same open returns the same case and secret without creating another', async () => {
  const body = openBody();
  const first = await (await post(`${h.api}/cases`, body)).json() as Record<string, unknown>;
  const again = await post(`${h.api}/cases`, body);
  assert.equal(again.status, 200);
  const second = await again.json() as Record<string, unknown>;
  assert.equal(second.reference, first.reference);
  assert.equal(second.caseSecret, first.caseSecret);
  assert.equal(second.created, false);
});

test('reusing a case id with a different body is a 409 conflict naming the id', async () => {
  const body = openBody();
  await post(`${h.api}/cases`, body);
  const res = await post(`${h.api}/cases`, { ...body, queue: 'billing' });
  assert.equal(res.status, 409);
  assert.deepEqual((await res.json() as any).error.field, 'id');
});

test('a retried message is stored once and acknowledged as a duplicate', async () => {
  const { reference, caseSecret } = await openCase(h);
  const msg = { id: uid(), text: 'Still no data, [PERSON_1] here.' };
  const first = await post(`${h.api}/cases/${reference}/messages`, msg, bearer(caseSecret));
  const second = await post(`${h.api}/cases/${reference}/messages`, msg, bearer(caseSecret));
  assert.equal(first.status, 201);
  assert.equal(second.status, 200);
  const a = await first.json() as any; const b = await second.json() as any;
  assert.equal(a.seq, b.seq);
  assert.equal(b.duplicate, true);
  const detail = await (await fetch(`${h.api}/agent/cases/${reference}`, { headers: agent })).json() as any;
  assert.equal(detail.case.messages.filter((m: any) => m.id === msg.id).length, 1);
});

test('the same message id with a different text is a 409 conflict', async () => {
  const { reference, caseSecret } = await openCase(h);
  const id = uid();
  await post(`${h.api}/cases/${reference}/messages`, { id, text: 'first' }, bearer(caseSecret));
  const res = await post(`${h.api}/cases/${reference}/messages`, { id, text: 'second' }, bearer(caseSecret));
  assert.equal(res.status, 409);
  assert.equal((await res.json() as any).error.code, 'id_conflict');
});

test('messages keep the order in which they were acknowledged', async () => {
  const { reference, caseSecret, body } = await openCase(h);
  const ids = Array.from({ length: 10 }, () => uid());
  for (const [i, id] of ids.entries()) {
    const res = await post(`${h.api}/cases/${reference}/messages`, { id, text: `message ${i}` }, bearer(caseSecret));
    assert.equal((await res.json() as any).seq, i + 2);
  }
  const status = await (await fetch(`${h.api}/cases/${reference}`, { headers: bearer(caseSecret) })).json() as any;
  assert.deepEqual(status.messageIds, [body.messages[0]!.id, ...ids]);
});

test('an agent can join, reply, leave and close, and each step reaches the customer as an event', async () => {
  const { reference, caseSecret } = await openCase(h);
  assert.equal((await post(`${h.api}/agent/cases/${reference}/join`, { agent: 'Sam' }, agent)).status, 200);
  assert.equal((await post(`${h.api}/agent/cases/${reference}/replies`, { id: uid('r'), text: 'Hello, I can help.' }, agent)).status, 201);
  assert.equal((await post(`${h.api}/agent/cases/${reference}/leave`, {}, agent)).status, 200);
  assert.equal((await post(`${h.api}/agent/cases/${reference}/close`, {}, agent)).status, 200);
  const poll = await (await fetch(`${h.api}/cases/${reference}/poll?after=0&timeout=0`, { headers: bearer(caseSecret) })).json() as any;
  assert.deepEqual(poll.events.map((e: any) => e.type), ['agent-joined', 'agent-reply', 'agent-left', 'case-closed']);
  assert.equal(poll.events[1].data.text, 'Hello, I can help.');
  assert.equal(poll.events[1].data.agent, 'Sam');
  assert.equal(poll.status, 'closed');
});

test('a closed case refuses new customer messages with 409', async () => {
  const { reference, caseSecret } = await openCase(h);
  await post(`${h.api}/agent/cases/${reference}/close`, {}, agent);
  const res = await post(`${h.api}/cases/${reference}/messages`, { id: uid(), text: 'hello?' }, bearer(caseSecret));
  assert.equal(res.status, 409);
  assert.equal((await res.json() as any).error.code, 'case_closed');
});

test('erasing a case deletes it with its messages and events and says what was deleted', async () => {
  const { reference, caseSecret } = await openCase(h);
  await post(`${h.api}/cases/${reference}/messages`, { id: uid(), text: 'second' }, bearer(caseSecret));
  await post(`${h.api}/agent/cases/${reference}/join`, {}, agent);
  const res = await fetch(`${h.api}/cases/${reference}`, { method: 'DELETE', headers: bearer(caseSecret) });
  assert.equal(res.status, 200);
  const json = await res.json() as any;
  assert.deepEqual(json.deleted, { case: true, messages: 2, events: 3 }); // opened, customer-message, agent-joined
  assert.equal(json.reference, reference);
  assert.equal((await fetch(`${h.api}/agent/cases/${reference}`, { headers: agent })).status, 404);
  assert.equal((await fetch(`${h.api}/cases/${reference}`, { headers: bearer(caseSecret) })).status, 404);
});

test('the desk lists open cases most urgent first and counts them per queue', async () => {
  const low = await openCase(h, openBody({ queue: 'sorting', priority: 'low' }));
  const urgent = await openCase(h, openBody({ queue: 'sorting', priority: 'urgent' }));
  const normal = await openCase(h, openBody({ queue: 'sorting', priority: 'normal' }));
  const list = await (await fetch(`${h.api}/agent/cases?queue=sorting`, { headers: agent })).json() as any;
  assert.deepEqual(list.cases.map((c: any) => c.reference), [urgent.reference, normal.reference, low.reference]);
  const queues = await (await fetch(`${h.api}/agent/queues`, { headers: agent })).json() as any;
  const sorting = queues.queues.find((q: any) => q.queue === 'sorting');
  assert.deepEqual(sorting.byPriority, { urgent: 1, high: 0, normal: 1, low: 1 });
  assert.equal(sorting.waiting, 3);
});
