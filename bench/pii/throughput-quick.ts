/**
 * Quick throughput check for engine work: the bench's throughput section alone (the shipped bundle's scrub() vs
 * redact-pii's SyncRedactor.redact() on the generated test split, twenty full warm-up passes, ten interleaved rounds, CPU time; WARM and ROUNDS override).
 *   npx tsx bench/pii/throughput-quick.ts
 */
import { generate, split, SAFE_PATTERNS, type Message } from './generate.ts';
import { redactor } from './redact-pii-adapter.ts';
import { loadShippedEngine } from './shipped-engine.ts';

const SEED = 20261129;
const messages = split(generate(SEED, 5000), SEED).test;
const { scrub } = await loadShippedEngine();
const fs: ((m: Message) => unknown)[] = [(m) => scrub(m.text, { locale: m.locale, safePatterns: SAFE_PATTERNS }), (m) => redactor.redact(m.text)];
const only = process.argv.includes('--ours-only');
const WARM = Number(process.env.WARM ?? 20);
for (let w = 0; w < WARM; w++) for (const f of fs) for (const m of messages) f(m);
const cpu = [0, 0];
const ROUNDS = Number(process.env.ROUNDS ?? 10);
for (let r = 0; r < ROUNDS; r++) {
  for (const [i, f] of fs.entries()) {
    if (only && i === 1) continue;
    const c0 = process.cpuUsage();
    for (const m of messages) f(m);
    const c = process.cpuUsage(c0);
    cpu[i]! += (c.user + c.system) / 1e6;
  }
}
const us = cpu.map((s) => (s / ROUNDS / messages.length) * 1e6);
console.log(`messages ${messages.length}: ours ${us[0]!.toFixed(2)} µs/msg, redact-pii ${only ? '-' : us[1]!.toFixed(2)} µs/msg, ratio ${only ? '-' : (us[1]! / us[0]!).toFixed(2)}x`);
