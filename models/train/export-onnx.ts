/**
 * Writes the bag model as an ONNX graph (opset 13) with onnx-proto: inputs `input_ids` and
 * `attention_mask` (int64, [batch, sequence]), output `logits` (float, [batch, labels]). Bigram
 * features are computed inside the graph from consecutive ids, exactly as core/intent/features.ts:
 * row = vocabSize + (a * multiplier + b) mod buckets; padding is masked out of the mean. The
 * embedding table may be stored as int8 rows with per-row float scales (dequantized after the
 * Gather, so only the rows a message uses are touched); all arithmetic is float32. With a hidden
 * layer, the pooled vector goes through relu(x · w1 + b1) before the head.
 */
import onnxProto from 'onnx-proto';
import type { BagModel } from './bag-model.ts';

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;
const INT64_MAX = '9223372036854775807';

type Long = { low: number; high: number; unsigned: boolean };
const long = (v: number | string): Long => {
  const big = BigInt.asUintN(64, BigInt(v));
  return { low: Number(big & 0xffffffffn) | 0, high: Number(big >> 32n) | 0, unsigned: false };
};

function floatTensor(name: string, dims: number[], data: Float32Array) {
  return onnx.TensorProto.create({ name, dims: dims.map(long) as never, dataType: FLOAT, rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
}
function int64Tensor(name: string, dims: number[], values: (number | string)[]) {
  return onnx.TensorProto.create({ name, dims: dims.map(long) as never, dataType: INT64, int64Data: values.map(long) as never });
}
function node(op: string, inputs: string[], outputs: string[], attrs: Record<string, number> = {}) {
  const attribute = Object.entries(attrs).map(([name, i]) => onnx.AttributeProto.create({ name, type: onnx.AttributeProto.AttributeType.INT, i: long(i) as never }));
  return onnx.NodeProto.create({ opType: op, input: inputs, output: outputs, name: outputs[0], attribute });
}
function valueInfo(name: string, elemType: number, dims: (number | string)[]) {
  return onnx.ValueInfoProto.create({
    name,
    type: onnx.TypeProto.create({
      tensorType: onnx.TypeProto.Tensor.create({
        elemType,
        shape: onnx.TensorShapeProto.create({
          dim: dims.map((d) => (typeof d === 'number' ? onnx.TensorShapeProto.Dimension.create({ dimValue: long(d) as never }) : onnx.TensorShapeProto.Dimension.create({ dimParam: d }))),
        }),
      }),
    }),
  });
}

/** Embedding rows for ids: a float Gather, or int8 Gather → Cast → times the rows' scales. */
function gatherRows(ids: string, out: string, quantized: boolean) {
  if (!quantized) return [node('Gather', ['embeddings', ids], [out], { axis: 0 })];
  return [
    node('Gather', ['embeddings_q', ids], [`${out}_q`], { axis: 0 }),
    node('Cast', [`${out}_q`], [`${out}_f`], { to: FLOAT }),
    node('Gather', ['embedding_scales', ids], [`${out}_scale`], { axis: 0 }),
    node('Unsqueeze', [`${out}_scale`, 'axis2'], [`${out}_scale_3d`]),
    node('Mul', [`${out}_f`, `${out}_scale_3d`], [out]),
  ];
}

function tokenKeep(m: BagModel): Float32Array {
  const keep = new Float32Array(m.vocabSize).fill(1);
  for (const id of m.featurisation.masked_token_ids ?? []) keep[id] = 0;
  return keep;
}

export function exportOnnx(m: BagModel): Uint8Array {
  const f = m.featurisation;
  const quantized = m.quantized !== undefined;
  const rows = m.vocabSize + f.bigram_buckets;
  const nodes = [
    // Unigrams: mean over unmasked tokens.
    ...gatherRows('input_ids', 'uni_emb', quantized),
    node('Cast', ['attention_mask'], ['attention_f'], { to: FLOAT }),
    // Masked (protected) ids weigh 0, everything else 1.
    node('Gather', ['token_keep', 'input_ids'], ['keep_f'], { axis: 0 }),
    node('Mul', ['attention_f', 'keep_f'], ['mask_f']),
    node('Unsqueeze', ['mask_f', 'axis2'], ['mask_3d']),
    node('Mul', ['uni_emb', 'mask_3d'], ['uni_masked']),
    node('ReduceSum', ['uni_masked', 'axis1'], ['uni_sum'], { keepdims: 0 }),
    // Bigrams of consecutive ids, hashed into buckets stored after the vocabulary rows.
    node('Slice', ['input_ids', 'start0', 'end_last', 'axis1'], ['ids_a']),
    node('Slice', ['input_ids', 'start1', 'end_max', 'axis1'], ['ids_b']),
    node('Mul', ['ids_a', 'bigram_multiplier'], ['ids_a_mul']),
    node('Add', ['ids_a_mul', 'ids_b'], ['pair']),
    node('Mod', ['pair', 'bigram_buckets'], ['bucket'], { fmod: 0 }),
    node('Add', ['bucket', 'vocab_size'], ['bi_rows']),
    ...gatherRows('bi_rows', 'bi_emb', quantized),
    node('Slice', ['mask_f', 'start0', 'end_last', 'axis1'], ['mask_a']),
    node('Slice', ['mask_f', 'start1', 'end_max', 'axis1'], ['mask_b']),
    node('Mul', ['mask_a', 'mask_b'], ['bi_mask']),
    node('Unsqueeze', ['bi_mask', 'axis2'], ['bi_mask_3d']),
    node('Mul', ['bi_emb', 'bi_mask_3d'], ['bi_masked']),
    node('ReduceSum', ['bi_masked', 'axis1'], ['bi_sum'], { keepdims: 0 }),
    // Mean over all active features.
    node('ReduceSum', ['mask_f', 'axis1'], ['uni_count'], { keepdims: 1 }),
    node('ReduceSum', ['bi_mask', 'axis1'], ['bi_count'], { keepdims: 1 }),
    node('Add', ['uni_count', 'bi_count'], ['count_raw']),
    node('Max', ['count_raw', 'one_f'], ['count']),
    node('Add', ['uni_sum', 'bi_sum'], ['feat_sum']),
    node('Div', ['feat_sum', 'count'], ['hidden']),
    // Optional ReLU hidden layer.
    ...(m.hiddenLayer
      ? [node('MatMul', ['hidden', 'w1'], ['pre_act_mul']), node('Add', ['pre_act_mul', 'b1'], ['pre_act']), node('Relu', ['pre_act'], ['activation'])]
      : []),
    // Linear head (temperature already folded into weights and bias).
    node('MatMul', [m.hiddenLayer ? 'activation' : 'hidden', 'weights'], ['head']),
    node('Add', ['head', 'bias'], ['logits']),
  ];
  const initializer = [
    ...(m.quantized
      ? [
          onnx.TensorProto.create({ name: 'embeddings_q', dims: [long(rows), long(m.dim)] as never, dataType: onnx.TensorProto.DataType.INT8, rawData: new Uint8Array(m.quantized.values.buffer, m.quantized.values.byteOffset, m.quantized.values.byteLength) }),
          floatTensor('embedding_scales', [rows], m.quantized.scales),
        ]
      : [floatTensor('embeddings', [rows, m.dim], m.embeddings)]),
    ...(m.hiddenLayer ? [floatTensor('w1', [m.dim, m.hiddenLayer.size], m.hiddenLayer.w1), floatTensor('b1', [m.hiddenLayer.size], m.hiddenLayer.b1)] : []),
    floatTensor('weights', [m.hiddenLayer ? m.hiddenLayer.size : m.dim, m.numLabels], m.weights),
    floatTensor('bias', [m.numLabels], m.bias),
    floatTensor('one_f', [], new Float32Array([1])),
    floatTensor('token_keep', [m.vocabSize], tokenKeep(m)),
    int64Tensor('axis1', [1], [1]),
    int64Tensor('axis2', [1], [2]),
    int64Tensor('start0', [1], [0]),
    int64Tensor('start1', [1], [1]),
    int64Tensor('end_last', [1], [-1]),
    int64Tensor('end_max', [1], [INT64_MAX]),
    int64Tensor('bigram_multiplier', [], [f.bigram_multiplier]),
    int64Tensor('bigram_buckets', [], [f.bigram_buckets]),
    int64Tensor('vocab_size', [], [m.vocabSize]),
  ];
  const graph = onnx.GraphProto.create({
    name: 'clearline_intent_bag',
    node: nodes,
    initializer,
    input: [valueInfo('input_ids', INT64, ['batch_size', 'sequence_length']), valueInfo('attention_mask', INT64, ['batch_size', 'sequence_length'])],
    output: [valueInfo('logits', FLOAT, ['batch_size', m.numLabels])],
  });
  const model = onnx.ModelProto.create({
    irVersion: long(7) as never,
    producerName: 'clearline-train-intent',
    producerVersion: '1',
    opsetImport: [onnx.OperatorSetIdProto.create({ domain: '', version: long(13) as never })],
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}
