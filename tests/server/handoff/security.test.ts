import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, openBody, openCase, post, agent, bearer, uid, WIDGET_ORIGIN, type Harness } from './harness.ts';

let h: Harness;
before(async () => { h = await startHarness(); });
after(async () => { await h.close(); });

test('an allowed widget origin gets CORS headers', async () => {
  const res = await post(`${h.api}/cases`, openBody(), { origin: WIDGET_ORIGIN });
  assert.equal(res.status, 201);
  assert.equal(res.headers.get('access-control-allow-origin'), WIDGET_ORIGIN);
});

test('a preflight from an allowed origin lists the methods and headers', async () => {
  const res = await fetch(`${h.api}/cases`, { method: 'OPTIONS', headers: { origin: WIDGET_ORIGIN, 'access-control-request-method': 'POST' } });
  assert.equal(res.status, 204);
  assert.equal(res.headers.get('access-control-allow-origin'), WIDGET_ORIGIN);
  assert.match(res.headers.get('access-control-allow-headers') ?? '', /Authorization/);
  assert.match(res.headers.get('access-control-allow-methods') ?? '', /DELETE/);
});

test('a request from an origin outside the allowlist is refused with 403 and stores nothing', async () => {
  const body = openBody();
  const res = await post(`${h.api}/cases`, body, { origin: 'https://evil.example' });
  assert.equal(res.status, 403);
  assert.equal(res.headers.get('access-control-allow-origin'), null);
  assert.equal((await res.json() as any).error.code, 'origin_not_allowed');
  assert.equal((await post(`${h.api}/cases`, body)).status, 201, 'the same id was still free');
});

test('a preflight from an origin outside the allowlist is refused', async () => {
  const res = await fetch(`${h.api}/cases`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
  assert.equal(res.status, 403);
});

test('agent endpoints do not accept cross-origin calls even from widget origins', async () => {
  const res = await fetch(`${h.api}/agent/queues`, { headers: { ...agent, origin: WIDGET_ORIGIN } });
  assert.equal(res.status, 403);
});

test('agent endpoints without a token answer 401', async () => {
  const res = await fetch(`${h.api}/agent/cases`);
  assert.equal(res.status, 401);
  assert.equal((await res.json() as any).error.field, 'authorization');
});

test('agent endpoints with a wrong token answer 403', async () => {
  const res = await fetch(`${h.api}/agent/cases`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } });
  assert.equal(res.status, 403);
});

test('customer endpoints without the case secret answer 401', async () => {
  const { reference } = await openCase(h);
  assert.equal((await post(`${h.api}/cases/${reference}/messages`, { id: uid(), text: 'x' })).status, 401);
});

test('another case\'s secret does not open a case', async () => {
  const a = await openCase(h);
  const b = await openCase(h);
  const res = await fetch(`${h.api}/cases/${a.reference}`, { method: 'DELETE', headers: bearer(b.caseSecret) });
  assert.equal(res.status, 404);
  assert.equal((await fetch(`${h.api}/agent/cases/${a.reference}`, { headers: agent })).status, 200);
});

test('the agent token does not work as a case secret', async () => {
  const { reference } = await openCase(h);
  assert.equal((await fetch(`${h.api}/cases/${reference}`, { headers: agent })).status, 404);
});

test('a message with unscrubbed personal data is refused with 422 naming the field, logged without the text, and not stored', async () => {
  const { reference, caseSecret } = await openCase(h);
  const secretText = 'call me on +44 7700 900123 or jane.doe@example.com';
  const res = await post(`${h.api}/cases/${reference}/messages`, { id: uid(), text: secretText }, bearer(caseSecret));
  assert.equal(res.status, 422);
  const json = await res.json() as any;
  assert.equal(json.error.code, 'personal_data_detected');
  assert.equal(json.error.field, 'text');
  assert.ok(h.logs.some((l) => l.includes('personal data') && l.includes(reference)));
  assert.ok(h.logs.every((l) => !l.includes('7700') && !l.includes('jane.doe')));
  const detail = await (await fetch(`${h.api}/agent/cases/${reference}`, { headers: agent })).json() as any;
  assert.equal(detail.case.messages.length, 1);
  const files = readdirSync(h.dataDir).filter((f) => f.startsWith('handoff.sqlite'));
  for (const f of files) assert.equal(readFileSync(join(h.dataDir, f)).includes('jane.doe'), false, f);
});

test('an open request with personal data in an earlier message is refused and no case is created', async () => {
  const body = openBody({ messages: [{ id: uid(), text: 'I am fine' }, { id: uid(), text: 'my email is jane.doe@example.com' }] });
  const res = await post(`${h.api}/cases`, body);
  assert.equal(res.status, 422);
  assert.equal((await res.json() as any).error.field, 'messages[1].text');
  const list = await (await fetch(`${h.api}/agent/cases?status=all`, { headers: agent })).json() as any;
  assert.equal(list.cases.some((c: any) => c.lastMessage?.includes('jane')), false);
});

test('scrubbed placeholders pass the second-line check', async () => {
  const { reference, caseSecret } = await openCase(h);
  const res = await post(`${h.api}/cases/${reference}/messages`, { id: uid(), text: 'My number is [PHONE_1], email [EMAIL_1], card [CREDIT_CARD_1].' }, bearer(caseSecret));
  assert.equal(res.status, 201);
});

test('message text is stored and returned as JSON text, never as HTML', async () => {
  const { reference, caseSecret } = await openCase(h);
  const text = '<img src=x onerror=alert(1)>';
  await post(`${h.api}/cases/${reference}/messages`, { id: uid(), text }, bearer(caseSecret));
  const res = await fetch(`${h.api}/agent/cases/${reference}`, { headers: agent });
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const detail = await res.json() as any;
  assert.equal(detail.case.messages.at(-1).text, text);
});

test('the case secret is accepted in the query only on the stream endpoints, for native EventSource', async () => {
  const { reference, caseSecret } = await openCase(h);
  const poll = await fetch(`${h.api}/cases/${reference}/poll?after=0&timeout=0&secret=${encodeURIComponent(caseSecret)}`);
  assert.equal(poll.status, 200);
  const status = await fetch(`${h.api}/cases/${reference}?secret=${encodeURIComponent(caseSecret)}`);
  assert.equal(status.status, 401);
});
