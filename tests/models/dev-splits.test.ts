import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { INTENT_LABELS, normalizeText } from '../../core/intent/index.ts';

const rows = (file: string) =>
  readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; label: string; locale: string });
const key = (text: string) => normalizeText(text).trim();
const HARD = ['models/data/dev-hard.jsonl', 'models/data/dev-hard2.jsonl'];

test('the hard dev splits use only the default model labels and cover every label', () => {
  for (const file of HARD) {
    const labels = new Set(rows(file).map((r) => r.label));
    for (const l of labels) assert.ok((INTENT_LABELS as readonly string[]).includes(l), `${file}: unknown label ${l}`);
    assert.equal(labels.size, INTENT_LABELS.length, `${file} covers ${labels.size} of ${INTENT_LABELS.length} labels`);
  }
});

test('no hard dev message is in the training corpus', () => {
  const train = new Set(rows('models/data/corpus.jsonl').map((r) => key(r.text)));
  for (const file of HARD) for (const r of rows(file)) assert.ok(!train.has(key(r.text)), `${file}: "${r.text}" is also a training example`);
});

test('the hard dev splits share no message with the test split, the dev split or each other', () => {
  const [hard, hard2] = HARD.map((f) => new Set(rows(f).map((r) => key(r.text))));
  for (const other of ['models/data/test.jsonl', 'models/data/dev.jsonl']) {
    const overlap = rows(other).filter((r) => hard!.has(key(r.text)) || hard2!.has(key(r.text)));
    assert.equal(overlap.length, 0, `${overlap.length} message(s) of ${other} are also in a hard dev split`);
  }
  const shared = [...hard!].filter((t) => hard2!.has(t));
  assert.deepEqual(shared, []);
});
