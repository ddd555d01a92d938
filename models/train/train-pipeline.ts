/**
 * The training pipeline as a function: split (whole templates held out for validation), vocabulary,
 * SGD training, temperature and out_of_scope threshold fitted on validation. Used by
 * `npm run train:intent` and by the benchmark (to train on the training split and on small slices).
 */
import {
  INTENT_LABELS,
  PERSON_PLACEHOLDER_TOKENS,
  PLACEHOLDER_TOKENS,
  WordPieceTokenizer,
  featureRows,
  localeLanguage,
  softmax,
  type ClearlineModelConfig,
  type FeaturisationConfig,
} from '../../core/intent/index.ts';
import { combineEnsemble, createModel, forward, quantizeEmbeddings, train, withTemperature, DEFAULT_TRAIN_OPTIONS, type BagModel, type TrainOptions } from './bag-model.ts';
import { fitTemperature, fitThreshold, thresholded } from './calibrate.ts';
import type { TrainingExample } from './dataset.ts';
import { accuracy, expectedCalibrationError, macroF1 } from './metrics.ts';
import { Rng, hashString } from './rng.ts';
import { buildVocab, DEFAULT_VOCAB_OPTIONS, type VocabOptions } from './vocab.ts';
import { PROTECTED_WORDS } from './protected-tokens.ts';

export interface PipelineOptions extends TrainOptions {
  seed: number;
  bigramBuckets: number;
  maxLength: number;
  /** Share of template groups (or examples, without groups) held out to calibrate. */
  validationShare: number;
  /** Mask the protected words (protected-tokens.ts) out of the features. */
  maskProtectedWords: boolean;
  /** Members averaged into the shipped model (each `dim` wide, different seeds). */
  ensemble: number;
  /** Vocabulary options (default: models/train/vocab.ts DEFAULT_VOCAB_OPTIONS). */
  vocab?: Partial<VocabOptions>;
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = Object.freeze({
  ...DEFAULT_TRAIN_OPTIONS,
  seed: 1,
  bigramBuckets: 8192,
  maxLength: 128,
  validationShare: 0.15,
  maskProtectedWords: true,
  ensemble: 6,
});

export interface TrainedIntentModel {
  model: BagModel; // temperature folded in
  vocab: string[];
  tokenizer: WordPieceTokenizer;
  labels: string[];
  clearline: ClearlineModelConfig & { featurisation: FeaturisationConfig } & Record<string, unknown>;
  report: { train: number; validation: number; validationMacroF1: number; validationAccuracy: number; validationEceBefore: number; validationEceAfter: number; seconds: number };
}

/** Labels in the default model's order when the data uses only default ids, else sorted. */
export function labelOrder(examples: readonly TrainingExample[]): string[] {
  const present = new Set(examples.map((e) => e.label));
  if ([...present].every((l) => (INTENT_LABELS as readonly string[]).includes(l)) && present.size === INTENT_LABELS.length) return [...INTENT_LABELS];
  return [...present].sort();
}

export function splitForValidation(examples: readonly TrainingExample[], share: number, seed: number): { train: TrainingExample[]; validation: TrainingExample[] } {
  const byLabel = new Map<string, TrainingExample[]>();
  for (const e of examples) (byLabel.get(e.label) ?? byLabel.set(e.label, []).get(e.label)!).push(e);
  const held = new Set<TrainingExample>();
  for (const [, rows] of byLabel) {
    const keyOf = (e: TrainingExample, i: number) => e.group ?? `#${i}:${e.text}`;
    const groups = [...new Set(rows.map(keyOf))];
    if (groups.length < 4) continue; // too few to spare any
    const ranked = groups.map((g) => [g, hashString(g, seed)] as const).sort((a, b) => a[1] - b[1]);
    const take = new Set(ranked.slice(0, Math.max(1, Math.round(groups.length * share))).map(([g]) => g));
    rows.forEach((e, i) => { if (take.has(keyOf(e, i))) held.add(e); });
  }
  return { train: examples.filter((e) => !held.has(e)), validation: examples.filter((e) => held.has(e)) };
}

/**
 * Trains on `examples`. Calibration uses `validation` when given (the repo's hand-written dev split),
 * else a held-out share of the examples' template groups (or of the examples, without groups).
 */
export function trainIntentModel(examples: readonly TrainingExample[], options: Partial<PipelineOptions> = {}, heldOut?: readonly TrainingExample[]): TrainedIntentModel {
  // Small data sets get more passes (fastText's advice): 60 000 example-passes, at least the default epochs, at most 100.
  const epochs = options.epochs ?? Math.max(DEFAULT_PIPELINE_OPTIONS.epochs, Math.min(100, Math.round(60000 / Math.max(1, examples.length))));
  const o = { ...DEFAULT_PIPELINE_OPTIONS, ...options, epochs };
  const started = Date.now();
  const labels = labelOrder(examples);
  const index = new Map(labels.map((l, i) => [l, i]));
  const { train: trainSet, validation } = heldOut ? { train: [...examples], validation: [...heldOut] } : splitForValidation(examples, o.validationShare, o.seed);
  const unknown = validation.find((e) => !index.has(e.label));
  if (unknown) throw new Error(`validation example "${unknown.text}" has label "${unknown.label}", which the training data does not have; labels: ${labels.join(', ')}`);
  // Protected words get their own tokens (so no piece of them is seen) and are then masked out.
  // PII placeholders ([PHONE_1], ...) are whole tokens; [PERSON_n] is masked with the protected words.
  const vocab = buildVocab(trainSet.map((e) => e.text), { ...DEFAULT_VOCAB_OPTIONS, ...o.vocab }, o.maskProtectedWords ? PROTECTED_WORDS : [], PLACEHOLDER_TOKENS);
  const tokenizer = new WordPieceTokenizer(vocab, o.maxLength, PLACEHOLDER_TOKENS);
  const masked = o.maskProtectedWords ? [...PROTECTED_WORDS, ...PERSON_PLACEHOLDER_TOKENS].map((w) => tokenizer.idOf(w)!).sort((a, b) => a - b) : [];
  // The bigram multiplier is a prime above the vocabulary size, so (a, b) pairs spread over the buckets.
  const featurisation: FeaturisationConfig = { bigram_buckets: o.bigramBuckets, bigram_multiplier: 1000003, max_length: o.maxLength, ...(masked.length ? { masked_token_ids: masked } : {}) };
  const data = trainSet.map((e) => ({ rows: featureRows(tokenizer.encode(e.text), vocab.length, featurisation), y: index.get(e.label)! }));
  const members: BagModel[] = [];
  for (let i = 0; i < o.ensemble; i++) {
    const rng = new Rng(o.seed * 7919 + i);
    const member = createModel(vocab.length, featurisation, labels.length, o.dim, rng, o.hiddenSize ?? 0);
    train(member, data, o, rng);
    members.push(member);
  }
  const model = combineEnsemble(members);
  // Quantize before calibrating, so the temperature and threshold fit the model that ships.
  const shipped = quantizeEmbeddings(model);

  let temperature = 1, threshold = 0;
  const report = { train: trainSet.length, validation: validation.length, validationMacroF1: 0, validationAccuracy: 0, validationEceBefore: 0, validationEceAfter: 0, seconds: 0 };
  if (validation.length > 0) {
    const logits = validation.map((e) => forward(shipped, tokenizer.encode(e.text)));
    const ys = validation.map((e) => index.get(e.label)!);
    const golds = validation.map((e) => e.label);
    report.validationEceBefore = expectedCalibrationError(thresholded(logits.map((l) => softmax(l)), golds, labels, 0));
    temperature = fitTemperature(logits, ys);
    const probs = logits.map((l) => softmax(l, temperature));
    report.validationEceAfter = expectedCalibrationError(thresholded(probs, golds, labels, 0));
    threshold = fitThreshold(probs, golds, labels);
    const preds = thresholded(probs, golds, labels, threshold);
    report.validationMacroF1 = macroF1(preds);
    report.validationAccuracy = accuracy(preds);
  }
  const languages = [...new Set(examples.map((e) => (e.locale ? localeLanguage(e.locale) : null)).filter((l): l is string => l !== null))].sort(
    (a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a < b ? -1 : 1),
  );
  report.seconds = (Date.now() - started) / 1000;
  return {
    model: withTemperature(shipped, temperature),
    vocab,
    tokenizer,
    labels,
    clearline: {
      languages: languages.length ? languages : ['en'],
      out_of_scope_threshold: threshold,
      temperature: Math.round(temperature * 1e6) / 1e6,
      temperature_in_graph: true,
      featurisation,
      design: `bag of WordPiece token + hashed bigram embeddings, mean-pooled, ${o.hiddenSize ? `ReLU hidden layer of ${o.hiddenSize}, ` : ''}linear head; average of ${o.ensemble} members of dim ${o.dim} (SGD ${o.epochs} epochs, feature dropout ${o.featureDropout}${o.labelSmoothing ? `, label smoothing ${o.labelSmoothing}` : ''}, seed ${o.seed}); int8 embedding rows; protected words masked`,
      validation: { examples: validation.length, macro_f1: round4(report.validationMacroF1), ece_before_scaling: round4(report.validationEceBefore), ece_after_scaling: round4(report.validationEceAfter) },
    },
    report,
  };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
