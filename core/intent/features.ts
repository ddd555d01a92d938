/**
 * Featurisation shared by training and the ONNX graph: each token id is a unigram feature, and each
 * pair of consecutive ids (a, b) is a hashed bigram feature (a * multiplier + b) mod buckets, stored
 * after the vocabulary rows of the embedding table. The graph computes the same numbers with
 * Slice/Mul/Add/Mod (and a per-id keep mask), so what the model saw in training is what it sees in
 * the widget.
 */
import type { FeaturisationConfig } from './model-config.ts';

/** Hashed bucket of the bigram (a, b), in [0, buckets). */
export function bigramBucket(a: number, b: number, f: FeaturisationConfig): number {
  // Exact in float64: ids are < 2^20 and multipliers < 2^31.
  return (a * f.bigram_multiplier + b) % f.bigram_buckets;
}

/**
 * Embedding rows a token sequence activates: its ids, then vocabSize + the bucket of each consecutive
 * pair; masked ids (config `masked_token_ids`) and the pairs touching them are left out.
 */
export function featureRows(ids: readonly number[], vocabSize: number, f: FeaturisationConfig): Int32Array {
  const masked = f.masked_token_ids?.length ? new Set(f.masked_token_ids) : null;
  const keep = (id: number) => masked === null || !masked.has(id);
  const rows: number[] = [];
  for (const id of ids) if (keep(id)) rows.push(id);
  for (let i = 0; i + 1 < ids.length; i++) if (keep(ids[i]!) && keep(ids[i + 1]!)) rows.push(vocabSize + bigramBucket(ids[i]!, ids[i + 1]!, f));
  return Int32Array.from(rows);
}
