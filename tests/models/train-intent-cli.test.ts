import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'clearline-train-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const run = (script: string, args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { input, encoding: 'utf8' });

/** A small operator data set: three labels of their own, 12 examples each. */
function operatorData(): string {
  const rows: { text: string; label: string }[] = [];
  const topics = { opening_hours: ['when are you open', 'opening hours', 'are you open on sunday', 'what time do you close'], parking: ['where can i park', 'is there parking', 'car park fees', 'parking near the shop'], returns: ['how do i return this', 'return an item', 'can i send it back', 'returns policy'] };
  for (const [label, texts] of Object.entries(topics)) for (const t of texts) for (const suffix of ['', ' please', ' today']) rows.push({ text: t + suffix, label });
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

test('bad training data exits 1 with the problem, and writes no model', () => {
  const file = join(dir, 'bad.jsonl');
  writeFileSync(file, '{"text":"a","label":"x"}\n{"text":"b","label":"x"}\n');
  const r = run('models/train/train-intent.ts', ['--data', file, '--out', join(dir, 'never'), '--no-scrub']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /only one label/);
});

test('a missing data file and an unknown option are usage errors (exit 2)', () => {
  assert.equal(run('models/train/train-intent.ts', ['--data', join(dir, 'nope.jsonl')]).status, 2);
  const r = run('models/train/train-intent.ts', ['--epochs', '3']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown option "--epochs"; valid options: --data, --valid, --out, --seed/);
});

test('an operator data set trains deterministically for a seed and the folder classifies with --model', () => {
  const data = join(dir, 'ops.jsonl');
  writeFileSync(data, operatorData());
  const a = run('models/train/train-intent.ts', ['--data', data, '--out', join(dir, 'a'), '--seed', '5']);
  assert.equal(a.status, 0, a.stderr);
  const b = run('models/train/train-intent.ts', ['--data', data, '--out', join(dir, 'b'), '--seed', '5']);
  assert.equal(b.status, 0, b.stderr);
  assert.ok(readFileSync(join(dir, 'a/onnx/model.onnx')).equals(readFileSync(join(dir, 'b/onnx/model.onnx'))), 'same seed, same weights');
  const config = JSON.parse(readFileSync(join(dir, 'a/config.json'), 'utf8'));
  assert.deepEqual(Object.values(config.id2label), ['opening_hours', 'parking', 'returns']);
  const c = run('cli/classify.ts', ['--model', join(dir, 'a')], '{"text":"is there parking nearby"}\n');
  assert.equal(c.status, 0, c.stderr);
  assert.equal(JSON.parse(c.stdout).top[0].label, 'parking');
});
