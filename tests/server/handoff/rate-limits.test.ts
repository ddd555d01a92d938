import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openBody, openCase, post, bearer, uid } from './harness.ts';

test('a client that opens too many cases gets 429 with Retry-After', async () => {
  const h = await startHarness({ limits: { openPerIp: { perSecond: 0.1, burst: 2 } } });
  try {
    assert.equal((await post(`${h.api}/cases`, openBody())).status, 201);
    assert.equal((await post(`${h.api}/cases`, openBody())).status, 201);
    const res = await post(`${h.api}/cases`, openBody());
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers.get('retry-after')) >= 1);
    assert.equal((await res.json() as any).error.code, 'rate_limited');
  } finally {
    await h.close();
  }
});

test('a case that sends messages too fast gets 429 and the refused message is not stored', async () => {
  const h = await startHarness({ limits: { messagesPerCase: { perSecond: 0.1, burst: 1 } } });
  try {
    const { reference, caseSecret } = await openCase(h);
    assert.equal((await post(`${h.api}/cases/${reference}/messages`, { id: uid(), text: 'one' }, bearer(caseSecret))).status, 201);
    const id = uid();
    assert.equal((await post(`${h.api}/cases/${reference}/messages`, { id, text: 'two' }, bearer(caseSecret))).status, 429);
    const status = await (await fetch(`${h.api}/cases/${reference}`, { headers: bearer(caseSecret) })).json() as any;
    assert.equal(status.messageIds.includes(id), false);
  } finally {
    await h.close();
  }
});

test('too many requests from one client get 429 on every route', async () => {
  const h = await startHarness({ limits: { perIp: { perSecond: 0.1, burst: 3 } } });
  try {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await fetch(`${h.api}/cases/CL-2222-2222`)).status);
    assert.deepEqual(codes.slice(3), [429, 429]);
  } finally {
    await h.close();
  }
});
