import { expect } from '@esm-bundle/chai';
import { WorkerHost, WorkerUnavailableError, startWorker } from '../../../widget/src/panel/worker-host.ts';
import { resolveAssetUrls } from '../../../widget/src/assets.ts';

const init = (replay: string[] = []) => () => ({ locale: 'en', rules: null, modelBaseUrl: null, wasmBaseUrl: null, replay });

describe('WorkerHost', () => {
  let host: WorkerHost | null = null;
  afterEach(() => {
    host?.dispose();
    host = null;
  });

  it('starts the real worker and answers through comlink', async () => {
    host = new WorkerHost({ workerUrl: resolveAssetUrls(null).workerModule, initOptions: init(), callTimeoutMs: 10000, restartLimit: 2 });
    const started = await host.start();
    expect(started.rules.origin).to.equal('none');
    expect(await host.call((api) => api.ping())).to.equal('pong');
  });

  it('replays the conversation into a restarted worker so placeholders keep their numbers', async () => {
    const replay: string[] = [];
    let restarted = 0;
    host = new WorkerHost({ workerUrl: resolveAssetUrls(null).workerModule, initOptions: init(replay), callTimeoutMs: 1500, restartLimit: 2, onRestart: () => restarted++ });
    const first = await host.call((api) => api.scrub('write to ann@example.com'));
    replay.push('write to ann@example.com');
    host.worker!.terminate();
    const second = await host.call((api) => api.scrub('or to bob@example.com'));
    expect(restarted).to.equal(1);
    expect(first.ok && first.value.text).to.equal('write to [EMAIL_1]');
    expect(second.ok && second.value.text).to.equal('or to [EMAIL_2]');
  });

  it('gives up with a clear error when the worker module cannot be loaded, instead of hanging', async () => {
    const reasons: string[] = [];
    host = new WorkerHost({
      workerUrl: new URL('/widget/src/worker/no-such-worker.ts', location.href).href,
      initOptions: init(), callTimeoutMs: 3000, restartLimit: 1, createWorker: startWorker,
      onUnavailable: (reason) => reasons.push(reason),
    });
    let error: unknown = null;
    try {
      await host.start();
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(WorkerUnavailableError);
    expect(reasons).to.have.length(1);
  });
});
