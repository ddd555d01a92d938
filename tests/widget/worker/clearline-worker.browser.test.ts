import { expect } from '@esm-bundle/chai';
import { wrap, releaseProxy, type Remote } from 'comlink';
import type { WorkerApi } from '../../../widget/src/worker/protocol.ts';
import { startWorker } from '../../../widget/src/panel/worker-host.ts';
import { resolveAssetUrls } from '../../../widget/src/assets.ts';
import { exampleBundle } from '../fixtures/example-bundle.ts';


const state = { turn: 1, unhelpfulCount: 0, optedOut: false, askedForHuman: false, page: {} };

describe('the widget worker, through comlink', () => {
  let worker: Worker;
  let remote: Remote<WorkerApi>;
  let api: WorkerApi;
  const errors: string[] = [];

  beforeEach(() => {
    worker = startWorker(resolveAssetUrls(null).workerModule);
    worker.onerror = (e) => { errors.push(e.message); };
    remote = wrap<WorkerApi>(worker);
    api = remote as unknown as WorkerApi;
  });

  afterEach(() => {
    remote[releaseProxy]();
    worker.terminate();
    expect(errors, 'worker errors').to.deep.equal([]);
  });

  it('starts with the safe default bundle and says so when no rules are configured', async () => {
    const init = await api.init({ locale: 'en', rules: null, modelBaseUrl: null, wasmBaseUrl: null });
    expect(init.ok).to.equal(true);
    if (!init.ok) return;
    expect(init.value.rules.verified).to.equal(false);
    expect(init.value.rules.warning).to.be.a('string');
    expect(init.value.rules.disclosure.length).to.be.greaterThan(10);
    expect(init.value.modelStatus).to.equal('none');
  });

  it('replaces a phone number and an email address with placeholders before anything else sees the text', async () => {
    await api.init({ locale: 'en-GB', rules: null, modelBaseUrl: null, wasmBaseUrl: null });
    const result = await api.scrub('Call me on +49 151 23456789 or mail jane.doe@example.com');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.text).not.to.contain('23456789');
    expect(result.value.text).not.to.contain('jane.doe@example.com');
    expect(result.value.entities.map((e) => e.type)).to.include.members(['PHONE', 'EMAIL']);
  });

  it('gives the same value the same placeholder across messages and restores it on the device', async () => {
    await api.init({ locale: 'en-GB', rules: null, modelBaseUrl: null, wasmBaseUrl: null });
    const first = await api.scrub('my email is jane.doe@example.com');
    const second = await api.scrub('again: jane.doe@example.com');
    if (!first.ok || !second.ok) throw new Error('scrub failed');
    const placeholder = /\[[A-Z_]+\d*\]/.exec(first.value.text)?.[0];
    expect(placeholder).to.be.a('string');
    expect(second.value.text).to.contain(placeholder!);
    const restored = await api.restore(`We wrote to ${placeholder}.`);
    expect(restored).to.deep.equal({ ok: true, value: 'We wrote to jane.doe@example.com.' });
  });

  it('previews entities for the live highlight without taking placeholder numbers in the conversation', async () => {
    await api.init({ locale: 'en-GB', rules: null, modelBaseUrl: null, wasmBaseUrl: null });
    const preview = await api.preview('mail jane@example.com');
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.entities[0]).to.include({ type: 'EMAIL', start: 5, end: 21 });
    const restored = await api.restore(preview.value.scrubbed);
    expect(restored.ok && restored.value).to.equal(preview.value.scrubbed);
  });

  it('hands every message to a person under the safe default bundle, with a trace', async () => {
    await api.init({ locale: 'en', rules: null, modelBaseUrl: null, wasmBaseUrl: null });
    const result = await api.handle({ text: 'my bill is wrong, call +49 151 23456789' }, state);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.scrubbed).not.to.contain('23456789');
    expect(result.value.decision?.action.type).to.equal('handoff');
    expect(result.value.decision?.trace).to.be.an('array');
    expect(result.value.pending).to.equal(false);
  });

  it('flags "am I talking to a bot?" so the panel can answer truthfully', async () => {
    await api.init({ locale: 'de', rules: null, modelBaseUrl: null, wasmBaseUrl: null });
    const result = await api.handle({ text: 'Rede ich mit einem Bot?' }, state);
    expect(result.ok && result.value.askedIfBot).to.equal(true);
  });

  it('never classifies once the customer turned off AI: the decision is a handoff', async () => {
    await api.init({ locale: 'en', rules: null, modelBaseUrl: null, wasmBaseUrl: null });
    const result = await api.handle({ text: 'what is my data allowance' }, { ...state, optedOut: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.intent).to.equal(null);
    expect(result.value.decision?.action.type).to.equal('handoff');
  });

  it('rejects empty, huge, wrongly typed and hostile input as data, naming what failed', async () => {
    await api.init({ locale: 'en', rules: null, modelBaseUrl: null, wasmBaseUrl: null });
    const huge = await api.scrub('x'.repeat(100_000));
    expect(huge.ok).to.equal(false);
    if (!huge.ok) expect(huge.error).to.include({ name: 'InputError' }).and.to.have.property('message').that.contains('limit');
    const wrongType = await api.handle({ text: 42 as unknown as string }, state);
    expect(!wrongType.ok && wrongType.error.name).to.equal('InputError');
    const noState = await api.handle({ text: 'hi' }, null as unknown as typeof state);
    expect(!noState.ok && noState.error.name).to.equal('InputError');
    const hostile = await api.handle({ text: '<img src=x onerror=alert(1)> {{constructor}} \u0000\u202e' }, state);
    expect(hostile.ok).to.equal(true);
  });

  it('refuses to decide before init, as data', async () => {
    const result = await api.handle({ text: 'hello' }, state);
    expect(!result.ok && result.error.name).to.equal('NotInitializedError');
  });

  it('refuses a bundle whose signature does not verify and falls back to the safe default with a warning', async () => {
    const init = await api.init({ locale: 'en', rules: { json: '{"format":"clearline-rules"}', signature: 'bogus', publicKey: 'AAAA' }, modelBaseUrl: null, wasmBaseUrl: null });
    if (!init.ok) throw new Error(init.error.message);
    expect(init.value.rules.verified).to.equal(false);
    expect(init.value.rules.warning).to.be.a('string').and.not.equal('');
  });

  it('forgets the placeholder map on clear()', async () => {
    await api.init({ locale: 'en', rules: null, modelBaseUrl: null, wasmBaseUrl: null });
    const first = await api.scrub('jane.doe@example.com');
    if (!first.ok) throw new Error('scrub failed');
    await api.clear();
    const restored = await api.restore(first.value.text);
    expect(restored.ok && restored.value).to.equal(first.value.text);
  });

  it('takes a draft bundle with setRules, as the studio test bench does, and answers from it', async () => {
    await api.init({ locale: 'en', rules: null, modelBaseUrl: null, wasmBaseUrl: null });
    const info = await api.setRules({ bundle: await exampleBundle() });
    expect(info.ok && info.value.origin).to.equal('preview');
    const result = await api.handle({ text: 'Roaming', chosenIntent: 'roaming' }, state);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.decision?.action.type).to.equal('answer');
    expect(result.value.tokens?.length).to.be.greaterThan(0);
  });

  it('switches the disclosure language with setLocale', async () => {
    await api.init({ locale: 'en', rules: { bundle: await exampleBundle() }, modelBaseUrl: null, wasmBaseUrl: null });
    const de = await api.setLocale('de');
    expect(de.ok && de.value.disclosure).to.contain('automatischen Assistenten');
    const bad = await api.setLocale('' as string);
    expect(!bad.ok && bad.error.name).to.equal('InputError');
  });
});
