/**
 * Runs the real rules compiler (schema + semantic checks) off the main thread, so typing in a
 * 2,000-line file never stutters.
 */
import { compileRules } from '../../../core/rules/index.ts';
import type { CompileRequest, CompileResponse } from './compile-protocol.ts';

const post = (message: CompileResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<CompileRequest>) => {
  const request = event.data;
  const id = typeof request?.id === 'number' ? request.id : -1;
  if (typeof request?.source !== 'string' || !Array.isArray(request.labels)) {
    post({ id, ok: false, error: { name: 'TypeError', message: 'compile request needs { id, source: string, labels: string[] }' } });
    return;
  }
  const started = performance.now();
  try {
    const result = compileRules(request.source, { labels: request.labels, fileName: request.fileName || 'rules.yaml' });
    post({ id, ok: true, diagnostics: result.diagnostics, bundle: result.bundle ?? null, tests: result.tests ?? [], ms: performance.now() - started });
  } catch (error) {
    const e = error as Error;
    post({ id, ok: false, error: { name: e?.name ?? 'Error', message: e?.message ?? String(error) } });
  }
};
