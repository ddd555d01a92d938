/**
 * The `clearline` block of a model folder's `config.json`: what the runtime needs beyond the standard
 * transformers.js fields. Every field is documented here; `readModelConfig` validates a parsed config.
 */
export interface FeaturisationConfig {
  /** Number of hashed bigram buckets; a bigram of consecutive token ids (a, b) goes to (a * multiplier + b) mod buckets. */
  bigram_buckets: number;
  /** Multiplier of the bigram hash (a prime larger than the vocabulary). */
  bigram_multiplier: number;
  /** Longest token sequence (special tokens included) the model reads; longer input is truncated. */
  max_length: number;
  /**
   * Token ids the model never sees (fairness: words that say who the customer is, not what they
   * want). They and every bigram touching them are masked out of the average.
   */
  masked_token_ids?: readonly number[];
}

export interface ClearlineModelConfig {
  /** Primary language subtags the model was trained on, e.g. ['en', 'de', 'fr', 'es']. */
  languages: readonly string[];
  /** Below this calibrated top probability the answer becomes out_of_scope ("I don't know"). */
  out_of_scope_threshold: number;
  /** The calibration temperature T fitted on the validation split (logits are divided by T). */
  temperature: number;
  /** True when the ONNX graph already divides its logits by `temperature` (so softmax is calibrated). */
  temperature_in_graph: boolean;
  /** How the graph turns token ids into features; training and runtime share these numbers. */
  featurisation?: FeaturisationConfig;
}

/** The fields of config.json the runtime reads. */
export interface IntentModelConfig {
  id2label: Record<string, string>;
  label2id?: Record<string, number>;
  clearline: ClearlineModelConfig;
}

/** Default clearline block for a model folder without one (e.g. an operator's own fine-tuned export). */
export const DEFAULT_CLEARLINE_CONFIG: ClearlineModelConfig = Object.freeze({
  languages: Object.freeze(['en']) as readonly string[],
  out_of_scope_threshold: 0.5,
  temperature: 1,
  temperature_in_graph: false,
});

export class ModelConfigError extends Error {
  override name = 'ModelConfigError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a parsed config.json and returns its labels (in id order) and clearline block. */
export function readModelConfig(raw: unknown): { labels: string[]; config: IntentModelConfig } {
  if (!isRecord(raw)) throw new ModelConfigError('config.json must be a JSON object');
  const id2label = raw.id2label;
  if (!isRecord(id2label) || Object.keys(id2label).length < 2) {
    throw new ModelConfigError('config.json: "id2label" must map at least two ids ("0", "1", ...) to label names');
  }
  const n = Object.keys(id2label).length;
  const labels: string[] = [];
  for (let i = 0; i < n; i++) {
    const label = id2label[String(i)];
    if (typeof label !== 'string' || label === '') {
      throw new ModelConfigError(`config.json: "id2label" has no label for id "${i}" (ids must be 0..${n - 1})`);
    }
    labels.push(label);
  }
  const block = isRecord(raw.clearline) ? raw.clearline : {};
  const num = (key: string, fallback: number, ok: (v: number) => boolean): number => {
    const v = block[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || !ok(v)) {
      throw new ModelConfigError(`config.json: clearline.${key} must be a valid number, got ${JSON.stringify(v)}`);
    }
    return v;
  };
  const languagesRaw = block.languages;
  let languages = DEFAULT_CLEARLINE_CONFIG.languages;
  if (languagesRaw !== undefined) {
    if (!Array.isArray(languagesRaw) || !languagesRaw.every((l) => typeof l === 'string' && l !== '')) {
      throw new ModelConfigError('config.json: clearline.languages must be a list of language subtags like ["en", "de"]');
    }
    languages = languagesRaw.map((l: string) => l.toLowerCase());
  }
  const clearline: ClearlineModelConfig = {
    languages,
    out_of_scope_threshold: num('out_of_scope_threshold', DEFAULT_CLEARLINE_CONFIG.out_of_scope_threshold, (v) => v >= 0 && v <= 1),
    temperature: num('temperature', 1, (v) => v > 0),
    temperature_in_graph: block.temperature_in_graph === true,
  };
  if (isRecord(block.featurisation)) clearline.featurisation = block.featurisation as unknown as FeaturisationConfig;
  return {
    labels,
    config: { id2label: id2label as Record<string, string>, label2id: raw.label2id as Record<string, number> | undefined, clearline },
  };
}
