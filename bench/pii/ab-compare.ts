/**
 * A/B throughput of two checkouts of the engine in ONE process, interleaved round by round in CPU time,
 * so machine noise hits both alike (runs in separate processes on a busy VM differ by 30%).
 *   npx tsx bench/pii/ab-compare.ts /path/to/checkout-a /path/to/checkout-b    (ROUNDS=12, WARM=20: V8 needs 10-15 passes to tier the engine up)
 * Each path is a repository root; its core/privacy/index.ts is imported. Also checks that both give
 * the same entities on every message.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { generate, split, SAFE_PATTERNS, type Message } from './generate.ts';
import type { ScrubResult, ScrubOptions } from '../../core/privacy/index.ts';

const dirs = process.argv.slice(2);
if (dirs.length !== 2) {
  console.error('usage: npx tsx bench/pii/ab-compare.ts <checkout-a> <checkout-b>');
  process.exit(2);
}
type Scrub = (text: string, options?: ScrubOptions) => ScrubResult;
const engines: Scrub[] = [];
for (const d of dirs) engines.push(((await import(pathToFileURL(resolve(d, 'core/privacy/index.ts')).href)) as { scrub: Scrub }).scrub);

const SEED = 20261129;
const messages = split(generate(SEED, 5000), SEED).test;
let differ = 0;
for (const m of messages) {
  const [a, b] = engines.map((s) => JSON.stringify(s(m.text, { locale: m.locale, safePatterns: SAFE_PATTERNS })));
  if (a !== b) differ++;
}
const WARM = Number(process.env.WARM ?? 20);
const ROUNDS = Number(process.env.ROUNDS ?? 12);
const run = (s: Scrub, m: Message) => s(m.text, { locale: m.locale, safePatterns: SAFE_PATTERNS });
for (let w = 0; w < WARM; w++) for (const s of engines) for (const m of messages) run(s, m);
const cpu = [0, 0];
for (let r = 0; r < ROUNDS; r++) {
  for (const [i, s] of (r % 2 ? [...engines.entries()].reverse() : [...engines.entries()])) {
    const c0 = process.cpuUsage();
    for (const m of messages) run(s, m);
    const c = process.cpuUsage(c0);
    cpu[i]! += c.user + c.system;
  }
}
const us = cpu.map((t) => t / ROUNDS / messages.length);
console.log(`A ${dirs[0]}: ${us[0]!.toFixed(2)} µs/msg`);
console.log(`B ${dirs[1]}: ${us[1]!.toFixed(2)} µs/msg`);
console.log(`B/A time ${(us[1]! / us[0]!).toFixed(3)}; messages with different output: ${differ} of ${messages.length}`);
