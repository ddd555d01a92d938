import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULTS, parseEmbedConfig, parseContext, resolveLocale, isRtl } from '../../widget/src/config.ts';

const BASE = 'https://shop.example/support/';

test('every default is frozen so no embedder script can change it at runtime', () => {
  assert.ok(Object.isFrozen(DEFAULTS));
});

test('relative rules and handoff URLs resolve against the page', () => {
  const { config, problems } = parseEmbedConfig({ rules: '/rules/rules.json', handoff: 'api' }, BASE, 'en');
  assert.equal(config.rulesUrl, 'https://shop.example/rules/rules.json');
  assert.equal(config.handoffUrl, 'https://shop.example/support/api');
  assert.deepEqual(problems, []);
});

test('a javascript: rules URL is refused with a sentence naming the attribute', () => {
  const { config, problems } = parseEmbedConfig({ rules: 'javascript:alert(1)' }, BASE, 'en', { rules: 'data-rules' });
  assert.equal(config.rulesUrl, null);
  assert.match(problems[0]!, /^data-rules="javascript:alert\(1\)" uses javascript:; only http: and https: URLs are allowed/);
});

test('a locale falls back from the region to the language, then to the page language, then to English', () => {
  const problems: string[] = [];
  assert.equal(resolveLocale('de-AT', 'en', problems), 'de');
  assert.equal(resolveLocale(null, 'fr-CA', problems), 'fr');
  assert.equal(resolveLocale('tlh', 'es', problems), 'es');
  assert.equal(resolveLocale(null, 'pt-BR', problems), 'en');
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /valid values: en, de, fr, es, ar/);
});

test('Arabic is laid out right to left', () => {
  assert.equal(isRtl('ar'), true);
  assert.equal(isRtl('de'), false);
});

test('the context keeps short flat values, stringifies numbers and booleans, and drops everything else with a reason', () => {
  const problems: string[] = [];
  const context = parseContext('data-context', '{"plan":"business","lines":3,"vip":true,"nested":{"a":1},"list":[1],"none":null}', problems);
  assert.deepEqual(context, { plan: 'business', lines: '3', vip: 'true' });
  assert.equal(problems.length, 3);
});

test('a context with a prototype-polluting key is cleaned and pollutes nothing', () => {
  const problems: string[] = [];
  const context = parseContext('data-context', '{"__proto__":{"polluted":true},"constructor":"x","plan":"consumer"}', problems);
  assert.deepEqual({ ...context }, { plan: 'consumer' });
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.ok(problems.some((p) => p.includes('"__proto__" is not allowed')));
});

test('malformed, non-object and oversized contexts are refused as a whole', () => {
  for (const value of ['{"plan":', '[1,2]', '"text"', 'null', JSON.stringify({ a: 'x'.repeat(DEFAULTS.maxContextChars) })]) {
    const problems: string[] = [];
    assert.deepEqual(parseContext('data-context', value, problems), {}, value.slice(0, 20));
    assert.equal(problems.length, 1, value.slice(0, 20));
  }
});

test('more context keys than allowed are cut at the limit', () => {
  const problems: string[] = [];
  const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, 'v']));
  assert.equal(Object.keys(parseContext('data-context', many, problems)).length, DEFAULTS.maxContextKeys);
});

test('a malformed public key is refused so the bundle falls back to the safe default', () => {
  const { config, problems } = parseEmbedConfig({ rulesKey: '<script>alert(1)</script>' }, BASE, 'en');
  assert.equal(config.rulesKey, null);
  assert.match(problems[0]!, /base64url SPKI public key/);
});

test('an unknown position or theme falls back to the default and lists the valid values', () => {
  const { config, problems } = parseEmbedConfig({ position: 'top', theme: 'neon' }, BASE, 'en');
  assert.equal(config.position, 'bottom-right');
  assert.equal(config.theme, 'auto');
  assert.match(problems.join('\n'), /valid values: bottom-right, bottom-left/);
  assert.match(problems.join('\n'), /valid values: light, dark, auto/);
});
