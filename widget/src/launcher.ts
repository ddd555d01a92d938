/**
 * The embeddable script (`dist/widget/clearline.js`, a classic IIFE). It reads its own `<script>`
 * tag's `data-*` attributes, defines and mounts `<clearline-widget>` (only the launcher button), installs
 * `window.Clearline`, and prefetches the panel code once the page is idle. Everything heavier (worker,
 * onnxruntime, model) starts when the customer opens the chat. All lazy URLs are resolved against this
 * script's own URL, so the bundle works from any path or CDN origin.
 */
import { defineClearlineWidget, type ClearlineWidget } from './clearline-widget.ts';
import { createClearlineApi, type ClearlineApi } from './clearline-api.ts';
import { scriptFolder } from './assets.ts';
import { DEFAULTS, capabilities } from './config.ts';

declare global {
  interface Window { Clearline?: ClearlineApi }
}

const VERSION = '0.1.0';
const script = document.currentScript as HTMLScriptElement | null;

function mount(): void {
  if (window.Clearline) {
    console.error('Clearline: the widget script was included twice; the second copy is ignored.');
    return;
  }
  defineClearlineWidget();
  const element = document.createElement('clearline-widget') as ClearlineWidget;
  const data = script?.dataset ?? {};
  element.attributeNames = {
    rules: 'data-rules', rulesKey: 'data-rules-key', handoff: 'data-handoff', locale: 'data-locale',
    position: 'data-position', theme: 'data-theme', context: 'data-context',
  };
  element.rulesUrl = data.rules ?? null;
  element.rulesKey = data.rulesKey ?? null;
  element.handoffUrl = data.handoff ?? null;
  element.locale = data.locale ?? null;
  element.position = data.position ?? null;
  element.theme = data.theme ?? null;
  element.context = data.context ?? null;
  element.cspNonce = data.nonce ?? (script?.nonce || null);
  element.assetBase = scriptFolder(script?.src);
  document.body.append(element);
  window.Clearline = createClearlineApi(element, VERSION);
  const prefetch = () => void element.prefetch();
  if (capabilities().requestIdleCallback) requestIdleCallback(prefetch, { timeout: DEFAULTS.idlePrefetchTimeoutMs });
  else setTimeout(prefetch, DEFAULTS.idlePrefetchTimeoutMs);
}

if (document.body) mount();
else document.addEventListener('DOMContentLoaded', mount, { once: true });
