/**
 * The test bench's connection to the widget's OWN worker (widget/src/worker/worker.ts): the same
 * scrubber, intent model and decision engine the widget ships, fed the draft bundle. One instance is
 * shared by the bench, the tests runner and the fairness tab; `dispose()` terminates it.
 */
import { wrap, releaseProxy, type Remote } from 'comlink';
import type { ConversationState, HandleResult, InitResult, ModelStatus, Result, RulesBundle, RulesInfo, WorkerApi } from '../../../widget/src/worker/protocol.ts';
import { STUDIO_CONFIG } from '../studio-config.ts';

export class BenchWorkerError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new BenchWorkerError(result.error.name, result.error.message);
}

export interface BenchRun extends HandleResult { locale: string; ms: number }

export class BenchWorker {
  readonly #worker: Worker;
  readonly #api: Remote<WorkerApi>;
  #ready: Promise<InitResult>;
  #queue: Promise<unknown> = Promise.resolve();
  #locale: string;
  #failed: string | null = null;

  constructor(bundle: RulesBundle | null, locale = 'en', base: URL = new URL(document.baseURI)) {
    this.#worker = new Worker(new URL('../../../widget/src/worker/worker.ts', import.meta.url), { type: 'module', name: 'clearline-bench' });
    this.#worker.addEventListener('error', (event) => { this.#failed = event.message || 'the worker script failed to load'; });
    this.#api = wrap<WorkerApi>(this.#worker);
    this.#locale = locale;
    this.#ready = this.#api.init({
      locale,
      rules: bundle ? { bundle } : null,
      modelBaseUrl: new URL(STUDIO_CONFIG.modelsPath, base).href,
      wasmBaseUrl: new URL(STUDIO_CONFIG.wasmPath, base).href,
    }).then((result) => unwrap<InitResult>(result as Result<InitResult>));
  }

  /** Serialises calls: the bench, the tests and the audit never interleave their locale/rules changes. */
  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  get loadError(): string | null { return this.#failed; }

  ready(): Promise<InitResult> { return this.#ready; }

  modelStatus(): Promise<ModelStatus> { return this.#api.modelStatus(); }

  waitForModel(): Promise<ModelStatus> { return this.#api.waitForModel(); }

  setRules(bundle: RulesBundle): Promise<RulesInfo> {
    return this.#serial(async () => {
      await this.#ready;
      return unwrap(await this.#api.setRules({ bundle }, this.#locale));
    });
  }

  /** One message as a fresh conversation: placeholders numbered from 1, the model awaited. */
  run(text: string, locale: string, state: ConversationState): Promise<BenchRun> {
    return this.#serial(async () => {
      await this.#ready;
      await this.#api.clear();
      if (locale !== this.#locale) {
        unwrap(await this.#api.setLocale(locale));
        this.#locale = locale;
      }
      const started = performance.now();
      const result = unwrap(await this.#api.handle({ text, waitForModel: true }, state));
      return { ...result, locale, ms: performance.now() - started };
    });
  }

  async dispose(): Promise<void> {
    try {
      await Promise.race([this.#api.dispose(), new Promise((r) => setTimeout(r, 500))]);
    } catch { /* terminated below either way */ }
    this.#api[releaseProxy]();
    this.#worker.terminate();
  }
}
