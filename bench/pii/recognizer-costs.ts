/**
 * Where scrub() spends its time, in place: every recognizer is timed inside the real detect() loop
 * (so shared caches behave as in production), split into calls with output ("hit") and without
 * ("miss"). The phrase scan and the digit runs are charged to two rows of their own, run first.
 * Figures are µs per message of the generated test split (timer overhead subtracted; the timers
 * themselves slow the whole run down, so compare rows, not the total with the bench).
 *   npx tsx bench/pii/recognizer-costs.ts        (ROUNDS=30 by default)
 */
import { scrub } from '../../core/privacy/index.ts';
import { DEFAULT_RECOGNIZERS } from '../../core/privacy/recognizers/index.ts';
import { longDigitRuns, maximalDigitRuns } from '../../core/privacy/digit-runs.ts';
import { SHARED_PHRASES } from '../../core/privacy/phrase-matcher.ts';
import type { DetectedEntity, Recognizer, RecognizerInput } from '../../core/privacy/types.ts';
import { generate, split, SAFE_PATTERNS, type Message } from './generate.ts';

const SEED = 20261129;
const messages = split(generate(SEED, 5000), SEED).test;
const ROUNDS = Number(process.env.ROUNDS ?? 30);
const probe = SHARED_PHRASES.define([]);
const names = ['phrase scan', 'digit runs', ...DEFAULT_RECOGNIZERS.map((r) => r.name)];
const hitTime = new Float64Array(names.length);
const missTime = new Float64Array(names.length);
const hitCalls = new Float64Array(names.length);
const missCalls = new Float64Array(names.length);
let measuring = false;

function timed(k: number, find: (input: RecognizerInput) => DetectedEntity[]): Recognizer {
  return {
    name: names[k]!,
    find(input) {
      const t0 = performance.now();
      const out = find(input);
      const dt = performance.now() - t0;
      if (measuring) {
        if (out.length > 0) { hitTime[k] += dt; hitCalls[k]++; } else { missTime[k] += dt; missCalls[k]++; }
      }
      return out;
    },
  };
}

const recognizers = [
  timed(0, (input) => { probe.matches(input.lower); return []; }),
  // What the engine builds per text: the run table and the objects of runs of six digits or more.
  timed(1, (input) => { maximalDigitRuns(input); longDigitRuns(input); return []; }),
  ...DEFAULT_RECOGNIZERS.map((r, j) => timed(j + 2, (input) => r.find(input))),
];
const run = (m: Message) => scrub(m.text, { locale: m.locale, safePatterns: SAFE_PATTERNS, recognizers });
for (let w = 0; w < 20; w++) for (const m of messages) run(m); // V8 needs 10-15 passes to tier the engine up

let empty = 0;
for (let i = 0; i < 100_000; i++) { const t0 = performance.now(); empty += performance.now() - t0; }
const timerUs = (empty / 100_000) * 1000;

measuring = true;
for (let r = 0; r < ROUNDS; r++) for (const m of messages) run(m);
const calls = ROUNDS * messages.length;
let total = 0;
console.log('µs per message         hit (share of msgs, per call)       miss (per call)');
for (const [k, name] of names.entries()) {
  const hit = (hitTime[k]! * 1000 - hitCalls[k]! * timerUs) / calls;
  const miss = (missTime[k]! * 1000 - missCalls[k]! * timerUs) / calls;
  total += hit + miss;
  const perHit = hitCalls[k] ? (hit * calls) / hitCalls[k]! : 0;
  const perMiss = missCalls[k] ? (miss * calls) / missCalls[k]! : 0;
  console.log(`${name.padEnd(16)} ${hit.toFixed(2).padStart(6)} (${((hitCalls[k]! / calls) * 100).toFixed(0).padStart(3)}%, ${perHit.toFixed(2).padStart(6)})    ${miss.toFixed(2).padStart(6)} (${perMiss.toFixed(2).padStart(5)})`);
}
console.log(`sum of rows ${total.toFixed(2)} µs per message (timer ${timerUs.toFixed(3)} µs subtracted per call)`);
