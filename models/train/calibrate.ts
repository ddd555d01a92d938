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

/**
 * How much validation macro-F1 the threshold may give up to stay low: on a few hundred validation
 * messages one or two answers decide the maximum, and a threshold pushed up for them turns many
 * unseen but answerable messages (typos, dialects, names) into out_of_scope.
 */
export const THRESHOLD_F1_TOLERANCE = 0.005;

/** The lowest threshold (0.2 to 0.7) whose validation macro-F1 is within THRESHOLD_F1_TOLERANCE of the best. */
export function fitThreshold(probs: readonly Float64Array[], golds: readonly string[], labels: readonly string[], tolerance = THRESHOLD_F1_TOLERANCE): number {
  const grid: [number, number][] = [];
  for (let i = 0; MIN_THRESHOLD + i * 0.01 <= 0.7 + 1e-9; i++) {
    const t = Math.round((MIN_THRESHOLD + i * 0.01) * 100) / 100;
    grid.push([t, macroF1(thresholded(probs, golds, labels, t))]);
  }
  const bestF1 = Math.max(...grid.map(([, f1]) => f1));
  return grid.find(([, f1]) => f1 >= bestF1 - tolerance - 1e-9)![0];
}
