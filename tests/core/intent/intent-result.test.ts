import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INTENT_LABELS, toIntentResult, localeLanguage, type ClearlineModelConfig } from '../../../core/intent/index.ts';

const config: ClearlineModelConfig = { languages: ['en', 'de', 'fr', 'es'], out_of_scope_threshold: 0.4, temperature: 1, temperature_in_graph: true };
const scores = (pairs: [string, number][]) => pairs.map(([label, score]) => ({ label, score }));

test('the label set has the 30 ids of the issue, frozen', () => {
  assert.equal(INTENT_LABELS.length, 30);
  assert.ok(Object.isFrozen(INTENT_LABELS));
  assert.ok(INTENT_LABELS.includes('privacy_request') && INTENT_LABELS.includes('out_of_scope'));
});

test('a confident prediction keeps its label and is not out of scope', () => {
  const r = toIntentResult(scores([['roaming', 0.1], ['check_usage', 0.85], ['greeting', 0.05]]), config, 'en-GB');
  assert.equal(r.label, 'check_usage');
  assert.equal(r.score, 0.85);
  assert.equal(r.outOfScope, false);
  assert.deepEqual(r.top.map((t) => t.label), ['check_usage', 'roaming', 'greeting']);
});

test('a top probability under the threshold becomes out_of_scope and keeps the low score', () => {
  const r = toIntentResult(scores([['roaming', 0.39], ['check_usage', 0.31], ['greeting', 0.3]]), config, 'en');
  assert.equal(r.label, 'out_of_scope');
  assert.equal(r.outOfScope, true);
  assert.equal(r.score, 0.39);
  assert.equal(r.top[0]!.label, 'roaming');
});

test('a top probability exactly at the threshold is kept', () => {
  const r = toIntentResult(scores([['roaming', 0.4], ['greeting', 0.6 - 0.2]]), config, 'en');
  assert.equal(r.outOfScope, false);
});

test('out_of_scope as the top label is out of scope whatever its score', () => {
  const r = toIntentResult(scores([['out_of_scope', 0.97], ['greeting', 0.03]]), config, 'de');
  assert.equal(r.label, 'out_of_scope');
  assert.equal(r.outOfScope, true);
});

test('a locale outside the trained languages is reported as not supported', () => {
  assert.equal(toIntentResult(scores([['greeting', 0.9], ['goodbye', 0.1]]), config, 'pt-BR').localeSupported, false);
  assert.equal(toIntentResult(scores([['greeting', 0.9], ['goodbye', 0.1]]), config, 'es-MX').localeSupported, true);
});

test('a malformed locale is not supported, an absent one is taken as supported', () => {
  assert.equal(toIntentResult(scores([['greeting', 1]]), config, '<script>').localeSupported, false);
  assert.equal(toIntentResult(scores([['greeting', 1]]), config, undefined).localeSupported, true);
  assert.equal(localeLanguage('en_GB'), 'en');
});

test('the whole config.json can be passed instead of its clearline block', () => {
  const r = toIntentResult(scores([['roaming', 0.2], ['greeting', 0.1]]), { id2label: { 0: 'roaming', 1: 'greeting' }, clearline: config }, 'fr');
  assert.equal(r.outOfScope, true);
});

test('empty or non-finite scores are refused with a message', () => {
  assert.throws(() => toIntentResult([], config, 'en'), /"scores" is empty/);
  assert.throws(() => toIntentResult(scores([['greeting', Number.NaN]]), config, 'en'), /finite score/);
});
