/**
 * Option sweep on the DEV split only (never the test split): trains on models/data/corpus.jsonl with
 * the given pipeline options (JSON on argv), calibrates on dev, and prints dev macro-F1 overall and per
 * language, held-out template groups, the fairness audit's consistency (scrubbed input), plus the small
 * slice (20 a label) averaged over three slice seeds.
 *   npx tsx bench/intent/dev-sweep.ts '{"dim":16}' '{"featureDropout":0.3}'
 */
import { readFileSync } from 'node:fs';
import { AUDIT_GROUPS, runAudit, softmax } from '../../core/intent/index.ts';
import { scrub } from '../../core/privacy/index.ts';
import { forward } from '../../models/train/bag-model.ts';
import { thresholded } from '../../models/train/calibrate.ts';
import { parseTrainingJsonl, type TrainingExample } from '../../models/train/dataset.ts';
import { macroF1, recall } from '../../models/train/metrics.ts';
import { Rng } from '../../models/train/rng.ts';
import { splitForValidation, trainIntentModel, type PipelineOptions } from '../../models/train/train-pipeline.ts';

const train = parseTrainingJsonl(readFileSync('models/data/corpus.jsonl', 'utf8'), 'corpus.jsonl');
const dev = parseTrainingJsonl(readFileSync('models/data/dev.jsonl', 'utf8'), 'dev.jsonl');

function sliceOf(examples: readonly TrainingExample[], perLabel: number, seed: number): TrainingExample[] {
  const rng = new Rng(seed);
  const byLabel = new Map<string, TrainingExample[]>();
  for (const e of examples) (byLabel.get(e.label) ?? byLabel.set(e.label, []).get(e.label)!).push(e);
  return [...byLabel.values()].flatMap((rows) => rng.shuffle([...rows]).slice(0, perLabel));
}

const groups = splitForValidation(train, 0.15, 5);

function evalOn(options: Partial<PipelineOptions>, examples: readonly TrainingExample[], on: readonly TrainingExample[] = dev) {
  const t = trainIntentModel(examples, options, dev);
  const preds = thresholded(on.map((e) => softmax(forward(t.model, t.tokenizer.encode(e.text)))), on.map((e) => e.label), t.labels, t.clearline.out_of_scope_threshold);
  const byLang: Record<string, number> = {};
  for (const l of ['en', 'de', 'fr', 'es']) byLang[l] = macroF1(preds.filter((_, i) => (on[i]!.locale ?? 'en') === l));
  const classify = (text: string, locale: string) => thresholded([softmax(forward(t.model, t.tokenizer.encode(scrub(text, { locale }).text)))], [''], t.labels, t.clearline.out_of_scope_threshold)[0]!;
  return { audit: runAudit(classify, AUDIT_GROUPS), f1: macroF1(preds), byLang, oos: recall(preds, 'out_of_scope'), ece: t.report.validationEceAfter, seconds: t.report.seconds, thr: t.clearline.out_of_scope_threshold };
}

const pct = (x: number) => (100 * x).toFixed(1);
const withSlice = process.env.SLICE !== '0';
for (const arg of process.argv.slice(2)) {
  const options = JSON.parse(arg) as Partial<PipelineOptions>;
  const full = evalOn(options, train);
  const audit = await full.audit;
  const held = process.env.GROUPS === '0' ? null : evalOn(options, groups.train, groups.validation);
  let slice = held ? ` groups ${pct(held.f1)} (${Object.values(held.byLang).map(pct).join('/')})` : '';
  if (withSlice) {
    const f = [11, 12, 13].map((s) => evalOn(options, sliceOf(train, 20, s)).f1);
    slice += ` slice ${pct(f.reduce((a, b) => a + b, 0) / f.length)} (${f.map(pct).join('/')})`;
  }
  console.log(`${arg}: dev ${pct(full.f1)} en/de/fr/es ${Object.values(full.byLang).map(pct).join('/')} oos ${pct(full.oos)} ece ${full.ece.toFixed(3)} thr ${full.thr} ${full.seconds.toFixed(0)}s audit ${pct(audit.consistency)}${slice}`);
}
