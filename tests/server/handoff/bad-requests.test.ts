import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openBody, openCase, post, agent, bearer, uid, type Harness } from './harness.ts';

let h: Harness;
before(async () => { h = await startHarness({ limits: { maxBodyBytes: 8 * 1024 } }); });
after(async () => { await h.close(); });

async function expectError(res: Response, status: number, code: string, field: string | null): Promise<void> {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const json = await res.json() as { error: { code: string; message: string; field: string | null } };
  assert.equal(json.error.code, code);
  assert.equal(json.error.field, field);
  assert.ok(json.error.message.length > 0);
}

test('a body that is not JSON is a 400 invalid_json', async () => {
  await expectError(await post(`${h.api}/cases`, '{"id": '), 400, 'invalid_json', 'body');
});

test('a JSON array instead of an object is refused naming the body', async () => {
  await expectError(await post(`${h.api}/cases`, '[]'), 400, 'not_an_object', 'body');
});

test('a body over the size limit is a 413', async () => {
  await expectError(await post(`${h.api}/cases`, { ...openBody(), page: { path: 'x'.repeat(9000) } }), 413, 'body_too_large', 'body');
});

test('a body that is not declared as JSON is a 415', async () => {
  const res = await fetch(`${h.api}/cases`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(openBody()) });
  await expectError(res, 415, 'unsupported_media_type', 'content-type');
});

test('an unknown top-level field is refused naming that field', async () => {
  await expectError(await post(`${h.api}/cases`, { ...openBody(), email: 'x' }), 400, 'unknown_field', 'email');
});

test('an unknown nested field is refused with its path', async () => {
  const body = openBody();
  await expectError(await post(`${h.api}/cases`, { ...body, messages: [{ ...body.messages[0], raw: 'x' }] }), 400, 'unknown_field', 'messages[0].raw');
});

test('a missing case id is refused naming id', async () => {
  const { id: _id, ...rest } = openBody();
  await expectError(await post(`${h.api}/cases`, rest), 400, 'missing_field', 'id');
});

test('a message without an id is refused naming id', async () => {
  const { reference, caseSecret } = await openCase(h);
  await expectError(await post(`${h.api}/cases/${reference}/messages`, { text: 'hi' }, bearer(caseSecret)), 400, 'missing_field', 'id');
});

test('a message id with forbidden characters is refused', async () => {
  const { reference, caseSecret } = await openCase(h);
  await expectError(await post(`${h.api}/cases/${reference}/messages`, { id: '../x', text: 'hi' }, bearer(caseSecret)), 400, 'invalid_value', 'id');
});

test('a wrong type is refused naming the field', async () => {
  await expectError(await post(`${h.api}/cases`, { ...openBody(), priority: 3 }), 400, 'wrong_type', 'priority');
});

test('a priority outside the list is refused and the message lists the valid values', async () => {
  const res = await post(`${h.api}/cases`, { ...openBody(), priority: 'asap' });
  assert.equal(res.status, 400);
  const json = await res.json() as any;
  assert.equal(json.error.field, 'priority');
  assert.match(json.error.message, /low, normal, high, urgent/);
});

test('an empty message text is refused', async () => {
  const { reference, caseSecret } = await openCase(h);
  await expectError(await post(`${h.api}/cases/${reference}/messages`, { id: uid(), text: '   ' }, bearer(caseSecret)), 400, 'empty', 'text');
});

test('an over-long message text is refused as too_long', async () => {
  const { reference, caseSecret } = await openCase(h);
  await expectError(await post(`${h.api}/cases/${reference}/messages`, { id: uid(), text: 'a'.repeat(4001) }, bearer(caseSecret)), 400, 'too_long', 'text');
});

test('a confidence outside 0..1 is refused', async () => {
  const body = openBody();
  await expectError(await post(`${h.api}/cases`, { ...body, decision: { ...body.decision, confidence: 1.5 } }), 400, 'invalid_value', 'decision.confidence');
});

test('an open with no messages is refused', async () => {
  await expectError(await post(`${h.api}/cases`, { ...openBody(), messages: [] }), 400, 'empty', 'messages');
});

test('an unknown path under the API is a JSON 404', async () => {
  await expectError(await fetch(`${h.api}/nothing-here`), 404, 'not_found', 'path');
});

test('a wrong method is a 405 that names the allowed ones', async () => {
  const res = await fetch(`${h.api}/cases`, { method: 'GET' });
  assert.equal(res.headers.get('allow'), 'POST');
  await expectError(res, 405, 'method_not_allowed', 'method');
});

test('a malformed Last-Event-ID is refused', async () => {
  const { reference, caseSecret } = await openCase(h);
  await expectError(await fetch(`${h.api}/cases/${reference}/poll?timeout=0`, { headers: { ...bearer(caseSecret), 'last-event-id': 'abc' } }), 400, 'invalid_value', 'Last-Event-ID');
});

test('a malformed case reference is a 404 without revealing anything', async () => {
  await expectError(await fetch(`${h.api}/agent/cases/<script>`, { headers: agent }), 404, 'case_not_found', 'reference');
});
