/**
 * Starts and supervises the widget's worker. Served from the page's own origin, the worker module is
 * started directly (CSP: `worker-src 'self'`). Served from another origin (a CDN), it is started from a
 * tiny blob stub that imports the real worker module by absolute URL, because a worker script cannot be
 * constructed cross-origin; the host page's CSP then needs `worker-src blob:` (and the CDN must send
 * CORS headers for the module imports).
 *
 * Crashes: an `error` event, or a call that does not answer within the timeout, counts as a crash; the
 * host starts a fresh worker, re-initialises it (replaying the conversation so the placeholder map is
 * rebuilt) and retries the call once. Nothing is lost, nothing is sent twice.
 */
import { wrap, releaseProxy, type Remote } from 'comlink';
import type { InitOptions, InitResult, ModelStatus, Result, WorkerApi } from '../worker/protocol.ts';

export interface WorkerHostOptions {
  /** Absolute URL of the worker module. */
  workerUrl: string;
  /** Builds the init options for a (re)started worker: locale, rules, model URLs, replay. */
  initOptions: () => InitOptions | Promise<InitOptions>;
  callTimeoutMs: number;
  restartLimit: number;
  /** A crashed worker was replaced and re-initialised. */
  onRestart?: (init: InitResult) => void;
  /** The worker could not be (re)started: the restart limit was reached or the module failed to load. */
  onUnavailable?: (reason: string) => void;
  /** Starts a worker; defaults to `startWorker` (direct same-origin, blob stub cross-origin). */
  createWorker?: (workerUrl: string) => Worker;
}

export class WorkerUnavailableError extends Error {
  override name = 'WorkerUnavailableError';
}

class CrashError extends Error {
  override name = 'WorkerCrashError';
}

/** Starts the worker module: directly when same-origin, else through the blob stub. */
export function startWorker(workerUrl: string): Worker {
  const sameOrigin = new URL(workerUrl, location.href).origin === location.origin;
  return sameOrigin ? new Worker(workerUrl, { type: 'module', name: 'clearline' }) : startBlobWorker(workerUrl);
}

/** `new Worker(blob: import "<url>")`: the only way to start a module worker from another origin. */
export function startBlobWorker(workerUrl: string): Worker {
  const source = `import ${JSON.stringify(workerUrl)};\n`;
  const blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(blobUrl, { type: 'module', name: 'clearline' });
  // The stub is fetched as soon as the worker starts; revoking later keeps the URL table small.
  setTimeout(() => URL.revokeObjectURL(blobUrl), 30_000);
  return worker;
}

interface Live {
  worker: Worker;
  api: WorkerApi;
  remote: Remote<WorkerApi>;
  crashed: Promise<never>;
  crash: (reason: string) => void;
  init: InitResult | null;
}

export class WorkerHost {
  private live: Live | null = null;
  private starting: Promise<Live> | null = null;
  private restarts = 0;
  private disposed = false;
  private unavailable: string | null = null;

  constructor(private readonly options: WorkerHostOptions) {}

  /** How many times the worker was restarted after a crash. */
  get restartCount(): number {
    return this.restarts;
  }

  /** The underlying Worker (tests use it to simulate a crash). */
  get worker(): Worker | null {
    return this.live?.worker ?? null;
  }

  /** Starts the worker (once) and returns its init result. */
  async start(): Promise<InitResult> {
    const live = await this.ensure();
    return live.init!;
  }

  /**
   * Runs `fn` against the worker. A crash during the call restarts the worker and retries once.
   * `timeoutMs: null` disables the timeout (only for calls that legitimately wait long).
   */
  async call<T>(fn: (api: WorkerApi) => Promise<T>, timeoutMs: number | null = this.options.callTimeoutMs): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const live = await this.ensure();
      try {
        return await this.race(live, fn(live.api), timeoutMs);
      } catch (error) {
        if (!(error instanceof CrashError) || attempt >= 1) throw error instanceof CrashError ? new WorkerUnavailableError(error.message) : error;
        await this.restart(live, error.message);
      }
    }
  }

  /** Resolves when the model is ready or failed; polls so a crash in between is noticed. */
  async waitForModel(pollMs = 200): Promise<ModelStatus> {
    for (;;) {
      if (this.disposed) return 'none';
      const status = await this.call((api) => api.modelStatus());
      if (status !== 'loading') return status;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  /** Marks the current worker as crashed (e.g. it stopped answering) and replaces it. */
  async recover(reason: string): Promise<void> {
    if (this.live) await this.restart(this.live, reason);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const live = this.live;
    this.live = null;
    if (live) {
      void live.api.dispose().catch(() => undefined);
      live.remote[releaseProxy]();
      // Give dispose() a moment to free the model, then stop the thread for good.
      setTimeout(() => live.worker.terminate(), 50);
    }
  }

  private race<T>(live: Live, work: Promise<T>, timeoutMs: number | null): Promise<T> {
    const contenders: Promise<T>[] = [work, live.crashed];
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (timeoutMs !== null) {
      contenders.push(new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new CrashError(`the worker did not answer within ${timeoutMs} ms`)), timeoutMs);
      }));
    }
    return Promise.race(contenders).finally(() => clearTimeout(timer));
  }

  private ensure(): Promise<Live> {
    if (this.disposed) return Promise.reject(new WorkerUnavailableError('The worker host was disposed.'));
    if (this.unavailable) return Promise.reject(new WorkerUnavailableError(this.unavailable));
    if (this.live) return Promise.resolve(this.live);
    this.starting ??= this.spawn().finally(() => { this.starting = null; });
    return this.starting;
  }

  private async spawn(): Promise<Live> {
    const worker = (this.options.createWorker ?? startWorker)(this.options.workerUrl);
    let crash!: (reason: string) => void;
    const crashed = new Promise<never>((_, reject) => {
      crash = (reason) => reject(new CrashError(reason));
    });
    crashed.catch(() => undefined);
    const remote = wrap<WorkerApi>(worker);
    // Every WorkerApi method already returns a Promise, so the remote has exactly the WorkerApi shape.
    const api = remote as unknown as WorkerApi;
    const live: Live = { worker, api, remote, crashed, crash, init: null };
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      crash(`the worker failed: ${event.message || 'it could not be loaded or threw an uncaught error'}${event.filename ? ` (${event.filename}:${event.lineno})` : ''}`);
    });
    worker.addEventListener('messageerror', () => crash('the worker sent a message that could not be read'));
    let result: Result<InitResult>;
    try {
      result = await this.race(live, Promise.resolve(this.options.initOptions()).then((init) => api.init(init)), Math.max(this.options.callTimeoutMs, 30_000));
    } catch (error) {
      worker.terminate();
      this.restarts++;
      if (this.restarts > this.options.restartLimit) return this.giveUp(`the worker could not start (${(error as Error).message})`);
      return this.spawn();
    }
    if (!result.ok) {
      worker.terminate();
      return this.giveUp(`the worker refused to start: ${result.error.name}: ${result.error.message}`);
    }
    live.init = result.value;
    this.live = live;
    return live;
  }

  private giveUp(reason: string): never {
    this.unavailable = reason;
    this.options.onUnavailable?.(reason);
    throw new WorkerUnavailableError(reason);
  }

  private async restart(dead: Live, reason: string): Promise<void> {
    if (this.live !== dead) return; // someone else already replaced it
    this.live = null;
    dead.crash(reason);
    dead.remote[releaseProxy]();
    dead.worker.terminate();
    this.restarts++;
    if (this.restarts > this.options.restartLimit) this.giveUp(`the worker crashed ${this.restarts} times (last: ${reason})`);
    const live = await this.ensure();
    this.options.onRestart?.(live.init!);
  }
}
