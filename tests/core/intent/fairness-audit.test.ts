import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AUDIT_GROUPS, AUDIT_KINDS, runAudit, normalizeText } from '../../../core/intent/index.ts';

test('the audit set covers every variant kind, including AAE, Indian, Nigerian and non-native English', () => {
  for (const kind of AUDIT_KINDS) assert.ok(AUDIT_GROUPS.filter((g) => g.kind === kind).length >= 4, kind);
  for (const g of AUDIT_GROUPS) assert.ok(g.texts.length >= 3, g.id);
});

test('no counterfactual variant of the audit (ALL CAPS aside: those are the reference shouted) appears in the training, dev or test data', () => {
  const seen = new Set(['models/data/corpus.jsonl', 'models/data/dev.jsonl', 'models/data/test.jsonl'].flatMap((f) =>
    readFileSync(f, 'utf8').trim().split('\n').map((l) => normalizeText((JSON.parse(l) as { text: string }).text).trim())));
  for (const g of AUDIT_GROUPS.filter((x) => x.kind !== 'all_caps')) for (const t of g.texts.slice(1)) assert.ok(!seen.has(normalizeText(t).trim()), `${g.id}: "${t}" leaks into the data`);
});

test('a classifier that answers every member alike is fully consistent, and accuracy counts expected labels', async () => {
  const r = await runAudit((_text) => ({ label: 'greeting' }));
  assert.equal(r.consistency, 1);
  assert.equal(r.inconsistent.length, 0);
  const greetings = AUDIT_GROUPS.filter((g) => g.label === 'greeting').reduce((n, g) => n + g.texts.length, 0);
  const all = AUDIT_GROUPS.reduce((n, g) => n + g.texts.length, 0);
  assert.equal(r.accuracy, greetings / all);
});

test('a classifier swayed by ALL CAPS breaks exactly the groups that shout', async () => {
  const r = await runAudit(async (text) => ({ label: text === text.toUpperCase() && /[A-Z]/.test(text) ? 'complaint' : 'other' }));
  assert.equal(r.byKind.all_caps.consistency, 0);
  assert.equal(r.byKind.names.consistency, 1);
  assert.equal(r.inconsistent.every((g) => g.kind === 'all_caps'), true);
  assert.equal(r.consistentGroups, r.groups - AUDIT_GROUPS.filter((g) => g.kind === 'all_caps').length);
});
