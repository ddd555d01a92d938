/**
 * `npm run bench:handoff` — load check of the reference handoff server.
 *
 * 200 concurrent conversations against ONE standalone server process (server/handoff/standalone.ts)
 * on loopback. Each conversation opens a case, listens to its SSE stream, then does ROUNDS rounds
 * of: customer message (POST) → agent reply (POST) → the reply arrives on the customer's stream.
 * Bounded: fixed message count, hard time limit, stops by itself. Rate limits are switched off for
 * the run (all clients share one IP here); synchronous=FULL as in production.
 *
 * Peers, measured in the same run: (1) the same server and workload with synchronous=NORMAL
 * (what fsync on every commit costs); (2) a bare node:http JSON echo (bench/handoff/echo-peer.ts)
 * answering the same number of POSTs with the same bodies at the same 200-way concurrency, with
 * no validation, PII check, SQLite or SSE — the floor of one Node process on this machine.
 * Writes bench/results/handoff.json and prints a markdown table.
 */
import { mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setMaxListeners } from 'node:events';
import { readEventStream } from '../../core/handoff/index.ts';
import { spawnServer } from './spawn-server.ts';
import { percentile, round } from './stats.ts';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const TIME_LIMIT_MS = 120_000;
const TOKEN = 'bench-agent-token-0123456789abcdef';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Outcome { seconds: number; messages: number; errors: number; post: number[]; delivery: number[] }

const text = (c: number, i: number) => `Conversation ${c}, message ${i}: my router [ROUTER_1] drops the line when [PERSON_1] calls me on [PHONE_1].`;

async function timed(fn: () => Promise<Response>, samples: number[]): Promise<boolean> {
  const t0 = performance.now();
  try {
    const res = await fn();
    await res.arrayBuffer();
    samples.push(performance.now() - t0);
    return res.ok;
  } catch {
    return false;
  }
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) => () =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) });

async function runHandoff(api: string): Promise<Outcome> {
  const out: Outcome = { seconds: 0, messages: 0, errors: 0, post: [], delivery: [] };
  const deadline = AbortSignal.timeout(TIME_LIMIT_MS);
  setMaxListeners(0, deadline);
  const start = performance.now();
  await Promise.all(Array.from({ length: CONVERSATIONS }, async (_, c) => {
    const open = await fetch(`${api}/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({
      id: `bench-${c}-${Date.now()}`, messages: [{ id: 'm0', text: text(c, 0) }],
      decision: { rule: 'bench', explanation: 'Load check.', intent: 'no_signal', confidence: 0.5 }, queue: `q${c % 5}`, priority: 'normal', locale: 'en-GB', page: {},
    }) }).catch(() => null);
    if (!open?.ok) { out.errors += 1; return; }
    out.messages += 1;
    const { reference, caseSecret } = (await open.json()) as { reference: string; caseSecret: string };
    const waiting = new Map<string, (t: number) => void>();
    const stream = new AbortController();
    deadline.addEventListener('abort', () => stream.abort());
    let opened!: () => void;
    const isOpen = new Promise<void>((r) => { opened = r; });
    const listening = readEventStream({
      url: `${api}/cases/${reference}/events`, headers: { authorization: `Bearer ${caseSecret}` }, signal: stream.signal, onOpen: () => opened(),
      onEvent: (e) => { if (e.event === 'agent-reply') { const id = (JSON.parse(e.data) as { data: { id: string } }).data.id; waiting.get(id)?.(performance.now()); } },
    }).catch(() => {});
    await isOpen;
    for (let i = 1; i <= ROUNDS && !deadline.aborted; i++) {
      if (await timed(post(`${api}/cases/${reference}/messages`, { id: `m${i}`, text: text(c, i) }, { authorization: `Bearer ${caseSecret}` }), out.post)) out.messages += 1; else out.errors += 1;
      const replyId = `r${i}`;
      const arrived = new Promise<number>((r) => waiting.set(replyId, r));
      const t0 = performance.now();
      if (await timed(post(`${api}/agent/cases/${reference}/replies`, { id: replyId, text: `Reply ${i} to [PERSON_1].` }, { authorization: `Bearer ${TOKEN}` }), out.post)) out.messages += 1; else { out.errors += 1; continue; }
      const t1 = await Promise.race([arrived, new Promise<number>((r) => setTimeout(() => r(Number.NaN), 30_000))]);
      if (Number.isNaN(t1)) out.errors += 1; else out.delivery.push(t1 - t0);
    }
    stream.abort();
    await listening;
  }));
  out.seconds = (performance.now() - start) / 1000;
  return out;
}

async function runPeer(url: string): Promise<Outcome> {
  const out: Outcome = { seconds: 0, messages: 0, errors: 0, post: [], delivery: [] };
  const start = performance.now();
  await Promise.all(Array.from({ length: CONVERSATIONS }, async (_, c) => {
    for (let i = 0; i <= ROUNDS * 2; i++) {
      if (await timed(post(`${url}/echo`, { id: `m${i}`, text: text(c, i) }), out.post)) out.messages += 1; else out.errors += 1;
    }
  }));
  out.seconds = (performance.now() - start) / 1000;
  return out;
}

async function handoffRun(synchronous: 'FULL' | 'NORMAL'): Promise<Outcome & { dbBytes: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-handoff-'));
  const server = await spawnServer(join(ROOT, 'server/handoff/standalone.ts'), {
    DATA_DIR: dataDir, AGENT_TOKEN: TOKEN, HANDOFF_QUIET: '1', PORT: '0', HANDOFF_SYNCHRONOUS: synchronous,
    HANDOFF_LIMITS: JSON.stringify({ perIp: null, openPerIp: null, messagesPerCase: null, streamsPerCase: 4 }),
  });
  const outcome = await runHandoff(`${server.url}/api/handoff/v1`);
  await server.stop();
  const dbBytes = readdirSync(dataDir).filter((f) => f.startsWith('handoff.sqlite')).reduce((sum, f) => sum + statSync(join(dataDir, f)).size, 0);
  rmSync(dataDir, { recursive: true, force: true });
  return { ...outcome, dbBytes };
}

const loadBefore = loadavg()[0]!;
const peer = await spawnServer(join(ROOT, 'bench/handoff/echo-peer.ts'), {});
const peerOutcome = await runPeer(peer.url);
await peer.stop();
const outcome = await handoffRun('FULL');
const normal = await handoffRun('NORMAL');
const dbBytes = outcome.dbBytes;

const rate = (o: Outcome) => o.messages / o.seconds;
const result = {
  bench: 'handoff',
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version, loadAverage1mBefore: round(loadBefore, 2), note: 'shared machine: other processes compete for the cores; compare ratios from one run, not absolute figures across runs' },
  load: { conversations: CONVERSATIONS, rounds: ROUNDS, note: 'customer message + agent reply per round, reply delivered over SSE; load generator shares the machine' },
  handoff: {
    messagesPerSecond: round(rate(outcome)), messages: outcome.messages, errors: outcome.errors, seconds: round(outcome.seconds, 2),
    postLatencyMs: { p50: round(percentile(outcome.post, 50)), p95: round(percentile(outcome.post, 95)) },
    replyDeliveryMs: { p50: round(percentile(outcome.delivery, 50)), p95: round(percentile(outcome.delivery, 95)) },
    sqliteBytes: dbBytes, bytesPerMessage: Math.round(dbBytes / Math.max(1, outcome.messages)),
  },
  peerNormal: {
    name: 'same server, synchronous=NORMAL',
    messagesPerSecond: round(rate(normal)), messages: normal.messages, errors: normal.errors,
    postLatencyMs: { p50: round(percentile(normal.post, 50)), p95: round(percentile(normal.post, 95)) },
    replyDeliveryMs: { p50: round(percentile(normal.delivery, 50)), p95: round(percentile(normal.delivery, 95)) },
  },
  peer: {
    name: 'node:http JSON echo (no validation, PII check, storage or SSE)',
    messagesPerSecond: round(rate(peerOutcome)), messages: peerOutcome.messages, errors: peerOutcome.errors,
    postLatencyMs: { p50: round(percentile(peerOutcome.post, 50)), p95: round(percentile(peerOutcome.post, 95)) },
  },
  ratio: {
    throughputVsEcho: round(rate(outcome) / rate(peerOutcome), 3),
    throughputVsNormal: round(rate(outcome) / rate(normal), 3),
    postP95VsNormal: round(percentile(outcome.post, 95) / percentile(normal.post, 95), 2),
  },
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/handoff.json'), `${JSON.stringify(result, null, 2)}\n`);

const h = result.handoff;
const p = result.peer;
console.log(`\n### Handoff load check — ${CONVERSATIONS} concurrent conversations × ${ROUNDS} rounds, one server process, ${cpus().length} cores (1-min load before: ${round(loadBefore, 2)})\n`);
console.log('| server | messages | msg/s | POST p50 ms | POST p95 ms | reply delivery p50 / p95 ms | errors |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
console.log(`| handoff (SQLite, synchronous=FULL) | ${h.messages} | ${h.messagesPerSecond} | ${h.postLatencyMs.p50} | ${h.postLatencyMs.p95} | ${h.replyDeliveryMs.p50} / ${h.replyDeliveryMs.p95} | ${h.errors} |`);
const n = result.peerNormal;
console.log(`| peer: ${n.name} | ${n.messages} | ${n.messagesPerSecond} | ${n.postLatencyMs.p50} | ${n.postLatencyMs.p95} | ${n.replyDeliveryMs.p50} / ${n.replyDeliveryMs.p95} | ${n.errors} |`);
console.log(`| peer: ${p.name} | ${p.messages} | ${p.messagesPerSecond} | ${p.postLatencyMs.p50} | ${p.postLatencyMs.p95} | — | ${p.errors} |`);
console.log(`\nThroughput: ${result.ratio.throughputVsNormal}× synchronous=NORMAL, ${result.ratio.throughputVsEcho}× the bare echo (which has no SSE round trip, so its latencies are not comparable). POST p95 ${result.ratio.postP95VsNormal}× NORMAL's. SQLite on disk: ${h.sqliteBytes} bytes (${h.bytesPerMessage} B/message).`);
if (outcome.errors > 0 || normal.errors > 0 || peerOutcome.errors > 0) {
  console.error(`errors: handoff ${outcome.errors}, NORMAL ${normal.errors}, echo ${peerOutcome.errors}`);
  process.exitCode = 1;
}
