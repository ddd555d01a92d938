/**
 * Fault test: kill -9 of the server during a burst of 200 messages from 20 concurrent
 * conversations. Each conversation retries its unacknowledged message with the same id (as the
 * widget does) until the restarted server acknowledges it. Afterwards every message is stored
 * exactly once, in the order it was sent — including every message acknowledged before the kill.
 * Run with synchronous=FULL (the default) and NORMAL: in WAL mode both survive a process crash;
 * only FULL also survives an OS crash or power loss, which this test cannot simulate.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnStandalone, killHard, stopGently, type Standalone } from './standalone-process.ts';

const TOKEN = 'fault-test-agent-token-0123456789';
const CONVERSATIONS = 20;
const PER_CONVERSATION = 10;

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(5000) });
}

let failedAttempts = 0;

/** Posts until the server acknowledges (2xx); network errors and 5xx are retried after a short pause. */
async function deliver(url: string, body: unknown, headers: Record<string, string>): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await postJson(url, body, headers);
      if (res.ok) return res;
      if (res.status < 500) throw new Error(`refused ${res.status}: ${await res.text()}`);
    } catch (error) {
      if ((error as Error).message.startsWith('refused')) throw error;
    }
    failedAttempts += 1;
    if (attempt > 400) throw new Error('gave up after 400 attempts');
    await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
  }
}

for (const synchronous of ['FULL', 'NORMAL'] as const) test(`with synchronous=${synchronous}, after kill -9 mid-burst and a restart, every acknowledged message of 20 concurrent conversations is stored exactly once, in order`, { timeout: 120_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'handoff-kill-'));
  const extra = { HANDOFF_SYNCHRONOUS: synchronous };
  let server: Standalone = await spawnStandalone({ dataDir, agentToken: TOKEN, extra });
  const port = server.port;
  const api = () => `http://127.0.0.1:${port}/api/handoff/v1`;
  try {
    const cases = await Promise.all(Array.from({ length: CONVERSATIONS }, async (_, c) => {
      const res = await deliver(`${api()}/cases`, {
        id: `kill-case-${c}`, messages: [{ id: `c${c}-m0`, text: `conversation ${c} opens` }],
        decision: { rule: 'r', explanation: '', intent: null, confidence: null }, queue: 'q', priority: 'normal', locale: 'en', page: {},
      }, {});
      return (await res.json()) as { reference: string; caseSecret: string };
    }));
    failedAttempts = 0;
    const acknowledged: string[][] = cases.map(() => []);
    let total = 0;
    let killed = false;
    let restarted: Promise<void> = Promise.resolve();
    const conversations = cases.map(async (kase, c) => {
      for (let i = 1; i <= PER_CONVERSATION; i++) {
        const id = `c${c}-m${i}`;
        await deliver(`${api()}/cases/${kase.reference}/messages`, { id, text: `conversation ${c} message ${i}` }, { authorization: `Bearer ${kase.caseSecret}` });
        acknowledged[c]!.push(id);
        total += 1;
        if (!killed && total >= 70) {
          killed = true;
          restarted = (async () => {
            await killHard(server);
            server = await spawnStandalone({ dataDir, agentToken: TOKEN, port, extra });
          })();
        }
      }
    });
    await Promise.all(conversations);
    await restarted;
    assert.equal(killed, true);
    assert.ok(failedAttempts > 0, 'some requests hit the dead server and were retried');
    assert.equal(total, CONVERSATIONS * PER_CONVERSATION);
    for (const [c, kase] of cases.entries()) {
      const res = await fetch(`${api()}/agent/cases/${kase.reference}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const { case: detail } = (await res.json()) as { case: { messages: { id: string; seq: number }[] } };
      const ids = detail.messages.map((m) => m.id);
      assert.deepEqual(ids, [`c${c}-m0`, ...acknowledged[c]!], `conversation ${c}`);
      assert.deepEqual(detail.messages.map((m) => m.seq), ids.map((_, i) => i + 1));
      assert.deepEqual(acknowledged[c], Array.from({ length: PER_CONVERSATION }, (_, i) => `c${c}-m${i + 1}`));
    }
  } finally {
    await stopGently(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
