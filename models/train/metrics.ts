/** Quality measures shared by training (validation) and the benchmark (test). */

export interface Prediction {
  gold: string;
  label: string;
  /** Confidence of the predicted label. */
  score: number;
}

export function accuracy(preds: readonly Prediction[]): number {
  return preds.length ? preds.filter((p) => p.gold === p.label).length / preds.length : 0;
}

/** Per-label F1 over the labels present in gold or predictions. */
export function perLabelF1(preds: readonly Prediction[], labels?: readonly string[]): Record<string, number> {
  const all = labels ?? [...new Set(preds.flatMap((p) => [p.gold]))];
  const out: Record<string, number> = {};
  for (const l of all) {
    let tp = 0, fp = 0, fn = 0;
    for (const p of preds) {
      if (p.label === l && p.gold === l) tp++;
      else if (p.label === l) fp++;
      else if (p.gold === l) fn++;
    }
    out[l] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return out;
}

/** Macro-F1 over the gold labels of the set. */
export function macroF1(preds: readonly Prediction[]): number {
  const labels = [...new Set(preds.map((p) => p.gold))];
  const f = perLabelF1(preds, labels);
  return labels.reduce((s, l) => s + f[l]!, 0) / (labels.length || 1);
}

/** Recall of one label (e.g. out_of_scope). */
export function recall(preds: readonly Prediction[], label: string): number {
  const gold = preds.filter((p) => p.gold === label);
  return gold.length ? gold.filter((p) => p.label === label).length / gold.length : 0;
}

/** Expected calibration error of the top-label confidence, equal-width bins. */
export function expectedCalibrationError(preds: readonly Prediction[], bins = 10): number {
  const sum = new Float64Array(bins), hit = new Float64Array(bins), n = new Float64Array(bins);
  for (const p of preds) {
    const b = Math.min(bins - 1, Math.floor(p.score * bins));
    sum[b] += p.score;
    hit[b] += p.gold === p.label ? 1 : 0;
    n[b]++;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) if (n[b]) ece += (n[b]! / preds.length) * Math.abs(sum[b]! / n[b]! - hit[b]! / n[b]!);
  return ece;
}
