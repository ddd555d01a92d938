import { expect } from '@esm-bundle/chai';

type ParityRow = { text: string; locale: string; ids: number[]; logits: number[]; result: { label: string; localeSupported: boolean } };
/** Ids and logits Node computed for the shipped model (fixtures/intent-parity.generate.ts). */
const parity = (await (await fetch(new URL('./fixtures/intent-parity.json', import.meta.url))).json()) as { rows: ParityRow[] };

type Reply = { ok: boolean; error?: { name: string; message: string }; [k: string]: unknown };

/** Starts the test worker; rejects on worker.onerror (a module worker that fails to load otherwise only times out). */
function startWorker(): { call: (msg: unknown) => Promise<Reply>; worker: Worker } {
  const worker = new Worker(new URL('./fixtures/intent-worker.ts', import.meta.url), { type: 'module' });
  let failed: Error | null = null;
  const waiting: ((r: Reply) => void)[] = [];
  const rejecters: ((e: Error) => void)[] = [];
  worker.onerror = (e) => {
    failed = new Error(`worker error: ${e.message || 'failed to load the worker module'}`);
    rejecters.splice(0).forEach((r) => r(failed!));
  };
  worker.onmessage = (e) => {
    rejecters.shift();
    waiting.shift()?.(e.data as Reply);
  };
  const call = (msg: unknown) =>
    new Promise<Reply>((resolve, reject) => {
      if (failed) return reject(failed);
      waiting.push(resolve);
      rejecters.push(reject);
      worker.postMessage(msg);
    });
  return { call, worker };
}

const origin = location.origin;
const LOAD = { op: 'load', modelBaseUrl: `${origin}/models/`, wasmBaseUrl: `${origin}/node_modules/onnxruntime-web/dist/` };

describe('IntentClassifier in a Web Worker (shipped model, local files, closed network)', () => {
  let w: ReturnType<typeof startWorker>;
  before(async function () {
    this.timeout(60000);
    w = startWorker();
    const r = await w.call(LOAD);
    expect(r.error, JSON.stringify(r.error)).to.equal(undefined);
    expect(r.ok).to.equal(true);
  });
  after(async () => {
    await w?.call({ op: 'dispose' });
    w?.worker.terminate();
  });

  it('loads the 30 labels of the shipped model from the widget origin', async () => {
    const r = await w.call({ op: 'run', items: [] });
    expect(r.ok).to.equal(true);
    const labels = (await w.call(LOAD)).labels as string[];
    expect(labels).to.have.length(30);
    expect(labels).to.include('out_of_scope');
  });

  it('gives the same token ids as Node for every parity message', async () => {
    const r = await w.call({ op: 'run', items: parity.rows.map(({ text, locale }) => ({ text, locale })) });
    const rows = r.rows as { ids: number[] }[];
    parity.rows.forEach((p, i) => expect(rows[i]!.ids, p.text).to.deep.equal(p.ids));
  });

  it('gives the same logits as Node within 1e-4 and the same label', async () => {
    const r = await w.call({ op: 'run', items: parity.rows.map(({ text, locale }) => ({ text, locale })) });
    const rows = r.rows as { logits: number[]; result: { label: string; localeSupported: boolean } }[];
    parity.rows.forEach((p, i) => {
      const got = rows[i]!;
      expect(got.logits).to.have.length(p.logits.length);
      const worst = Math.max(...p.logits.map((v, k) => Math.abs(v - got.logits[k]!)));
      expect(worst, `${p.text}: largest logit difference`).to.be.below(1e-4);
      expect(got.result.label, p.text).to.equal(p.result.label);
      expect(got.result.localeSupported, p.text).to.equal(p.result.localeSupported);
    });
  });

  it('says the locale is not supported for a language the model was not trained on', async () => {
    const r = await w.call({ op: 'classify-raw', text: 'Můj telefon nefunguje', locale: 'cs-CZ' });
    expect((r.result as { localeSupported: boolean }).localeSupported).to.equal(false);
  });

  it('rejects a non-string text with an IntentInputError that crosses the worker as data', async () => {
    const r = await w.call({ op: 'classify-raw', text: { evil: true }, locale: 'en' });
    expect(r.ok).to.equal(false);
    expect(r.error!.name).to.equal('IntentInputError');
  });

  it('classifies a 1 MB message without failing', async function () {
    this.timeout(20000);
    const r = await w.call({ op: 'classify-raw', text: 'my internet is down '.repeat(55000), locale: 'en' });
    expect(r.ok).to.equal(true);
    expect((r.result as { label: string }).label).to.be.a('string');
  });
});

describe('IntentClassifier.load with bad options', () => {
  it('fails with a ModelLoadError when the model folder does not exist', async function () {
    this.timeout(30000);
    const w = startWorker();
    const r = await w.call({ ...LOAD, modelId: 'no-such-model' });
    w.worker.terminate();
    expect(r.ok).to.equal(false);
    expect(r.error!.name).to.equal('ModelLoadError');
  });

  it('fails with a ModelLoadError naming the option when modelBaseUrl is not an absolute URL', async () => {
    const w = startWorker();
    const r = await w.call({ ...LOAD, modelBaseUrl: 'models/' });
    w.worker.terminate();
    expect(r.error!.name).to.equal('ModelLoadError');
    expect(r.error!.message).to.contain('modelBaseUrl');
  });

  it('refuses a modelId that climbs out of the model folder', async () => {
    const w = startWorker();
    const r = await w.call({ ...LOAD, modelId: '../secrets' });
    w.worker.terminate();
    expect(r.error!.name).to.equal('ModelLoadError');
  });
});
