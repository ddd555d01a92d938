import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateOpenCase, validateMessage, validateJoin, validateEmpty, FIELD_LIMITS } from '../../../core/handoff/index.ts';

const valid = () => ({
  id: 'case-1',
  messages: [{ id: 'm-1', text: 'Hello [PERSON_1]' }],
  decision: { rule: 'r1', explanation: 'because', intent: 'billing_question', confidence: 0.5 },
  queue: 'billing', priority: 'normal', locale: 'en-GB', page: { path: '/bill' },
});

test('a complete open request is accepted as is', () => {
  const result = validateOpenCase(valid());
  assert.equal(result.ok, true);
  if (result.ok) assert.deepEqual(result.value, valid());
});

test('page context is optional and defaults to an empty object', () => {
  const { page: _p, ...rest } = valid();
  const result = validateOpenCase(rest);
  assert.ok(result.ok && Object.keys(result.value.page).length === 0);
});

test('null rule, intent and confidence are accepted for customer-initiated handoffs', () => {
  const body = { ...valid(), decision: { rule: null, explanation: '', intent: null, confidence: null } };
  assert.equal(validateOpenCase(body).ok, true);
});

test('duplicate message ids inside one open request are refused', () => {
  const body = { ...valid(), messages: [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }] };
  const result = validateOpenCase(body);
  assert.ok(!result.ok && result.error.field === 'messages[1].id');
});

test('too many messages in one open request are refused as too_many', () => {
  const messages = Array.from({ length: FIELD_LIMITS.openMessages + 1 }, (_, i) => ({ id: `m${i}`, text: 'x' }));
  const result = validateOpenCase({ ...valid(), messages });
  assert.ok(!result.ok && result.error.code === 'too_many');
});

test('a locale that is not a BCP 47 tag is refused', () => {
  const result = validateOpenCase({ ...valid(), locale: 'english please' });
  assert.ok(!result.ok && result.error.field === 'locale');
});

test('a page value that is not a string is refused naming the key', () => {
  const result = validateOpenCase({ ...valid(), page: { path: 3 } });
  assert.ok(!result.ok && result.error.field === 'page.path' && result.error.code === 'wrong_type');
});

test('null, strings and numbers as a body are refused as not_an_object', () => {
  for (const body of [null, 'x', 3, undefined]) {
    const result = validateMessage(body);
    assert.ok(!result.ok && result.error.code === 'not_an_object', String(body));
  }
});

test('a hostile prototype key is refused as an unknown field', () => {
  const result = validateMessage(JSON.parse('{"id":"a","text":"b","__proto__":{"x":1}}'));
  assert.ok(!result.ok && result.error.code === 'unknown_field' && result.error.field === '__proto__');
});

test('a join without a name uses the name Agent', () => {
  const result = validateJoin(undefined);
  assert.ok(result.ok && result.value.agent === 'Agent');
});

test('close and leave bodies must be empty objects', () => {
  assert.equal(validateEmpty({}).ok, true);
  const result = validateEmpty({ force: true });
  assert.ok(!result.ok && result.error.field === 'force');
});
