/**
 * Reads a shipped model folder back into the TypeScript model (tokenizer + bag model) so tests and the
 * benchmark can compare the training-side forward pass with the graph that onnxruntime runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import { WordPieceTokenizer, readModelConfig, type FeaturisationConfig } from '../../core/intent/index.ts';
import type { BagModel } from './bag-model.ts';

const { onnx } = onnxProto;

function floats(t: InstanceType<typeof onnx.TensorProto>): Float32Array {
  const raw = t.rawData;
  const copy = new Uint8Array(raw.byteLength);
  copy.set(raw);
  return new Float32Array(copy.buffer);
}

export function readModelFolder(dir: string): { model: BagModel; tokenizer: WordPieceTokenizer; labels: string[] } {
  const { labels, config } = readModelConfig(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')));
  const f = config.clearline.featurisation as FeaturisationConfig | undefined;
  if (!f) throw new Error(`${dir}/config.json has no clearline.featurisation: not a model this pipeline trained`);
  const tj = JSON.parse(readFileSync(join(dir, 'tokenizer.json'), 'utf8')) as { model: { vocab: Record<string, number> }; added_tokens: { content: string; special: boolean }[] };
  const vocab: string[] = [];
  for (const [token, id] of Object.entries(tj.model.vocab)) vocab[id] = token;
  const tokenizer = new WordPieceTokenizer(vocab, f.max_length, tj.added_tokens.filter((t) => !t.special).map((t) => t.content));
  const proto = onnx.ModelProto.decode(readFileSync(join(dir, 'onnx', 'model.onnx')));
  const init = new Map(proto.graph!.initializer!.map((t) => [t.name!, t as InstanceType<typeof onnx.TensorProto>]));
  const weights = floats(init.get('weights')!);
  const bias = floats(init.get('bias')!);
  const w1 = init.has('w1') ? floats(init.get('w1')!) : null;
  const b1 = init.has('b1') ? floats(init.get('b1')!) : null;
  const hiddenLayer = w1 && b1 ? { size: b1.length, w1, b1 } : undefined;
  const dim = hiddenLayer ? w1!.length / hiddenLayer.size : weights.length / labels.length;
  let embeddings: Float32Array;
  if (init.has('embeddings_q')) {
    const q = init.get('embeddings_q')!.rawData;
    const values = new Int8Array(q.buffer, q.byteOffset, q.byteLength);
    const scales = floats(init.get('embedding_scales')!);
    embeddings = new Float32Array(values.length);
    for (let i = 0; i < values.length; i++) embeddings[i] = Math.fround(values[i]! * scales[Math.floor(i / dim)]!);
  } else {
    embeddings = floats(init.get('embeddings')!);
  }
  return { model: { vocabSize: vocab.length, featurisation: f, dim, numLabels: labels.length, embeddings, weights, bias, ...(hiddenLayer ? { hiddenLayer } : {}) }, tokenizer, labels };
}
