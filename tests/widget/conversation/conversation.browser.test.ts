import { expect } from '@esm-bundle/chai';
import { createHarness, STORE_KEY, type Harness } from './conversation-harness.ts';
import { exampleBundle } from '../fixtures/example-bundle.ts';
import { FAULT_MARKER } from '../fixtures/regexp-fault.ts';
import { until } from '../widget-fixture.ts';

const customer = (h: Harness) => h.conversation.state.messages.filter((m) => m.author === 'customer');
const last = (h: Harness) => h.conversation.state.messages.at(-1)!;

describe('a conversation (real worker, real scrubber, no UI)', () => {
  let h: Harness | null = null;
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    h?.dispose();
    h = null;
    sessionStorage.clear();
  });

  it('keeps the raw text on the device and records exactly what would leave it', async () => {
    h = createHarness();
    await h.conversation.start();
    expect(await h.conversation.send('My mobile is 07911 123456, mail me at jane.doe@example.com')).to.equal(true);
    const [sent] = customer(h);
    expect(sent!.text).to.contain('07911 123456');
    expect(sent!.scrubbed).not.to.contain('07911');
    expect(sent!.scrubbed).not.to.contain('jane.doe@example.com');
    expect(sent!.piiTypes).to.include.members(['PHONE', 'EMAIL']);
  });

  it('answers "am I talking to a bot?" truthfully, in the conversation', async () => {
    h = createHarness();
    await h.conversation.start();
    await h.conversation.send('Am I talking to a bot?');
    const answer = h.conversation.state.messages.find((m) => m.kind === 'bot-answer');
    expect(answer?.author).to.equal('assistant');
    expect(answer?.text).to.match(/^Yes: I am an automated assistant/);
  });

  it('answers from the rules when the customer picks a topic, with the rule and its explanation for "Why this answer?"', async () => {
    h = createHarness({ rules: { bundle: await exampleBundle() } });
    await h.conversation.start();
    await h.conversation.choose('roaming', 'Roaming');
    const answer = last(h);
    expect(answer.kind).to.equal('answer');
    expect(answer.text).to.contain('Roaming');
    expect(answer.why?.intent).to.equal('roaming');
    expect(answer.why?.explanation).to.be.a('string').and.not.equal('');
  });

  it('hands the conversation to a person when the customer asks, and says plainly when no team is connected', async () => {
    h = createHarness({ rules: { bundle: await exampleBundle() } });
    await h.conversation.start();
    await h.conversation.talkToPerson();
    expect(h.notices.some((n) => n.type === 'handoff' && n.detail.reason === 'customer-asked')).to.equal(true);
    expect(last(h).text).to.match(/No support team is connected/);
  });

  it('never classifies after "Turn off AI", and the choice survives a reload for the retention period', async () => {
    h = createHarness({ rules: { bundle: await exampleBundle() } });
    await h.conversation.start();
    await h.conversation.setOptedOut(true);
    await h.conversation.send('how much is roaming in spain');
    expect(h.notices.some((n) => n.type === 'handoff' && n.detail.reason === 'opted-out')).to.equal(true);
    expect(h.conversation.state.messages.some((m) => m.kind === 'answer')).to.equal(false);
    const stored = JSON.parse(sessionStorage.getItem(STORE_KEY)!);
    expect(stored.optedOut).to.equal(true);
    expect(stored.expiresAt - stored.createdAt).to.equal(7 * 86_400_000);
    h.dispose();
    h = createHarness({ rules: { bundle: await exampleBundle() } });
    await h.conversation.start();
    expect(h.conversation.state.optedOut).to.equal(true);
  });

  it('counts "This didn\'t help" toward the escalation rules', async () => {
    h = createHarness({ rules: { bundle: await exampleBundle() } });
    await h.conversation.start();
    await h.conversation.choose('roaming', 'Roaming');
    await h.conversation.markUnhelpful(last(h).id);
    expect(h.conversation.state.unhelpfulCount).to.equal(1);
  });

  it('hands off with the scrubbed reason when the customer disagrees with a decision', async () => {
    h = createHarness({ rules: { bundle: await exampleBundle() } });
    await h.conversation.start();
    await h.conversation.choose('roaming', 'Roaming');
    const answerId = last(h).id;
    expect(await h.conversation.disagree(answerId, 'Wrong answer, call me on 07911 123456')).to.equal(true);
    const reason = customer(h).at(-1)!;
    expect(reason.scrubbed).not.to.contain('07911');
    expect(h.conversation.state.messages.find((m) => m.id === answerId)?.feedback).to.equal('disagreed');
    expect(h.notices.some((n) => n.type === 'handoff' && n.detail.reason === 'disagreed')).to.equal(true);
  });

  it('"Delete my conversation" wipes memory, sessionStorage and the placeholder map', async () => {
    h = createHarness({ rules: { bundle: await exampleBundle() } });
    await h.conversation.start();
    await h.conversation.send('mail me at jane.doe@example.com');
    const placeholder = customer(h)[0]!.scrubbed!.match(/\[EMAIL_\d+\]/)![0];
    expect(sessionStorage.getItem(STORE_KEY)).to.contain('jane.doe');
    await h.conversation.deleteAll();
    expect(customer(h)).to.deep.equal([]);
    const stored = sessionStorage.getItem(STORE_KEY);
    expect(stored === null || !stored.includes('jane.doe')).to.equal(true);
    const restored = await h.host.call((api) => api.restore(placeholder));
    expect(restored).to.deep.equal({ ok: true, value: placeholder });
  });

  it('sends nothing and tells the customer plainly when the scrubber fails, keeping the text for a retry', async () => {
    h = createHarness({ workerUrl: new URL('../fixtures/faulty-scrub-worker.ts', import.meta.url).href });
    await h.conversation.start();
    const sent = await h.conversation.send(`${FAULT_MARKER} my card is 4111 1111 1111 1111`);
    expect(sent).to.equal(false);
    expect(customer(h)).to.deep.equal([]);
    expect(h.conversation.state.alert).to.match(/not sent.*nothing left your device/);
    expect(h.notices.some((n) => n.type === 'error' && n.detail.code === 'scrub-failed')).to.equal(true);
    expect(JSON.stringify(sessionStorage)).not.to.contain('4111');
    expect(await h.conversation.send('my card is 4111 1111 1111 1111')).to.equal(true);
    expect(customer(h)).to.have.length(1);
  });

  it('keeps the conversation intact when the worker crashes: nothing lost, nothing duplicated, same placeholders', async () => {
    h = createHarness({ callTimeoutMs: 2000 });
    await h.conversation.start();
    await h.conversation.send('mail me at jane.doe@example.com');
    const first = customer(h)[0]!.scrubbed!;
    h.host.worker!.terminate();
    await h.conversation.send('and again jane.doe@example.com, or bob@example.org');
    expect(h.host.restartCount).to.equal(1);
    const messages = customer(h);
    expect(messages).to.have.length(2);
    const placeholder = first.match(/\[EMAIL_\d+\]/)![0];
    expect(messages[1]!.scrubbed).to.contain(placeholder);
    const restored = await h.host.call((api) => api.restore(placeholder));
    expect(restored).to.deep.equal({ ok: true, value: 'jane.doe@example.com' });
    expect(h.notices.some((n) => n.type === 'error' && n.detail.code === 'worker-crashed')).to.equal(true);
  });

  it('still scrubs and sends messages to a person when the model fails to load', async () => {
    h = createHarness({ rules: { bundle: await exampleBundle() }, model: 'broken' });
    await h.conversation.start();
    await until(() => h!.conversation.state.modelStatus === 'failed', 'the model to fail');
    await h.conversation.send('how much is roaming in spain, my number is 07911 123456');
    expect(customer(h)[0]!.scrubbed).not.to.contain('07911');
    expect(h.notices.some((n) => n.type === 'handoff' && n.detail.reason === 'model-unavailable')).to.equal(true);
    expect(h.conversation.state.messages.some((m) => /unavailable/.test(m.text))).to.equal(true);
  });
});
