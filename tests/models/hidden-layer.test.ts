import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNodeClassifier } from '../../cli/lib/node-intent.ts';
import { combineEnsemble, createModel, forward, train } from '../../models/train/bag-model.ts';
import { writeModelFolder } from '../../models/train/export-folder.ts';
import { readModelFolder } from '../../models/train/read-model-folder.ts';
import { Rng } from '../../models/train/rng.ts';
import { trainIntentModel } from '../../models/train/train-pipeline.ts';

const dir = mkdtempSync(join(tmpdir(), 'clearline-hidden-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const texts: Record<string, string[]> = {
  opening_hours: ['when are you open', 'opening hours please', 'are you open on sunday', 'what time do you close today'],
  parking: ['where can i park', 'is there parking', 'car park fees please', 'parking near the shop today'],
  returns: ['how do i return this', 'return an item please', 'can i send it back', 'returns policy today'],
};
const examples = Object.entries(texts).flatMap(([label, ts]) => ts.map((text) => ({ text, label })));

test('an ensemble of hidden-layer members gives exactly the mean of the members\' logits', () => {
  const f = { bigram_buckets: 16, bigram_multiplier: 1000003, max_length: 16 };
  const rng = new Rng(3);
  const data = [{ rows: Int32Array.from([1, 2, 20]), y: 0 }, { rows: Int32Array.from([3, 4, 25]), y: 1 }];
  const members = [0, 1].map(() => {
    const m = createModel(10, f, 2, 4, rng, 5);
    train(m, data, { dim: 4, epochs: 20, learningRate: 0.3, featureDropout: 0, hiddenSize: 5 }, rng);
    return m;
  });
  const combined = combineEnsemble(members);
  assert.equal(combined.hiddenLayer?.size, 10);
  for (const ids of [[2, 1, 3], [2, 3, 4, 3], [2, 3]]) {
    const mean = Array.from(forward(members[0]!, ids), (v, k) => (v + forward(members[1]!, ids)[k]!) / 2);
    const got = forward(combined, ids);
    mean.forEach((v, k) => assert.ok(Math.abs(v - got[k]!) < 1e-5, `ids ${ids}: ${v} vs ${got[k]}`));
  }
});

test('a model with a ReLU hidden layer exports an ONNX graph whose logits match the training-side forward pass', async () => {
  const trained = trainIntentModel(examples, { hiddenSize: 8, dim: 6, ensemble: 2, seed: 4 });
  assert.ok(trained.model.hiddenLayer, 'the trained model has a hidden layer');
  const out = join(dir, 'hidden');
  writeModelFolder(out, trained.model, trained.vocab, trained.tokenizer.addedTokens.slice(4), trained.labels, trained.clearline);
  const read = readModelFolder(out);
  assert.equal(read.model.hiddenLayer?.size, 16);
  const classifier = await loadNodeClassifier(out);
  try {
    for (const text of ['when do you open', 'where do i park the car', 'send back', '']) {
      const ts = forward(read.model, read.tokenizer.encode(text));
      const onnx = await classifier.logits(text);
      const worst = Math.max(...Array.from(ts, (v, k) => Math.abs(v - onnx[k]!)));
      assert.ok(worst < 1e-4, `${JSON.stringify(text)}: logits differ by ${worst}`);
    }
    assert.equal((await classifier.classify('where can i park my car', 'en')).top[0]!.label, 'parking');
  } finally {
    await classifier.dispose();
  }
});
