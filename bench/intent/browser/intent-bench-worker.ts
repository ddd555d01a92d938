/**
 * Benchmark worker: loads the real IntentClassifier from the page's origin, answers one message
 * (cold start ends there), then times each classify() of the given messages.
 */
import { IntentClassifier } from '../../../widget/src/worker/intent-classifier.ts';

self.onmessage = async (ev: MessageEvent) => {
  const { modelBaseUrl, wasmBaseUrl, texts, warmup } = ev.data as { modelBaseUrl: string; wasmBaseUrl: string; texts: string[]; warmup: number };
  try {
    const loadStart = performance.now();
    const c = await IntentClassifier.load({ modelBaseUrl, wasmBaseUrl });
    const first = await c.classify(texts[0]!, 'en');
    (self as unknown as Worker).postMessage({ type: 'first', label: first.label, loadMs: performance.now() - loadStart });
    for (let i = 0; i < warmup; i++) await c.classify(texts[i % texts.length]!, 'en');
    const times: number[] = [];
    for (const t of texts) {
      const s = performance.now();
      await c.classify(t, 'en');
      times.push(performance.now() - s);
    }
    await c.dispose();
    (self as unknown as Worker).postMessage({ type: 'done', times });
  } catch (err) {
    (self as unknown as Worker).postMessage({ type: 'error', name: (err as Error).name, message: (err as Error).message });
  }
};
