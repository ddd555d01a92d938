import { expect } from '@esm-bundle/chai';
import { HandoffClient, DeliveryChangeEvent, type DeliveryChange } from '../../../widget/src/handoff/index.ts';

// Nothing listens on port 9 (discard): every request fails at the network level, as when the server is down.
const DOWN = 'http://127.0.0.1:9/api';
const KEY = `clearline-handoff/1 ${DOWN}`;

describe('HandoffClient in the browser with the server unreachable', () => {
  afterEach(() => sessionStorage.removeItem(KEY));

  it('keeps the open request and messages queued in sessionStorage with a retrying state', async () => {
    const client = new HandoffClient({ baseUrl: DOWN, backoff: { baseMs: 50, maxMs: 100 } });
    const changes: DeliveryChange[] = [];
    client.addEventListener(DeliveryChangeEvent.eventName, (e) => changes.push((e as DeliveryChangeEvent).change));
    client.openCase({
      messages: [{ id: 'b-open', text: 'My SIM [ICCID_1] is blocked' }],
      decision: { rule: 'sim', explanation: 'SIM problems go to a person.', intent: 'sim_blocked', confidence: 0.7 },
      queue: 'sim', priority: 'high', locale: 'en-GB', page: {},
    }).catch(() => {});
    client.send({ id: 'b-2', text: 'Hello?' }).catch(() => {});
    await new Promise((r) => setTimeout(r, 400));
    client.dispose();
    expect(changes.some((c) => c.id === 'b-open' && c.state === 'queued' && c.retrying)).to.equal(true);
    const stored = JSON.parse(sessionStorage.getItem(KEY)!);
    expect(stored.pendingOpen.messages[0].text).to.equal('My SIM [ICCID_1] is blocked');
    expect(stored.messages.map((m: { id: string }) => m.id)).to.deep.equal(['b-open', 'b-2']);
  });

  it('shows the stored messages as queued again after a reload', async () => {
    const first = new HandoffClient({ baseUrl: DOWN, backoff: { baseMs: 50, maxMs: 100 } });
    first.openCase({
      messages: [{ id: 'c-open', text: 'Roaming is off' }],
      decision: { rule: null, explanation: '', intent: null, confidence: null },
      queue: 'roaming', priority: 'normal', locale: 'en', page: {},
    }).catch(() => {});
    await new Promise((r) => setTimeout(r, 50));
    first.dispose();
    const second = new HandoffClient({ baseUrl: DOWN, backoff: { baseMs: 5000, maxMs: 5000 } });
    const states = second.messages.map((m) => [m.id, m.state === 'sending' ? 'queued' : m.state]);
    second.dispose();
    expect(states).to.deep.equal([['c-open', 'queued']]);
  });
});
