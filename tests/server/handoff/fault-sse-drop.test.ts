/**
 * Fault test: the network drops the customer's SSE connection several times while an agent is
 * replying. Reconnecting with the last event id it saw, the customer receives every reply exactly once, in order.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openCase, post, agent, type Harness } from './harness.ts';
import { startDropProxy, type DropProxy } from './drop-proxy.ts';
import { readEventStream } from '../../../core/handoff/index.ts';

let h: Harness;
let proxy: DropProxy;
before(async () => {
  h = await startHarness();
  proxy = await startDropProxy(Number(new URL(h.url).port));
});
after(async () => { await proxy.close(); await h.close(); });

test('replies sent across three network drops all arrive once and in order after resuming from the last event id', { timeout: 30_000 }, async () => {
  const { reference, caseSecret } = await openCase(h);
  const REPLIES = 30;
  const received: string[] = [];
  let lastEventId: string | null = null;
  let connections = 0;
  const stop = new AbortController();
  const listening = (async () => {
    while (!stop.signal.aborted && received.length < REPLIES) {
      connections += 1;
      await readEventStream({
        url: `${proxy.url}/api/handoff/v1/cases/${reference}/events`, headers: { authorization: `Bearer ${caseSecret}` },
        lastEventId, signal: stop.signal,
        onEvent: (e) => {
          if (e.event !== 'agent-reply') return;
          lastEventId = e.id;
          received.push((JSON.parse(e.data) as { data: { id: string } }).data.id);
          if (received.length >= REPLIES) stop.abort();
        },
      }).catch(() => {});
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  for (let i = 0; i < REPLIES; i++) {
    const res = await post(`${h.api}/agent/cases/${reference}/replies`, { id: `reply-${i}`, text: `reply ${i}` }, agent);
    assert.equal(res.status, 201);
    if (i % 10 === 5) {
      await new Promise((r) => setTimeout(r, 30));
      proxy.drop();
    }
  }
  const deadline = setTimeout(() => stop.abort(), 10_000);
  await listening;
  clearTimeout(deadline);
  stop.abort();
  assert.ok(connections >= 4, `reconnected ${connections - 1} times`);
  assert.deepEqual(received, Array.from({ length: REPLIES }, (_, i) => `reply-${i}`));
});
