/**
 * Option sweep on the DEV splits only (never the test split): trains on models/data/corpus.jsonl with
 * the given pipeline options (JSON on argv), calibrates on dev (as `npm run train:intent` does), and
 * prints dev macro-F1 overall and per language, the HARD dev split (models/data/dev-hard.jsonl, not
 * used for calibration: phone-typed English near label boundaries, where dev is saturated), the fairness
 * audit's consistency (scrubbed input), held-out template groups and the small slice (20 a label,
 * mean of three slice seeds).
 *   SEEDS=1,2,3 GROUPS=0 SLICE=0 npx tsx bench/intent/dev-sweep.ts '{}' '{"featureDropout":0.3}'
 *   HARD2 is the second hard split (models/data/dev-hard2.jsonl): only its aggregate is ever printed.
 *   CAL=hard fits temperature and threshold on dev + dev-hard (HARD is then no longer unbiased).
 *   CORPUS=path trains on another build of the corpus (default models/data/corpus.jsonl).
 *   NLPJS=1 also trains the benchmark's peer (@nlpjs/nlp) on the same corpus and prints its dev and
 *   hard-dev figures, so the lead the benchmark asks for can be compared on dev.
 */
import { existsSync, readFileSync } from 'node:fs';
import { AUDIT_GROUPS, runAudit, softmax } from '../../core/intent/index.ts';
import { scrub } from '../../core/privacy/index.ts';
import { forward } from '../../models/train/bag-model.ts';
import { thresholded } from '../../models/train/calibrate.ts';
import { parseTrainingJsonl, type TrainingExample } from '../../models/train/dataset.ts';
import { macroF1, recall } from '../../models/train/metrics.ts';
import { Rng } from '../../models/train/rng.ts';
import { splitForValidation, trainIntentModel, type PipelineOptions } from '../../models/train/train-pipeline.ts';

// CORPUS=file compares another build of the training corpus (e.g. build-corpus.ts --skip ...) on the same dev splits.
const CORPUS = process.env.CORPUS ?? 'models/data/corpus.jsonl';
const train = parseTrainingJsonl(readFileSync(CORPUS, 'utf8'), CORPUS);
const dev = parseTrainingJsonl(readFileSync('models/data/dev.jsonl', 'utf8'), 'dev.jsonl');
const HARD = 'models/data/dev-hard.jsonl';
const devHard = existsSync(HARD) ? parseTrainingJsonl(readFileSync(HARD, 'utf8'), 'dev-hard.jsonl') : [];
const HARD2 = 'models/data/dev-hard2.jsonl';
const devHard2 = existsSync(HARD2) ? parseTrainingJsonl(readFileSync(HARD2, 'utf8'), 'dev-hard2.jsonl') : [];
// CAL=hard calibrates on dev + dev-hard (then only HARD2 is an unbiased measure).
const calibration = process.env.CAL === 'hard' ? [...dev, ...devHard] : dev;
const seeds = (process.env.SEEDS ?? '').split(',').filter((x) => x !== '').map(Number);

function sliceOf(examples: readonly TrainingExample[], perLabel: number, seed: number): TrainingExample[] {
  const rng = new Rng(seed);
  const byLabel = new Map<string, TrainingExample[]>();
  for (const e of examples) (byLabel.get(e.label) ?? byLabel.set(e.label, []).get(e.label)!).push(e);
  return [...byLabel.values()].flatMap((rows) => rng.shuffle([...rows]).slice(0, perLabel));
}

const groups = splitForValidation(train, 0.15, 5);

function evalOn(options: Partial<PipelineOptions>, examples: readonly TrainingExample[], on: readonly TrainingExample[] = dev) {
  const t = trainIntentModel(examples, options, calibration);
  const predict = (rows: readonly TrainingExample[]) => thresholded(rows.map((e) => softmax(forward(t.model, t.tokenizer.encode(e.text)))), rows.map((e) => e.label), t.labels, t.clearline.out_of_scope_threshold);
  const preds = predict(on);
  const hardPreds = on === dev && devHard.length ? predict(devHard) : [];
  const hard2Preds = on === dev && devHard2.length ? predict(devHard2) : [];
  const hard = { f1: hardPreds.length ? macroF1(hardPreds) : NaN, oos: hardPreds.length ? recall(hardPreds, 'out_of_scope') : NaN, f1b: hard2Preds.length ? macroF1(hard2Preds) : NaN, oosb: hard2Preds.length ? recall(hard2Preds, 'out_of_scope') : NaN };
  const byLang: Record<string, number> = {};
  for (const l of ['en', 'de', 'fr', 'es']) byLang[l] = macroF1(preds.filter((_, i) => (on[i]!.locale ?? 'en') === l));
  const classify = (text: string, locale: string) => thresholded([softmax(forward(t.model, t.tokenizer.encode(scrub(text, { locale }).text)))], [''], t.labels, t.clearline.out_of_scope_threshold)[0]!;
  return { audit: runAudit(classify, AUDIT_GROUPS), f1: macroF1(preds), hard, byLang, oos: recall(preds, 'out_of_scope'), ece: t.report.validationEceAfter, seconds: t.report.seconds, thr: t.clearline.out_of_scope_threshold };
}

const pct = (x: number) => (100 * x).toFixed(1);
const withSlice = process.env.SLICE !== '0';
if (process.env.NLPJS === '1') {
  const { trainNlpjs } = await import('./nlpjs-peer.ts');
  const peer = await trainNlpjs(train);
  const score = async (rows: readonly TrainingExample[]) => {
    const preds = [];
    for (const e of rows) preds.push({ gold: e.label, label: (await peer.classify(e.text)).label, score: 0 });
    return preds;
  };
  const d = await score(dev), h = await score(devHard), h2 = await score(devHard2);
  console.log(`nlp.js (same corpus): dev ${pct(macroF1(d))} en ${pct(macroF1(d.filter((_, i) => (dev[i]!.locale ?? 'en') === 'en')))} oos ${pct(recall(d, 'out_of_scope'))} | hard ${pct(macroF1(h))} oos ${pct(recall(h, 'out_of_scope'))} | hard2 ${pct(macroF1(h2))} oos ${pct(recall(h2, 'out_of_scope'))}`);
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
for (const arg of process.argv.slice(2)) {
  const options = JSON.parse(arg) as Partial<PipelineOptions>;
  if (seeds.length) {
    // One line per option set: dev, hard dev and audit for each seed, then their means.
    const runs: (Omit<ReturnType<typeof evalOn>, 'audit'> & { audit: number })[] = [];
    for (const seed of seeds) {
      const r = evalOn({ ...options, seed }, train);
      runs.push({ ...r, audit: (await r.audit).consistency });
    }
    const col = (f: (r: (typeof runs)[number]) => number) => `${pct(mean(runs.map(f)))} (${runs.map((r) => pct(f(r))).join('/')})`;
    console.log(`${arg} seeds ${seeds.join(',')}: dev ${col((r) => r.f1)} dev-en ${col((r) => r.byLang.en!)} HARD ${col((r) => r.hard.f1)} hard-oos ${col((r) => r.hard.oos)} HARD2 ${col((r) => r.hard.f1b)} hard2-oos ${col((r) => r.hard.oosb)} dev-oos ${col((r) => r.oos)} audit ${col((r) => r.audit)} thr ${runs.map((r) => r.thr).join('/')} ${runs.map((r) => r.seconds.toFixed(0)).join('/')}s`);
    continue;
  }
  const full = evalOn(options, train);
  const audit = await full.audit;
  const held = process.env.GROUPS === '0' ? null : evalOn(options, groups.train, groups.validation);
  let slice = held ? ` groups ${pct(held.f1)} (${Object.values(held.byLang).map(pct).join('/')})` : '';
  if (withSlice) {
    const f = [11, 12, 13].map((s) => evalOn(options, sliceOf(train, 20, s)).f1);
    slice += ` slice ${pct(f.reduce((a, b) => a + b, 0) / f.length)} (${f.map(pct).join('/')})`;
  }
  console.log(`${arg}: dev ${pct(full.f1)} hard ${pct(full.hard.f1)} hard-oos ${pct(full.hard.oos)} hard2 ${pct(full.hard.f1b)} hard2-oos ${pct(full.hard.oosb)} en/de/fr/es ${Object.values(full.byLang).map(pct).join('/')} oos ${pct(full.oos)} ece ${full.ece.toFixed(3)} thr ${full.thr} ${full.seconds.toFixed(0)}s audit ${pct(audit.consistency)}${slice}`);
}
