/**
 * Featurisation shared by training and the ONNX graph: each token id is a unigram feature, and each
 * pair of consecutive ids (a, b) is a hashed bigram feature (a * multiplier + b) mod buckets, stored
 * after the vocabulary rows of the embedding table. The graph computes the same numbers with
 * Slice/Mul/Add/Mod, so what the model saw in training is what it sees in the widget.
 */
import type { FeaturisationConfig } from './model-config.ts';

/** Hashed bucket of the bigram (a, b), in [0, buckets). */
export function bigramBucket(a: number, b: number, f: FeaturisationConfig): number {
  // Exact in float64: ids are < 2^20 and multipliers < 2^31.
  return (a * f.bigram_multiplier + b) % f.bigram_buckets;
}

/** Embedding rows a token sequence activates: its ids, then vocabSize + the bucket of each consecutive pair. */
export function featureRows(ids: readonly number[], vocabSize: number, f: FeaturisationConfig): Int32Array {
  const rows = new Int32Array(ids.length + Math.max(0, ids.length - 1));
  for (let i = 0; i < ids.length; i++) rows[i] = ids[i]!;
  for (let i = 0; i + 1 < ids.length; i++) rows[ids.length + i] = vocabSize + bigramBucket(ids[i]!, ids[i + 1]!, f);
  return rows;
}
