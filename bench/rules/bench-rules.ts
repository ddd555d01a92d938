/**
 * `npm run bench:rules`: how fast the rules engine decides and compiles, against two peers measured
 * in the same run — a naive interpreter of the same rules (no precompilation) and json-rules-engine 7.
 * Writes bench/results/rules.json and prints a Markdown table.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compileRules, decide, type DecisionContext, type RulesBundle } from '../../core/rules/index.ts';
import { INTENT_LABELS } from '../../core/intent/index.ts';
import { benchContexts, generateRules, rulesYaml } from './generate-rules.ts';
import { buildEngine, factsFor } from './json-rules-engine-peer.ts';
import { naiveDecide } from './naive-interpreter.ts';

const SIZES = [10, 100, 1000] as const;
const ITERATIONS: Record<number, number> = { 10: 20_000, 100: 10_000, 1000: 3_000 };
const PEER_ITERATIONS: Record<number, number> = { 10: 5_000, 100: 2_000, 1000: 400 };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const micro = (ns: bigint) => Number(ns) / 1000;

function timeSync(iterations: number, contexts: DecisionContext[], run: (c: DecisionContext) => unknown) {
  for (let i = 0; i < Math.min(2000, iterations); i++) run(contexts[i % contexts.length]!);
  const samples: number[] = new Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const c = contexts[i % contexts.length]!;
    const start = process.hrtime.bigint();
    run(c);
    samples[i] = micro(process.hrtime.bigint() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function timeAsync(iterations: number, contexts: DecisionContext[], run: (c: DecisionContext) => Promise<unknown>) {
  for (let i = 0; i < Math.min(200, iterations); i++) await run(contexts[i % contexts.length]!);
  const samples: number[] = new Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const c = contexts[i % contexts.length]!;
    const start = process.hrtime.bigint();
    await run(c);
    samples[i] = micro(process.hrtime.bigint() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

function median(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const contexts = benchContexts();
const rows = [];

for (const size of SIZES) {
  const rules = generateRules(size);
  const yaml = rulesYaml(rules);
  const compiled = compileRules(yaml, { labels: INTENT_LABELS });
  if (!compiled.bundle) throw new Error(`bench rules (${size}) do not compile: ${compiled.diagnostics.find((d) => d.severity === 'error')?.message}`);
  const bundle: RulesBundle = compiled.bundle;
  const compileMs = median(5, () => compileRules(yaml, { labels: INTENT_LABELS }));
  const engineBuildMs = median(5, () => buildEngine(rules));

  // Same answers from all three before timing anything.
  const engine = buildEngine(rules);
  let naiveAgree = 0;
  let peerAgree = 0;
  for (const c of contexts) {
    const ours = decide(bundle, c).rule;
    if (naiveDecide(rules, c).rule === ours) naiveAgree++;
    const { results } = await engine.run(factsFor(c));
    const best = results.sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0))[0]?.name ?? null;
    if (best === ours) peerAgree++;
  }
  if (naiveAgree !== contexts.length) throw new Error(`naive interpreter disagrees on ${contexts.length - naiveAgree} messages`);

  const ours = timeSync(ITERATIONS[size]!, contexts, (c) => decide(bundle, c));
  const naive = timeSync(ITERATIONS[size]!, contexts, (c) => naiveDecide(rules, c));
  const peer = await timeAsync(PEER_ITERATIONS[size]!, contexts, (c) => engine.run(factsFor(c)));
  const json = JSON.stringify(bundle);
  const matched = contexts.filter((c) => decide(bundle, c).rule !== null).length;
  rows.push({
    rules: size,
    decideP50Us: round(ours.p50), decideP95Us: round(ours.p95),
    naiveP50Us: round(naive.p50), naiveP95Us: round(naive.p95),
    jsonRulesEngineP50Us: round(peer.p50), jsonRulesEngineP95Us: round(peer.p95),
    speedupVsNaiveP50: round(naive.p50 / ours.p50), speedupVsJsonRulesEngineP50: round(peer.p50 / ours.p50),
    compileMs: round(compileMs), jsonRulesEngineBuildMs: round(engineBuildMs),
    bundleBytes: Buffer.byteLength(json), bundleGzipBytes: gzipSync(json).length, yamlBytes: Buffer.byteLength(yaml),
    messagesMatchingARule: `${matched}/${contexts.length}`, jsonRulesEngineAgreement: `${peerAgree}/${contexts.length}`,
  });
}

// The shipped example, as a realistic data point.
const exampleYaml = readFileSync('rules-studio/examples/rules.yaml', 'utf8');
const example = compileRules(exampleYaml, { labels: INTENT_LABELS }).bundle!;
const exampleCompileMs = median(5, () => compileRules(exampleYaml, { labels: INTENT_LABELS }));
const exampleDecide = timeSync(20_000, contexts, (c) => decide(example, c));
const exampleJson = JSON.stringify(example);

const result = {
  benchmark: 'rules',
  date: new Date().toISOString(),
  node: process.version,
  peers: ['naive interpreter of the same rules (bench/rules/naive-interpreter.ts)', 'json-rules-engine 7.3.1'],
  note: 'Decision times are per message, with the full explanation trace; most messages match no rule, so every rule is evaluated (worst case). json-rules-engine always evaluates every rule.',
  sizes: rows,
  example: {
    file: 'rules-studio/examples/rules.yaml', rules: example.rules.length, compileMs: round(exampleCompileMs),
    decideP50Us: round(exampleDecide.p50), decideP95Us: round(exampleDecide.p95),
    bundleBytes: Buffer.byteLength(exampleJson), bundleGzipBytes: gzipSync(exampleJson).length, yamlBytes: Buffer.byteLength(exampleYaml),
  },
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/rules.json', `${JSON.stringify(result, null, 2)}\n`);

console.log('| rules | decide p50 / p95 (µs) | naive p50 / p95 (µs) | json-rules-engine p50 / p95 (µs) | × naive | × json-rules-engine | compile (ms) | jre build (ms) | bundle bytes (gzip) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.rules} | ${r.decideP50Us} / ${r.decideP95Us} | ${r.naiveP50Us} / ${r.naiveP95Us} | ${r.jsonRulesEngineP50Us} / ${r.jsonRulesEngineP95Us} | ${r.speedupVsNaiveP50} | ${r.speedupVsJsonRulesEngineP50} | ${r.compileMs} | ${r.jsonRulesEngineBuildMs} | ${r.bundleBytes} (${r.bundleGzipBytes}) |`);
}
const e = result.example;
console.log(`\nExample (${e.file}, ${e.rules} rules): compile ${e.compileMs} ms, decide p50 ${e.decideP50Us} µs / p95 ${e.decideP95Us} µs, bundle ${e.bundleBytes} bytes (${e.bundleGzipBytes} gzip) from ${e.yamlBytes} bytes of YAML.`);
console.log('Wrote bench/results/rules.json');
