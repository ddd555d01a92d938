/**
 * npm run bench:pii — Clearline's PII engine against redact-pii (SyncRedactor) in the same run:
 * exact-span precision/recall/F1 per type and overall, leak rate, throughput, re-detection on scrubbed
 * text, an outside measure on Presidio's recognizer test cases, 1 MB adversarial timings and the gzip
 * size of the browser bundle. Prints markdown and writes bench/results/pii.json.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { detect, scrub, type DetectedEntity } from '../../core/privacy/index.ts';
import { generate, split, SAFE_PATTERNS, type Message } from './generate.ts';
import { evaluate, type Evaluation, type Span } from './metrics.ts';
import { redactPiiSpans, redactor } from './redact-pii-adapter.ts';
import { loadShippedEngine, type ShippedEngine } from './shipped-engine.ts';

const SEED = 20261129;
const COUNT = 5000;
const root = fileURLToPath(new URL('../../', import.meta.url));
const split_ = (process.argv.find((a) => a.startsWith('--split=')) ?? '--split=test').slice(8) as 'train' | 'dev' | 'test';

const ours = (m: { text: string; locale?: string }): Span[] => detect(m.text, { locale: m.locale ?? 'en-US', safePatterns: SAFE_PATTERNS });
const peer = (m: { text: string }): Span[] => redactPiiSpans(m.text);

function run(messages: readonly { text: string; locale?: string; entities: Span[] }[], f: (m: { text: string; locale?: string }) => Span[]): Evaluation {
  return evaluate(messages.map((m) => ({ text: m.text, gold: m.entities, pred: f(m) })));
}

/**
 * Throughput of the engines, interleaved round by round so background load hits them alike, in process
 * CPU time (user + system) rather than wall time; each engine's figure is its median round, so a
 * garbage collection or a burst of background work in one round does not decide the ratio.
 *
 * Steady state needs a long warm-up. V8 optimises a function once it is hot, and the hit paths of
 * Clearline's 17 recognizers run on a tenth of the messages each, so they get hot late: traced with
 * --trace-opt, passes over the split still set off optimisations up to pass 90 or so, and a pass with
 * one took 9.5-12.5 µs a message where a pass without took 7.3-8.4 (process CPU time includes V8's
 * compiler threads). After 90 passes rounds rarely compile anything. redact-pii settles after about 9
 * passes, and its figure is the same after 20 or 90. Both figures are reported: the rounds right after
 * 20 warm-up passes (still tiering up; what the bench measured as steady state before) and the rounds
 * after 90 passes in all (the steady state, which the budget is read on). Operators scrubbing
 * historical transcripts (the CLI) pass 90 x 1,045 messages within the first few seconds.
 * The first-sight figure is the cold counterpart.
 */
const EARLY_WARM_UP_PASSES = 20;
const STEADY_WARM_UP_PASSES = 90;
const ROUNDS = 21;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

type Throughput = { mbPerS: number; msgsPerS: number };

/** `warmUp` more passes of every engine, then ROUNDS interleaved rounds (which are passes too). */
function throughput(messages: readonly Message[], fs: readonly ((m: Message) => unknown)[], warmUp: number): Throughput[] {
  const bytes = messages.reduce((n, m) => n + Buffer.byteLength(m.text), 0);
  for (let w = 0; w < warmUp; w++) for (const f of fs) for (const m of messages) f(m);
  const rounds: number[][] = fs.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, f] of fs.entries()) {
      const c0 = process.cpuUsage();
      for (const m of messages) f(m);
      const c = process.cpuUsage(c0);
      rounds[i]!.push((c.user + c.system) / 1e6);
    }
  }
  return rounds.map((times) => {
    const s = median(times);
    return { mbPerS: bytes / 1e6 / s, msgsPerS: messages.length / s };
  });
}

function firstSight(messages: readonly Message[], fs: readonly ((m: Message) => unknown)[]): Throughput[] {
  const bytes = messages.reduce((n, m) => n + Buffer.byteLength(m.text), 0);
  return fs.map((f) => {
    const c0 = process.cpuUsage();
    for (const m of messages) f(m);
    const c = process.cpuUsage(c0);
    const s = (c.user + c.system) / 1e6;
    return { mbPerS: bytes / 1e6 / s, msgsPerS: messages.length / s };
  });
}

/** CPU milliseconds of one scrub call of the shipped engine, best of `n` (background load only ever adds time). */
function cpuMs(engine: ShippedEngine, text: string, n: number): number {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    engine.scrub(text, { locale: 'en-GB' });
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

function adversarial(engine: ShippedEngine): { shape: string; sizes: Record<string, number> }[] {
  const shapes = ['a', '1', '1 ', '1-', '1.', 'a@', '@a.', 'a.b@', '+44 (0) ', 'my name is ', 'my PIN is ', 'at dot ', '4111 ', 'Aa ', '12 Main ', 'Calle ', '::', 'ff:', 'Sarah ', 'Sarah- ', 'Mr Sarah' + 'a'.repeat(45) + ' ', '😀', '\u202e1\u202c ', '12\tBaker\tStreet.\t', '07911 123456 ', '[EMAIL_1] a@b.co '];
  const rows: { shape: string; sizes: Record<string, number> }[] = [];
  for (const unit of shapes) {
    const sizes: Record<string, number> = {};
    for (const size of [10_000, 100_000, 1_000_000]) {
      const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      sizes[String(size)] = cpuMs(engine, text, size >= 1_000_000 ? 2 : 3);
    }
    rows.push({ shape: unit, sizes });
  }
  // A random mix of digits, separators, letters and symbols.
  let x = 12345;
  const alphabet = '0123456789 +-().@:/aAbBzZ\n';
  const mix = (n: number) => { let s = ''; for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; s += alphabet[x % alphabet.length]; } return s; };
  const sizes: Record<string, number> = {};
  for (const size of [10_000, 100_000, 1_000_000]) sizes[String(size)] = cpuMs(engine, mix(size), size >= 1_000_000 ? 2 : 3);
  rows.push({ shape: 'random digits/separators/letters', sizes });
  // Random "00 dd dd dd" groups: every group can start an international number, and each start costs
  // libphonenumber-js up to four validations of distinct numbers.
  const intl = (n: number) => { let s = ''; while (s.length < n) { x = (x * 1103515245 + 12345) & 0x7fffffff; s += `00 ${String(x % 100).padStart(2, '0')} ${String((x >> 8) % 100).padStart(2, '0')} ${String((x >> 16) % 100).padStart(2, '0')} `; } return s.slice(0, n); };
  const intlSizes: Record<string, number> = {};
  for (const size of [10_000, 100_000, 1_000_000]) intlSizes[String(size)] = cpuMs(engine, intl(size), size >= 1_000_000 ? 2 : 3);
  rows.push({ shape: 'random "00 dd dd dd" groups', sizes: intlSizes });
  // A cue followed by nothing but blanks: regexes with two blank runs around an optional word backtrack
  // quadratically on it (the sort-code pattern did: 1.4 s at 40 KB).
  const cueBlanks: Record<string, number> = {};
  for (const size of [10_000, 100_000, 1_000_000]) cueBlanks[String(size)] = cpuMs(engine, `sort code${' '.repeat(size - 10)}x`, size >= 1_000_000 ? 2 : 3);
  rows.push({ shape: '"sort code" then blanks', sizes: cueBlanks });
  return rows;
}

/** Size of the engine as shipped (the Vite build the timings use), minified and gzip -9. */
function bundleSize(engine: ShippedEngine): { minified: number; gzip: number } {
  const code = Buffer.from(engine.code);
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f2 = (x: number) => x.toFixed(3);

function table(a: Evaluation, b: Evaluation): string {
  const types = [...new Set([...Object.keys(a.perType), ...Object.keys(b.perType)])].sort();
  const lines = ['| type | Clearline P | R | F1 | redact-pii P | R | F1 |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const t of types) {
    const x = a.perType[t], y = b.perType[t];
    const cell = (s?: { precision: number; recall: number; f1: number; tp: number; fn: number; fp: number }) => (s ? `${f2(s.precision)} | ${f2(s.recall)} | ${f2(s.f1)}` : '– | – | –');
    lines.push(`| ${t} | ${cell(x)} | ${cell(y)} |`);
  }
  lines.push(`| **overall (exact span)** | **${f2(a.overall.precision)}** | **${f2(a.overall.recall)}** | **${f2(a.overall.f1)}** | **${f2(b.overall.precision)}** | **${f2(b.overall.recall)}** | **${f2(b.overall.f1)}** |`);
  lines.push(`| overall (span and type) | ${f2(a.typedOverall.precision)} | ${f2(a.typedOverall.recall)} | ${f2(a.typedOverall.f1)} | ${f2(b.typedOverall.precision)} | ${f2(b.typedOverall.recall)} | ${f2(b.typedOverall.f1)} |`);
  lines.push(`| **leak rate** (PII chars not covered) | **${pct(a.leakRate)}** | | | **${pct(b.leakRate)}** | | |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const all = generate(SEED, COUNT);
  const parts = split(all, SEED);
  const messages = parts[split_];
  // Timing figures use the engine as shipped (Vite build, minified). First sight runs before anything
  // else has used either engine.
  const shipped = await loadShippedEngine();
  const opts = (m: Message) => ({ locale: m.locale, safePatterns: SAFE_PATTERNS });
  // Unseen messages: the dev split (never used here for anything else), or the test split if dev was asked for.
  const unseen = (split_ === 'dev' ? parts.test : parts.dev).slice(0, 1000);
  const [fsOurs, fsPeer] = firstSight(unseen, [(m) => shipped.scrub(m.text, opts(m)), (m) => redactor.redact(m.text)]) as [Throughput, Throughput];

  const a = run(messages, ours);
  const b = run(messages, peer);
  // Second line of defence: scrubbed text must give zero entities when detected again.
  let redetected = 0;
  for (const m of messages) redetected += detect(scrub(m.text, { locale: m.locale, safePatterns: SAFE_PATTERNS }).text, { locale: m.locale, safePatterns: SAFE_PATTERNS }).length;
  // The shipped engine must give the same output as the sources.
  const shippedDiffers = messages.filter((m) => JSON.stringify(shipped.scrub(m.text, opts(m))) !== JSON.stringify(scrub(m.text, opts(m)))).length;
  if (shippedDiffers > 0) throw new Error(`The shipped bundle and the sources disagree on ${shippedDiffers} messages.`);
  // The bound any gating could reach: per message, only the recognizers that have output for it.
  const needed = new Map(messages.map((m) => [m, shipped.DEFAULT_RECOGNIZERS.filter((r) => shipped.detect(m.text, { ...opts(m), recognizers: [r] }).length > 0)]));
  const engines = [
    (m: Message) => shipped.scrub(m.text, opts(m)),
    (m: Message) => redactor.redact(m.text),
    (m: Message) => shipped.scrub(m.text, { ...opts(m), recognizers: needed.get(m)! }),
  ];
  const [earlyOurs, earlyPeer] = throughput(messages, engines, EARLY_WARM_UP_PASSES) as [Throughput, Throughput, Throughput];
  const [tpOurs, tpPeer, tpBound] = throughput(messages, engines, STEADY_WARM_UP_PASSES - EARLY_WARM_UP_PASSES - ROUNDS) as [Throughput, Throughput, Throughput];
  const recognizersWithOutput = [...needed.values()].reduce((n, list) => n + list.length, 0) / messages.length;

  const presidioPath = '/work/shared/eval-public/pii-presidio-cases.jsonl';
  let presidio: { ours: Evaluation; peer: Evaluation; cases: number } | null = null;
  if (existsSync(presidioPath)) {
    const cases = readFileSync(presidioPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; entities: Span[] });
    presidio = { ours: run(cases.map((c) => ({ ...c, locale: 'en-US' })), ours), peer: run(cases, peer), cases: cases.length };
  }
  const adv = adversarial(shipped);
  const bundle = bundleSize(shipped);
  const worst1mb = Math.max(...adv.map((r) => r.sizes['1000000']!));

  const md: string[] = [];
  md.push(`### PII engine vs redact-pii — ${messages.length} generated ${split_} messages (seed ${SEED}, en-US/en-GB/de-DE/fr-FR/es-ES, ${a.piiChars} PII chars)`);
  md.push('', table(a, b), '');
  md.push('| measure | Clearline | redact-pii | budget |', '|---|---:|---:|---|');
  md.push(`| leak rate | ${pct(a.leakRate)} | ${pct(b.leakRate)} | < 0.5% ${a.leakRate < 0.005 ? '✅' : '❌'} |`);
  md.push(`| precision (exact span) | ${f2(a.overall.precision)} | ${f2(b.overall.precision)} | ≥ 0.95 ${a.overall.precision >= 0.95 ? '✅' : '❌'} |`);
  md.push(`| throughput MB/s, steady state (CPU time, interleaved) | ${tpOurs.mbPerS.toFixed(2)} | ${tpPeer.mbPerS.toFixed(2)} | ≥ 2x: ${(tpOurs.mbPerS / tpPeer.mbPerS).toFixed(2)}x ${tpOurs.mbPerS / tpPeer.mbPerS >= 2 ? '✅' : '❌'} |`);
  md.push(`| throughput msgs/s | ${tpOurs.msgsPerS.toFixed(0)} | ${tpPeer.msgsPerS.toFixed(0)} | |`);
  md.push(`| throughput MB/s while V8 still tiers up (rounds after ${EARLY_WARM_UP_PASSES} warm-up passes) | ${earlyOurs.mbPerS.toFixed(2)} | ${earlyPeer.mbPerS.toFixed(2)} | ${(earlyOurs.mbPerS / earlyPeer.mbPerS).toFixed(2)}x (information) |`);
  md.push(`| bound of gating: only the recognizers with output for each message (${recognizersWithOutput.toFixed(1)} of ${shipped.DEFAULT_RECOGNIZERS.length} on average), MB/s | ${tpBound.mbPerS.toFixed(2)} | ${tpPeer.mbPerS.toFixed(2)} | ${(tpBound.mbPerS / tpPeer.mbPerS).toFixed(2)}x (information) |`);
  md.push(`| first sight: one pass over ${unseen.length} unseen messages, MB/s (engines cold) | ${fsOurs.mbPerS.toFixed(2)} | ${fsPeer.mbPerS.toFixed(2)} | ${(fsOurs.mbPerS / fsPeer.mbPerS).toFixed(2)}x (information) |`);
  md.push(`| entities re-detected in scrubbed text | ${redetected} | – | 0 ${redetected === 0 ? '✅' : '❌'} |`);
  md.push(`| worst 1 MB adversarial input | ${worst1mb.toFixed(0)} ms | – | < 500 ms ${worst1mb < 500 ? '✅' : '❌'} |`);
  md.push(`| engine as shipped (Vite build, minified, gzip) | ${bundle.gzip} B (${(bundle.gzip / 1024).toFixed(1)} KB) | – | < 150 KB ${bundle.gzip < 150 * 1024 ? '✅' : '❌'} |`);
  if (presidio) {
    md.push('', `Outside measure (never tuned on): ${presidio.cases} Presidio recognizer test cases (/work/shared/eval-public/pii-presidio-cases.jsonl)`, '');
    md.push('| | P | R | F1 | leak rate |', '|---|---:|---:|---:|---:|');
    for (const [name, e] of [['Clearline', presidio.ours], ['redact-pii', presidio.peer]] as const) md.push(`| ${name} | ${f2(e.overall.precision)} | ${f2(e.overall.recall)} | ${f2(e.overall.f1)} | ${pct(e.leakRate)} |`);
  }
  md.push('', 'Adversarial input (CPU ms, best of 2-3, scrub with en-GB):', '', '| shape | 10 KB | 100 KB | 1 MB |', '|---|---:|---:|---:|');
  for (const r of adv) md.push(`| ${JSON.stringify(r.shape).replace(/\|/g, '\\|')} × n | ${r.sizes['10000']!.toFixed(1)} | ${r.sizes['100000']!.toFixed(1)} | ${r.sizes['1000000']!.toFixed(1)} |`);
  md.push('', `Bench time ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  console.log(md.join('\n'));

  mkdirSync(`${root}bench/results`, { recursive: true });
  const json = {
    seed: SEED, split: split_, messages: messages.length, generated: COUNT, locales: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES'],
    clearline: a, redactPii: b,
    throughput: { warmUpPasses: STEADY_WARM_UP_PASSES, clearline: tpOurs, redactPii: tpPeer, ratioMb: tpOurs.mbPerS / tpPeer.mbPerS },
    throughputTieringUp: { warmUpPasses: EARLY_WARM_UP_PASSES, clearline: earlyOurs, redactPii: earlyPeer, ratioMb: earlyOurs.mbPerS / earlyPeer.mbPerS },
    gatingBound: { recognizersWithOutputPerMessage: recognizersWithOutput, clearline: tpBound, ratioMb: tpBound.mbPerS / tpPeer.mbPerS },
    firstSightThroughput: { messages: unseen.length, clearline: fsOurs, redactPii: fsPeer, ratioMb: fsOurs.mbPerS / fsPeer.mbPerS },
    redetectedInScrubbed: redetected,
    presidio: presidio && { cases: presidio.cases, clearline: presidio.ours, redactPii: presidio.peer },
    adversarialMs: adv, worstAdversarial1MbMs: worst1mb,
    bundle: { ...bundle, tool: 'Vite (Rolldown) library build of core/privacy, target es2022, minified, as the worker is built; gzip -9' },
    notes: [
      'Exact span: a gold entity counts when a prediction has exactly its start and end; per-type rows credit a matched prediction to the gold type (redact-pii labels differ from ours); "span and type" also requires our type.',
      'Leak rate: share of non-whitespace characters inside gold PII spans that no predicted span covers.',
      'Timing figures (throughput, bound of gating, first sight, adversarial) run the engine as shipped: core/privacy built by Vite as the widget worker is built (Rolldown, es2022, minified), checked to give the same output as the sources on every message. redact-pii runs as published.',
      'Throughput (steady state): scrub() with placeholders vs SyncRedactor.redact(), per message, 21 interleaved rounds after 90 passes over the split in all (V8 still optimises functions of the recognizers\' hit paths up to pass 90 or so; redact-pii settles after about 9), process CPU time (user+system) so background load hits both alike; each engine\'s median round. The tiering-up row is the same after 20 passes.',
      'Bound of gating: scrub() with only the recognizers that have output for each message (found beforehand, recognizer by recognizer), measured in the same rounds; what a perfect decision about which recognizers to run could reach.',
      'First sight: one pass over unseen messages (the other split), ours then redact-pii, CPU time, before anything else in the run has used either engine (V8 has not tiered the code up). Neither engine memoises values across calls (Clearline deliberately: no phone numbers kept from message to message), so the repeated messages of the steady-state rounds gain nothing from their values.',
      'Adversarial: CPU time of one scrub() call on n repetitions of each shape, best of 2-3 runs.',
      'The generator and the engine were written together; tuning looked only at the dev split. The Presidio cases are the outside measure and were never looked at for tuning.',
    ],
    budgets: { leakRate: a.leakRate < 0.005, precision: a.overall.precision >= 0.95, throughput2x: tpOurs.mbPerS / tpPeer.mbPerS >= 2, adversarial1Mb: worst1mb < 500, bundle150Kb: bundle.gzip < 150 * 1024 },
  };
  if (split_ === 'test') writeFileSync(`${root}bench/results/pii.json`, JSON.stringify(json, null, 2) + '\n');
}

await main();
