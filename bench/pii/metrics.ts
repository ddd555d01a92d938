/** Exact-span precision/recall/F1 per type and overall, and the leak rate over PII characters. */
export interface Span { type: string; start: number; end: number }
export interface Counts { tp: number; fp: number; fn: number }
export interface Scores { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }
export interface Evaluation { perType: Record<string, Scores>; overall: Scores; typedOverall: Scores; leakRate: number; piiChars: number; leakedChars: number; messages: number }

export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ...c };
}

/**
 * Exact span match: a gold entity is found when a prediction has exactly its start and end. Per-type rows
 * attribute a matched prediction to the gold type and an unmatched one to its own (mapped) type, so engines
 * whose labels differ from ours (redact-pii's DIGITS) are compared on the same spans. `typedOverall` also
 * requires the type to match.
 */
export function evaluate(items: readonly { text: string; gold: readonly Span[]; pred: readonly Span[] }[]): Evaluation {
  const per = new Map<string, Counts>();
  const get = (t: string) => { let c = per.get(t); if (!c) { c = { tp: 0, fp: 0, fn: 0 }; per.set(t, c); } return c; };
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const typed: Counts = { tp: 0, fp: 0, fn: 0 };
  let piiChars = 0, leaked = 0;
  for (const { text, gold, pred } of items) {
    const key = (s: Span) => `${s.start}:${s.end}`;
    const predBy = new Map(pred.map((p) => [key(p), p]));
    const goldBy = new Map(gold.map((g) => [key(g), g]));
    for (const g of gold) {
      const p = predBy.get(key(g));
      if (p) { get(g.type).tp++; all.tp++; } else { get(g.type).fn++; all.fn++; }
      if (p && p.type === g.type) typed.tp++; else typed.fn++;
      for (let i = g.start; i < g.end; i++) {
        if (/\s/.test(text[i]!)) continue;
        piiChars++;
        if (!pred.some((q) => q.start <= i && i < q.end)) leaked++;
      }
    }
    for (const p of pred) {
      const g = goldBy.get(key(p));
      if (!g) { get(p.type).fp++; all.fp++; }
      if (!g || g.type !== p.type) typed.fp++;
    }
  }
  const perType: Record<string, Scores> = {};
  for (const [t, c] of [...per].sort()) perType[t] = scores(c);
  return { perType, overall: scores(all), typedOverall: scores(typed), leakRate: piiChars ? leaked / piiChars : 0, piiChars, leakedChars: leaked, messages: items.length };
}
