/**
 * Compiles drafts in the compile worker. Only the newest request matters: older results that arrive
 * late are dropped, so markers never flash back to a previous state.
 */
import type { Diagnostic, RulesBundle, RulesTestCase } from '../../../core/rules/types.ts';
import type { CompileResponse } from './compile-protocol.ts';
import CompileWorker from './compile.worker.ts?worker';

export interface CompileResult { diagnostics: Diagnostic[]; bundle: RulesBundle | null; tests: RulesTestCase[]; ms: number }

export class CompileClient {
  #worker: Worker = new CompileWorker({ name: 'clearline-compile' });
  #next = 1;
  #waiting = new Map<number, { resolve(r: CompileResult | null): void; reject(e: Error): void }>();
  #latest = 0;

  constructor() {
    this.#worker.onmessage = (event: MessageEvent<CompileResponse>) => {
      const message = event.data;
      const waiter = this.#waiting.get(message.id);
      if (!waiter) return;
      this.#waiting.delete(message.id);
      if (!message.ok) waiter.reject(Object.assign(new Error(message.error.message), { name: message.error.name }));
      else waiter.resolve(message.id === this.#latest ? { diagnostics: message.diagnostics, bundle: message.bundle, tests: message.tests, ms: message.ms } : null);
    };
    this.#worker.onerror = (event) => {
      for (const waiter of this.#waiting.values()) waiter.reject(new Error(`compile worker failed: ${event.message}`));
      this.#waiting.clear();
    };
  }

  /** Resolves with the result, or null when a newer compile superseded this one. */
  compile(source: string, labels: readonly string[], fileName: string): Promise<CompileResult | null> {
    const id = this.#next++;
    this.#latest = id;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#worker.postMessage({ id, source, labels: [...labels], fileName });
    });
  }

  dispose(): void {
    this.#worker.terminate();
    for (const waiter of this.#waiting.values()) waiter.resolve(null);
    this.#waiting.clear();
  }
}
