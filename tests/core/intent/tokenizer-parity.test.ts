import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadNodeClassifier } from '../../../cli/lib/node-intent.ts';
import { forward } from '../../../models/train/bag-model.ts';
import { readModelFolder } from '../../../models/train/read-model-folder.ts';
import { PARITY_TEXTS } from '../../widget/worker/fixtures/intent-parity.generate.ts';

const shipped = readModelFolder('models/intent');
const classifier = await loadNodeClassifier('models/intent');
const corpus = ['models/data/dev.jsonl', 'models/data/test.jsonl']
  .flatMap((f) => readFileSync(f, 'utf8').trim().split('\n'))
  .map((l) => (JSON.parse(l) as { text: string }).text);
const hostile = [
  '', ' ', '\u0000\u0007\ufffd', 'ÀÉÎÕÜ çñß øæ', 'İstanbul ǅ ﬁ', '👍🏽👨‍👩‍👧 ok', '[CLS][SEP][PAD][UNK] [cls]', 'call [PHONE_1] or [PERSON_12] [PERSON_1][EMAIL_2]x [person_1]', 'a\u200bb\u200dc\u2060d',
  'x'.repeat(101), 'word '.repeat(400), '¿¡«»—…‽ 100% #1 @me', '日本語のテキスト', 'مرحبا بالعالم', 'tab\tnew\nline\r\n',
];

test('the TypeScript tokenizer gives the same ids as transformers.js reading the shipped tokenizer.json', () => {
  for (const text of [...corpus, ...hostile]) assert.deepEqual(shipped.tokenizer.encode(text), classifier.tokenIds(text), JSON.stringify(text));
});

test('the training-side forward pass gives the same logits as the ONNX graph in onnxruntime-node (within 1e-4)', async () => {
  for (const text of [...corpus.slice(0, 150), ...hostile]) {
    const ts = forward(shipped.model, shipped.tokenizer.encode(text));
    const onnx = await classifier.logits(text);
    assert.equal(onnx.length, ts.length);
    const worst = Math.max(...Array.from(ts, (v, k) => Math.abs(v - onnx[k]!)));
    assert.ok(worst < 1e-4, `${JSON.stringify(text)}: logits differ by ${worst}`);
  }
});

test('the browser parity fixture matches the committed model (regenerate it after retraining)', async () => {
  const fixture = JSON.parse(readFileSync('tests/widget/worker/fixtures/intent-parity.json', 'utf8')) as { rows: { text: string; ids: number[]; logits: number[] }[] };
  assert.deepEqual(fixture.rows.map((r) => r.text), PARITY_TEXTS.map((p) => p.text));
  for (const row of fixture.rows) {
    assert.deepEqual(classifier.tokenIds(row.text), row.ids);
    const logits = await classifier.logits(row.text);
    assert.ok(row.logits.every((v, k) => Math.abs(v - logits[k]!) < 1e-5), `stale fixture for ${JSON.stringify(row.text)}`);
  }
});

test('the shipped config names its labels, languages, threshold and temperature', () => {
  assert.equal(classifier.labels.length, 30);
  assert.deepEqual([...classifier.config.clearline.languages].sort(), ['de', 'en', 'es', 'fr']);
  assert.ok(classifier.config.clearline.out_of_scope_threshold > 0 && classifier.config.clearline.out_of_scope_threshold < 1);
  assert.equal(classifier.config.clearline.temperature_in_graph, true);
});

test.after(() => classifier.dispose());
