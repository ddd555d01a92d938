import { OUT_OF_SCOPE_LABEL } from './labels.ts';
import type { ClearlineModelConfig, IntentModelConfig } from './model-config.ts';

export interface ScoredLabel {
  label: string;
  score: number;
}

/** What the classifier tells the rules about one message. */
export interface IntentResult {
  /** The predicted label, or `out_of_scope` when the model does not know. */
  label: string;
  /** Calibrated probability of the model's top label (below the threshold when `outOfScope` fired on it). */
  score: number;
  /** The best labels by calibrated probability, highest first (at most `TOP_K`). */
  top: ScoredLabel[];
  /** True when the top label is out_of_scope or its probability is under the model's threshold. */
  outOfScope: boolean;
  /** False when the message's locale is not one of the languages the model was trained on. */
  localeSupported: boolean;
}

/** How many labels `top` lists. */
export const TOP_K = 3;

/** The language subtag of a BCP 47 locale (`en-GB` → `en`, `pt_BR` → `pt`), or null when it is not one. */
export function localeLanguage(locale: string): string | null {
  const m = /^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$/.exec(locale.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** Whether the model covers `locale`; an absent locale is taken as the model's first language. */
export function isLocaleSupported(languages: readonly string[], locale: string | undefined): boolean {
  if (locale === undefined) return true;
  const lang = localeLanguage(locale);
  return lang !== null && languages.includes(lang);
}

/**
 * Turns the model's per-label probabilities into an `IntentResult`: sorts them, applies the
 * out_of_scope threshold of the model's config, and says whether the locale is covered.
 * `config` is either the parsed config.json (with its `clearline` block) or that block itself.
 */
export function toIntentResult(
  scores: readonly ScoredLabel[],
  config: IntentModelConfig | ClearlineModelConfig,
  locale: string | undefined,
): IntentResult {
  if (scores.length === 0) throw new RangeError('toIntentResult: "scores" is empty; expected one score per label');
  for (const s of scores) {
    if (typeof s.label !== 'string' || !Number.isFinite(s.score)) {
      throw new RangeError(`toIntentResult: every score needs a label and a finite score, got ${JSON.stringify(s)}`);
    }
  }
  const block: ClearlineModelConfig = 'clearline' in config ? config.clearline : config;
  const sorted = [...scores].sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : 1));
  const best = sorted[0]!;
  const belowThreshold = best.score < block.out_of_scope_threshold;
  const outOfScope = best.label === OUT_OF_SCOPE_LABEL || belowThreshold;
  return {
    label: outOfScope ? OUT_OF_SCOPE_LABEL : best.label,
    score: best.score,
    top: sorted.slice(0, TOP_K).map((s) => ({ label: s.label, score: s.score })),
    outOfScope,
    localeSupported: isLocaleSupported(block.languages, locale),
  };
}

/** Numerically stable softmax of logits (already divided by the temperature when it is in the graph). */
export function softmax(logits: ArrayLike<number>, temperature = 1): Float64Array {
  const n = logits.length;
  const out = new Float64Array(n);
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, logits[i]! / temperature);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    out[i] = Math.exp(logits[i]! / temperature - max);
    sum += out[i];
  }
  for (let i = 0; i < n; i++) out[i] /= sum;
  return out;
}

/** Pairs logits with labels as calibrated probabilities, in label order. */
export function scoresFromLogits(logits: ArrayLike<number>, labels: readonly string[], config: ClearlineModelConfig): ScoredLabel[] {
  if (logits.length !== labels.length) {
    throw new RangeError(`scoresFromLogits: ${logits.length} logits for ${labels.length} labels`);
  }
  const probs = softmax(logits, config.temperature_in_graph ? 1 : config.temperature);
  return labels.map((label, i) => ({ label, score: probs[i]! }));
}
