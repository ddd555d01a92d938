/**
 * Calibration on the validation split: the temperature T that minimises the negative log-likelihood
 * of softmax(logits / T), and the out_of_scope threshold that maximises macro-F1 when low-confidence
 * answers become out_of_scope.
 */
import { OUT_OF_SCOPE_LABEL, softmax } from '../../core/intent/index.ts';
import { macroF1, type Prediction } from './metrics.ts';

export function nll(logits: readonly Float32Array[], ys: readonly number[], t: number): number {
  let total = 0;
  logits.forEach((l, i) => { total -= Math.log(Math.max(1e-12, softmax(l, t)[ys[i]!]!)); });
  return total / logits.length;
}

/** Golden-section search of log T in [ln 0.05, ln 20]. */
export function fitTemperature(logits: readonly Float32Array[], ys: readonly number[]): number {
  let a = Math.log(0.05), b = Math.log(20);
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a), d = a + g * (b - a);
  for (let i = 0; i < 60; i++) {
    if (nll(logits, ys, Math.exp(c)) < nll(logits, ys, Math.exp(d))) b = d; else a = c;
    c = b - g * (b - a);
    d = a + g * (b - a);
  }
  return Math.exp((a + b) / 2);
}

/** Predictions with the threshold applied: a top probability under it becomes out_of_scope. */
export function thresholded(probs: readonly Float64Array[], golds: readonly string[], labels: readonly string[], threshold: number): Prediction[] {
  return probs.map((p, i) => {
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    return { gold: golds[i]!, label: p[best]! < threshold ? OUT_OF_SCOPE_LABEL : labels[best]!, score: p[best]! };
  });
}

/** Never below this: a top probability under 0.2 over 30 labels is a guess, whatever the dev set says. */
export const MIN_THRESHOLD = 0.2;

export function fitThreshold(probs: readonly Float64Array[], golds: readonly string[], labels: readonly string[]): number {
  let best = MIN_THRESHOLD, bestF1 = -1;
  for (let t = MIN_THRESHOLD; t <= 0.7 + 1e-9; t += 0.01) {
    const f1 = macroF1(thresholded(probs, golds, labels, t));
    if (f1 > bestF1 + 1e-9) { bestF1 = f1; best = Math.round(t * 100) / 100; }
  }
  return best;
}
